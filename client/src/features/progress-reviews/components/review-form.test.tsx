import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { action, outcome, review } from '../testing/review-fixtures';

const learner = testUser({ id: 'learner-1', displayName: 'Riley Reports' });
const manager = testUser({ id: 'manager-1', displayName: 'Morgan Manager', roles: ['Learner', 'Manager'], isManager: true });
const mentor = testUser({ id: 'mentor-1', displayName: 'Mina Mentor' });

const asLearner = review({ can: { writeLearnerPart: true, writeManagerPart: false, addMentoringNote: false, uploadEvidence: true } });
const asManager = review({
  can: { writeLearnerPart: false, writeManagerPart: true, addMentoringNote: false, uploadEvidence: true },
  reflection: 'I drafted the first schedule with the planning lead.',
  barriers: 'Emergency call-outs eat my study time.',
  outcomes: [
    outcome({ evidence: 'Schedule for weeks 1–4', links: ['https://intranet.example/schedule'] }),
    outcome({ index: 1, outcome: 'Explain the repairs priority rules to tenants' }),
  ],
  carriedOver: [action({ id: 'a-1', description: 'Shadow the planning lead for a day' })],
  actions: [action({ id: 'a-2', description: 'Book the tenant panel', raisedInReviewId: 'r-1', ownerId: 'manager-1', ownerName: 'Morgan Manager', dueOn: '2025-05-10' })],
});

const today = () => {
  const date = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

describe('progress review form', () => {
  it('lets the learner write their part and shows the manager’s part read-only', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/progress-reviews/:id': () => json(asLearner),
      'PUT /api/progress-reviews/:id': () => json({ ...asLearner, version: 6, reflection: 'Drafted it' }),
    });
    const { user } = renderApp({ route: '/progress-reviews/r-1' });

    expect(await screen.findByRole('heading', { name: 'Progress review 2: Riley Reports', level: 1 })).toBeInTheDocument();
    const first = screen.getByRole('group', { name: 'Outcome 1: Build a four-week repairs schedule' });
    expect(within(first).getByRole('textbox', { name: /^Evidence/ })).toBeEnabled();
    expect(within(first).queryByRole('radio')).not.toBeInTheDocument();
    expect(within(first).getByText('Not rated yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record review' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save draft' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Manager’s notes/ })).not.toBeInTheDocument();

    await user.type(within(first).getByRole('textbox', { name: /^Evidence/ }), 'Weeks 1–4');
    await user.click(within(first).getByRole('button', { name: 'Add a link' }));
    await user.type(within(first).getByRole('textbox', { name: 'Link 1 for outcome 1' }), 'not a link');
    await user.type(screen.getByRole('textbox', { name: /^Reflection/ }), 'Drafted it');
    await user.type(screen.getByRole('textbox', { name: /^What stops you learning/ }), 'Call-outs');
    await user.click(screen.getByRole('button', { name: 'Save my part' }));

    expect(await screen.findByText('Give the link as a full web address (https://…).')).toBeInTheDocument();
    expect(server.calls('PUT', '/api/progress-reviews/:id')).toHaveLength(0);

    const link = within(first).getByRole('textbox', { name: 'Link 1 for outcome 1' });
    await user.clear(link);
    await user.type(link, 'https://x.example/s');
    await user.click(screen.getByRole('button', { name: 'Save my part' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/progress-reviews/:id')).toHaveLength(1));
    expect(server.calls('PUT', '/api/progress-reviews/:id')[0]!.body).toEqual({
      version: 5,
      learner: {
        reflection: 'Drafted it',
        barriers: 'Call-outs',
        supportNeeded: null,
        outcomes: [
          { index: 0, evidence: 'Weeks 1–4', links: ['https://x.example/s'] },
          { index: 1, evidence: null, links: [] },
        ],
      },
    });
  });

  it('shows the server’s field errors at the fields', async () => {
    mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/progress-reviews/:id': () => json(asLearner),
      'PUT /api/progress-reviews/:id': () =>
        problem(400, { title: 'Validation failed', errors: { 'learner.outcomes[1].evidence': ['Evidence is too long.'], part: ['Send one part.'] } }),
    });
    const { user } = renderApp({ route: '/progress-reviews/r-1' });

    await user.click(await screen.findByRole('button', { name: 'Save my part' }));

    const second = screen.getByRole('group', { name: 'Outcome 2: Explain the repairs priority rules to tenants' });
    expect(await within(second).findByText('Evidence is too long.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Send one part.');
  });

  it('lets the manager rate the outcomes and record the review, closing a carried-over action', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/progress-reviews/:id': () => json(asManager),
      'PUT /api/progress-reviews/:id': () => json({ ...asManager, status: 'Held', state: 'Held', heldOn: today(), version: 6, can: {} }),
    });
    const { user } = renderApp({ route: '/progress-reviews/r-1' });

    const first = await screen.findByRole('group', { name: 'Outcome 1: Build a four-week repairs schedule' });
    // The learner's part is there to read, not to change.
    expect(within(first).getByText('Schedule for weeks 1–4')).toBeInTheDocument();
    expect(within(first).getByRole('link', { name: 'https://intranet.example/schedule' })).toBeInTheDocument();
    expect(within(first).queryByRole('textbox', { name: /^Evidence/ })).not.toBeInTheDocument();
    expect(screen.getByText('I drafted the first schedule with the planning lead.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save my part' })).not.toBeInTheDocument();

    // Recording needs every outcome rated and the overall status.
    await user.click(within(first).getByRole('radio', { name: 'Achieved' }));
    await user.click(screen.getByRole('button', { name: 'Record review' }));
    const second = screen.getByRole('group', { name: 'Outcome 2: Explain the repairs priority rules to tenants' });
    expect(await within(second).findByText('Rate this outcome before recording the review.')).toBeInTheDocument();
    expect(screen.getByText('Say whether the learning is on track, at risk or off track.')).toBeInTheDocument();
    expect(server.calls('PUT', '/api/progress-reviews/:id')).toHaveLength(0);

    await user.click(within(second).getByRole('radio', { name: 'Progressing' }));
    await user.click(screen.getByRole('radio', { name: 'On track' }));
    await user.type(screen.getByRole('textbox', { name: /^Time given/ }), '6');
    await user.type(screen.getByRole('textbox', { name: /^Manager’s notes/ }), 'Good start.');
    await user.click(screen.getByRole('checkbox', { name: 'Done: Shadow the planning lead for a day' }));
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByRole('textbox', { name: /^Action 2$/ }), 'Present it');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Owner of action 2/ }), 'learner-1');
    await user.type(screen.getByLabelText(/^Due date of action 2/), '2025-06-01');
    await user.click(screen.getByRole('button', { name: 'Record review' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/progress-reviews/:id')).toHaveLength(1));
    expect(server.calls('PUT', '/api/progress-reviews/:id')[0]!.body).toEqual({
      version: 5,
      manager: {
        record: true,
        heldOn: today(),
        timeGivenHours: 6,
        managerNotes: 'Good start.',
        overallStatus: 'OnTrack',
        outcomes: [
          { index: 0, rating: 'Achieved' },
          { index: 1, rating: 'Progressing' },
        ],
        actions: [
          { id: 'a-1', description: 'Shadow the planning lead for a day', ownerId: 'learner-1', dueOn: '2025-04-15', done: true },
          { id: 'a-2', description: 'Book the tenant panel', ownerId: 'manager-1', dueOn: '2025-05-10', done: false },
          { description: 'Present it', ownerId: 'learner-1', dueOn: '2025-06-01', done: false },
        ],
      },
    });
  });

  it('saves a draft without asking for the ratings, and drops an action the manager removed', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/progress-reviews/:id': () => json(asManager),
      'PUT /api/progress-reviews/:id': () => json({ ...asManager, version: 6 }),
    });
    const { user } = renderApp({ route: '/progress-reviews/r-1' });

    await user.click(await screen.findByRole('button', { name: 'Remove action 1' }));
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/progress-reviews/:id')).toHaveLength(1));
    const body = server.calls('PUT', '/api/progress-reviews/:id')[0]!.body as { manager: { record: boolean; actions: unknown[] } };
    expect(body.manager.record).toBe(false);
    expect(body.manager.actions).toEqual([
      { id: 'a-1', description: 'Shadow the planning lead for a day', ownerId: 'learner-1', dueOn: '2025-04-15', done: false },
    ]);
  });

  it('offers to reload when someone saved the review first', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/progress-reviews/:id': () => json(asManager),
      'PUT /api/progress-reviews/:id': () => problem(409, { type: '/problems/stale-version', title: 'The record was changed by someone else.' }),
    });
    const { user } = renderApp({ route: '/progress-reviews/r-1' });

    await user.click(await screen.findByRole('button', { name: 'Save draft' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This review was changed by someone else — reload and try again');
    const reads = server.calls('GET', '/api/progress-reviews/:id').length;
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await vi.waitFor(() => expect(server.calls('GET', '/api/progress-reviews/:id').length).toBeGreaterThan(reads));
  });

  it('shows the mentor the whole review read-only, with their notes to add to', async () => {
    const held = review({
      status: 'Held',
      state: 'Held',
      heldOn: '2025-04-30',
      managerNotes: 'Keep going.',
      overallStatus: 'OnTrack',
      timeGivenHours: 6,
      outcomes: [outcome({ rating: 'Achieved' }), outcome({ index: 1, outcome: 'Explain the repairs priority rules to tenants', rating: 'Progressing' })],
      mentoringNotes: [{ id: 'n-1', authorId: 'mentor-1', authorName: 'Mina Mentor', note: 'Met for coffee.', createdAt: '2025-04-30T12:00:00Z' }],
      can: { writeLearnerPart: false, writeManagerPart: false, addMentoringNote: true, uploadEvidence: false },
    });
    const server = mockApi({
      'GET /api/auth/me': () => json(mentor),
      'GET /api/progress-reviews/:id': () => json(held),
      'POST /api/progress-reviews/:id/mentoring-notes': () =>
        json({ id: 'n-2', authorId: 'mentor-1', authorName: 'Mina Mentor', note: 'Ask about the tenant panel.', createdAt: '2025-05-01T09:00:00Z' }, 201),
    });
    const { user } = renderApp({ route: '/progress-reviews/r-1' });

    expect(await screen.findByText('Held on 30 Apr 2025')).toBeInTheDocument();
    expect(screen.getByText('Keep going.')).toBeInTheDocument();
    expect(screen.getByText('6 hours of 8 hours allowed')).toBeInTheDocument();
    expect(screen.getByText('On track')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save|Record/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Mentoring notes' })).toHaveTextContent('Met for coffee.');

    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('Write the note.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /^Mentoring note/ }), 'Ask about the tenant panel.');
    await user.click(screen.getByRole('button', { name: 'Add note' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/progress-reviews/:id/mentoring-notes')).toHaveLength(1));
    expect(server.calls('POST', '/api/progress-reviews/:id/mentoring-notes')[0]!.body).toEqual({ note: 'Ask about the tenant panel.' });
  });
});
