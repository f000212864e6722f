import type { Meeting } from '../api/get-set-meetings';

/** An action a member committed to at one meeting, and the account they give of it at the next. */
export type Commitment = {
  /** The meeting where the action was committed to. */
  meeting: Meeting;
  action: string;
  /** The following meeting, where the account is given; `null` until it is scheduled. */
  accountMeeting: Meeting | null;
  account: string;
};

/**
 * A member's commitments, newest first. The account of an action is given at the following
 * meeting, whose agenda carries the action: it is that meeting's `accountOfLastAction` in the
 * member's own presentation.
 */
export function memberCommitments(meetings: readonly Meeting[], memberId: string): Commitment[] {
  const commitments: Commitment[] = [];
  meetings.forEach((meeting, index) => {
    const action = meeting.presentations.find((presentation) => presentation.memberId === memberId)?.committedAction.trim();
    if (!action) return;
    const accountMeeting = meetings[index + 1] ?? null;
    const account =
      accountMeeting?.presentations.find((presentation) => presentation.memberId === memberId)?.accountOfLastAction.trim() ?? '';
    commitments.push({ meeting, action, accountMeeting, account });
  });
  return commitments.reverse();
}
