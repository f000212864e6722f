import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

const manager = testUser({ id: 'manager-1', displayName: 'Morgan Manager', roles: ['Learner', 'Manager'], isManager: true });
const learner = testUser({ id: 'learner-1', displayName: 'Riley Reports' });

const need = (overrides: Record<string, unknown> = {}) => ({
  id: 'n-1',
  learnerId: 'learner-1',
  learnerName: 'Riley Reports',
  title: 'Plan planned maintenance',
  learningOutcomes: ['Build a twelve-month planned maintenance programme'],
  performanceImprovement: 'Fewer emergency repairs',
  targetRole: null,
  businessNeedId: null,
  businessNeedTitle: null,
  discussionId: null,
  origin: 'PerformanceGap',
  isPrivate: false,
  priority: 'High',
  competencyTags: [],
  status: 'Identified',
  cancelReason: null,
  createdBy: 'manager-1',
  createdAt: '2025-03-07T10:00:00Z',
  updatedAt: '2025-03-07T10:00:00Z',
  history: [],
  version: 1,
  ...overrides,
});

const option = {
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
  knowledgeRating: 3,
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
  createdAt: '2025-03-07T10:00:00Z',
  version: 1,
};

const api = (me: ReturnType<typeof testUser>, overrides: Record<string, unknown> = {}) =>
  mockApi({
    'GET /api/auth/me': () => json(me),
    'GET /api/development-needs/:id': () => json(need(overrides)),
    'GET /api/people/:id': () =>
      json({
        id: 'learner-1',
        displayName: 'Riley Reports',
        email: 'riley@example.com',
        jobTitle: 'Planner',
        orgUnitId: 'team-1',
        managerId: 'manager-1',
        roles: [],
        active: true,
        isManager: false,
        version: 1,
      }),
    'GET /api/solution-types': () =>
      json({ items: [{ code: 'WorkShadowing', name: 'Work shadowing', position: 1, active: true, version: 1 }], next: null }),
    'GET /api/offerings': () => json({ items: [], next: null }),
    'GET /api/development-needs/:id/options': () => json({ items: [option], next: null }),
    'GET /api/advice-requests': () => json({ items: [], next: null }),
    'POST /api/advice-requests': () => json({ id: 'a-1' }, 201),
  });

describe('solution options page', () => {
  it('gives the line manager the appraisal actions and lets them ask HR', async () => {
    const server = api(manager);
    const { user } = renderApp({ route: '/needs/n-1/solutions' });

    expect(await screen.findByRole('heading', { name: 'Solution options: Plan planned maintenance' })).toBeInTheDocument();
    expect(await screen.findByLabelText('Status of the need')).toHaveTextContent('Identified');
    expect(await screen.findByRole('button', { name: 'Select Option 1: Work shadowing' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add option' })).toBeEnabled();
    expect(screen.getByText('Nobody has asked HR about this need yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Ask HR' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask HR for advice' });
    await user.click(within(dialog).getByRole('button', { name: 'Send to HR' }));
    expect(await within(dialog).findByText('Choose what the advice is about.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Research on possible solutions' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Question/ }), 'What else could work here?');
    await user.click(within(dialog).getByRole('button', { name: 'Send to HR' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/advice-requests')).toHaveLength(1));
    expect(server.calls('POST', '/api/advice-requests')[0]!.body).toEqual({
      needId: 'n-1',
      topics: ['SolutionResearch'],
      question: 'What else could work here?',
    });
  });

  it('shows the learner the options to read only', async () => {
    const server = api(learner);
    renderApp({ route: '/needs/n-1/solutions' });

    const table = await screen.findByRole('table', { name: 'Appraisal of options' });
    expect(within(table).getByRole('columnheader', { name: /^Option 1: Work shadowing/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add option' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask HR' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Select/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to my plan' })).toHaveAttribute('href', '/plan');
    // The catalogue is for managers and HR.
    expect(server.calls('GET', '/api/offerings')).toHaveLength(0);
  });

  it('closes the options once the need is contracted', async () => {
    api(manager, { status: 'Contracted' });
    renderApp({ route: '/needs/n-1/solutions' });

    expect(await screen.findByText('The options are closed')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Appraisal of options' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add option' })).not.toBeInTheDocument();
  });

  it('does not offer to ask HR about a private aspiration', async () => {
    api(manager, { isPrivate: true, origin: 'PersonalAspiration' });
    renderApp({ route: '/needs/n-1/solutions' });

    expect(await screen.findByText('A private aspiration: HR cannot be asked about it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ask HR' })).not.toBeInTheDocument();
  });
});

describe('solution selection navigation', () => {
  const nav = async () => screen.findByRole('navigation', { name: 'Main' });

  it('gives managers their advice requests and the provider register to read', async () => {
    mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/providers': () => json({ items: [], next: null }),
    });
    const { user } = renderApp();

    const links = within(await nav()).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual(['Home', 'Notifications', 'My plan', 'Contracts', 'Learning sets', 'My team', 'Business needs', 'My advice requests', 'Impact reviews', 'Provider register']);

    await user.click(within(await nav()).getByRole('link', { name: 'Provider register' }));
    expect(await screen.findByRole('heading', { name: 'Provider register' })).toBeInTheDocument();
    expect(await screen.findByText('No providers match')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New provider' })).not.toBeInTheDocument();
  });

  it('gives HR the advice queue, the register and corporate programmes', async () => {
    mockApi({
      'GET /api/auth/me': () => json(testUser({ id: 'hr-1', roles: ['Learner', 'HR'] })),
      'GET /api/advice-requests': () => json({ items: [], next: null }),
    });
    const { user } = renderApp();

    const links = within(await nav()).getAllByRole('link').map((link) => link.textContent);
    expect(links).toEqual(['Home', 'Notifications', 'My plan', 'Contracts', 'Learning sets', 'Business needs', 'Advice queue', 'Impact reviews', 'Provider register', 'Corporate programmes', 'Audit trail', 'Reports']);

    await user.click(within(await nav()).getByRole('link', { name: 'Advice queue' }));
    expect(await screen.findByRole('heading', { name: 'Advice queue' })).toBeInTheDocument();
    expect(await screen.findByText('No open requests')).toBeInTheDocument();
  });

  it('keeps learners out of the HR pages', async () => {
    const server = mockApi({ 'GET /api/auth/me': () => json(learner) });
    renderApp({ route: '/advice-queue' });

    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(server.calls('GET', '/api/advice-requests')).toHaveLength(0);
  });
});
