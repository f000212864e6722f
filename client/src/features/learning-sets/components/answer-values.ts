import type { ProgrammeReviewAnswer } from '../api/get-programme-review-answer';

import { REVIEW_LIMITS, VALUE_RATINGS } from './review-vocabulary';

/** Yes/no questions are radios: '' until answered. */
export type YesNo = '' | 'yes' | 'no';

export type AnswerValues = {
  valueRating: string;
  strengths: string;
  issues: string[];
  issuesNote: string;
  achievedGoal: YesNo;
  startedSecondPhase: YesNo;
};

const yesNo = (value: boolean | null): YesNo => (value === null ? '' : value ? 'yes' : 'no');

export const answerValues = (answer: ProgrammeReviewAnswer): AnswerValues => ({
  valueRating: answer.valueRating ?? '',
  strengths: answer.strengths,
  issues: [...answer.issues],
  issuesNote: answer.issuesNote,
  achievedGoal: yesNo(answer.achievedGoal),
  startedSecondPhase: yesNo(answer.startedSecondPhase),
});

const tooLong = (value: string, what: string) =>
  value.trim().length > REVIEW_LIMITS.text ? `Keep the ${what} to ${REVIEW_LIMITS.text} characters.` : null;

/** The server's rules; the goal questions are asked of members and sponsoring managers only. */
export const validateAnswer = (asksAboutGoal: boolean) => ({
  valueRating: (value: string) => (VALUE_RATINGS.some((rating) => rating.value === value) ? null : "Rate the programme's value."),
  strengths: (value: string) => tooLong(value, 'strengths'),
  issuesNote: (value: string, values: AnswerValues) =>
    values.issues.includes('Other') && !value.trim() ? 'Say what the other issue is.' : tooLong(value, 'note'),
  achievedGoal: (value: YesNo) => (asksAboutGoal && !value ? 'Say whether the member achieved their development goal.' : null),
  startedSecondPhase: (value: YesNo) =>
    asksAboutGoal && !value ? 'Say whether the member has started a second phase of development.' : null,
});

/** The request body: the goal answers only when asked, as the server refuses them from the facilitator. */
export const toAnswerRequest = (values: AnswerValues, answer: ProgrammeReviewAnswer) => ({
  version: answer.version,
  valueRating: values.valueRating,
  strengths: values.strengths.trim(),
  issues: values.issues,
  issuesNote: values.issuesNote.trim(),
  achievedGoal: answer.asksAboutGoal ? values.achievedGoal === 'yes' : null,
  startedSecondPhase: answer.asksAboutGoal ? values.startedSecondPhase === 'yes' : null,
});
