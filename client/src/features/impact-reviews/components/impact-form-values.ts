import { parseIsoDate, todayIso } from '@/lib/dates';

import type { ImpactReview } from '../api/get-impact-review';
import type { ImpactLearnerPartInput, ImpactManagerPartInput } from '../api/update-impact-review';

import { IMPACT_LIMITS, ISOLATION_METHODS } from './impact-vocabulary';

/** A number input's value: a number, or `''` while blank. */
export type NumberValue = number | string;

export type LearnerValues = { reactionRating: string; reactionComment: string };

export type ManagerValues = {
  outcomes: { index: number; achieved: '' | 'yes' | 'no'; evidence: string }[];
  behaviour: { examples: string; transferRating: string; barriers: string; enablers: string };
  results: { valueNow: NumberValue; valueNowOn: string };
  isolation: { method: string; attributionPercent: NumberValue; confidencePercent: NumberValue };
  money: {
    benefitPerUnit: NumberValue;
    annualisedBenefit: NumberValue;
    fees: NumberValue;
    travel: NumberValue;
    materials: NumberValue;
    learnerHours: NumberValue;
    loadedHourlyRate: NumberValue;
    backfill: NumberValue;
    managerTime: NumberValue;
    intangibles: string;
  };
  whatNext: string;
};

export type ImpactFormValues = { learner: LearnerValues; manager: ManagerValues };

const num = (value: number | null): NumberValue => value ?? '';

export function impactFormValues(review: ImpactReview): ImpactFormValues {
  const { money } = review;
  return {
    learner: {
      reactionRating: review.reaction.rating === null ? '' : String(review.reaction.rating),
      reactionComment: review.reaction.comment ?? '',
    },
    manager: {
      outcomes: review.outcomes.map((outcome) => ({
        index: outcome.index,
        achieved: outcome.achieved === null ? '' : outcome.achieved ? 'yes' : 'no',
        evidence: outcome.evidence ?? '',
      })),
      behaviour: {
        examples: review.behaviour.examples ?? '',
        transferRating: review.behaviour.transferRating === null ? '' : String(review.behaviour.transferRating),
        barriers: review.behaviour.barriers ?? '',
        enablers: review.behaviour.enablers ?? '',
      },
      results: { valueNow: num(review.results.valueNow), valueNowOn: review.results.valueNowOn ?? '' },
      isolation: {
        method: review.isolation.method ?? '',
        attributionPercent: num(review.isolation.attributionPercent),
        confidencePercent: num(review.isolation.confidencePercent),
      },
      money: {
        benefitPerUnit: num(money.benefitPerUnit),
        annualisedBenefit: num(money.annualisedBenefit),
        fees: num(money.fees),
        travel: num(money.travel),
        materials: num(money.materials),
        learnerHours: num(money.learnerHours),
        loadedHourlyRate: num(money.loadedHourlyRate),
        backfill: num(money.backfill),
        managerTime: num(money.managerTime),
        intangibles: money.intangibles ?? '',
      },
      whatNext: review.whatNext ?? '',
    },
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export const numberOrNull = (value: NumberValue): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
};

const ratingOrNull = (value: string) => (value === '' ? null : Number(value));

export const toLearnerRequest = (values: LearnerValues): ImpactLearnerPartInput => ({
  reactionRating: ratingOrNull(values.reactionRating),
  reactionComment: orNull(values.reactionComment),
});

/** The manager's part, whole: no adjusted benefit, costs, ROI or BCR — the server works those out. */
export const toManagerRequest = (values: ManagerValues, record: boolean): ImpactManagerPartInput => ({
  record,
  outcomes: values.outcomes.map((outcome) => ({
    index: outcome.index,
    achieved: outcome.achieved === '' ? null : outcome.achieved === 'yes',
    evidence: orNull(outcome.evidence),
  })),
  behaviour: {
    examples: orNull(values.behaviour.examples),
    transferRating: ratingOrNull(values.behaviour.transferRating),
    barriers: orNull(values.behaviour.barriers),
    enablers: orNull(values.behaviour.enablers),
  },
  results: { valueNow: numberOrNull(values.results.valueNow), valueNowOn: values.results.valueNowOn || null },
  isolation: {
    method: values.isolation.method || null,
    attributionPercent: numberOrNull(values.isolation.attributionPercent),
    confidencePercent: numberOrNull(values.isolation.confidencePercent),
  },
  money: {
    benefitPerUnit: numberOrNull(values.money.benefitPerUnit),
    annualisedBenefit: numberOrNull(values.money.annualisedBenefit),
    fees: numberOrNull(values.money.fees),
    travel: numberOrNull(values.money.travel),
    materials: numberOrNull(values.money.materials),
    learnerHours: numberOrNull(values.money.learnerHours),
    loadedHourlyRate: numberOrNull(values.money.loadedHourlyRate),
    backfill: numberOrNull(values.money.backfill),
    managerTime: numberOrNull(values.money.managerTime),
    intangibles: orNull(values.money.intangibles),
  },
  whatNext: orNull(values.whatNext),
});

type Errors = Record<string, string>;

const tooLong = (errors: Errors, path: string, value: string, label: string) => {
  if (value.trim().length > IMPACT_LIMITS.text) errors[path] = `${label} must be at most ${IMPACT_LIMITS.text} characters.`;
};

export function validateLearner(values: LearnerValues): Errors {
  const errors: Errors = {};
  tooLong(errors, 'learner.reactionComment', values.reactionComment, 'Your comment');
  return errors;
}

const places = (value: number, most: number) => Math.abs(Math.round(value * 10 ** most) - value * 10 ** most) < 1e-6;

/** The server's rules for the manager's part; recording also needs what the ROI and the report rest on. */
export function validateManager(values: ManagerValues, record: boolean, baselineDate: string, today = todayIso()): Errors {
  const errors: Errors = {};
  const range = (path: string, value: NumberValue, max: number, message: string) => {
    const number = numberOrNull(value);
    if (String(value).trim() === '') return;
    if (number === null || number < 0 || number > max || !places(number, 2)) errors[path] = message;
  };
  const money = (field: keyof ManagerValues['money']) =>
    range(`manager.money.${field}`, values.money[field], IMPACT_LIMITS.money, 'Give an amount between 0 and 100,000,000, to the penny.');

  values.outcomes.forEach((outcome, position) => {
    tooLong(errors, `manager.outcomes.${position}.evidence`, outcome.evidence, 'Evidence');
    if (record && outcome.achieved === '') errors[`manager.outcomes.${position}.achieved`] = 'Say whether this outcome was achieved.';
  });
  tooLong(errors, 'manager.behaviour.examples', values.behaviour.examples, 'Examples');
  tooLong(errors, 'manager.behaviour.barriers', values.behaviour.barriers, 'Barriers');
  tooLong(errors, 'manager.behaviour.enablers', values.behaviour.enablers, 'Enablers');
  if (record && values.behaviour.transferRating === '') {
    errors['manager.behaviour.transferRating'] = 'Rate how far the learning transferred to the job (1–5) before recording the review.';
  }

  const valueNow = numberOrNull(values.results.valueNow);
  if (String(values.results.valueNow).trim() !== '' && valueNow === null) errors['manager.results.valueNow'] = 'Give a number.';
  else if (record && valueNow === null) errors['manager.results.valueNow'] = 'Give the business measure’s value now before recording the review.';
  const on = values.results.valueNowOn;
  if (on && !parseIsoDate(on)) errors['manager.results.valueNowOn'] = 'Give the date as a calendar date.';
  else if (on && on > today) errors['manager.results.valueNowOn'] = 'The value cannot be measured on a date still to come.';
  else if (on && on < baselineDate) errors['manager.results.valueNowOn'] = 'The value now cannot be measured before the baseline.';
  else if (!on && (valueNow !== null || record)) errors['manager.results.valueNowOn'] = 'Give the date the value was measured.';

  const { isolation } = values;
  if (isolation.method && !ISOLATION_METHODS.some((method) => method.value === isolation.method)) {
    errors['manager.isolation.method'] = 'Choose a method.';
  } else if (record && !isolation.method) {
    errors['manager.isolation.method'] = 'Say how the learning’s effect was isolated before recording the review.';
  }
  const percent = (field: 'attributionPercent' | 'confidencePercent', missing: string) => {
    range(`manager.isolation.${field}`, isolation[field], IMPACT_LIMITS.percent, 'Give a percentage between 0 and 100, to at most two decimal places.');
    if (record && numberOrNull(isolation[field]) === null && !errors[`manager.isolation.${field}`]) errors[`manager.isolation.${field}`] = missing;
  };
  percent('attributionPercent', 'Give the share of the change due to the learning (0–100 %).');
  percent('confidencePercent', 'Give your confidence in that estimate (0–100 %).');

  money('benefitPerUnit');
  money('annualisedBenefit');
  money('fees');
  money('travel');
  money('materials');
  money('backfill');
  money('managerTime');
  range('manager.money.learnerHours', values.money.learnerHours, IMPACT_LIMITS.hours, 'Give hours between 0 and 10,000, to at most two decimal places.');
  range('manager.money.loadedHourlyRate', values.money.loadedHourlyRate, IMPACT_LIMITS.hourlyRate, 'Give a rate between 0 and 10,000, to the penny.');
  tooLong(errors, 'manager.money.intangibles', values.money.intangibles, 'Intangibles');
  tooLong(errors, 'manager.whatNext', values.whatNext, 'What next');
  return errors;
}
