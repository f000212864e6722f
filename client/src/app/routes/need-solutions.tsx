import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';

import { NeedStatusBadge } from '@/components/ui/need-status-badge';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { AskHrModal } from '@/features/advice/components/ask-hr-modal';
import { NeedAdviceRequests } from '@/features/advice/components/need-advice-requests';
import { useDevelopmentNeed } from '@/features/development/api/get-development-need';
import { usePerson } from '@/features/people/api/get-person';
import { AppraisalMatrix } from '@/features/solution-options/components/appraisal-matrix';
import { useUser } from '@/lib/auth';

import { useOfferingChoices, useSolutionTypeChoices } from './use-solution-choices';

/** Options can be added and decided while the need is identified or has a solution selected. */
const OPEN_FOR_SELECTION = ['Identified', 'SolutionSelected'];

/**
 * The options for one need, compared side by side. The learner's line manager adds, edits,
 * selects and rejects them and asks HR for advice; the learner and the rest of the line read.
 */
export default function NeedSolutionsRoute() {
  const { needId = '' } = useParams();
  const user = useUser();
  const need = useDevelopmentNeed(needId);
  const isLearner = !!need.data && need.data.learnerId === user.id;
  const learner = usePerson(need.data && !isLearner ? need.data.learnerId : null);
  const isLineManager = !!learner.data && learner.data.managerId === user.id;
  const types = useSolutionTypeChoices();
  const offerings = useOfferingChoices(isLineManager);
  const [asking, setAsking] = useState(false);

  const title = need.data ? `Solution options: ${need.data.title}` : 'Solution options';

  if (need.isPending || (need.data && !isLearner && learner.isPending)) {
    return (
      <>
        <PageHeader title={title} />
        <LoadingState label="Loading the need" />
      </>
    );
  }
  if (need.isError) {
    return (
      <>
        <PageHeader title={title} />
        <QueryError error={need.error} onRetry={() => void need.refetch()} />
      </>
    );
  }

  const current = need.data;
  const open = OPEN_FOR_SELECTION.includes(current.status);
  const planHref = isLearner ? paths.plan.href() : paths.personPlan.href(current.learnerId);

  return (
    <>
      <PageHeader
        title={title}
        description={
          <Group gap="xs">
            <span>{isLearner ? 'Your development need' : `${current.learnerName}’s development need`}</span>
            <Group gap={0} aria-label="Status of the need">
              <NeedStatusBadge status={current.status} />
            </Group>
          </Group>
        }
        actions={
          <Anchor component={Link} to={planHref} size="sm">
            {isLearner ? 'Back to my plan' : `Back to ${current.learnerName}’s plan`}
          </Anchor>
        }
      />
      <Stack gap="xl">
        <Card withBorder padding="md" component="section" aria-label="The need">
          <Stack gap={6}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              Learning outcomes
            </Text>
            <List type="ordered" size="sm" spacing={2}>
              {current.learningOutcomes.map((outcome, index) => (
                <List.Item key={index}>{outcome}</List.Item>
              ))}
            </List>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="xs">
              Expected improvement
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {current.performanceImprovement}
            </Text>
          </Stack>
        </Card>

        {!open && (
          <Alert color="gray" title="The options are closed">
            {current.status === 'Proposed'
              ? 'The learner proposed this aspiration: the line manager confirms it before solutions are appraised.'
              : 'The solution can no longer change: the need is contracted, under way, finished or cancelled.'}
          </Alert>
        )}
        {types.query.isError && (
          <QueryError title="Could not load the kinds of solution" error={types.query.error} onRetry={() => void types.query.refetch()} />
        )}

        <Stack gap="sm" component="section" aria-labelledby="need-options-heading">
          <Title order={2} size="h3" id="need-options-heading">
            Options
          </Title>
          <AppraisalMatrix
            needId={current.id}
            editable={isLineManager && open}
            solutionTypes={types.choices}
            offerings={offerings}
            actions={
              current.isPrivate ? (
                <Text size="sm" c="dimmed">
                  A private aspiration: HR cannot be asked about it.
                </Text>
              ) : (
                <Button variant="default" onClick={() => setAsking(true)}>
                  Ask HR
                </Button>
              )
            }
          />
        </Stack>

        {!isLearner && !current.isPrivate && (
          <Stack gap="sm" component="section" aria-labelledby="need-advice-heading">
            <Title order={2} size="h3" id="need-advice-heading">
              Advice from HR
            </Title>
            <NeedAdviceRequests needId={current.id} />
          </Stack>
        )}
      </Stack>
      {isLineManager && (
        <AskHrModal opened={asking} onClose={() => setAsking(false)} needId={current.id} needTitle={current.title} />
      )}
    </>
  );
}
