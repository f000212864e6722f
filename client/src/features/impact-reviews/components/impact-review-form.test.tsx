import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { impactReview } from '../testing/impact-fixtures';

const learner = testUser({ id: 'learner-1', displayName: 'Riley Reports' });
const manager = testUser({ id: 'manager-1', displayName: 'Morgan Manager', roles: ['Learner', 'Manager'], isManager: true });

const asLearner = impactReview({ can: { writeLearnerPart: true, writeManagerPart: false, record: false, startSecondPhase: false } });
const asManager = impactReview({
  reaction: { rating: 4, comment: 'Very relevant to my job', writtenBy: 'learner-1', writtenByName: 'Riley Reports', writtenAt: '2025-04-12T09:00:00Z' },
  can: { writeLearnerPart: false, writeManagerPart: true, record: true, startSecondPhase: true },
});

const preview = () => screen.getByRole('region', { name: 'ROI preview' });
const stored = () => screen.getByRole('region', { name: 'Stored ROI figures' });

async function fillForRecording(user: ReturnType<typeof renderApp>['user']) {
  const first = screen.getByRole('group', { name: 'Outcome 1: Build a four-week repairs schedule' });
  await user.click(within(first).getByRole('radio', { name: 'Yes' }));
  await user.type(within(first).getByRole('textbox', { name: 'Evidence' }), 'Schedule in use');
  const second = screen.getByRole('group', { name: 'Outcome 2: Explain the repairs priority rules to tenants' });
  await user.click(within(second).getByRole('radio', { name: 'No' }));
  await user.click(within(screen.getByRole('radiogroup', { name: /^Transfer rating/ })).getByRole('radio', { name: '4' }));
  await user.type(screen.getByRole('textbox', { name: 'Value now (%)' }), '85');
  await user.type(screen.getByLabelText(/^Measured on/), '2025-05-01');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Method' }), 'Estimate');
  await user.type(screen.getByRole('textbox', { name: /^Attribution/ }), '80');
  await user.type(screen.getByRole('textbox', { name: /^Confidence/ }), '75');
  await user.type(screen.getByRole('textbox', { name: /^Annualised benefit/ }), '50000');
}

describe('impact review form', () => {
  it('lets the learner write their reaction and shows the manager’s part read-only', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/impact-reviews/:id': () => json(asLearner),
      'PUT /api/impact-reviews/:id': () => json({ ...asLearner, version: 4 }),
    });
    const { user } = renderApp({ route: '/impact-reviews/ir-1' });

    expect(await screen.findByRole('heading', { name: 'Impact review: Plan planned maintenance', level: 1 })).toBeInTheDocument();
    const facts = screen.getByLabelText('About this impact review');
    expect(within(facts).getByText('10 Apr 2025')).toBeInTheDocument();
    expect(within(facts).getByText('10 Jun 2025')).toBeInTheDocument();
    expect(within(facts).getByText('Due')).toBeInTheDocument();

    expect(screen.queryByRole('button', { name: 'Record impact review' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save draft' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Annualised benefit/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'ROI preview' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start a second phase' })).not.toBeInTheDocument();
    expect(screen.getByText('Repairs done right first time')).toBeInTheDocument();

    await user.click(within(screen.getByRole('radiogroup', { name: /^Relevance and value/ })).getByRole('radio', { name: '4' }));
    await user.type(screen.getByRole('textbox', { name: /^Comment/ }), 'Very relevant');
    await user.click(screen.getByRole('button', { name: 'Save my part' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/impact-reviews/:id')).toHaveLength(1));
    expect(server.calls('PUT', '/api/impact-reviews/:id')[0]!.body).toEqual({
      version: 3,
      learner: { reactionRating: 4, reactionComment: 'Very relevant' },
    });
  });

  it('shows the manager the learner’s reaction read-only and works out the ROI as a preview while typing', async () => {
    mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/impact-reviews/:id': () => json(asManager),
    });
    const { user } = renderApp({ route: '/impact-reviews/ir-1' });

    expect(await screen.findByRole('button', { name: 'Record impact review' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: /^Relevance and value/ })).not.toBeInTheDocument();
    expect(screen.getByText('4 of 5')).toBeInTheDocument();
    expect(screen.getByText('Very relevant to my job')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save my part' })).not.toBeInTheDocument();
    // The fees come from the contract.
    expect(screen.getByRole('textbox', { name: /^Fees/ })).toHaveValue('£12000');

    expect(within(preview()).getAllByText('not calculated yet')).toHaveLength(2);
    await user.type(screen.getByRole('textbox', { name: /^Annualised benefit/ }), '50000');
    await user.type(screen.getByRole('textbox', { name: /^Attribution/ }), '80');
    await user.type(screen.getByRole('textbox', { name: /^Confidence/ }), '75');

    expect(within(preview()).getByText('150.00 %')).toBeInTheDocument();
    expect(within(preview()).getByText('2.50')).toBeInTheDocument();
    expect(within(preview()).getByText('£30,000.00')).toBeInTheDocument();
    expect(within(preview()).getByText('£12,000.00')).toBeInTheDocument();
    // The stored figures stay the server's until saved.
    expect(within(stored()).queryByText('150.00 %')).not.toBeInTheDocument();

    await user.clear(screen.getByRole('textbox', { name: /^Fees/ }));
    expect(within(preview()).getAllByText('undefined — no costs')).toHaveLength(2);
    expect(within(preview()).getByText('No costs recorded: ROI is undefined')).toBeInTheDocument();
  });

  it('records the review with the manager’s part and no figures, then shows the server’s', async () => {
    const recorded = impactReview({
      ...asManager,
      status: 'Completed',
      completedAt: '2025-05-02T10:00:00Z',
      completedByName: 'Morgan Manager',
      isolation: { method: 'Estimate', attributionPercent: 80, confidencePercent: 75 },
      money: { ...asManager.money, annualisedBenefit: 50000 },
      figures: { adjustedBenefit: 30000, learnerTimeCost: 0, totalCosts: 12000, roiPercent: 150, benefitCostRatio: 2.5, roiUndefinedReason: null },
      can: { writeLearnerPart: false, writeManagerPart: false, record: false, startSecondPhase: true },
      version: 4,
    });
    const server = mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/impact-reviews/:id': () => json(asManager),
      'PUT /api/impact-reviews/:id': () => json(recorded),
      'GET /api/impact-reviews': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/impact-reviews/ir-1' });

    await screen.findByRole('button', { name: 'Record impact review' });
    // Recording needs every outcome assessed: the browser says so before asking the server.
    await user.click(screen.getByRole('button', { name: 'Record impact review' }));
    expect(await screen.findAllByText('Say whether this outcome was achieved.')).toHaveLength(2);
    expect(server.calls('PUT', '/api/impact-reviews/:id')).toHaveLength(0);

    await fillForRecording(user);
    await user.click(screen.getByRole('button', { name: 'Record impact review' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/impact-reviews/:id')).toHaveLength(1));
    const body = server.calls('PUT', '/api/impact-reviews/:id')[0]!.body;
    expect(body).toEqual({
      version: 3,
      manager: {
        record: true,
        outcomes: [
          { index: 0, achieved: true, evidence: 'Schedule in use' },
          { index: 1, achieved: false, evidence: null },
        ],
        behaviour: { examples: null, transferRating: 4, barriers: null, enablers: null },
        results: { valueNow: 85, valueNowOn: '2025-05-01' },
        isolation: { method: 'Estimate', attributionPercent: 80, confidencePercent: 75 },
        money: {
          benefitPerUnit: null,
          annualisedBenefit: 50000,
          fees: 12000,
          travel: null,
          materials: null,
          learnerHours: null,
          loadedHourlyRate: null,
          backfill: null,
          managerTime: null,
          intangibles: null,
        },
        whatNext: null,
      },
    });
    expect(JSON.stringify(body)).not.toMatch(/roi|benefitCostRatio|adjustedBenefit|totalCosts/i);

    expect(await screen.findByText(/^Recorded on/)).toBeInTheDocument();
    expect(within(stored()).getByText('150.00 %')).toBeInTheDocument();
    expect(within(stored()).getByText('2.50')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record impact review' })).not.toBeInTheDocument();
  });

  it('shows why a review cannot be recorded before its window opens', async () => {
    const pending = impactReview({
      ...asManager,
      status: 'Pending',
      windowOpensOn: '2099-01-10',
      can: { writeLearnerPart: false, writeManagerPart: true, record: false, startSecondPhase: true },
    });
    mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/impact-reviews/:id': () => json(pending),
      'PUT /api/impact-reviews/:id': () =>
        problem(409, {
          type: '/problems/state-conflict',
          title: 'Conflict',
          detail: 'The impact review opens on 2099-01-10, one month after the learning finished on 2098-12-10.',
        }),
    });
    const { user } = renderApp({ route: '/impact-reviews/ir-1' });

    expect(await screen.findByText(/The review can be recorded from 10 Jan 2099/)).toBeInTheDocument();
    expect(screen.getByText('Not open yet')).toBeInTheDocument();
    await fillForRecording(user);
    await user.click(screen.getByRole('button', { name: 'Record impact review' }));

    const alert = (await screen.findByText('This is not possible now')).closest('[role="alert"]');
    expect(alert).toHaveTextContent('The impact review opens on 2099-01-10, one month after the learning finished on 2098-12-10.');
  });

  it('puts the server’s field errors at the fields', async () => {
    mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/impact-reviews/:id': () => json(asManager),
      'PUT /api/impact-reviews/:id': () =>
        problem(400, { errors: { 'manager.money.travel': ['Give amounts to the penny: at most two decimal places.'] } }),
    });
    const { user } = renderApp({ route: '/impact-reviews/ir-1' });

    await user.click(await screen.findByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Give amounts to the penny: at most two decimal places.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Travel/ })).toHaveAttribute('aria-invalid', 'true');
  });

  it('starts a second phase and links to the new need', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/impact-reviews/:id': () => json(asManager),
      'POST /api/impact-reviews/:id/second-phase': () =>
        json({ ...asManager, followOnNeedId: 'n-2', followOnNeedTitle: 'Lead the planning team', can: { ...asManager.can, startSecondPhase: false }, version: 4 }, 201),
      'GET /api/impact-reviews': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/impact-reviews/ir-1' });

    await user.click(await screen.findByRole('button', { name: 'Start a second phase' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a second phase' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Lead the planning team');
    await user.type(within(dialog).getByRole('textbox', { name: 'Learning outcome 1' }), 'Run the weekly planning meeting');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Priority' }), 'High');
    await user.click(within(dialog).getByRole('button', { name: 'Create the need' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/impact-reviews/:id/second-phase')).toHaveLength(1));
    expect(server.calls('POST', '/api/impact-reviews/:id/second-phase')[0]!.body).toEqual({
      version: 3,
      title: 'Lead the planning team',
      learningOutcomes: ['Run the weekly planning meeting'],
      performanceImprovement: null,
      priority: 'High',
    });
    expect(await screen.findByRole('link', { name: 'Lead the planning team' })).toHaveAttribute('href', '/people/learner-1/plan');
  });
});
