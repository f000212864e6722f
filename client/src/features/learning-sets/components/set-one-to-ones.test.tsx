import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { asMemberSees, FACILITATOR, learningSet, member, oneToOne, oneToOnes, PAT, PIA } from '../testing/set-fixtures';

/** The page is a lazily loaded route: on a busy machine its first render takes longer than a query's default second. */
const LAZY_PAGE = { timeout: 5000 };

const facilitator = testUser({ id: FACILITATOR.id, displayName: FACILITATOR.name, roles: ['Learner', 'Facilitator'] });
const pat = testUser({ id: PAT.id, displayName: PAT.name });

const forming = learningSet({
  status: 'Forming',
  members: [member(PAT, true), member(PIA, false)],
  warnings: ['1 member has had no one-to-one with the facilitator yet (Pia Peer); hold it before the first meeting.'],
});

const noMeetings = () => json({ meetings: [], suggestedCoordinatorId: PAT.id });
const noInvitations = () => json({ items: [], next: null });

describe('one-to-ones on the set page', () => {
  it('shows the facilitator who has had theirs and records a member’s one-to-one', async () => {
    let entries = oneToOnes([
      [PAT, oneToOne(PAT)],
      [PIA, null],
    ]);
    const server = mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/learning-sets/:id': () => json(forming),
      'GET /api/learning-sets/:id/meetings': noMeetings,
      'GET /api/programme-reviews/mine': noInvitations,
      'GET /api/learning-sets/:id/one-to-ones': () => json(entries),
      'PUT /api/learning-sets/:id/members/:personId/one-to-one': (request) => {
        const saved = oneToOne(PIA, { ...(request.body as object), version: 1 });
        entries = oneToOnes([
          [PAT, oneToOne(PAT)],
          [PIA, saved],
        ]);
        return json(saved);
      },
    });
    const { user } = renderApp({ route: '/learning-sets/set-1' });

    const section = await screen.findByRole('region', { name: 'One-to-ones' }, LAZY_PAGE);
    expect(await within(section).findByText('1 of 2 members have had their one-to-one.')).toBeInTheDocument();
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Held 12 Jan 2026');
    expect(rows[0]).toHaveTextContent('Cut the time to book a repair in my patch');
    expect(rows[1]).toHaveTextContent('Not yet held');
    // The set's warning names who is still without one.
    expect(within(screen.getByRole('region', { name: 'About this set' })).getByText(/Pia Peer\); hold it before the first meeting/)).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: `Record the one-to-one with ${PIA.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `One-to-one with ${PIA.name}` });
    await user.click(within(dialog).getByRole('button', { name: 'Save one-to-one' }));
    expect(within(dialog).getByText("Describe the member's development project as they put it.")).toBeInTheDocument();
    expect(within(dialog).getByText('Reframe the project into something achievable.')).toBeInTheDocument();
    expect(server.calls('PUT', '/api/learning-sets/:id/members/:personId/one-to-one')).toHaveLength(0);

    const heldOn = within(dialog).getByLabelText(/^Held on/);
    await user.clear(heldOn);
    await user.type(heldOn, '2026-01-19');
    await user.type(within(dialog).getByRole('textbox', { name: /^Development project/ }), 'Sort out arrears');
    await user.type(within(dialog).getByRole('textbox', { name: /^Reframed project/ }), 'Halve first-month arrears on my patch');
    await user.click(within(dialog).getByRole('button', { name: 'Save one-to-one' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/learning-sets/:id/members/:personId/one-to-one')).toHaveLength(1));
    const call = server.calls('PUT', '/api/learning-sets/:id/members/:personId/one-to-one')[0]!;
    expect(call.params).toEqual({ id: 'set-1', personId: PIA.id });
    expect(call.body).toEqual({
      heldOn: '2026-01-19',
      developmentProject: 'Sort out arrears',
      reframedProject: 'Halve first-month arrears on my patch',
      notes: '',
      version: 0,
    });
    expect(await within(section).findByText('Every member has had their one-to-one (2 of 2).')).toBeInTheDocument();
    // Once recorded, it is edited rather than recorded again.
    expect(within(section).getByRole('button', { name: `Edit the one-to-one with ${PIA.name}` })).toBeInTheDocument();
  });

  it('edits a recorded one-to-one and puts the server’s field errors on the fields', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/learning-sets/:id': () => json(forming),
      'GET /api/learning-sets/:id/meetings': noMeetings,
      'GET /api/programme-reviews/mine': noInvitations,
      'GET /api/learning-sets/:id/one-to-ones': () => json(oneToOnes([[PAT, oneToOne(PAT, { version: 4 })], [PIA, null]])),
      'PUT /api/learning-sets/:id/members/:personId/one-to-one': () =>
        problem(400, { errors: { heldOn: ['A one-to-one is recorded once it has been held, not before.'] } }),
    });
    const { user } = renderApp({ route: '/learning-sets/set-1' });

    const section = await screen.findByRole('region', { name: 'One-to-ones' }, LAZY_PAGE);
    await user.click(await within(section).findByRole('button', { name: `Edit the one-to-one with ${PAT.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `One-to-one with ${PAT.name}` });
    expect(within(dialog).getByRole('textbox', { name: /^Reframed project/ })).toHaveValue('Cut the time to book a repair in my patch');
    await user.click(within(dialog).getByRole('button', { name: 'Save one-to-one' }));
    expect(await within(dialog).findByText('A one-to-one is recorded once it has been held, not before.')).toBeInTheDocument();
    // An edit sends the version read.
    expect(server.calls('PUT', '/api/learning-sets/:id/members/:personId/one-to-one')[0]!.body).toMatchObject({ version: 4 });
  });

  it('shows a member their own one-to-one, read-only', async () => {
    mockApi({
      'GET /api/auth/me': () => json(pat),
      'GET /api/learning-sets/:id': () => json(asMemberSees(forming, PAT.id)),
      'GET /api/learning-sets/:id/meetings': noMeetings,
      'GET /api/programme-reviews/mine': noInvitations,
      'GET /api/learning-sets/:id/one-to-ones': () => json(oneToOnes([[PAT, oneToOne(PAT, { notes: 'Start with one street', canManage: false })]], false)),
    });
    renderApp({ route: '/learning-sets/set-1' });

    const mine = await screen.findByRole('region', { name: 'My one-to-one' }, LAZY_PAGE);
    expect(await within(mine).findByText('Cut the time to book a repair in my patch')).toBeInTheDocument();
    expect(within(mine).getByText('Fix the whole repairs service')).toBeInTheDocument();
    expect(within(mine).getByText('Start with one street')).toBeInTheDocument();
    expect(within(mine).getByText('12 Jan 2026')).toBeInTheDocument();
    expect(within(mine).queryByRole('button')).not.toBeInTheDocument();
    expect(within(mine).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('tells a member whose one-to-one is not recorded yet', async () => {
    mockApi({
      'GET /api/auth/me': () => json(pat),
      'GET /api/learning-sets/:id': () => json(asMemberSees(forming, PAT.id)),
      'GET /api/learning-sets/:id/meetings': noMeetings,
      'GET /api/programme-reviews/mine': noInvitations,
      'GET /api/learning-sets/:id/one-to-ones': () => json(oneToOnes([[PAT, null]], false)),
    });
    renderApp({ route: '/learning-sets/set-1' });

    const mine = await screen.findByRole('region', { name: 'My one-to-one' }, LAZY_PAGE);
    expect(await within(mine).findByText('Your one-to-one with the facilitator has not been recorded yet.')).toBeInTheDocument();
  });
});
