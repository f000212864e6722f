import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { asMemberSees, FACILITATOR, invitation, learningSet, oneToOnes, PAT, reviewResults, unanswered } from '../testing/set-fixtures';

/** The page is a lazily loaded route: on a busy machine its first render takes longer than a query's default second. */
const LAZY_PAGE = { timeout: 5000 };

const facilitator = testUser({ id: FACILITATOR.id, displayName: FACILITATOR.name, roles: ['Learner', 'Facilitator'] });
const pat = testUser({ id: PAT.id, displayName: PAT.name });
const admin = testUser({ id: 'ada', displayName: 'Ada Admin', roles: ['Admin'] });

const common = {
  'GET /api/learning-sets/:id/meetings': () => json({ meetings: [], suggestedCoordinatorId: PAT.id }),
  'GET /api/learning-sets/:id/one-to-ones': () => json(oneToOnes([])),
  'GET /api/learning-sets': () => json({ items: [], next: null }),
};

describe('programme review on the set page', () => {
  it('lets the facilitator open the review of a running set and then shows its results', async () => {
    let set = learningSet();
    const server = mockApi({
      ...common,
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/learning-sets/:id': () => json(set),
      'GET /api/programme-reviews/mine': () => json({ items: [], next: null }),
      'POST /api/learning-sets/:id/programme-review': () => {
        set = { ...set, programmeReviewOpened: true, version: set.version + 1 };
        return json(reviewResults({ overall: unanswered(5), byRole: [], comments: [] }), 201);
      },
      'GET /api/learning-sets/:id/programme-review': () => json(reviewResults({ overall: unanswered(5), byRole: [], comments: [] })),
    });
    const { user } = renderApp({ route: '/learning-sets/set-1' });

    const review = await screen.findByRole('region', { name: 'Programme review' }, LAZY_PAGE);
    // Not opened yet: nothing is read about its results.
    expect(server.calls('GET', '/api/learning-sets/:id/programme-review')).toHaveLength(0);
    await user.click(within(review).getByRole('button', { name: 'Open the programme review' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/learning-sets/:id/programme-review')).toHaveLength(1));
    expect(await within(review).findByText('No answers yet')).toBeInTheDocument();
    expect(within(review).getByText('0 of 5 answered (0 %)')).toBeInTheDocument();
    expect(within(review).queryByRole('button', { name: 'Open the programme review' })).not.toBeInTheDocument();
  });

  it('explains why a forming set cannot open its review yet', async () => {
    mockApi({
      ...common,
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/learning-sets/:id': () => json(learningSet({ status: 'Forming' })),
      'GET /api/programme-reviews/mine': () => json({ items: [], next: null }),
    });
    renderApp({ route: '/learning-sets/set-1' });

    const review = await screen.findByRole('region', { name: 'Programme review' }, LAZY_PAGE);
    expect(within(review).getByText('The programme review can be opened once the set is running.')).toBeInTheDocument();
    expect(within(review).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a state conflict from the server', async () => {
    mockApi({
      ...common,
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/learning-sets/:id': () => json(learningSet()),
      'GET /api/programme-reviews/mine': () => json({ items: [], next: null }),
      'POST /api/learning-sets/:id/programme-review': () =>
        problem(409, { type: '/problems/state-conflict', detail: 'The set’s programme review is already open.' }),
    });
    const { user } = renderApp({ route: '/learning-sets/set-1' });

    const review = await screen.findByRole('region', { name: 'Programme review' }, LAZY_PAGE);
    await user.click(within(review).getByRole('button', { name: 'Open the programme review' }));
    expect(await within(review).findByRole('alert')).toHaveTextContent('The set’s programme review is already open.');
  });

  it('shows the results as percentages, by role, with who answered and the comments', async () => {
    mockApi({
      ...common,
      'GET /api/auth/me': () => json(admin),
      'GET /api/learning-sets/:id': () => json(learningSet({ status: 'Closed', programmeReviewOpened: true, canManage: false })),
      'GET /api/programme-reviews/mine': () => json({ items: [], next: null }),
      'GET /api/learning-sets/:id/programme-review': () => json(reviewResults()),
    });
    renderApp({ route: '/learning-sets/set-1' });

    const review = await screen.findByRole('region', { name: 'Programme review' }, LAZY_PAGE);
    expect(await within(review).findByText('86 % good or excellent')).toBeInTheDocument();
    expect(within(review).getByText('7 of 9 answered (78 %)')).toBeInTheDocument();
    expect(within(review).getByRole('list', { name: 'Value ratings' })).toHaveTextContent('Excellent 43 %');

    const table = within(review).getByRole('table', { name: 'Programme review results for Tenant services set' });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Measure', 'Overall', 'Members', 'Facilitator', 'Sponsoring managers']);
    const cells = (name: string) => within(within(table).getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells('Good or excellent')).toEqual(['86 %', '100 %', '86 %', '50 %']);
    // The facilitator is not asked about a member's goal: nothing to count.
    expect(cells('Achieved their goal')).toEqual(['67 %', '67 %', '—', '67 %']);
    expect(cells('Issue: time pressure')).toEqual(['57 %', '57 %', '57 %', '57 %']);

    const asked = within(review).getByRole('table', { name: 'Who was asked' });
    expect(within(asked).getByRole('row', { name: /Max Manager/ })).toHaveTextContent(`Sponsoring manager of ${PAT.name}Answered`);
    expect(within(asked).getByRole('row', { name: new RegExp(FACILITATOR.name) })).toHaveTextContent('Not yet');
    expect(within(review).getByRole('list', { name: 'Comments' })).toHaveTextContent('Member: Strengths: Peers who listen');
  });

  it('tells a member the review is open and links their own invitation, without results', async () => {
    const server = mockApi({
      ...common,
      'GET /api/auth/me': () => json(pat),
      'GET /api/learning-sets/:id': () => json(asMemberSees(learningSet({ programmeReviewOpened: true }), PAT.id)),
      'GET /api/learning-sets/:id/one-to-ones': () => json(oneToOnes([[PAT, null]], false)),
      'GET /api/programme-reviews/mine': () =>
        json({ items: [invitation(), invitation({ id: 'response-9', setId: 'set-9', setName: 'Another set' })], next: null }),
    });
    renderApp({ route: '/learning-sets/set-1' });

    const review = await screen.findByRole('region', { name: 'Programme review' }, LAZY_PAGE);
    expect(within(review).getByText('The programme review is open. The facilitator and HR see its results.')).toBeInTheDocument();
    const toAnswer = await screen.findByRole('region', { name: 'Programme reviews to answer' }, LAZY_PAGE);
    // Only this set's invitation on the set's page.
    expect(within(toAnswer).getAllByRole('listitem')).toHaveLength(1);
    expect(within(toAnswer).getByRole('link', { name: 'Answer the review of Tenant services set' })).toHaveAttribute(
      'href',
      '/programme-review-responses/response-1',
    );
    expect(server.calls('GET', '/api/learning-sets/:id/programme-review')).toHaveLength(0);
  });
});
