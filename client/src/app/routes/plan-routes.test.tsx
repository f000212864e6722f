import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

const manager = testUser({ id: 'manager-1', displayName: 'Morgan Manager', roles: ['Learner', 'Manager'], isManager: true });

const person = (managerId: string | null) => ({
  id: 'learner-1',
  displayName: 'Riley Reports',
  email: 'riley@example.com',
  jobTitle: 'Planner',
  orgUnitId: 'team-1',
  managerId,
  roles: [],
  active: true,
  isManager: false,
  version: 1,
});

const proposed = {
  id: 'n-2',
  learnerId: 'learner-1',
  learnerName: 'Riley Reports',
  title: 'Lead a team',
  learningOutcomes: ['Lead a weekly team huddle'],
  performanceImprovement: 'Ready to supervise',
  targetRole: 'Team leader',
  businessNeedId: null,
  businessNeedTitle: null,
  discussionId: null,
  origin: 'PersonalAspiration',
  isPrivate: false,
  priority: 'Medium',
  competencyTags: [],
  status: 'Proposed',
  cancelReason: null,
  createdBy: 'learner-1',
  createdAt: '2025-03-07T10:00:00Z',
  updatedAt: '2025-03-07T10:00:00Z',
  history: [],
  version: 1,
};

const api = (me: ReturnType<typeof testUser>, managerId: string | null) =>
  mockApi({
    'GET /api/auth/me': () => json(me),
    'GET /api/people/:id': () => json(person(managerId)),
    'GET /api/people/:id/plan': () =>
      json({
        learner: { id: 'learner-1', displayName: 'Riley Reports', email: 'riley@example.com', jobTitle: 'Planner' },
        generatedAt: '2025-03-08T09:00:00Z',
        needs: [proposed],
        needsByStatus: { Proposed: 1 },
        hiddenPrivate: 0,
      }),
    'GET /api/discussions': () => json({ items: [], next: null }),
    'GET /api/business-needs': () => json({ items: [], next: null }),
  });

describe('plan pages', () => {
  it("gives the line manager the actions on a report's plan", async () => {
    api(manager, 'manager-1');
    renderApp({ route: '/people/learner-1/plan' });

    expect(await screen.findByRole('heading', { name: 'Development plan: Riley Reports' })).toBeInTheDocument();
    const card = await screen.findByRole('article', { name: 'Lead a team' });
    expect(within(card).getByRole('button', { name: 'Confirm Lead a team' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Edit Lead a team' })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Cancel Lead a team' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Record 1:1' })).toHaveAttribute('href', '/team/learner-1/discussions/new');
    expect(screen.getByText('No 1:1s recorded yet')).toBeInTheDocument();
  });

  it('shows HR the plan to read only', async () => {
    api(testUser({ id: 'hr-1', roles: ['Learner', 'HR'] }), 'manager-1');
    renderApp({ route: '/people/learner-1/plan' });

    const card = await screen.findByRole('article', { name: 'Lead a team' });
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Record 1:1' })).not.toBeInTheDocument();
  });

  it('lets the learner withdraw their own proposal from My development plan', async () => {
    api(testUser({ id: 'learner-1', displayName: 'Riley Reports' }), 'manager-1');
    renderApp({ route: '/plan' });

    expect(await screen.findByRole('heading', { name: 'My development plan' })).toBeInTheDocument();
    const card = await screen.findByRole('article', { name: 'Lead a team' });
    expect(card).toHaveTextContent('Waiting for the manager to confirm this aspiration.');
    expect(within(card).queryByRole('button', { name: /Confirm/ })).not.toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Withdraw Lead a team' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Propose an aspiration' })).toBeInTheDocument();
  });

  it('only lets the line manager record a 1:1', async () => {
    const server = api(manager, 'someone-else');
    renderApp({ route: '/team/learner-1/discussions/new' });

    expect(await screen.findByText('Only the line manager records 1:1s')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record 1:1' })).not.toBeInTheDocument();
    expect(server.calls('POST', '/api/discussions')).toHaveLength(0);
  });
});
