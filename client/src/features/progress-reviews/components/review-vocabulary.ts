/** Labels and colours for the progress-review vocabulary the API sends as codes. */

/**
 * What both sides see of a review: upcoming, due within a week, overdue once its date has
 * passed, held or cancelled. Due and overdue carry a word as well as a colour.
 */
const STATES: Record<string, { label: string; colour: string; variant: 'light' | 'filled' | 'outline' }> = {
  Upcoming: { label: 'Upcoming', colour: 'gray', variant: 'light' },
  Due: { label: 'Due', colour: 'orange', variant: 'filled' },
  Overdue: { label: 'Overdue', colour: 'red', variant: 'filled' },
  Held: { label: 'Held', colour: 'green', variant: 'light' },
  Cancelled: { label: 'Cancelled', colour: 'gray', variant: 'outline' },
};

export const reviewState = (state: string) => STATES[state] ?? { label: state, colour: 'gray', variant: 'light' as const };

/** The review is still to be held (its state is upcoming, due or overdue). */
export const isOpenState = (state: string) => state === 'Upcoming' || state === 'Due' || state === 'Overdue';

/** Progress on one learning outcome, as the manager rates it. */
export const OUTCOME_RATINGS = [
  { value: 'NotStarted', label: 'Not started', colour: 'gray' },
  { value: 'Progressing', label: 'Progressing', colour: 'blue' },
  { value: 'Achieved', label: 'Achieved', colour: 'green' },
] as const;

export const ratingLabel = (value: string | null | undefined) =>
  OUTCOME_RATINGS.find((rating) => rating.value === value)?.label ?? (value || 'Not rated');

export const ratingColour = (value: string | null | undefined) =>
  OUTCOME_RATINGS.find((rating) => rating.value === value)?.colour ?? 'gray';

/** The manager's overall reading of the learning at a review. */
export const OVERALL_STATUSES = [
  { value: 'OnTrack', label: 'On track', colour: 'green' },
  { value: 'AtRisk', label: 'At risk', colour: 'orange' },
  { value: 'OffTrack', label: 'Off track', colour: 'red' },
] as const;

export const overallStatusLabel = (value: string | null | undefined) =>
  OVERALL_STATUSES.find((status) => status.value === value)?.label ?? (value || '—');

export const overallStatusColour = (value: string | null | undefined) =>
  OVERALL_STATUSES.find((status) => status.value === value)?.colour ?? 'gray';

/** The server's limits, so that the form stops what the server would refuse. */
export const REVIEW_LIMITS = {
  text: 4000,
  linksPerOutcome: 10,
  link: 2000,
  actions: 50,
  actionDescription: 500,
  timeGivenHours: 1000,
  mentoringNote: 4000,
} as const;

const hours = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** `3.5` → `3.5 hours`; `1` → `1 hour`; `—` for none. */
export const formatHours = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${hours.format(value)} ${value === 1 ? 'hour' : 'hours'}`;

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** A review's name: "Review 2", or "Cancelled review" for one that no longer counts. */
export const reviewName = (sequence: number | null | undefined) => (sequence ? `Review ${sequence}` : 'Cancelled review');
