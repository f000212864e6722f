/**
 * The contract terms form: its values, the client copy of the server's rules
 * (`ContractTermsValidator`) and the request body. The values sit under `terms` as they do in
 * the request, so the server's `terms.<field>` messages land on the fields of the same name.
 */
import { parseIsoDate } from '@/lib/dates';
import { normaliseSpaces, wordCount } from '@/lib/validation';

import type { ContractTermsInput } from '../api/create-contract';
import type { ContractTerms } from '../api/get-contract';

/** A number input's value: a number, or `''` while it is empty. */
type NumberValue = number | string;

export type TermsFormValues = {
  learningOutcomes: string[];
  startDate: string;
  endDate: string;
  hoursPerWeek: NumberValue;
  studyDays: NumberValue;
  reviewCadenceWeeks: NumberValue;
  firstReviewOn: string;
  curriculumTopics: string[];
  assignmentTopics: string[];
  mentorId: string | null;
  cost: NumberValue;
  measureName: string;
  measureUnit: string;
  baselineValue: NumberValue;
  baselineDate: string;
  supportCommitments: string[];
  supportNotes: string;
};

export type ContractFormValues = { terms: TermsFormValues };

export const LIMITS = {
  outcomes: 12,
  outcomeWords: 3,
  outcomeLength: 500,
  hoursPerWeek: 60,
  studyDays: 365,
  cadenceMin: 1,
  cadenceMax: 26,
  topics: 20,
  topicLength: 200,
  cost: 10_000_000,
  measureName: 200,
  measureUnit: 50,
  supportNotes: 2000,
} as const;

/** Lists whose items have inputs of their own: a server message about one item lands on it. */
export const TERMS_ITEM_FIELDS = ['terms.learningOutcomes', 'terms.curriculumTopics', 'terms.assignmentTopics'] as const;

/** What a new contract starts from: the need's outcomes and the selected option's cost. */
export type TermsDefaults = { learningOutcomes: readonly string[]; cost: number | null };

export const emptyTerms = ({ learningOutcomes, cost }: TermsDefaults): TermsFormValues => ({
  learningOutcomes: learningOutcomes.length > 0 ? [...learningOutcomes] : [''],
  startDate: '',
  endDate: '',
  hoursPerWeek: '',
  studyDays: '',
  reviewCadenceWeeks: 4,
  firstReviewOn: '',
  curriculumTopics: [],
  assignmentTopics: [],
  mentorId: null,
  cost: cost ?? '',
  measureName: '',
  measureUnit: '',
  baselineValue: '',
  baselineDate: '',
  supportCommitments: [],
  supportNotes: '',
});

export const termsToFormValues = (terms: ContractTerms): TermsFormValues => ({
  learningOutcomes: [...terms.learningOutcomes],
  startDate: terms.startDate,
  endDate: terms.endDate,
  hoursPerWeek: terms.hoursPerWeek,
  studyDays: terms.studyDays,
  reviewCadenceWeeks: terms.reviewCadenceWeeks,
  firstReviewOn: terms.firstReviewOn,
  curriculumTopics: [...terms.curriculumTopics],
  assignmentTopics: [...terms.assignmentTopics],
  mentorId: terms.mentorId ?? null,
  cost: terms.cost,
  measureName: terms.measureName,
  measureUnit: terms.measureUnit,
  baselineValue: terms.baselineValue,
  baselineDate: terms.baselineDate,
  supportCommitments: [...terms.supportCommitments],
  supportNotes: terms.supportNotes ?? '',
});

/** `null` for an empty or unreadable number input. */
export function numberOrNull(value: NumberValue | null | undefined): number | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

const dateOrNull = (value: string) => (parseIsoDate(value) ? value : null);

/** The request's `terms`: lists tidied as the server tidies them, empty inputs as `null`. */
export const toTermsRequest = (values: TermsFormValues): ContractTermsInput => ({
  learningOutcomes: values.learningOutcomes.map(normaliseSpaces),
  startDate: dateOrNull(values.startDate),
  endDate: dateOrNull(values.endDate),
  hoursPerWeek: numberOrNull(values.hoursPerWeek),
  studyDays: numberOrNull(values.studyDays),
  reviewCadenceWeeks: numberOrNull(values.reviewCadenceWeeks),
  firstReviewOn: dateOrNull(values.firstReviewOn),
  curriculumTopics: values.curriculumTopics.map(normaliseSpaces),
  assignmentTopics: values.assignmentTopics.map(normaliseSpaces),
  mentorId: values.mentorId || null,
  cost: numberOrNull(values.cost),
  measureName: values.measureName.trim(),
  measureUnit: values.measureUnit.trim(),
  baselineValue: numberOrNull(values.baselineValue),
  baselineDate: dateOrNull(values.baselineDate),
  supportCommitments: [...values.supportCommitments],
  supportNotes: values.supportNotes.trim() || null,
});

export const MESSAGES = {
  noOutcomes: 'List at least one learning outcome.',
  tooManyOutcomes: `List at most ${LIMITS.outcomes} learning outcomes.`,
  outcomeWords: 'Write each outcome as a specific, achievable statement of what the learner will be able to do.',
  outcomeLength: `An outcome must be at most ${LIMITS.outcomeLength} characters.`,
  startDate: 'Give the start date.',
  endDate: 'Give the end date.',
  endBeforeStart: 'The end date cannot be before the start.',
  hoursPerWeek: `Hours a week must be between 0 and ${LIMITS.hoursPerWeek}.`,
  studyDays: `Study days must be between 0 and ${LIMITS.studyDays}.`,
  wholeDays: 'Study days are whole days.',
  timeAllowed: 'Agree the time allowed: hours a week, study days or both.',
  cadence: 'Say how often progress is reviewed.',
  cadenceRange: `Review every ${LIMITS.cadenceMin} to ${LIMITS.cadenceMax} weeks.`,
  firstReview: 'Give the date of the first progress review.',
  firstReviewRange: 'The first review falls between the start and end dates.',
  tooManyTopics: `List at most ${LIMITS.topics} topics.`,
  emptyTopic: 'A topic cannot be empty.',
  topicLength: `A topic must be at most ${LIMITS.topicLength} characters.`,
  cost: 'Cost must be between 0 and 10,000,000.',
  measureName: 'Name the business measure the impact review will compare against.',
  measureNameLength: `The measure's name must be at most ${LIMITS.measureName} characters.`,
  measureUnit: "Give the measure's unit.",
  measureUnitLength: `The unit must be at most ${LIMITS.measureUnit} characters.`,
  baselineValue: "Give the measure's baseline value.",
  baselineDate: 'Give the date of the baseline.',
  baselineAfterStart: 'The baseline is taken before the learning starts.',
  supportNotes: `Support notes must be at most ${LIMITS.supportNotes} characters.`,
} as const;

type Errors = Record<string, string>;

function checkTopics(errors: Errors, field: 'curriculumTopics' | 'assignmentTopics', topics: readonly string[]) {
  if (topics.length > LIMITS.topics) errors[`terms.${field}`] = MESSAGES.tooManyTopics;
  topics.forEach((topic, index) => {
    if (topic.trim() === '') errors[`terms.${field}.${index}`] = MESSAGES.emptyTopic;
    else if (normaliseSpaces(topic).length > LIMITS.topicLength) errors[`terms.${field}.${index}`] = MESSAGES.topicLength;
  });
}

/**
 * The server's rules for contract terms, as messages keyed by form path (`terms.startDate`,
 * `terms.learningOutcomes.2`). Empty when the terms may be sent.
 */
export function validateTerms(values: TermsFormValues): Errors {
  const errors: Errors = {};
  const field = (name: keyof TermsFormValues) => `terms.${name}`;

  // Learning outcomes: at least one, at most twelve, each a statement of three words or more.
  if (values.learningOutcomes.length === 0) errors[field('learningOutcomes')] = MESSAGES.noOutcomes;
  if (values.learningOutcomes.length > LIMITS.outcomes) errors[field('learningOutcomes')] = MESSAGES.tooManyOutcomes;
  values.learningOutcomes.forEach((outcome, index) => {
    if (wordCount(outcome) < LIMITS.outcomeWords) errors[`terms.learningOutcomes.${index}`] = MESSAGES.outcomeWords;
    else if (normaliseSpaces(outcome).length > LIMITS.outcomeLength) errors[`terms.learningOutcomes.${index}`] = MESSAGES.outcomeLength;
  });

  // Dates: start, an end not before it.
  const start = parseIsoDate(values.startDate);
  const end = parseIsoDate(values.endDate);
  if (!start) errors[field('startDate')] = MESSAGES.startDate;
  if (!end) errors[field('endDate')] = MESSAGES.endDate;
  else if (start && end < start) errors[field('endDate')] = MESSAGES.endBeforeStart;

  // Time allowed: hours a week, study days or both.
  const hours = numberOrNull(values.hoursPerWeek);
  const days = numberOrNull(values.studyDays);
  if (hours !== null && (hours < 0 || hours > LIMITS.hoursPerWeek)) errors[field('hoursPerWeek')] = MESSAGES.hoursPerWeek;
  if (days !== null && (days < 0 || days > LIMITS.studyDays)) errors[field('studyDays')] = MESSAGES.studyDays;
  else if (days !== null && !Number.isInteger(days)) errors[field('studyDays')] = MESSAGES.wholeDays;
  if ((hours ?? 0) <= 0 && (days ?? 0) <= 0 && !errors[field('hoursPerWeek')]) {
    errors[field('hoursPerWeek')] = MESSAGES.timeAllowed;
  }

  // Progress reviews: every 1–26 weeks, the first between the start and the end.
  const cadence = numberOrNull(values.reviewCadenceWeeks);
  if (cadence === null) errors[field('reviewCadenceWeeks')] = MESSAGES.cadence;
  else if (!Number.isInteger(cadence) || cadence < LIMITS.cadenceMin || cadence > LIMITS.cadenceMax) {
    errors[field('reviewCadenceWeeks')] = MESSAGES.cadenceRange;
  }
  const firstReview = parseIsoDate(values.firstReviewOn);
  if (!firstReview) errors[field('firstReviewOn')] = MESSAGES.firstReview;
  else if (start && end && (firstReview < start || firstReview > end)) errors[field('firstReviewOn')] = MESSAGES.firstReviewRange;

  checkTopics(errors, 'curriculumTopics', values.curriculumTopics);
  checkTopics(errors, 'assignmentTopics', values.assignmentTopics);

  // Cost: the option's when left empty.
  const cost = numberOrNull(values.cost);
  if (cost !== null && (cost < 0 || cost > LIMITS.cost)) errors[field('cost')] = MESSAGES.cost;

  // The business measure and its baseline, taken on or before the start.
  if (values.measureName.trim() === '') errors[field('measureName')] = MESSAGES.measureName;
  else if (normaliseSpaces(values.measureName).length > LIMITS.measureName) errors[field('measureName')] = MESSAGES.measureNameLength;
  if (values.measureUnit.trim() === '') errors[field('measureUnit')] = MESSAGES.measureUnit;
  else if (normaliseSpaces(values.measureUnit).length > LIMITS.measureUnit) errors[field('measureUnit')] = MESSAGES.measureUnitLength;
  if (numberOrNull(values.baselineValue) === null) errors[field('baselineValue')] = MESSAGES.baselineValue;
  const baseline = parseIsoDate(values.baselineDate);
  if (!baseline) errors[field('baselineDate')] = MESSAGES.baselineDate;
  else if (start && baseline > start) errors[field('baselineDate')] = MESSAGES.baselineAfterStart;

  if (values.supportNotes.trim().length > LIMITS.supportNotes) errors[field('supportNotes')] = MESSAGES.supportNotes;

  return errors;
}
