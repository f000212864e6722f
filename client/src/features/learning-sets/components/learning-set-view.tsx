import { Stack } from '@mantine/core';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import type { LearningSet } from '../api/get-learning-sets';
import { useSetMeetings } from '../api/get-set-meetings';

import { MyCommitments } from './my-commitments';
import type { RenderPersonPicker } from './person-picker';
import { SetDetails } from './set-details';
import { SetMeetingsSection } from './set-meetings';
import { SetMembers } from './set-members';

type LearningSetViewProps = {
  set: LearningSet;
  userId: string;
  renderPersonPicker: RenderPersonPicker;
  meetingHref: (id: string) => string;
  onReload: () => void;
};

/** One set: its details and status, its members, its meetings and — for a member — their own commitments. */
export function LearningSetView({ set, userId, renderPersonPicker, meetingHref, onReload }: LearningSetViewProps) {
  const meetings = useSetMeetings(set.id);
  const isMember = set.members.some((member) => member.id === userId);

  return (
    <Stack gap="lg" maw={1040}>
      <SetDetails set={set} onReload={onReload} />
      {meetings.isPending ? (
        <LoadingState label="Loading meetings" />
      ) : meetings.isError ? (
        <QueryError title="Could not load the meetings" error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : (
        <>
          {isMember && <MyCommitments meetings={meetings.data.meetings} memberId={userId} meetingHref={meetingHref} />}
          <SetMeetingsSection set={set} meetings={meetings.data} meetingHref={meetingHref} />
        </>
      )}
      <SetMembers set={set} renderPersonPicker={renderPersonPicker} onReload={onReload} />
    </Stack>
  );
}
