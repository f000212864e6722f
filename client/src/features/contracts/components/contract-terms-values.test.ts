import { describe, expect, it } from 'vitest';

import { terms } from '../testing/contract-fixtures';

import { emptyTerms, MESSAGES, termsToFormValues, toTermsRequest, validateTerms } from './contract-terms-values';

const valid = () => termsToFormValues(terms());

describe('contract terms rules', () => {
  it('accepts complete terms', () => {
    expect(validateTerms(valid())).toEqual({});
  });

  it('wants each learning outcome to be a statement of three words or more', () => {
    const errors = validateTerms({ ...valid(), learningOutcomes: ['Build a four-week repairs schedule', 'Scheduling', 'Plan it'] });
    expect(errors).toEqual({
      'terms.learningOutcomes.1': MESSAGES.outcomeWords,
      'terms.learningOutcomes.2': MESSAGES.outcomeWords,
    });
    expect(validateTerms({ ...valid(), learningOutcomes: [] })).toEqual({ 'terms.learningOutcomes': MESSAGES.noOutcomes });
    // Spacing does not make words.
    expect(validateTerms({ ...valid(), learningOutcomes: ['  Plan   schedules  '] })).toHaveProperty(
      ['terms.learningOutcomes.0'],
      MESSAGES.outcomeWords,
    );
  });

  it('needs start and end dates, the end not before the start', () => {
    expect(validateTerms({ ...valid(), startDate: '', endDate: '' })).toMatchObject({
      'terms.startDate': MESSAGES.startDate,
      'terms.endDate': MESSAGES.endDate,
    });
    expect(validateTerms({ ...valid(), startDate: '2025-04-01', endDate: '2025-03-31' })).toMatchObject({
      'terms.endDate': MESSAGES.endBeforeStart,
    });
    // Starting and ending on the same day is fine.
    expect(validateTerms({ ...valid(), endDate: '2025-04-01', firstReviewOn: '2025-04-01' })).toEqual({});
  });

  it('puts the first review between the start and the end', () => {
    expect(validateTerms({ ...valid(), firstReviewOn: '2025-03-31' })).toEqual({ 'terms.firstReviewOn': MESSAGES.firstReviewRange });
    expect(validateTerms({ ...valid(), firstReviewOn: '2025-07-01' })).toEqual({ 'terms.firstReviewOn': MESSAGES.firstReviewRange });
    expect(validateTerms({ ...valid(), firstReviewOn: '2025-06-30' })).toEqual({});
  });

  it('wants time allowed: hours a week, study days or both', () => {
    expect(validateTerms({ ...valid(), hoursPerWeek: '', studyDays: '' })).toEqual({ 'terms.hoursPerWeek': MESSAGES.timeAllowed });
    expect(validateTerms({ ...valid(), hoursPerWeek: 0, studyDays: 0 })).toEqual({ 'terms.hoursPerWeek': MESSAGES.timeAllowed });
    expect(validateTerms({ ...valid(), hoursPerWeek: 0, studyDays: 3 })).toEqual({});
    expect(validateTerms({ ...valid(), hoursPerWeek: 1.5, studyDays: '' })).toEqual({});
    expect(validateTerms({ ...valid(), hoursPerWeek: 61 })).toEqual({ 'terms.hoursPerWeek': MESSAGES.hoursPerWeek });
    expect(validateTerms({ ...valid(), studyDays: 366 })).toEqual({ 'terms.studyDays': MESSAGES.studyDays });
  });

  it('reviews progress every 1 to 26 weeks', () => {
    expect(validateTerms({ ...valid(), reviewCadenceWeeks: '' })).toEqual({ 'terms.reviewCadenceWeeks': MESSAGES.cadence });
    expect(validateTerms({ ...valid(), reviewCadenceWeeks: 0 })).toEqual({ 'terms.reviewCadenceWeeks': MESSAGES.cadenceRange });
    expect(validateTerms({ ...valid(), reviewCadenceWeeks: 27 })).toEqual({ 'terms.reviewCadenceWeeks': MESSAGES.cadenceRange });
    expect(validateTerms({ ...valid(), reviewCadenceWeeks: 26 })).toEqual({});
  });

  it('takes the baseline on or before the start', () => {
    expect(validateTerms({ ...valid(), baselineDate: '2025-04-02' })).toEqual({ 'terms.baselineDate': MESSAGES.baselineAfterStart });
    expect(validateTerms({ ...valid(), baselineDate: '2025-04-01' })).toEqual({});
    expect(validateTerms({ ...valid(), baselineDate: '', baselineValue: '' })).toEqual({
      'terms.baselineDate': MESSAGES.baselineDate,
      'terms.baselineValue': MESSAGES.baselineValue,
    });
  });

  it('names the business measure and its unit, and keeps topics non-empty', () => {
    expect(validateTerms({ ...valid(), measureName: ' ', measureUnit: '', curriculumTopics: ['Scheduling', ''] })).toEqual({
      'terms.measureName': MESSAGES.measureName,
      'terms.measureUnit': MESSAGES.measureUnit,
      'terms.curriculumTopics.1': MESSAGES.emptyTopic,
    });
  });

  it('starts a new contract from the need’s outcomes and the option’s cost', () => {
    const values = emptyTerms({ learningOutcomes: ['Build a four-week repairs schedule'], cost: 950 });
    expect(values.learningOutcomes).toEqual(['Build a four-week repairs schedule']);
    expect(values.cost).toBe(950);
    expect(values.reviewCadenceWeeks).toBe(4);
  });

  it('sends tidied lists, numbers and nulls for what is empty', () => {
    expect(
      toTermsRequest({
        ...valid(),
        learningOutcomes: ['  Build a   four-week schedule '],
        hoursPerWeek: '',
        studyDays: 2,
        mentorId: '',
        supportNotes: '  ',
      } as never),
    ).toEqual({
      ...terms(),
      learningOutcomes: ['Build a four-week schedule'],
      hoursPerWeek: null,
      studyDays: 2,
      mentorId: null,
      supportNotes: null,
    });
  });
});
