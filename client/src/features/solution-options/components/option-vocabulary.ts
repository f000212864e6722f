import type { SolutionOption } from '../api/get-need-options';

/** The server's limits for an option (OptionFieldsValidator) and a decision about one. */
export const OPTION_LIMITS = {
  description: 4000,
  note: 1000,
  maxCost: 10_000_000,
  maxHoursAway: 10_000,
  decisionNote: 2000,
} as const;

export const RATING_MESSAGE = 'Rate from 1 (poor) to 5 (excellent).';

/** The five judgements made about every option, in the order the matrix shows them. */
export const RATED_CRITERIA = [
  {
    rating: 'knowledgeRating',
    note: 'knowledgeNote',
    label: 'Knowledge',
    description: 'What the learner will know and understand.',
  },
  { rating: 'skillRating', note: 'skillNote', label: 'Skill', description: 'What the learner will be able to do.' },
  {
    rating: 'behaviourRating',
    note: 'behaviourNote',
    label: 'Behaviour',
    description: 'How the learner will act differently at work.',
  },
  {
    rating: 'transferRating',
    note: null,
    label: 'Transfer to work',
    description: 'How likely the learning is to be used in the work environment.',
  },
  {
    rating: 'sustainabilityRating',
    note: null,
    label: 'Sustainability',
    description: 'How well the learning will last once the activity ends.',
  },
] as const;

export type RatingField = (typeof RATED_CRITERIA)[number]['rating'];
export type NoteField = NonNullable<(typeof RATED_CRITERIA)[number]['note']>;

export const OPTION_STATUS_COLOUR: Record<string, string> = { Proposed: 'blue', Selected: 'green', Rejected: 'red' };

/** What the page calls an option: its place in the list and what it is. */
export const optionName = (option: Pick<SolutionOption, 'offeringTitle' | 'programmeTitle' | 'solutionTypeName'>, index: number) =>
  `Option ${index + 1}: ${option.programmeTitle ?? option.offeringTitle ?? option.solutionTypeName}`;

const hoursFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** `7.5` → `7.5 hours`; `—` for none. */
export const formatHours = (hours: number | null | undefined) =>
  hours === null || hours === undefined ? '—' : `${hoursFormat.format(hours)} ${hours === 1 ? 'hour' : 'hours'}`;

/** The mean of the ratings given so far, or `null` before any. */
export function averageRating(option: Pick<SolutionOption, RatingField>): number | null {
  const ratings = RATED_CRITERIA.map((criterion) => option[criterion.rating]).filter(
    (rating): rating is number => rating !== null,
  );
  return ratings.length === 0 ? null : ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
}

/** The one kind of solution whose options may name an action learning set for the learner to join. */
export const ACTION_LEARNING_SET = 'ActionLearningSet';

/** A set in the catalogue, as the option form offers it: `Repairs set — running, 5 members, facilitated by Sam Whitfield`. */
export const learningSetLabel = (set: { name: string; status: string; memberCount: number; facilitatorName: string }) =>
  `${set.name} — ${set.status.toLowerCase()}, ${set.memberCount} ${set.memberCount === 1 ? 'member' : 'members'}, facilitated by ${set.facilitatorName}`;

/** A kind of solution to choose from. */
export type SolutionTypeChoice = { value: string; label: string };

/** An offering from the provider register that an option may name. */
export type OfferingChoice = { value: string; label: string; solutionType: string; cost: number };
