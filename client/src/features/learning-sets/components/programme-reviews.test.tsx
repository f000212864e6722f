import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { FACILITATOR, figures, invitation, PAT, reviewAnswer } from '../testing/set-fixtures';

/** The page is a lazily loaded route: on a busy machine its first render takes longer than a query's default second. */
const LAZY_PAGE = { timeout: 5000 };

const pat = testUser({ id: PAT.id, displayName: PAT.name });
const manager = testUser({ id: 'max', displayName: 'Max Manager', roles: ['Learner', 'Manager'] });
const facilitator = testUser({ id: FACILITATOR.id, displayName: FACILITATOR.name, roles: ['Learner', 'Facilitator'] });
const hr = testUser({ id: 'hana', displayName: 'Hana Hr', roles: ['Learner', 'HR'] });

const noSets = () => json({ items: [], next: null });

describe('programme reviews to answer', () => {
  it('lists the caller’s invitations on the learning sets page, answered or not', async () => {
    mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/learning-sets': noSets,
      'GET /api/programme-reviews/mine': () =>
        json({
          items: [
            invitation({ respondentRole: 'SponsoringManager' }),
            invitation({ id: 'response-2', setName: 'Young managers set', respondentRole: 'SponsoringManager', aboutMember: FACILITATOR, answered: true, answeredAt: '2026-06-03T10:00:00Z' }),
          ],
          next: null,
        }),
    });
    renderApp({ route: '/learning-sets' });

    const section = await screen.findByRole('region', { name: 'Programme reviews to answer' }, LAZY_PAGE);
    expect(within(section).getByText('1 waiting for your answer.', { exact: false })).toBeInTheDocument();
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveAccessibleName(`Tenant services set: As ${PAT.name}’s line manager`);
    expect(within(items[0]!).getByRole('link', { name: 'Answer the review of Tenant services set' })).toHaveAttribute('href', '/programme-review-responses/response-1');
    expect(items[1]).toHaveTextContent('Answered');
    expect(within(items[1]!).getByRole('link', { name: 'Change my answer the review of Young managers set' })).toBeInTheDocument();
    // Only HR and Admin see every set's results.
    expect(screen.queryByRole('region', { name: 'Programme review results' })).not.toBeInTheDocument();
  });

  it('shows nothing for someone with no invitation', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(pat),
      'GET /api/learning-sets': noSets,
      'GET /api/programme-reviews/mine': () => json({ items: [], next: null }),
    });
    renderApp({ route: '/learning-sets' });

    expect(await screen.findByText('No learning sets yet', {}, LAZY_PAGE)).toBeInTheDocument();
    await vi.waitFor(() => expect(server.calls('GET', '/api/programme-reviews/mine')).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'Programme reviews to answer' })).not.toBeInTheDocument();
  });

  it('shows HR every set’s results, pooled and per set', async () => {
    mockApi({
      'GET /api/auth/me': () => json(hr),
      'GET /api/learning-sets': noSets,
      'GET /api/programme-reviews/mine': () => json({ items: [], next: null }),
      'GET /api/programme-reviews': () =>
        json({
          overall: figures({ invited: 14, answered: 10, responseRatePercent: 71, goodOrExcellentPercent: 80 }),
          byRole: [
            { respondentRole: 'Member', figures: figures() },
            { respondentRole: 'Facilitator', figures: figures({ achievedGoalPercent: null }) },
            { respondentRole: 'SponsoringManager', figures: figures() },
          ],
          sets: [
            { setId: 'set-1', setName: 'Tenant services set', setStatus: 'Closed', openedAt: '2026-06-01T09:00:00Z', figures: figures() },
            {
              setId: 'set-2',
              setName: 'Young managers set',
              setStatus: 'Running',
              openedAt: '2026-06-02T09:00:00Z',
              figures: figures({ invited: 5, answered: 3, responseRatePercent: 60, goodOrExcellentPercent: 67 }),
            },
          ],
        }),
    });
    renderApp({ route: '/learning-sets' });

    const results = await screen.findByRole('region', { name: 'Programme review results' }, LAZY_PAGE);
    expect(await within(results).findByText('All sets: 80 % good or excellent')).toBeInTheDocument();
    expect(within(results).getByText('10 of 14 answered (71 %)')).toBeInTheDocument();
    const table = within(results).getByRole('table', { name: 'Programme review results by set' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['7 of 9 answered (78 %)', '86 %', '67 %', '33 %'],
      ['3 of 5 answered (60 %)', '67 %', '67 %', '33 %'],
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Tenant services set' })).toHaveAttribute('href', '/learning-sets/set-1');
    expect(within(results).getByRole('table', { name: 'Every set\'s responses together, by respondent role' })).toBeInTheDocument();
  });

  it('says so when no set has opened a review', async () => {
    mockApi({
      'GET /api/auth/me': () => json(hr),
      'GET /api/learning-sets': noSets,
      'GET /api/programme-reviews/mine': () => json({ items: [], next: null }),
      'GET /api/programme-reviews': () => json({ overall: figures(), byRole: [], sets: [] }),
    });
    renderApp({ route: '/learning-sets' });

    const results = await screen.findByRole('region', { name: 'Programme review results' }, LAZY_PAGE);
    expect(await within(results).findByText(/No set has opened its programme review yet/)).toBeInTheDocument();
  });
});

describe('answering a programme review', () => {
  it('checks the answer, then sends a member’s rating, strengths, issues and goal', async () => {
    let answer = reviewAnswer();
    const server = mockApi({
      'GET /api/auth/me': () => json(pat),
      'GET /api/programme-review-responses/:id': () => json(answer),
      'PUT /api/programme-review-responses/:id': (request) => {
        answer = reviewAnswer({ ...(request.body as object), answered: true, answeredAt: '2026-06-04T10:00:00Z', version: 2 });
        return json(answer);
      },
      'GET /api/programme-reviews/mine': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/programme-review-responses/response-1' });

    expect(await screen.findByRole('heading', { name: 'Programme review: Tenant services set', level: 1 }, LAZY_PAGE)).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Programme review' });
    await user.click(within(form).getByRole('button', { name: 'Send my answer' }));
    expect(within(form).getByText("Rate the programme's value.")).toBeInTheDocument();
    expect(within(form).getByText('Say whether the member achieved their development goal.')).toBeInTheDocument();
    expect(within(form).getByText('Say whether the member has started a second phase of development.')).toBeInTheDocument();

    await user.click(within(form).getByRole('radio', { name: 'Good' }));
    await user.type(within(form).getByRole('textbox', { name: /^Strengths/ }), 'Peers who listen');
    await user.click(within(form).getByRole('checkbox', { name: 'Time pressure' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Other' }));
    await user.click(within(within(form).getByRole('radiogroup', { name: /^Did you achieve/ })).getByRole('radio', { name: 'Yes' }));
    await user.click(within(within(form).getByRole('radiogroup', { name: /^Have you started/ })).getByRole('radio', { name: 'No' }));
    await user.click(within(form).getByRole('button', { name: 'Send my answer' }));
    expect(within(form).getByText('Say what the other issue is.')).toBeInTheDocument();
    expect(server.calls('PUT', '/api/programme-review-responses/:id')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: /^About the issues/ }), 'Rooms were hard to book');
    await user.click(within(form).getByRole('button', { name: 'Send my answer' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/programme-review-responses/:id')).toHaveLength(1));
    expect(server.calls('PUT', '/api/programme-review-responses/:id')[0]!.body).toEqual({
      version: 1,
      valueRating: 'Good',
      strengths: 'Peers who listen',
      issues: ['TimePressure', 'Other'],
      issuesNote: 'Rooms were hard to book',
      achievedGoal: true,
      startedSecondPhase: false,
    });
    expect(await screen.findByText('You have answered')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save my changed answer' })).toBeInTheDocument();
  });

  it('asks the facilitator no goal questions and sends none', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/programme-review-responses/:id': () => json(reviewAnswer({ respondentRole: 'Facilitator', aboutMember: null, asksAboutGoal: false })),
      'PUT /api/programme-review-responses/:id': () => json(reviewAnswer({ respondentRole: 'Facilitator', asksAboutGoal: false, answered: true, version: 2 })),
      'GET /api/programme-reviews/mine': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/programme-review-responses/response-1' });

    const form = await screen.findByRole('form', { name: 'Programme review' }, LAZY_PAGE);
    expect(within(form).getByText(/You answer as the set’s facilitator/)).toBeInTheDocument();
    expect(within(form).queryByRole('radiogroup', { name: /development goal/ })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Excellent' }));
    await user.click(within(form).getByRole('button', { name: 'Send my answer' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/programme-review-responses/:id')).toHaveLength(1));
    expect(server.calls('PUT', '/api/programme-review-responses/:id')[0]!.body).toMatchObject({
      valueRating: 'Excellent',
      achievedGoal: null,
      startedSecondPhase: null,
    });
  });

  it('asks a sponsoring manager about their report and shows the server’s field errors', async () => {
    mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/programme-review-responses/:id': () =>
        json(reviewAnswer({ respondentRole: 'SponsoringManager', valueRating: 'Fair', achievedGoal: false, startedSecondPhase: false, answered: true })),
      'PUT /api/programme-review-responses/:id': () => problem(400, { errors: { strengths: ['Keep the strengths to 4000 characters.'] } }),
    });
    const { user } = renderApp({ route: '/programme-review-responses/response-1' });

    const form = await screen.findByRole('form', { name: 'Programme review' }, LAZY_PAGE);
    expect(within(form).getByRole('radiogroup', { name: `Did ${PAT.name} achieve their development goal?` })).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: 'Fair' })).toBeChecked();
    // A sponsoring manager does not read the set.
    expect(screen.queryByRole('link', { name: 'The set' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save my changed answer' }));
    expect(await within(form).findByText('Keep the strengths to 4000 characters.')).toBeInTheDocument();
  });

  it('says the invitation is not found for anyone but its respondent', async () => {
    mockApi({
      'GET /api/auth/me': () => json(hr),
      'GET /api/programme-review-responses/:id': () => problem(404, { title: 'Not found' }),
    });
    renderApp({ route: '/programme-review-responses/response-1' });
    expect(await screen.findByRole('alert', {}, LAZY_PAGE)).toBeInTheDocument();
  });
});
