import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { AppraisalMatrix } from './appraisal-matrix';

const option = (overrides: Record<string, unknown> = {}) => ({
  id: 'o-1',
  needId: 'n-1',
  learnerId: 'learner-1',
  solutionType: 'WorkShadowing',
  solutionTypeName: 'Work shadowing',
  description: 'Shadow the planning lead for two weeks',
  offeringId: null,
  offeringTitle: null,
  providerName: null,
  programmeId: null,
  programmeTitle: null,
  knowledgeRating: 3,
  knowledgeNote: 'Sees the whole planning cycle',
  skillRating: 4,
  skillNote: null,
  behaviourRating: null,
  behaviourNote: null,
  transferRating: 5,
  sustainabilityRating: 3,
  cost: 0,
  hoursAway: 70,
  status: 'Proposed',
  decisionNote: null,
  decidedAt: null,
  createdAt: '2025-03-07T10:00:00Z',
  version: 2,
  ...overrides,
});

const options = [
  option(),
  option({
    id: 'o-2',
    solutionType: 'ExternalTraining',
    solutionTypeName: 'External training',
    description: 'College certificate',
    offeringId: 'off-1',
    offeringTitle: 'Certificate in Planning',
    providerName: 'Northside College',
    knowledgeRating: 5,
    knowledgeNote: null,
    cost: 950,
    status: 'Selected',
    decisionNote: 'Accredited and close to home',
    decidedAt: '2025-03-09T10:00:00Z',
    version: 3,
  }),
  option({
    id: 'o-3',
    solutionType: 'CoachingOrMentoring',
    solutionTypeName: 'Coaching or mentoring',
    knowledgeRating: null,
    knowledgeNote: null,
    status: 'Rejected',
    decisionNote: 'No coach free',
  }),
];

const types = [{ value: 'WorkShadowing', label: 'Work shadowing' }];

const renderMatrix = (editable: boolean) =>
  renderWithProviders(<AppraisalMatrix needId="n-1" editable={editable} solutionTypes={types} offerings={[]} />);

describe('appraisal matrix', () => {
  it('shows the options side by side, one column each', async () => {
    mockApi({ 'GET /api/development-needs/:id/options': () => json({ items: options, next: null }) });
    renderMatrix(false);

    const table = await screen.findByRole('table', { name: 'Appraisal of options' });
    expect(within(table).getAllByRole('columnheader').slice(1).map((header) => header.textContent)).toEqual([
      'Option 1: Work shadowingProposed',
      'Option 2: Certificate in PlanningSelected',
      'Option 3: Coaching or mentoringRejected',
    ]);
    const knowledge = within(table).getByRole('row', { name: /^Knowledge/ });
    expect(within(knowledge).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '3 / 5Sees the whole planning cycle',
      '5 / 5',
      'Not rated',
    ]);
    expect(within(within(table).getByRole('row', { name: /^Cost/ })).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '£0.00',
      '£950.00',
      '£0.00',
    ]);
    expect(within(table).getByRole('row', { name: /^Provider and offering/ })).toHaveTextContent('Northside College');
    expect(within(table).getByRole('row', { name: /^Decision note/ })).toHaveTextContent('Accredited and close to home');
    // The learner and the rest of the line read only.
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add option' })).not.toBeInTheDocument();
  });

  it('names the learning set an action learning set option points at, and only then shows the row', async () => {
    mockApi({
      'GET /api/development-needs/:id/options': () =>
        json({
          items: [
            option({ learningSet: null }),
            option({
              id: 'o-4',
              solutionType: 'ActionLearningSet',
              solutionTypeName: 'Action learning set',
              learningSet: { id: 'set-2', name: 'Repairs improvement set', status: 'Running' },
            }),
          ],
          next: null,
        }),
    });
    renderMatrix(false);

    const table = await screen.findByRole('table', { name: 'Appraisal of options' });
    const row = within(table).getByRole('row', { name: /^Learning set/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['—', 'Repairs improvement setRunning']);
  });

  it('leaves the learning set row out when no option is about a set', async () => {
    mockApi({ 'GET /api/development-needs/:id/options': () => json({ items: options.map((item) => ({ ...item, learningSet: null })), next: null }) });
    renderMatrix(false);

    const table = await screen.findByRole('table', { name: 'Appraisal of options' });
    expect(within(table).queryByRole('row', { name: /^Learning set/ })).not.toBeInTheDocument();
  });

  it('selects an option with a rationale, sending the version read', async () => {
    const server = mockApi({
      'GET /api/development-needs/:id/options': () => json({ items: options, next: null }),
      'POST /api/solution-options/:id/select': () => json(option({ status: 'Selected', version: 3 })),
    });
    const { user } = renderMatrix(true);

    await user.click(await screen.findByRole('button', { name: 'Select Option 1: Work shadowing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Select option' });
    expect(dialog).toHaveTextContent('Option 1: Work shadowing');
    await user.click(within(dialog).getByRole('button', { name: 'Select option' }));
    expect(await within(dialog).findByText('Say why this option was chosen over the others.')).toBeInTheDocument();
    expect(server.calls('POST', '/api/solution-options/:id/select')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /^Rationale/ }), 'Learns on the job, at no cost');
    await user.click(within(dialog).getByRole('button', { name: 'Select option' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/solution-options/:id/select')).toHaveLength(1));
    const call = server.calls('POST', '/api/solution-options/:id/select')[0]!;
    expect(call.params.id).toBe('o-1');
    expect(call.body).toEqual({ rationale: 'Learns on the job, at no cost', version: 2 });
    await vi.waitFor(() => expect(screen.queryByRole('dialog', { name: 'Select option' })).not.toBeInTheDocument());
  });

  it('does not let the selected option be rejected, and rejects another with a reason', async () => {
    const server = mockApi({
      'GET /api/development-needs/:id/options': () => json({ items: options, next: null }),
      'POST /api/solution-options/:id/reject': () => json(option({ status: 'Rejected', version: 3 })),
    });
    const { user } = renderMatrix(true);

    expect(await screen.findByRole('button', { name: 'Reject Option 2: Certificate in Planning' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Select Option 2: Certificate in Planning' })).toBeDisabled();
    expect(screen.getByText('To reject the selected option, select another one first.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reject Option 3: Coaching or mentoring' })).toBeDisabled();
    // A rejected option may still be chosen after all.
    expect(screen.getByRole('button', { name: 'Select Option 3: Coaching or mentoring' })).toBeEnabled();

    await user.click(screen.getByRole('button', { name: 'Reject Option 1: Work shadowing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject option' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Two weeks away is too long');
    await user.click(within(dialog).getByRole('button', { name: 'Reject option' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/solution-options/:id/reject')).toHaveLength(1));
    expect(server.calls('POST', '/api/solution-options/:id/reject')[0]!.body).toEqual({
      reason: 'Two weeks away is too long',
      version: 2,
    });
  });

  it('offers a reload when the option changed since it was read', async () => {
    mockApi({
      'GET /api/development-needs/:id/options': () => json({ items: options, next: null }),
      'POST /api/solution-options/:id/select': () =>
        problem(409, { title: 'The record was changed by someone else.', detail: 'Solution option was changed by someone else.' }),
    });
    const { user } = renderMatrix(true);

    await user.click(await screen.findByRole('button', { name: 'Select Option 3: Coaching or mentoring' }));
    const dialog = await screen.findByRole('dialog', { name: 'Select option' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Rationale/ }), 'A coach is free after all');
    await user.click(within(dialog).getByRole('button', { name: 'Select option' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('This option was changed by someone else — reload and try again');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('invites the line manager to add the first option', async () => {
    mockApi({ 'GET /api/development-needs/:id/options': () => json({ items: [], next: null }) });
    const { user } = renderMatrix(true);

    expect(await screen.findByText('No options yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add option' }));
    expect(await screen.findByRole('dialog', { name: 'Add option' })).toBeInTheDocument();
  });
});
