import { numberOrNull } from '@/lib/validation';

import type { Meeting, Presentation } from '../api/get-set-meetings';
import type { UpdateMeetingRequest } from '../api/update-meeting';

import { SET_LIMITS } from './set-vocabulary';

/** What a member brings to a meeting, as the form edits it. */
export type PresentationValues = Omit<Presentation, 'memberId'>;

export type MeetingFormValues = {
  attendance: string[];
  /** Minutes of air time agreed at the start, by member id; `''` for none agreed. */
  airTime: Record<string, number | string>;
  /** One entry per member who presents or gives an account, by member id. */
  presentations: Record<string, PresentationValues>;
  mainPoints: string;
};

export const PRESENTATION_FIELDS = ['problem', 'background', 'approach', 'questionsAsked', 'committedAction', 'accountOfLastAction'] as const;

export const blankPresentation = (): PresentationValues => ({
  problem: '',
  background: '',
  approach: '',
  questionsAsked: '',
  committedAction: '',
  accountOfLastAction: '',
});

const isBlank = (presentation: PresentationValues) => PRESENTATION_FIELDS.every((field) => presentation[field].trim() === '');

/** Who edits what in a meeting: the server's rule, so that the page offers only what it accepts. */
export type MeetingEditor =
  /** The set's facilitator, HR or the meeting's coordinator: everything. */
  | { kind: 'all' }
  /** A member: only the committed action and the account in their own presentation. */
  | { kind: 'member'; memberId: string }
  /** Everyone else who reads the set (Admin), and everyone once the set is closed. */
  | { kind: 'none' };

export function meetingEditor(meeting: Pick<Meeting, 'canManage'>, set: { status: string; members: { id: string }[] }, userId: string): MeetingEditor {
  if (set.status === 'Closed') return { kind: 'none' };
  // `canManage` is the server's answer for this meeting: facilitator, HR or its coordinator.
  if (meeting.canManage) return { kind: 'all' };
  if (set.members.some((member) => member.id === userId)) return { kind: 'member', memberId: userId };
  return { kind: 'none' };
}

/** The members whose presentation the form shows: those who presented, then those the agenda asks for an account. */
export function presenterIds(meeting: Pick<Meeting, 'presentations' | 'agenda'>): string[] {
  const ids = meeting.presentations.map((presentation) => presentation.memberId);
  for (const item of meeting.agenda) if (!ids.includes(item.memberId)) ids.push(item.memberId);
  return ids;
}

export function meetingFormValues(meeting: Meeting): MeetingFormValues {
  const presentations: Record<string, PresentationValues> = {};
  for (const id of presenterIds(meeting)) {
    const stored = meeting.presentations.find((presentation) => presentation.memberId === id);
    presentations[id] = stored
      ? {
          problem: stored.problem,
          background: stored.background,
          approach: stored.approach,
          questionsAsked: stored.questionsAsked,
          committedAction: stored.committedAction,
          accountOfLastAction: stored.accountOfLastAction,
        }
      : blankPresentation();
  }
  return {
    attendance: [...meeting.attendance],
    airTime: Object.fromEntries(meeting.airTimeMinutes.map((entry) => [entry.memberId, entry.minutes])),
    presentations,
    mainPoints: meeting.mainPoints,
  };
}

/** The server's limits on a meeting, as messages keyed by form path. */
export function validateMeeting(values: MeetingFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [memberId, minutes] of Object.entries(values.airTime)) {
    if (minutes === '') continue;
    const number = numberOrNull(minutes);
    if (number === null || !Number.isInteger(number) || number < 0 || number > SET_LIMITS.airTimeMinutes)
      errors[`airTime.${memberId}`] = `Air time is a whole number of minutes from 0 to ${SET_LIMITS.airTimeMinutes}.`;
  }
  for (const [memberId, presentation] of Object.entries(values.presentations)) {
    for (const field of PRESENTATION_FIELDS) {
      if (presentation[field].trim().length > SET_LIMITS.text)
        errors[`presentations.${memberId}.${field}`] = `Keep this to ${SET_LIMITS.text} characters.`;
    }
  }
  if (values.mainPoints.trim().length > SET_LIMITS.mainPoints)
    errors.mainPoints = `Keep the main points to ${SET_LIMITS.mainPoints} characters.`;
  return errors;
}

const trimmed = (presentation: PresentationValues): PresentationValues => ({
  problem: presentation.problem.trim(),
  background: presentation.background.trim(),
  approach: presentation.approach.trim(),
  questionsAsked: presentation.questionsAsked.trim(),
  committedAction: presentation.committedAction.trim(),
  accountOfLastAction: presentation.accountOfLastAction.trim(),
});

/**
 * The whole meeting, as the facilitator, HR or the coordinator record it. Attendance, air time and
 * presentations only name the set's members (the server refuses anyone else); a presentation left
 * blank is not sent.
 */
export function toFullRequest(values: MeetingFormValues, version: number, memberIds: readonly string[]): UpdateMeetingRequest {
  const isMember = (id: string) => memberIds.includes(id);
  return {
    version,
    attendance: values.attendance.filter(isMember),
    airTimeMinutes: Object.entries(values.airTime)
      .filter(([memberId, minutes]) => isMember(memberId) && numberOrNull(minutes) !== null)
      .map(([memberId, minutes]) => ({ memberId, minutes: numberOrNull(minutes)! })),
    presentations: Object.entries(values.presentations)
      .filter(([memberId, presentation]) => isMember(memberId) && !isBlank(presentation))
      .map(([memberId, presentation]) => ({ memberId, ...trimmed(presentation) })),
    mainPoints: values.mainPoints.trim(),
  };
}

/**
 * A member's save: the meeting exactly as read, with only their own committed action and account
 * changed — the server refuses a member's request that changes anything else.
 */
export function toMemberRequest(
  meeting: Meeting,
  memberId: string,
  own: Pick<PresentationValues, 'committedAction' | 'accountOfLastAction'>,
): UpdateMeetingRequest {
  const committedAction = own.committedAction.trim();
  const accountOfLastAction = own.accountOfLastAction.trim();
  const stored = meeting.presentations.find((presentation) => presentation.memberId === memberId);
  const presentations = meeting.presentations.map((presentation) =>
    presentation.memberId === memberId ? { ...presentation, committedAction, accountOfLastAction } : presentation,
  );
  if (!stored && (committedAction || accountOfLastAction)) {
    presentations.push({ memberId, ...blankPresentation(), committedAction, accountOfLastAction });
  }
  return {
    version: meeting.version,
    attendance: meeting.attendance,
    airTimeMinutes: meeting.airTimeMinutes,
    presentations,
    mainPoints: meeting.mainPoints,
  };
}
