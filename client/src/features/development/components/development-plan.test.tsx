import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { DevelopmentPlanView } from './development-plan';
import { ProposeAspirationModal } from './need-modal';

const need = (overrides: Record<string, unknown> = {}) => ({
  id: 'n-1',
  learnerId: 'learner-1',
  learnerName: 'Riley Reports',
  title: 'Plan repairs schedules',
  learningOutcomes: ['Build a four-week repairs schedule', 'Explain the priority rules to tenants'],
  performanceImprovement: 'Fewer missed appointments',
  targetRole: null,
  businessNeedId: null,
  businessNeedTitle: null,
  discussionId: 'd-1',
  origin: 'BusinessRequirement',
  isPrivate: false,
  priority: 'High',
  competencyTags: ['planning'],
  status: 'Identified',
  cancelReason: null,
  createdBy: 'manager-1',
  createdAt: '2025-03-07T10:00:00Z',
  updatedAt: '2025-03-07T10:00:00Z',
  history: [
    {
      at: '2025-03-07T10:00:00Z',
      byPersonId: 'manager-1',
      byName: 'Morgan Manager',
      action: 'Recorded',
      fromStatus: null,
      toStatus: 'Identified',
      note: null,
    },
  ],
  version: 1,
  ...overrides,
});

const aspiration = need({
  id: 'n-2',
  title: 'Lead a team',
  discussionId: null,
  origin: 'PersonalAspiration',
  isPrivate: true,
  status: 'Proposed',
  createdBy: 'learner-1',
  version: 4,
});

const plan = (needs: unknown[], hiddenPrivate = 0) => ({
  learner: { id: 'learner-1', displayName: 'Riley Reports', email: 'riley@example.com', jobTitle: 'Planner' },
  generatedAt: '2025-03-08T09:00:00Z',
  needs,
  needsByStatus: { Identified: 1, Proposed: 1 },
  hiddenPrivate,
});

describe('development plan', () => {
  it('shows the learner their needs, outcomes, history and the portable exports', async () => {
    mockApi({ 'GET /api/people/:id/plan': () => json(plan([need()], 2)) });
    const { user } = renderWithProviders(<DevelopmentPlanView personId="learner-1" viewer="learner" businessNeeds={[]} />);

    const card = await screen.findByRole('article', { name: 'Plan repairs schedules' });
    const outcomes = within(card).getByRole('list', { name: 'Learning outcomes of Plan repairs schedules' });
    expect(within(outcomes).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Build a four-week repairs schedule',
      'Explain the priority rules to tenants',
    ]);
    expect(card).toHaveTextContent('Identified');
    expect(within(card).getByRole('link', { name: 'a 1:1 discussion' })).toHaveAttribute('href', '/discussions/d-1');
    expect(within(card).getByRole('link', { name: 'Solution options for Plan repairs schedules' })).toHaveAttribute(
      'href',
      '/needs/n-1/solutions',
    );
    // Not the learner's to change once identified.
    expect(within(card).queryByRole('button', { name: /Edit|Cancel/ })).not.toBeInTheDocument();

    const history = within(card).getByRole('button', { name: 'Show history (1)' });
    expect(history).toHaveAttribute('aria-expanded', 'false');
    await user.click(history);
    expect(within(card).getByRole('button', { name: 'Hide history' })).toHaveAttribute('aria-expanded', 'true');
    expect(card).toHaveTextContent('Recorded by Morgan Manager (Identified)');

    expect(screen.getByText(/2 private aspirations are not shown/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download plan (JSON)' })).toHaveAttribute(
      'href',
      '/api/people/learner-1/plan/export?format=json',
    );
    const printable = screen.getByRole('link', { name: /Printable plan/ });
    expect(printable).toHaveAttribute('href', '/api/people/learner-1/plan/export?format=html');
    expect(printable).toHaveAttribute('target', '_blank');
  });

  it('lets the line manager confirm a proposed aspiration with the version read', async () => {
    const server = mockApi({
      'GET /api/people/:id/plan': () => json(plan([need(), aspiration])),
      'POST /api/development-needs/:id/confirm': () => json({ ...aspiration, status: 'Identified', version: 5 }),
    });
    const { user } = renderWithProviders(<DevelopmentPlanView personId="learner-1" viewer="manager" businessNeeds={[]} />);

    const card = await screen.findByRole('article', { name: 'Lead a team' });
    expect(card).toHaveTextContent('Private');
    await user.click(within(card).getByRole('button', { name: 'Confirm Lead a team' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/development-needs/:id/confirm')).toHaveLength(1));
    const call = server.calls('POST', '/api/development-needs/:id/confirm')[0]!;
    expect(call.params.id).toBe('n-2');
    expect(call.body).toEqual({ version: 4 });
  });

  it('explains a state conflict with the server’s own words', async () => {
    mockApi({
      'GET /api/people/:id/plan': () => json(plan([aspiration])),
      'POST /api/development-needs/:id/confirm': () =>
        problem(409, {
          type: '/problems/state-conflict',
      title: "Not possible in the record's current state.",
          detail: 'Only a proposed need can be confirmed.',
        }),
    });
    const { user } = renderWithProviders(<DevelopmentPlanView personId="learner-1" viewer="manager" businessNeeds={[]} />);

    await user.click(await screen.findByRole('button', { name: 'Confirm Lead a team' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Only a proposed need can be confirmed.');
    expect(within(alert).queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  });

  it('asks the manager for a reason before cancelling a need', async () => {
    const server = mockApi({
      'GET /api/people/:id/plan': () => json(plan([need()])),
      'POST /api/development-needs/:id/cancel': () => json({ ...need(), status: 'Cancelled' }),
    });
    const { user } = renderWithProviders(<DevelopmentPlanView personId="learner-1" viewer="manager" businessNeeds={[]} />);

    await user.click(await screen.findByRole('button', { name: 'Cancel Plan repairs schedules' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel development need' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel need' }));
    expect(await within(dialog).findByText(/Say why the need is cancelled/)).toBeInTheDocument();
    expect(server.calls('POST', '/api/development-needs/:id/cancel')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'Moved to another team');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel need' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/development-needs/:id/cancel')).toHaveLength(1));
    expect(server.calls('POST', '/api/development-needs/:id/cancel')[0]!.body).toEqual({
      reason: 'Moved to another team',
      version: 1,
    });
  });

  it('tells the manager when someone else changed the need first', async () => {
    mockApi({
      'GET /api/people/:id/plan': () => json(plan([need()])),
      'POST /api/development-needs/:id/cancel': () =>
        problem(409, { title: 'The record was changed by someone else.', detail: 'Development need was changed by someone else.' }),
    });
    const { user } = renderWithProviders(<DevelopmentPlanView personId="learner-1" viewer="manager" businessNeeds={[]} />);

    await user.click(await screen.findByRole('button', { name: 'Cancel Plan repairs schedules' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel development need' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'No longer needed');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel need' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('This need was changed by someone else — reload and try again');
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});

describe('proposing an aspiration', () => {
  it('fixes the origin to a personal aspiration and lets the learner keep it private', async () => {
    const server = mockApi({
      'POST /api/development-needs': () => json(aspiration, 201),
    });
    const onClose = vi.fn();
    const { user } = renderWithProviders(
      <ProposeAspirationModal opened onClose={onClose} learnerId="learner-1" businessNeeds={[]} />,
    );

    const dialog = await screen.findByRole('dialog', { name: 'Propose an aspiration' });
    expect(within(dialog).queryByRole('textbox', { name: /^Origin/ })).not.toBeInTheDocument();
    expect(dialog).toHaveTextContent('Personal aspiration');

    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Lead a team');
    await user.type(within(dialog).getByRole('textbox', { name: 'Learning outcome 1' }), 'Lead a weekly team huddle');
    await user.type(within(dialog).getByRole('textbox', { name: /^Expected improvement/ }), 'Ready to supervise');
    const privacy = within(dialog).getByRole('checkbox', { name: /^Private/ });
    expect(privacy).toBeEnabled();
    await user.click(privacy);
    await user.click(within(dialog).getByRole('button', { name: 'Propose aspiration' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(server.calls('POST', '/api/development-needs')[0]!.body).toEqual({
      learnerId: 'learner-1',
      title: 'Lead a team',
      learningOutcomes: ['Lead a weekly team huddle'],
      performanceImprovement: 'Ready to supervise',
      targetRole: null,
      businessNeedId: null,
      origin: 'PersonalAspiration',
      isPrivate: true,
      priority: 'Medium',
      competencyTags: [],
    });
  });

  it("puts the server's message about an outcome on that outcome", async () => {
    mockApi({
      'POST /api/development-needs': () =>
        problem(400, { errors: { 'learningOutcomes[0]': ['Each learning outcome should appear once.'] } }),
    });
    const { user } = renderWithProviders(
      <ProposeAspirationModal opened onClose={vi.fn()} learnerId="learner-1" businessNeeds={[]} />,
    );

    const dialog = await screen.findByRole('dialog', { name: 'Propose an aspiration' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Lead a team');
    await user.type(within(dialog).getByRole('textbox', { name: 'Learning outcome 1' }), 'Lead a weekly team huddle');
    await user.type(within(dialog).getByRole('textbox', { name: /^Expected improvement/ }), 'Ready to supervise');
    await user.click(within(dialog).getByRole('button', { name: 'Propose aspiration' }));

    const outcome = within(dialog).getByRole('textbox', { name: 'Learning outcome 1' });
    await vi.waitFor(() =>
      expect(outcome).toHaveAccessibleDescription(expect.stringContaining('Each learning outcome should appear once.')),
    );
  });
});
