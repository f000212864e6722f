import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useLearningSet } from '@/features/learning-sets/api/get-learning-set';
import { useMeeting } from '@/features/learning-sets/api/get-meeting';
import { MeetingRunner } from '@/features/learning-sets/components/meeting-runner';
import { formatDate } from '@/lib/dates';
import { useUser } from '@/lib/auth';

/** One learning set meeting, run by its coordinator, the facilitator or HR; members record their own action and account. */
export default function MeetingRoute() {
  const { id = '' } = useParams();
  const user = useUser();
  const meeting = useMeeting(id);
  const set = useLearningSet(meeting.data?.setId);

  const title = meeting.data ? `Meeting on ${formatDate(meeting.data.heldOn)}` : 'Meeting';
  const pending = meeting.isPending || (meeting.isSuccess && set.isPending);
  const error = meeting.error ?? set.error;

  return (
    <>
      <PageHeader
        title={title}
        description={set.data?.name}
        actions={
          meeting.data && (
            <Anchor component={Link} to={paths.learningSet.href(meeting.data.setId)} size="sm">
              Back to the set
            </Anchor>
          )
        }
      />
      {pending ? (
        <LoadingState label="Loading the meeting" />
      ) : error || !meeting.data || !set.data ? (
        <QueryError
          error={error}
          onRetry={() => {
            void meeting.refetch();
            if (meeting.data) void set.refetch();
          }}
        />
      ) : (
        <MeetingRunner
          meeting={meeting.data}
          set={set.data}
          userId={user.id}
          onReload={async () => {
            const [fresh] = await Promise.all([meeting.refetch(), set.refetch()]);
            return fresh.data;
          }}
        />
      )}
    </>
  );
}
