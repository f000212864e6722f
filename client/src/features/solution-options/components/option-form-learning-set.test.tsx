import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { AddOptionModal, EditOptionModal } from './option-modal';

const solutionTypes = [
  { value: 'WorkShadowing', label: 'Work shadowing' },
  { value: 'ActionLearningSet', label: 'Action learning set' },
];

const openSets = [
  {
    id: 'set-1',
    name: 'Income team set',
    purpose: 'Arrears without evictions',
    meetingCadence: 'every 4 weeks',
    status: 'Running',
    facilitatorName: 'Sam Whitfield',
    memberCount: 6,
  },
  {
    id: 'set-2',
    name: 'Repairs improvement set',
    purpose: 'Fix it first time',
    meetingCadence: 'monthly',
    status: 'Forming',
    facilitatorName: 'Sam Whitfield',
    memberCount: 1,
  },
];

const linkedOption = {
  id: 'o-1',
  needId: 'n-1',
  learnerId: 'learner-1',
  solutionType: 'ActionLearningSet',
  solutionTypeName: 'Action learning set',
  description: 'Join the repairs improvement set',
  offeringId: null,
  offeringTitle: null,
  providerName: null,
  programmeId: null,
  programmeTitle: null,
  learningSet: { id: 'set-9', name: 'Closed pilot set', status: 'Closed' },
  knowledgeRating: null,
  knowledgeNote: null,
  skillRating: null,
  skillNote: null,
  behaviourRating: null,
  behaviourNote: null,
  transferRating: null,
  sustainabilityRating: null,
  cost: null,
  hoursAway: null,
  status: 'Proposed',
  decisionNote: null,
  decidedAt: null,
  createdAt: '2026-11-02T10:00:00Z',
  version: 4,
};

const pickType = async (user: ReturnType<typeof renderWithProviders>['user'], dialog: HTMLElement, name: string) => {
  await user.click(within(dialog).getByRole('textbox', { name: /^Type of solution/ }));
  await user.click(await screen.findByRole('option', { name }));
};

describe('option form: action learning sets', () => {
  it('offers the joinable sets only for an action learning set option, searchable by name, and sends the chosen one', async () => {
    const server = mockApi({
      'GET /api/learning-sets/open': () => json({ items: openSets, next: null }),
      'POST /api/development-needs/:id/options': () => json({ ...linkedOption, learningSet: null }, 201),
    });
    const onClose = vi.fn();
    const { user } = renderWithProviders(
      <AddOptionModal opened onClose={onClose} needId="n-1" solutionTypes={solutionTypes} offerings={[]} />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Add option' });

    await pickType(user, dialog, 'Work shadowing');
    expect(within(dialog).queryByRole('textbox', { name: /^Learning set/ })).not.toBeInTheDocument();
    expect(server.calls('GET', '/api/learning-sets/open')).toHaveLength(0);

    await pickType(user, dialog, 'Action learning set');
    const setInput = await within(dialog).findByRole('textbox', { name: /^Learning set/ });
    await vi.waitFor(() => expect(server.calls('GET', '/api/learning-sets/open')).toHaveLength(1));
    await user.type(setInput, 'repairs');
    expect(screen.queryByRole('option', { name: /Income team set/ })).not.toBeInTheDocument();
    await user.click(
      await screen.findByRole('option', { name: 'Repairs improvement set — forming, 1 member, facilitated by Sam Whitfield' }),
    );
    await user.type(within(dialog).getByRole('textbox', { name: /^Description/ }), 'Join the repairs improvement set');
    await user.click(within(dialog).getByRole('button', { name: 'Add option' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(server.calls('POST', '/api/development-needs/:id/options')[0]!.body).toMatchObject({
      solutionType: 'ActionLearningSet',
      learningSetId: 'set-2',
    });
  });

  it('puts the server’s refusal of a set on the set field', async () => {
    mockApi({
      'GET /api/learning-sets/open': () => json({ items: openSets, next: null }),
      'POST /api/development-needs/:id/options': () =>
        problem(400, {
          errors: { learningSetId: ["The learning set 'Income team set' has closed and takes no one new; choose a set that is forming or running."] },
        }),
    });
    const { user } = renderWithProviders(
      <AddOptionModal opened onClose={vi.fn()} needId="n-1" solutionTypes={solutionTypes} offerings={[]} />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Add option' });

    await pickType(user, dialog, 'Action learning set');
    await user.click(await within(dialog).findByRole('textbox', { name: /^Learning set/ }));
    await user.click(await screen.findByRole('option', { name: /^Income team set/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Description/ }), 'Join the income set');
    await user.click(within(dialog).getByRole('button', { name: 'Add option' }));

    const setInput = within(dialog).getByRole('textbox', { name: /^Learning set/ });
    await vi.waitFor(() => expect(setInput).toHaveAccessibleDescription(expect.stringContaining('has closed and takes no one new')));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps a set that has closed since on the option, and says that changing the type removes the link', async () => {
    const server = mockApi({
      'GET /api/solution-options/:id': () => json(linkedOption),
      'GET /api/learning-sets/open': () => json({ items: openSets, next: null }),
      'PUT /api/solution-options/:id': () => json({ ...linkedOption, solutionType: 'WorkShadowing', learningSet: null, version: 5 }),
    });
    const onClose = vi.fn();
    const { user } = renderWithProviders(
      <EditOptionModal optionId="o-1" onClose={onClose} solutionTypes={solutionTypes} offerings={[]} />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Edit option' });

    const setInput = await within(dialog).findByRole('textbox', { name: /^Learning set/ });
    expect(setInput).toHaveValue('Closed pilot set — closed');
    expect(within(dialog).queryByText(/removes the link/)).not.toBeInTheDocument();

    await pickType(user, dialog, 'Work shadowing');
    expect(within(dialog).queryByRole('textbox', { name: /^Learning set/ })).not.toBeInTheDocument();
    expect(within(dialog).getByText(/saving with this type removes the link to “Closed pilot set”/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(server.calls('PUT', '/api/solution-options/:id')[0]!.body).toMatchObject({
      solutionType: 'WorkShadowing',
      learningSetId: null,
      version: 4,
    });
  });
});
