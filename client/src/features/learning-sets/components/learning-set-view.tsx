import { Stack } from '@mantine/core';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import type { LearningSet } from '../api/get-learning-sets';
import { useSetMeetings } from '../api/get-set-meetings';

import { MyCommitments } from './my-commitments';
import { MyProgrammeReviews } from './my-programme-reviews';
import type { RenderPersonPicker } from './person-picker';
import { SetDetails } from './set-details';
import { SetMeetingsSection } from './set-meetings';
import { SetMembers } from './set-members';
import { SetOneToOnes } from './set-one-to-ones';
import { SetProgrammeReview } from './set-programme-review';

type LearningSetViewProps = {
  set: LearningSet;
  userId: string;
  renderPersonPicker: RenderPersonPicker;
  meetingHref: (id: string) => string;
  /** Where a programme review invitation is answered. */
  answerHref: (responseId: string) => string;
  /** HR and Admin read every set's programme review results. */
  readsEverySet: boolean;
  onReload: () => void;
};

/**
 * One set: its details and status, the caller's programme reviews to answer about it, its meetings, the
 * one-to-ones, its members and the programme review — and for a member their own commitments.
 */
export function LearningSetView({ set, userId, renderPersonPicker, meetingHref, answerHref, readsEverySet, onReload }: LearningSetViewProps) {
  const meetings = useSetMeetings(set.id);
  const isMember = set.members.some((member) => member.id === userId);

  return (
    <Stack gap="lg" maw={1040}>
      <SetDetails set={set} onReload={onReload} />
      <MyProgrammeReviews setId={set.id} answerHref={answerHref} />
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
      <SetOneToOnes set={set} userId={userId} />
      <SetMembers set={set} renderPersonPicker={renderPersonPicker} onReload={onReload} />
      <SetProgrammeReview set={set} readsResults={set.canManage || readsEverySet} />
    </Stack>
  );
}
