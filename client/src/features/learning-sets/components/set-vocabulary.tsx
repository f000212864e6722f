import { Badge, type BadgeProps } from '@mantine/core';

/** The words of action learning sets, as the server spells them and as people read them. */

/** A set is forming until it first meets, running while it meets, then closed; it only moves forward. */
export const SET_STATUSES = ['Forming', 'Running', 'Closed'] as const;

const STATUS_COLOURS: Record<string, string> = { Forming: 'grape', Running: 'blue', Closed: 'gray' };

export function SetStatusBadge({ status, ...props }: Omit<BadgeProps, 'children' | 'color'> & { status: string }) {
  return (
    <Badge variant="light" color={STATUS_COLOURS[status] ?? 'gray'} {...props}>
      {status}
    </Badge>
  );
}

/** The statuses a set may move on to from `current`: forward only, and nothing from Closed. */
export function nextStatuses(current: string): string[] {
  const index = SET_STATUSES.indexOf(current as (typeof SET_STATUSES)[number]);
  return index < 0 ? [] : SET_STATUSES.slice(index + 1);
}

export const MEETING_MODES = [
  { value: 'InPerson', label: 'In person' },
  { value: 'Phone', label: 'Phone' },
  { value: 'Video', label: 'Video' },
] as const;

export const meetingModeLabel = (mode: string) => MEETING_MODES.find((candidate) => candidate.value === mode)?.label ?? mode;

/** Peers work best in a group of four to eight; outside that a set still forms, with a warning. */
export const SET_SIZE = { fewest: 4, most: 8, limit: 30 } as const;

/** The server's limits. */
export const SET_LIMITS = {
  name: 200,
  purpose: 4000,
  cadence: 100,
  text: 4000,
  mainPoints: 8000,
  airTimeMinutes: 600,
} as const;

/** The warning the server gives about a set's size, worked out before it is asked. */
export const sizeWarning = (members: number) =>
  members < SET_SIZE.fewest || members > SET_SIZE.most
    ? `A set works best with ${SET_SIZE.fewest} to ${SET_SIZE.most} members; this one has ${members}.`
    : null;
