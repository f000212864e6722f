import { Button, Stack, Title } from '@mantine/core';
import { Link, Navigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { CompetenciesSection } from '@/features/development/components/competencies';
import { DevelopmentPlanView } from '@/features/development/components/development-plan';
import { DiscussionsList } from '@/features/development/components/discussions-list';
import { usePerson } from '@/features/people/api/get-person';
import { useUser } from '@/lib/auth';

import { useBusinessNeedOptions } from './use-business-need-options';
import { useContractNeedActions } from './use-contract-need-actions';

/** Someone else's development plan: their line manager works on it; managers above, HR and Admin read it. */
export function PersonPlanRoute() {
  const { personId = '' } = useParams();
  const user = useUser();
  const person = usePerson(personId);
  const businessNeeds = useBusinessNeedOptions();
  const contractActions = useContractNeedActions(!!person.data && person.data.managerId === user.id);

  if (personId === user.id) return <Navigate to={paths.plan.href()} replace />;

  const name = person.data?.displayName;
  const isLineManager = !!person.data && person.data.managerId === user.id;

  return (
    <>
      <PageHeader
        title={name ? `Development plan: ${name}` : 'Development plan'}
        description={person.data?.jobTitle || undefined}
        actions={
          isLineManager && (
            <Button component={Link} to={paths.recordDiscussion.href(personId)}>
              Record 1:1
            </Button>
          )
        }
      />
      {person.isPending ? (
        <LoadingState label="Loading the development plan" />
      ) : person.isError ? (
        <QueryError error={person.error} onRetry={() => void person.refetch()} />
      ) : (
        <Stack gap="xl">
          <DevelopmentPlanView
            personId={personId}
            viewer={isLineManager ? 'manager' : 'reader'}
            businessNeeds={businessNeeds}
            needActions={contractActions}
          />
          <CompetenciesSection personId={personId} isOwn={false} />
          <Stack gap="sm" component="section" aria-labelledby="person-discussions-heading">
            <Title order={2} size="h3" id="person-discussions-heading">
              1:1s
            </Title>
            <DiscussionsList learnerId={personId} />
          </Stack>
        </Stack>
      )}
    </>
  );
}
