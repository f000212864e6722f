import { Badge, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';

import { describeProblem, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { formatDateTime } from '@/lib/dates';

import type { LearningSet } from '../api/get-learning-sets';
import { type ProgrammeReviewResults, useProgrammeReviewResults } from '../api/get-programme-review-results';
import { useOpenProgrammeReview } from '../api/open-programme-review';

import { FiguresTable, headline, PercentBar, RatingsBar, responseLine } from './review-figures';
import { oneRespondentRoleLabel, respondentRoleLabel } from './review-vocabulary';

type SetProgrammeReviewProps = {
  set: LearningSet;
  /** HR and Admin read every set's results; the facilitator (who manages the set) reads theirs. */
  readsResults: boolean;
};

/**
 * The set's programme review: the facilitator or HR opens it on a running or closed set, inviting the members,
 * the facilitator and the members' line managers; those who read the results see them here.
 */
export function SetProgrammeReview({ set, readsResults }: SetProgrammeReviewProps) {
  const headingId = useId();
  const open = useOpenProgrammeReview();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const results = useProgrammeReviewResults(set.id, set.programmeReviewOpened && readsResults);

  if (!set.programmeReviewOpened && !set.canManage) return null;

  const openReview = async () => {
    setProblem(null);
    try {
      await open.mutateAsync(set.id);
      notifications.show({ color: 'green', message: 'The programme review is open' });
    } catch (error) {
      setProblem(describeProblem(error));
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          Programme review
        </Title>
        <FormErrorAlert problem={problem} />
        {!set.programmeReviewOpened ? (
          <>
            <Text size="sm" c="dimmed">
              A survey of what the set was worth: each member, the facilitator and each member’s line manager rate its value,
              name its strengths and issues, and say whether the member achieved their goal. It is opened once.
            </Text>
            {set.status === 'Forming' ? (
              <Text size="sm">The programme review can be opened once the set is running.</Text>
            ) : (
              <Group>
                <Button onClick={() => void openReview()} loading={open.isPending}>
                  Open the programme review
                </Button>
              </Group>
            )}
          </>
        ) : !readsResults ? (
          <Text size="sm">The programme review is open. The facilitator and HR see its results.</Text>
        ) : results.isPending ? (
          <LoadingState label="Loading the programme review" />
        ) : results.isError ? (
          <QueryError title="Could not load the programme review" error={results.error} onRetry={() => void results.refetch()} />
        ) : (
          <ReviewResults results={results.data} />
        )}
      </Stack>
    </Card>
  );
}

/** One set's results: the headline, the ratings bar, the figures by role, who answered, and the comments by role. */
export function ReviewResults({ results }: { results: ProgrammeReviewResults }) {
  const { overall } = results;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Opened {formatDateTime(results.openedAt)} by {results.openedBy.name}
      </Text>
      <Group gap="lg" align="center">
        <Text size="xl" fw={700}>
          {headline(overall)}
        </Text>
        <Text size="sm">{responseLine(overall)}</Text>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Text size="sm" w={120}>
          Response rate
        </Text>
        <PercentBar value={overall.responseRatePercent} />
      </Group>
      {overall.answered > 0 && <RatingsBar figures={overall} />}
      <FiguresTable
        caption={`Programme review results for ${results.setName}`}
        columns={[
          { label: 'Overall', figures: overall },
          ...results.byRole.map((role) => ({ label: respondentRoleLabel(role.respondentRole), figures: role.figures })),
        ]}
      />
      <Stack gap="xs">
        <Title order={3} size="h4">
          Who was asked
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table aria-label="Who was asked">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Person</Table.Th>
                <Table.Th scope="col">As</Table.Th>
                <Table.Th scope="col">Answered</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {results.respondents.map((respondent) => (
                <Table.Tr key={`${respondent.person.id}-${respondent.respondentRole}-${respondent.aboutMember?.id ?? ''}`}>
                  <Table.Td>
                    <Text size="sm">{respondent.person.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {oneRespondentRoleLabel(respondent.respondentRole)}
                      {respondent.respondentRole === 'SponsoringManager' && respondent.aboutMember ? ` of ${respondent.aboutMember.name}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={respondent.answered ? 'green' : 'gray'}>
                      {respondent.answered ? 'Answered' : 'Not yet'}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          Comments
        </Title>
        {results.comments.length === 0 ? (
          <Text size="sm" c="dimmed">
            No comments yet.
          </Text>
        ) : (
          <List spacing="xs" size="sm" aria-label="Comments">
            {results.comments.map((comment, index) => (
              <List.Item key={index}>
                <Text size="sm" fw={600} span>
                  {oneRespondentRoleLabel(comment.respondentRole)}:{' '}
                </Text>
                {comment.strengths && <Text size="sm" span>Strengths: {comment.strengths} </Text>}
                {comment.issuesNote && <Text size="sm" span>Issues: {comment.issuesNote}</Text>}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
