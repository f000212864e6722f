import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/lib/api-client';
import { renderWithProviders } from '@/testing/test-utils';

import { terms } from '../testing/contract-fixtures';

import { ContractTermsForm } from './contract-terms-form';
import { MESSAGES, termsToFormValues } from './contract-terms-values';

const renderForm = (overrides: Partial<Parameters<typeof ContractTermsForm>[0]> = {}) => {
  const props = {
    initialValues: termsToFormValues(terms()),
    learnerName: 'Riley Reports',
    onSave: vi.fn(async () => undefined),
    onPropose: vi.fn(async () => undefined),
    onCancel: vi.fn(),
    onReload: vi.fn(),
    ...overrides,
  };
  return { props, ...renderWithProviders(<ContractTermsForm {...props} />) };
};

const field = (name: string | RegExp) => screen.getByRole('textbox', { name });

describe('contract terms form', () => {
  it('checks the terms with the server’s rules before saving', async () => {
    const { user, props } = renderForm({
      initialValues: termsToFormValues(
        terms({
          learningOutcomes: ['Build a four-week repairs schedule', 'Scheduling'],
          startDate: '2025-04-01',
          endDate: '2025-03-01',
          baselineDate: '2025-04-15',
        }),
      ),
    });
    await user.clear(field(/^Hours a week/));
    await user.clear(field(/^Study days/));

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(field('Learning outcome 2')).toHaveAccessibleDescription(MESSAGES.outcomeWords);
    expect(field('Learning outcome 1')).not.toHaveAccessibleDescription(MESSAGES.outcomeWords);
    expect(screen.getByLabelText(/^End date/)).toHaveAccessibleDescription(MESSAGES.endBeforeStart);
    expect(field(/^Hours a week/)).toHaveAccessibleDescription(expect.stringContaining(MESSAGES.timeAllowed));
    expect(screen.getByLabelText(/^Baseline date/)).toHaveAccessibleDescription(expect.stringContaining(MESSAGES.baselineAfterStart));
    expect(props.onSave).not.toHaveBeenCalled();
    // The first field to correct takes the focus.
    await vi.waitFor(() => expect(field('Learning outcome 2')).toHaveFocus());
  });

  it('saves the tidied terms, or saves and proposes them', async () => {
    const { user, props } = renderForm();
    await user.type(field('Learning outcome 2'), '   and their exceptions');
    await user.click(screen.getByRole('checkbox', { name: 'Act as mentor' }));

    await user.click(screen.getByRole('button', { name: 'Save and propose to Riley Reports' }));

    expect(props.onSave).not.toHaveBeenCalled();
    expect(props.onPropose).toHaveBeenCalledWith({
      ...terms(),
      learningOutcomes: ['Build a four-week repairs schedule', 'Explain the repairs priority rules to tenants and their exceptions'],
      supportCommitments: ['StudyTime', 'ChampionIdeas', 'ActAsMentor'],
    });
  });

  it('puts the server’s terms.<field> messages on the fields', async () => {
    const onSave = vi.fn(async () => {
      throw new ApiError(400, {
        title: 'One or more validation errors occurred.',
        errors: {
          'terms.learningOutcomes[1]': ['Write each outcome as a specific, achievable statement of what the learner will be able to do.'],
          'terms.hoursPerWeek': ['Agree the time allowed: hours a week, study days or both.'],
          needId: ['Choose the development need the contract is for.'],
        },
      });
    });
    const { user } = renderForm({ onSave });

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await vi.waitFor(() =>
      expect(field('Learning outcome 2')).toHaveAccessibleDescription(expect.stringContaining('specific, achievable')),
    );
    expect(field(/^Hours a week/)).toHaveAccessibleDescription(expect.stringContaining('Agree the time allowed'));
    // A message no field owns shows above the form.
    expect(screen.getByRole('alert')).toHaveTextContent('Choose the development need the contract is for.');
  });

  it('offers to reload when someone else changed the contract first', async () => {
    const onSave = vi.fn(async () => {
      throw new ApiError(409, { title: 'The record was changed by someone else.', detail: 'Contract was changed by someone else.' });
    });
    const { user, props } = renderForm({ onSave });

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This contract was changed by someone else — reload and try again');
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(props.onReload).toHaveBeenCalled();
  });
});
