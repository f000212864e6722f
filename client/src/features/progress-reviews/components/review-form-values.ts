import { randomId } from '@mantine/hooks';

import { parseIsoDate, todayIso } from '@/lib/dates';
import { isWebAddress, numberOrNull } from '@/lib/validation';

import type { ProgressReview, ReviewAction } from '../api/get-progress-review';
import type { ActionInput, LearnerPartInput, ManagerPartInput } from '../api/update-progress-review';

import { OUTCOME_RATINGS, OVERALL_STATUSES, REVIEW_LIMITS } from './review-vocabulary';

/** An action in the editor: one carried over from an earlier review (read-only but for "done"), or one of this review's. */
export type ActionValues = {
  /** React's key for the row: the id once saved, a random one for a new row. */
  key: string;
  id: string | null;
  description: string;
  ownerId: string;
  dueOn: string;
  done: boolean;
  carried: boolean;
};

export type LearnerValues = {
  reflection: string;
  barriers: string;
  supportNeeded: string;
  outcomes: { index: number; evidence: string; links: string[] }[];
};

export type ManagerValues = {
  heldOn: string;
  timeGivenHours: number | string;
  managerNotes: string;
  overallStatus: string | null;
  outcomes: { index: number; rating: string | null }[];
  /** Carried-over actions first, then this review's: the order the request sends them in, so that server errors land on the right row. */
  actions: ActionValues[];
};

/** The form mirrors the request, part by part, so that the server's `manager.heldOn` lands on `manager.heldOn`. */
export type ReviewFormValues = { learner: LearnerValues; manager: ManagerValues };

/** Lists whose items have inputs of their own: a message about one link lands on that link. */
export const REVIEW_ITEM_FIELDS = ['learner.outcomes.*.links'] as const;

const actionValues = (action: ReviewAction, carried: boolean): ActionValues => ({
  key: action.id,
  id: action.id,
  description: action.description,
  ownerId: action.ownerId,
  dueOn: action.dueOn,
  done: action.status === 'Done',
  carried,
});

export const newAction = (): ActionValues => ({
  key: randomId(),
  id: null,
  description: '',
  ownerId: '',
  dueOn: '',
  done: false,
  carried: false,
});

export function reviewFormValues(review: ProgressReview, today = todayIso()): ReviewFormValues {
  return {
    learner: {
      reflection: review.reflection ?? '',
      barriers: review.barriers ?? '',
      supportNeeded: review.supportNeeded ?? '',
      outcomes: review.outcomes.map((outcome) => ({ index: outcome.index, evidence: outcome.evidence ?? '', links: [...outcome.links] })),
    },
    manager: {
      // A draft does not keep the date; the meeting is most often recorded on the day.
      heldOn: review.heldOn ?? today,
      timeGivenHours: review.timeGivenHours ?? '',
      managerNotes: review.managerNotes ?? '',
      overallStatus: review.overallStatus,
      outcomes: review.outcomes.map((outcome) => ({ index: outcome.index, rating: outcome.rating })),
      actions: [...review.carriedOver.map((action) => actionValues(action, true)), ...review.actions.map((action) => actionValues(action, false))],
    },
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export const toLearnerRequest = (values: LearnerValues): LearnerPartInput => ({
  reflection: orNull(values.reflection),
  barriers: orNull(values.barriers),
  supportNeeded: orNull(values.supportNeeded),
  outcomes: values.outcomes.map((outcome) => ({
    index: outcome.index,
    evidence: orNull(outcome.evidence),
    links: outcome.links.map((link) => link.trim()),
  })),
});

export const toManagerRequest = (values: ManagerValues, record: boolean): ManagerPartInput => ({
  record,
  heldOn: values.heldOn || null,
  timeGivenHours: numberOrNull(values.timeGivenHours),
  managerNotes: orNull(values.managerNotes),
  overallStatus: values.overallStatus || null,
  outcomes: values.outcomes.map((outcome) => ({ index: outcome.index, rating: outcome.rating || null })),
  actions: values.actions.map((action): ActionInput => {
    const body: ActionInput = {
      description: action.description.trim(),
      ownerId: action.ownerId || null,
      dueOn: action.dueOn || null,
      done: action.done,
    };
    // A new action has no id; the server gives it one.
    return action.id ? { id: action.id, ...body } : body;
  }),
});

type Errors = Record<string, string>;

const tooLong = (errors: Errors, path: string, value: string, max: number, label: string) => {
  if (value.trim().length > max) errors[path] = `${label} must be at most ${max} characters.`;
};

/** The server's rules for the learner's part. */
export function validateLearner(values: LearnerValues): Errors {
  const errors: Errors = {};
  tooLong(errors, 'learner.reflection', values.reflection, REVIEW_LIMITS.text, 'Your reflection');
  tooLong(errors, 'learner.barriers', values.barriers, REVIEW_LIMITS.text, 'What stops you learning');
  tooLong(errors, 'learner.supportNeeded', values.supportNeeded, REVIEW_LIMITS.text, 'Support needed');
  values.outcomes.forEach((outcome, position) => {
    tooLong(errors, `learner.outcomes.${position}.evidence`, outcome.evidence, REVIEW_LIMITS.text, 'Evidence');
    if (outcome.links.length > REVIEW_LIMITS.linksPerOutcome) {
      errors[`learner.outcomes.${position}.links`] = `Give at most ${REVIEW_LIMITS.linksPerOutcome} links for an outcome.`;
    }
    outcome.links.forEach((link, index) => {
      const path = `learner.outcomes.${position}.links.${index}`;
      if (link.trim() === '') errors[path] = 'Enter the address, or remove the link.';
      else if (!isWebAddress(link)) errors[path] = 'Give the link as a full web address (https://…).';
      else if (link.trim().length > REVIEW_LIMITS.link) errors[path] = `A link must be at most ${REVIEW_LIMITS.link} characters.`;
    });
  });
  return errors;
}

/**
 * The server's rules for the manager's part; recording the review as held also needs the date
 * it was held (not in the future), the overall status and a rating for every outcome.
 */
export function validateManager(values: ManagerValues, record: boolean, today = todayIso()): Errors {
  const errors: Errors = {};
  if (values.heldOn && !parseIsoDate(values.heldOn)) errors['manager.heldOn'] = 'Give the date as a calendar date.';
  else if (values.heldOn && values.heldOn > today) errors['manager.heldOn'] = 'A review cannot be recorded as held on a date still to come.';
  else if (record && !values.heldOn) errors['manager.heldOn'] = 'Give the date the review was held.';

  const hours = numberOrNull(values.timeGivenHours);
  if (String(values.timeGivenHours).trim() !== '' && (hours === null || hours < 0 || hours > REVIEW_LIMITS.timeGivenHours)) {
    errors['manager.timeGivenHours'] = `Give the hours actually given, between 0 and ${REVIEW_LIMITS.timeGivenHours}.`;
  }
  tooLong(errors, 'manager.managerNotes', values.managerNotes, REVIEW_LIMITS.text, 'Notes');

  if (values.overallStatus && !OVERALL_STATUSES.some((status) => status.value === values.overallStatus)) {
    errors['manager.overallStatus'] = 'Say whether the learning is on track, at risk or off track.';
  } else if (record && !values.overallStatus) {
    errors['manager.overallStatus'] = 'Say whether the learning is on track, at risk or off track.';
  }

  values.outcomes.forEach((outcome, position) => {
    if (outcome.rating && !OUTCOME_RATINGS.some((rating) => rating.value === outcome.rating)) {
      errors[`manager.outcomes.${position}.rating`] = 'Choose a rating.';
    } else if (record && !outcome.rating) {
      errors[`manager.outcomes.${position}.rating`] = 'Rate this outcome before recording the review.';
    }
  });

  if (values.actions.length > REVIEW_LIMITS.actions) {
    errors['manager.actions'] = `Agree at most ${REVIEW_LIMITS.actions} actions at one review.`;
  }
  values.actions.forEach((action, position) => {
    if (action.carried) return;
    const path = `manager.actions.${position}`;
    if (action.description.trim() === '') errors[`${path}.description`] = 'Say what the action is.';
    else tooLong(errors, `${path}.description`, action.description, REVIEW_LIMITS.actionDescription, 'An action');
    if (!action.ownerId) errors[`${path}.ownerId`] = 'Say who owns the action.';
    if (!parseIsoDate(action.dueOn)) errors[`${path}.dueOn`] = 'Give the date the action is due.';
  });
  return errors;
}
