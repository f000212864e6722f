import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useLearningSet } from '@/features/learning-sets/api/get-learning-set';
import { LearningSetView } from '@/features/learning-sets/components/learning-set-view';
import { hasRole, ROLES, useUser } from '@/lib/auth';

import { LearningSetPersonSelect } from './learning-set-person-select';

/** One action learning set: its details and status, members and their one-to-ones, meetings, the programme review and the caller's own commitments. */
export default function LearningSetRoute() {
  const { id = '' } = useParams();
  const user = useUser();
  const set = useLearningSet(id);

  return (
    <>
      <PageHeader
        title={set.data?.name ?? 'Learning set'}
        actions={
          <Anchor component={Link} to={paths.learningSets.href()} size="sm">
            All learning sets
          </Anchor>
        }
      />
      {set.isPending ? (
        <LoadingState label="Loading the learning set" />
      ) : set.isError ? (
        <QueryError error={set.error} onRetry={() => void set.refetch()} />
      ) : (
        <LearningSetView
          set={set.data}
          userId={user.id}
          renderPersonPicker={(props) => <LearningSetPersonSelect {...props} />}
          meetingHref={paths.meeting.href}
          answerHref={paths.programmeReviewResponse.href}
          readsEverySet={hasRole(user, ROLES.hr) || hasRole(user, ROLES.admin)}
          onReload={() => void set.refetch()}
        />
      )}
    </>
  );
}
