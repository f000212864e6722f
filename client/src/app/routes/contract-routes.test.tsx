import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { contract, page, version } from '@/features/contracts/testing/contract-fixtures';
import { json, mockApi } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

const manager = testUser({ id: 'manager-1', displayName: 'Morgan Manager', roles: ['Learner', 'Manager'], isManager: true });
const learner = testUser({ id: 'learner-1', displayName: 'Riley Reports' });

const person = {
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
};

const need = (overrides: Record<string, unknown> = {}) => ({
  id: 'n-1',
  learnerId: 'learner-1',
  learnerName: 'Riley Reports',
  title: 'Plan repairs schedules',
  learningOutcomes: ['Build a four-week repairs schedule in the planning tool'],
  performanceImprovement: 'Fewer missed appointments',
  targetRole: null,
  businessNeedId: null,
  businessNeedTitle: null,
  discussionId: null,
  origin: 'PerformanceGap',
  isPrivate: false,
  priority: 'High',
  competencyTags: [],
  status: 'SolutionSelected',
  cancelReason: null,
  createdBy: 'manager-1',
  createdAt: '2025-03-07T10:00:00Z',
  updatedAt: '2025-03-07T10:00:00Z',
  history: [],
  version: 3,
  ...overrides,
});

const option = {
  id: 'o-1',
  needId: 'n-1',
  learnerId: 'learner-1',
  solutionType: 'ExternalTraining',
  solutionTypeName: 'External training',
  description: 'Certificate in maintenance planning',
  offeringId: null,
  offeringTitle: null,
  providerName: null,
  programmeId: null,
  programmeTitle: null,
  knowledgeRating: 4,
  knowledgeNote: null,
  skillRating: 4,
  skillNote: null,
  behaviourRating: null,
  behaviourNote: null,
  transferRating: 5,
  sustainabilityRating: 4,
  cost: 950,
  hoursAway: 40,
  status: 'Selected',
  decisionNote: 'Best transfer',
  decidedAt: '2025-03-08T10:00:00Z',
  createdAt: '2025-03-08T09:00:00Z',
  version: 2,
};

const plan = (needs: unknown[]) => ({
  learner: { id: 'learner-1', displayName: 'Riley Reports', email: 'riley@example.com', jobTitle: 'Planner' },
  generatedAt: '2025-03-08T09:00:00Z',
  needs,
  needsByStatus: {},
  hiddenPrivate: 0,
});

describe('contract routes', () => {
  it('offers the line manager "Draft contract" on a need with a selected solution, and a link to an existing contract', async () => {
    mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/people/:id': () => json(person),
      'GET /api/people/:id/plan': () =>
        json(plan([need(), need({ id: 'n-2', title: 'Lead a team', status: 'Contracted' }), need({ id: 'n-3', title: 'Chair a meeting', status: 'Identified' })])),
      'GET /api/discussions': () => json({ items: [], next: null }),
      'GET /api/business-needs': () => json({ items: [], next: null }),
      'GET /api/contracts': () => json(page([contract({ id: 'c-2', needId: 'n-2', status: 'Agreed', pending: null, inForce: version({ status: 'Agreed' }) })])),
    });
    renderApp({ route: '/people/learner-1/plan' });

    const card = await screen.findByRole('article', { name: 'Plan repairs schedules' });
    expect(await within(card).findByRole('link', { name: 'Draft contract for Plan repairs schedules' })).toHaveAttribute(
      'href',
      '/needs/n-1/contract/new',
    );
    const contracted = screen.getByRole('article', { name: 'Lead a team' });
    expect(within(contracted).getByRole('link', { name: 'Contract for Lead a team' })).toHaveAttribute('href', '/contracts/c-2');
    const identified = screen.getByRole('article', { name: 'Chair a meeting' });
    expect(within(identified).queryByRole('link', { name: /contract/i })).not.toBeInTheDocument();
  });

  it('drafts a contract pre-filled from the need and its option, and proposes it', async () => {
    const created = contract({ id: 'c-9', status: 'Draft', pending: version({ status: 'Draft' }), version: 1 });
    const server = mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/development-needs/:id': () => json(need()),
      'GET /api/development-needs/:id/options': () => json(page([{ ...option, id: 'o-0', status: 'Rejected', cost: 10 }, option])),
      'GET /api/people': () => json(page([])),
      'GET /api/contracts': () => json(page([])),
      'POST /api/contracts': () => json(created, 201),
      'POST /api/contracts/:id/propose': () => json({ ...created, status: 'Proposed', pending: version(), version: 2 }),
      'GET /api/contracts/:id': () => json({ ...created, status: 'Proposed', pending: version(), version: 2 }),
      'GET /api/contracts/:id/versions': () => json(page([version()])),
    });
    const { user } = renderApp({ route: '/needs/n-1/contract/new' });

    expect(await screen.findByRole('heading', { name: 'Draft a contract: Plan repairs schedules' })).toBeInTheDocument();
    expect(await screen.findByText('Certificate in maintenance planning')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Learning outcome 1' })).toHaveValue('Build a four-week repairs schedule in the planning tool');
    expect(screen.getByRole('textbox', { name: /^Cost/ })).toHaveValue('950');

    const type = async (label: RegExp, text: string) => {
      const input = screen.getByLabelText(label);
      await user.clear(input);
      await user.type(input, text);
    };
    await type(/^Start date/, '2025-04-01');
    await type(/^End date/, '2025-06-30');
    await type(/^Hours a week/, '2');
    await type(/^First review on/, '2025-04-29');
    await type(/^Measure/, 'Missed repair appointments');
    await type(/^Unit/, 'per month');
    await type(/^Baseline value/, '40');
    await type(/^Baseline date/, '2025-03-01');
    await user.click(screen.getByRole('checkbox', { name: 'Time for study and workplace research' }));
    await user.click(screen.getByRole('button', { name: 'Save and propose to Riley Reports' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/contracts/:id/propose')).toHaveLength(1));
    expect(server.calls('POST', '/api/contracts')[0]!.body).toEqual({
      needId: 'n-1',
      terms: {
        learningOutcomes: ['Build a four-week repairs schedule in the planning tool'],
        startDate: '2025-04-01',
        endDate: '2025-06-30',
        hoursPerWeek: 2,
        studyDays: null,
        reviewCadenceWeeks: 4,
        firstReviewOn: '2025-04-29',
        curriculumTopics: [],
        assignmentTopics: [],
        mentorId: null,
        cost: 950,
        measureName: 'Missed repair appointments',
        measureUnit: 'per month',
        baselineValue: 40,
        baselineDate: '2025-03-01',
        supportCommitments: ['StudyTime'],
        supportNotes: null,
      },
    });
    expect(server.calls('POST', '/api/contracts/:id/propose')[0]!.body).toEqual({ version: 1 });
    expect(await screen.findByRole('heading', { name: 'Contract: Plan repairs schedules' })).toBeInTheDocument();
  });

  it('lets the line manager countersign on the contract page', async () => {
    const signed = contract({
      version: 4,
      pending: version({ number: 1, learnerSignedByName: 'Riley Reports', learnerSignedAt: '2025-03-11T10:00:00Z' }),
    });
    const server = mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/people/:id': () => json(person),
      'GET /api/contracts': () => json(page([signed])),
      'GET /api/contracts/:id': () => json(signed),
      'GET /api/contracts/:id/versions': () => json(page([signed.pending])),
      'POST /api/contracts/:id/sign': () => json({ ...signed, status: 'Active', pending: null, inForce: version({ status: 'Agreed' }) }),
    });
    const { user } = renderApp({ route: '/contracts/c-1' });

    expect(await screen.findByRole('heading', { name: 'Contract: Plan repairs schedules' })).toBeInTheDocument();
    expect(screen.getByText(/Riley Reports signed version 1 on .*: countersign to agree it\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Print view' })).toHaveAttribute('href', '/contracts/c-1/print');
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Countersign version 1' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/contracts/:id/sign')).toHaveLength(1));
    expect(server.calls('POST', '/api/contracts/:id/sign')[0]!.body).toEqual({ versionNumber: 1, version: 4 });
  });

  it('counts the learner’s contracts to sign in the navigation and lists them', async () => {
    mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/contracts': () => json(page([contract()])),
    });
    const { user } = renderApp();

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const link = await within(nav).findByRole('link', { name: 'Contracts 1 to sign' });
    await user.click(link);
    expect(await screen.findByRole('heading', { name: 'Contracts', level: 1 })).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /Plan repairs schedules/ });
    expect(row).toHaveTextContent('Riley Reports to sign version 1');
    expect(row).toHaveTextContent('Learner');

    await user.click(screen.getByRole('link', { name: 'Contracts to sign (1)' }));
    expect(await screen.findByRole('heading', { name: 'Contracts to sign', level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Sign version 1' })).toBeInTheDocument();
  });

  it('amends an agreed contract, then opens its draft for editing', async () => {
    const agreed = contract({ status: 'Active', pending: null, inForce: version({ status: 'Agreed' }), version: 6 });
    const amended = { ...agreed, pending: version({ number: 2, status: 'Draft' }), version: 7 };
    let current: unknown = agreed;
    const server = mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/people/:id': () => json(person),
      'GET /api/people': () => json(page([])),
      'GET /api/contracts': () => json(page([current])),
      'GET /api/contracts/:id': () => json(current),
      'GET /api/contracts/:id/versions': () => json(page([version({ status: 'Agreed' })])),
      'POST /api/contracts/:id/amend': () => {
        current = amended;
        return json(amended);
      },
    });
    const { user } = renderApp({ route: '/contracts/c-1' });

    expect(await screen.findByRole('button', { name: 'Complete' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Amend' }));

    expect(await screen.findByRole('heading', { name: 'Edit contract: Plan repairs schedules' })).toBeInTheDocument();
    expect(server.calls('POST', '/api/contracts/:id/amend')[0]!.body).toEqual({ version: 6 });
    expect(await screen.findByText('Amending: version 1 stays in force')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Learning outcome 1' })).toHaveValue('Build a four-week repairs schedule');
  });

  it('opens an active contract’s progress reviews and ideas in tabs of their own', async () => {
    const active = contract({ status: 'Active', pending: null, inForce: version({ status: 'Agreed' }), version: 6 });
    mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/contracts': () => json(page([active])),
      'GET /api/contracts/:id': () => json(active),
      'GET /api/contracts/:id/versions': () => json(page([version({ status: 'Agreed' })])),
      'GET /api/contracts/:id/progress-reviews': () =>
        json({
          contractId: 'c-1',
          contractStatus: 'Active',
          reviewCadenceWeeks: 4,
          hoursPerWeek: 2,
          nextReviewOn: '2025-04-29',
          openActions: 0,
          reviews: [
            { id: 'r-1', sequence: 1, scheduledOn: '2025-04-29', status: 'Scheduled', state: 'Due', heldOn: null, overallStatus: null, learnerPartWritten: false, cancelledReason: null, version: 1 },
          ],
        }),
      'GET /api/contracts/:id/ideas': () => json(page([])),
    });
    const { user } = renderApp({ route: '/contracts/c-1' });

    const tabs = await screen.findByRole('tablist', { name: 'Parts of the contract' });
    expect(within(tabs).getByRole('tab', { name: 'Contract' })).toHaveAttribute('aria-selected', 'true');
    await user.click(within(tabs).getByRole('tab', { name: 'Progress reviews' }));

    const table = await screen.findByRole('table', { name: 'Progress reviews' });
    expect(within(table).getByRole('link', { name: 'Review 1' })).toHaveAttribute('href', '/progress-reviews/r-1');
    expect(within(table).getByText('Due')).toBeInTheDocument();

    await user.click(within(tabs).getByRole('tab', { name: 'Ideas' }));
    expect(await screen.findByRole('button', { name: 'Raise an idea' })).toBeInTheDocument();
  });

  it('links an active contract’s progress reviews from the learner’s plan', async () => {
    mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/people/:id/plan': () => json(plan([need({ status: 'InProgress' })])),
      'GET /api/discussions': () => json({ items: [], next: null }),
      'GET /api/business-needs': () => json({ items: [], next: null }),
      'GET /api/contracts': () => json(page([contract({ status: 'Active', pending: null, inForce: version({ status: 'Agreed' }) })])),
    });
    renderApp({ route: '/plan' });

    const card = await screen.findByRole('article', { name: 'Plan repairs schedules' });
    expect(await within(card).findByRole('link', { name: 'Progress reviews for Plan repairs schedules' })).toHaveAttribute(
      'href',
      '/contracts/c-1/reviews',
    );
  });
});
