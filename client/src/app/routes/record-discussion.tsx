import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { RecordDiscussion } from '@/features/development/components/discussion-editor';
import { usePerson } from '@/features/people/api/get-person';
import { useUser } from '@/lib/auth';

import { useBusinessNeedOptions } from './use-business-need-options';

export function RecordDiscussionRoute() {
  const { personId = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const person = usePerson(personId);
  const businessNeeds = useBusinessNeedOptions();
  const name = person.data?.displayName;

  return (
    <>
      <PageHeader
        title={name ? `Record a 1:1 with ${name}` : 'Record a 1:1'}
        description="What you discussed and agreed and, in the same step, the development needs you identified."
      />
      {person.isPending ? (
        <LoadingState />
      ) : person.isError ? (
        <QueryError error={person.error} onRetry={() => void person.refetch()} />
      ) : person.data.managerId !== user.id ? (
        <Alert color="yellow" title="Only the line manager records 1:1s">
          {person.data.displayName} does not report to you, so you cannot record their development discussions.
        </Alert>
      ) : (
        <RecordDiscussion
          learnerId={personId}
          businessNeeds={businessNeeds}
          onRecorded={(discussion) => navigate(paths.discussion.href(discussion.id))}
          onCancel={() => navigate(paths.team.href())}
        />
      )}
    </>
  );
}
