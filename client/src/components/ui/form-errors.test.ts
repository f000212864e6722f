import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api-client';

import { applyServerErrors, describeProblem } from './form-errors';

function fakeForm(values: object) {
  const errors: Record<string, unknown> = {};
  return { errors, getValues: () => values, setFieldError: (path: string, error: unknown) => (errors[path] = error) };
}

const validation = (errors: Record<string, string[]>) => new ApiError(400, { status: 400, errors });

describe('applyServerErrors', () => {
  const values = {
    summary: '',
    roles: ['HR'],
    agreedOutcomes: ['a', 'b'],
    identifiedNeeds: [{ title: '', learningOutcomes: ['x', 'y'], competencyTags: ['t'] }],
  };

  it('puts list indexes on nested fields and list items where the items have inputs of their own', () => {
    const form = fakeForm(values);
    const problem = applyServerErrors(
      form,
      validation({
        Summary: ['Summarise.'],
        'roles[0]': ['Unknown role.'],
        'agreedOutcomes[1]': ['Empty.'],
        'identifiedNeeds[0].Title': ['Give a title.'],
        'identifiedNeeds[0].learningOutcomes[1]': ['Too vague.'],
        'identifiedNeeds[0].learningOutcomes': ['At least one.'],
        'identifiedNeeds[0].competencyTags[0]': ['Too long.'],
        'identifiedNeeds[3].title': ['No such need.'],
      }),
      { itemFields: ['agreedOutcomes', 'identifiedNeeds.*.learningOutcomes'] },
    );

    expect(form.errors).toEqual({
      summary: 'Summarise.',
      roles: 'Unknown role.',
      'agreedOutcomes.1': 'Empty.',
      'identifiedNeeds.0.title': 'Give a title.',
      'identifiedNeeds.0.learningOutcomes.1': 'Too vague.',
      'identifiedNeeds.0.learningOutcomes': 'At least one.',
      'identifiedNeeds.0.competencyTags': 'Too long.',
    });
    expect(problem).toEqual({ title: 'Please correct the following', messages: ['No such need.'] });
  });

  it('keeps list items together when the form does not say their items are fields', () => {
    const form = fakeForm(values);
    applyServerErrors(form, validation({ 'agreedOutcomes[1]': ['Empty.'] }));
    expect(form.errors).toEqual({ agreedOutcomes: 'Empty.' });
  });
});

describe('describeProblem', () => {
  it('tells a stale version from a state conflict', () => {
    const stale = new ApiError(409, { title: 'The record was changed by someone else.', detail: 'Changed.' });
    const state = new ApiError(409, {
      type: '/problems/state-conflict',
      title: "Not possible in the record's current state.",
      detail: 'A completed need cannot be cancelled.',
    });

    expect(describeProblem(stale, { conflictMessage: 'Changed by someone else — reload' })).toEqual({
      title: 'Changed by someone else — reload',
      messages: [],
      conflict: true,
    });
    expect(describeProblem(state)).toEqual({
      title: 'This is not possible now',
      messages: ['A completed need cannot be cancelled.'],
    });
  });
});
