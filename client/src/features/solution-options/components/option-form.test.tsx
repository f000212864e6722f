import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { AddOptionModal } from './option-modal';

const solutionTypes = [
  { value: 'WorkShadowing', label: 'Work shadowing' },
  { value: 'ExternalTraining', label: 'External training (accredited or not)' },
];

const offerings = [
  { value: 'off-1', label: 'Certificate in Planning — Northside College', solutionType: 'ExternalTraining', cost: 950 },
  { value: 'off-2', label: 'Planning taster — Southside', solutionType: 'ELearning', cost: 20 },
];

const created = {
  id: 'o-1',
  needId: 'n-1',
  learnerId: 'learner-1',
  solutionType: 'WorkShadowing',
  solutionTypeName: 'Work shadowing',
  description: 'Shadow the planning lead',
  offeringId: null,
  offeringTitle: null,
  providerName: null,
  programmeId: null,
  programmeTitle: null,
  knowledgeRating: 4,
  knowledgeNote: null,
  skillRating: null,
  skillNote: null,
  behaviourRating: null,
  behaviourNote: null,
  transferRating: 5,
  sustainabilityRating: null,
  cost: 12.34,
  hoursAway: 7.5,
  status: 'Proposed',
  decisionNote: null,
  decidedAt: null,
  createdAt: '2025-03-07T10:00:00Z',
  version: 1,
};

const renderForm = (onClose = vi.fn()) =>
  renderWithProviders(
    <AddOptionModal opened onClose={onClose} needId="n-1" solutionTypes={solutionTypes} offerings={offerings} />,
  );

describe('option form', () => {
  it('rates each criterion from 1 to 5, checks the cost as the server does, then adds the option', async () => {
    const server = mockApi({ 'POST /api/development-needs/:id/options': () => json(created, 201) });
    const onClose = vi.fn();
    const { user } = renderForm(onClose);
    const dialog = await screen.findByRole('dialog', { name: 'Add option' });

    await user.click(within(dialog).getByRole('button', { name: 'Add option' }));
    expect(await within(dialog).findByText('Choose the kind of solution.')).toBeInTheDocument();
    expect(within(dialog).getByText('Describe the option: what the learner would do, where and with whom.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('textbox', { name: /^Type of solution/ }));
    await user.click(await screen.findByRole('option', { name: 'Work shadowing' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Description/ }), 'Shadow the planning lead');

    // Each rating is a group of radio buttons: not rated, or 1 to 5.
    const knowledge = within(dialog).getByRole('radiogroup', { name: 'Knowledge' });
    expect(within(knowledge).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['', '1', '2', '3', '4', '5']);
    expect(within(knowledge).getByRole('radio', { name: 'Not rated' })).toBeChecked();
    await user.click(within(knowledge).getByRole('radio', { name: '4' }));
    expect(within(knowledge).getByRole('radio', { name: '4' })).toBeChecked();
    const transfer = within(dialog).getByRole('radiogroup', { name: 'Transfer to work' });
    await user.click(within(transfer).getByRole('radio', { name: '5' }));

    const cost = within(dialog).getByRole('textbox', { name: /^Cost/ });
    await user.type(cost, '12.345');
    await user.type(within(dialog).getByRole('textbox', { name: /^Hours away/ }), '7.5');
    await user.click(within(dialog).getByRole('button', { name: 'Add option' }));
    await vi.waitFor(() => expect(cost).toHaveAccessibleDescription(expect.stringContaining('Give the cost to the penny at most.')));
    expect(server.calls('POST', '/api/development-needs/:id/options')).toHaveLength(0);

    await user.clear(cost);
    await user.type(cost, '12.34');
    await user.click(within(dialog).getByRole('button', { name: 'Add option' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    const call = server.calls('POST', '/api/development-needs/:id/options')[0]!;
    expect(call.params.id).toBe('n-1');
    expect(call.body).toEqual({
      solutionType: 'WorkShadowing',
      description: 'Shadow the planning lead',
      offeringId: null,
      learningSetId: null,
      knowledgeRating: 4,
      knowledgeNote: null,
      skillRating: null,
      skillNote: null,
      behaviourRating: null,
      behaviourNote: null,
      transferRating: 5,
      sustainabilityRating: null,
      cost: 12.34,
      hoursAway: 7.5,
    });
  });

  it('offers the offerings of the chosen type and starts the cost from the register', async () => {
    const server = mockApi({ 'POST /api/development-needs/:id/options': () => json(created, 201) });
    const { user } = renderForm();
    const dialog = await screen.findByRole('dialog', { name: 'Add option' });

    await user.click(within(dialog).getByRole('textbox', { name: /^Type of solution/ }));
    await user.click(await screen.findByRole('option', { name: 'External training (accredited or not)' }));
    await user.click(within(dialog).getByRole('textbox', { name: /^Provider offering/ }));
    expect(screen.queryByRole('option', { name: /Planning taster/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Certificate in Planning — Northside College' }));
    expect(within(dialog).getByRole('textbox', { name: /^Cost/ })).toHaveValue('950');

    await user.type(within(dialog).getByRole('textbox', { name: /^Description/ }), 'The college certificate');
    await user.click(within(dialog).getByRole('button', { name: 'Add option' }));
    await vi.waitFor(() => expect(server.calls('POST', '/api/development-needs/:id/options')).toHaveLength(1));
    expect(server.calls('POST', '/api/development-needs/:id/options')[0]!.body).toMatchObject({
      solutionType: 'ExternalTraining',
      offeringId: 'off-1',
      cost: 950,
    });
  });

  it('puts the server’s messages on their fields and the rest above the form', async () => {
    mockApi({
      'POST /api/development-needs/:id/options': () =>
        problem(400, {
          errors: {
            knowledgeRating: ['Rate from 1 (poor) to 5 (excellent).'],
            offeringId: ['That offering is not in the provider register, or is no longer offered.'],
            hoursAway: ['Hours away from work must be between 0 and 10,000.'],
            needId: ['That need cannot have options.'],
          },
        }),
    });
    const { user } = renderForm();
    const dialog = await screen.findByRole('dialog', { name: 'Add option' });

    await user.click(within(dialog).getByRole('textbox', { name: /^Type of solution/ }));
    await user.click(await screen.findByRole('option', { name: 'Work shadowing' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Description/ }), 'Shadow the planning lead');
    await user.click(within(dialog).getByRole('button', { name: 'Add option' }));

    const knowledge = within(dialog).getByRole('radiogroup', { name: 'Knowledge' });
    await vi.waitFor(() =>
      expect(knowledge).toHaveAccessibleDescription(expect.stringContaining('Rate from 1 (poor) to 5 (excellent).')),
    );
    expect(knowledge).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: /^Provider offering/ })).toHaveAccessibleDescription(
      expect.stringContaining('no longer offered'),
    );
    expect(within(dialog).getByRole('textbox', { name: /^Hours away/ })).toHaveAccessibleDescription(
      expect.stringContaining('between 0 and 10,000'),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent('That need cannot have options.');
  });

  it('explains why the options are closed when the need has moved on', async () => {
    mockApi({
      'POST /api/development-needs/:id/options': () =>
        problem(409, {
          type: '/problems/state-conflict',
      title: "Not possible in the record's current state.",
          detail: 'The solution can no longer change: the need is contracted, under way, finished or cancelled.',
        }),
    });
    const { user } = renderForm();
    const dialog = await screen.findByRole('dialog', { name: 'Add option' });

    await user.click(within(dialog).getByRole('textbox', { name: /^Type of solution/ }));
    await user.click(await screen.findByRole('option', { name: 'Work shadowing' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Description/ }), 'Shadow the planning lead');
    await user.click(within(dialog).getByRole('button', { name: 'Add option' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('This is not possible now');
    expect(alert).toHaveTextContent('The solution can no longer change');
  });
});
