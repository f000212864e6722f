import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { FACILITATOR, learningSet, meeting, member, PAT, PIA, POL, PRU, presentation } from '../testing/set-fixtures';

const facilitator = testUser({ id: FACILITATOR.id, displayName: FACILITATOR.name, roles: ['Learner', 'Facilitator'] });
const pat = testUser({ id: PAT.id, displayName: PAT.name });

const forming = learningSet({
  status: 'Forming',
  members: [member(PAT, false), member(PIA, false)],
  warnings: [
    'A set works best with 4 to 8 members; this one has 2.',
    '2 members have had no one-to-one with the facilitator yet (Pat Peer, Pia Peer); hold them before the first meeting.',
  ],
  version: 2,
});

const region = (name: string) => screen.getByRole('region', { name });

describe('learning set page', () => {
  it('shows the facilitator the set with its size warning and moves its status forward', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/learning-sets/:id': () => json(forming),
      'GET /api/learning-sets/:id/meetings': () => json({ meetings: [], suggestedCoordinatorId: PAT.id }),
      'PUT /api/learning-sets/:id': () => json({ ...forming, status: 'Running', version: 3 }),
      'GET /api/learning-sets': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/learning-sets/set-1' });

    expect(await screen.findByRole('heading', { name: 'Tenant services set', level: 1 })).toBeInTheDocument();
    const about = region('About this set');
    expect(within(about).getByText('Forming')).toBeInTheDocument();
    expect(within(about).getByText(FACILITATOR.name)).toBeInTheDocument();
    expect(within(about).getByText('A set works best with 4 to 8 members; this one has 2.')).toBeInTheDocument();
    expect(within(region('Members')).getByRole('table')).toHaveTextContent(PAT.name);
    expect(await screen.findByText(/No meetings yet/)).toBeInTheDocument();
    // The facilitator is not a member: no commitments of their own.
    expect(screen.queryByRole('region', { name: 'My commitments' })).not.toBeInTheDocument();

    // Closing is final: it is confirmed first, and can be called off.
    await user.click(within(about).getByRole('button', { name: 'Close the set' }));
    const confirm = await screen.findByRole('dialog', { name: 'Close the set?' });
    await user.click(within(confirm).getByRole('button', { name: 'Keep it open' }));
    expect(server.calls('PUT', '/api/learning-sets/:id')).toHaveLength(0);

    await user.click(within(about).getByRole('button', { name: 'Mark as running' }));
    await vi.waitFor(() => expect(server.calls('PUT', '/api/learning-sets/:id')).toHaveLength(1));
    expect(server.calls('PUT', '/api/learning-sets/:id')[0]!.body).toEqual({
      version: 2,
      name: forming.name,
      purpose: forming.purpose,
      meetingCadence: forming.meetingCadence,
      status: 'Running',
    });
    expect(await within(about).findByText('Running')).toBeInTheDocument();
    // Running moves on only to closed.
    expect(within(about).queryByRole('button', { name: 'Mark as running' })).not.toBeInTheDocument();
    expect(within(about).getByRole('button', { name: 'Close the set' })).toBeInTheDocument();
  });

  it('schedules a meeting with the suggested coordinator preselected', async () => {
    const scheduled = meeting({ id: 'meeting-3', heldOn: '2026-05-04', mode: 'Video', coordinatorId: PIA.id, coordinatorName: PIA.name });
    const server = mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/learning-sets/:id': () => json(learningSet()),
      'GET /api/learning-sets/:id/meetings': () => json({ meetings: [meeting()], suggestedCoordinatorId: PIA.id }),
      'POST /api/learning-sets/:id/meetings': () => json(scheduled, 201),
      'GET /api/learning-sets': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/learning-sets/set-1' });

    const meetings = await screen.findByRole('table', { name: 'Meetings' });
    expect(within(meetings).getByRole('link', { name: 'Meeting on 2 Mar 2026' })).toHaveAttribute('href', '/meetings/meeting-1');
    expect(within(meetings).getByText('In person')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Schedule meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a meeting' });
    const coordinator = within(dialog).getByRole('combobox', { name: /^Coordinator/ });
    expect(coordinator).toHaveValue(PIA.id);
    expect(within(coordinator).getByRole('option', { name: `${PIA.name} (suggested)` })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: 'In person' })).toBeChecked();

    const date = within(dialog).getByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '2026-05-04');
    await user.click(within(dialog).getByRole('radio', { name: 'Video' }));
    await user.click(within(dialog).getByRole('button', { name: 'Schedule meeting' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/learning-sets/:id/meetings')).toHaveLength(1));
    expect(server.calls('POST', '/api/learning-sets/:id/meetings')[0]!.body).toEqual({
      heldOn: '2026-05-04',
      mode: 'Video',
      coordinatorId: PIA.id,
    });
    expect(await screen.findByText(`Meeting on 4 May 2026 scheduled, coordinated by ${PIA.name}`)).toBeInTheDocument();
  });

  it('adds a member and explains a refusal', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/learning-sets/:id': () => json(forming),
      'GET /api/learning-sets/:id/meetings': () => json({ meetings: [], suggestedCoordinatorId: PAT.id }),
      'GET /api/people': () =>
        json({
          items: [PAT, POL].map((member) => ({
            id: member.id,
            displayName: member.name,
            email: `${member.id}@example.com`,
            jobTitle: member.jobTitle,
            orgUnitId: 'team-1',
            managerId: null,
            roles: ['Learner'],
            active: true,
            isManager: false,
            version: 1,
          })),
          next: null,
        }),
      'POST /api/learning-sets/:id/members': () =>
        problem(409, { type: '/problems/state-conflict', title: 'Conflict', detail: 'This person is already a member of the set.' }),
    });
    const { user } = renderApp({ route: '/learning-sets/set-1' });

    const members = await screen.findByRole('region', { name: 'Members' });
    await user.click(within(members).getByRole('button', { name: 'Add member' }));
    expect(within(members).getByText('Choose who joins the set.')).toBeInTheDocument();

    await user.click(within(members).getByRole('textbox', { name: /^New member/ }));
    // Those already in the set are not offered.
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([`${POL.name} (${POL.jobTitle})`]);
    await user.click(screen.getByRole('option', { name: `${POL.name} (${POL.jobTitle})` }));
    await user.click(within(members).getByRole('button', { name: 'Add member' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/learning-sets/:id/members')).toHaveLength(1));
    expect(server.calls('POST', '/api/learning-sets/:id/members')[0]!.body).toEqual({ personId: POL.id, version: 2 });
    expect(await within(members).findByRole('alert')).toHaveTextContent('This person is already a member of the set.');
  });

  it('shows a member their commitments, with their accounts and where to record the next one', async () => {
    const meetings = [
      meeting({ id: 'm-1', heldOn: '2026-01-05', presentations: [presentation({ memberId: PAT.id, committedAction: 'Call the contractor weekly' })] }),
      meeting({
        id: 'm-2',
        heldOn: '2026-02-02',
        presentations: [
          presentation({ memberId: PAT.id, committedAction: 'Map the void process', accountOfLastAction: 'Called weekly; backlog down by a third' }),
          presentation({ memberId: PRU.id, committedAction: 'Not mine' }),
        ],
      }),
      meeting({ id: 'm-3', heldOn: '2026-03-02', presentations: [] }),
    ];
    mockApi({
      'GET /api/auth/me': () => json(pat),
      'GET /api/learning-sets/:id': () => json(learningSet({ canManage: false })),
      'GET /api/learning-sets/:id/meetings': () => json({ meetings, suggestedCoordinatorId: PIA.id }),
    });
    renderApp({ route: '/learning-sets/set-1' });

    const mine = await screen.findByRole('region', { name: 'My commitments' });
    const items = within(mine).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    // Newest first: the action from February waits for its account at the March meeting.
    expect(items[0]).toHaveAccessibleName('Committed on 2 Feb 2026');
    expect(items[0]).toHaveTextContent('Action: Map the void process');
    expect(items[0]).toHaveTextContent('Account to give');
    expect(within(items[0]!).getByRole('link', { name: 'Record my account at the meeting on 2 Mar 2026' })).toHaveAttribute('href', '/meetings/m-3');
    expect(items[1]).toHaveTextContent('Action: Call the contractor weekly');
    expect(items[1]).toHaveTextContent('My account: Called weekly; backlog down by a third');
    expect(items[1]).toHaveTextContent('Account given');
    expect(mine).not.toHaveTextContent('Not mine');

    // A member reads the set; the facilitator and HR manage it.
    expect(screen.queryByRole('button', { name: 'Schedule meeting' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add member' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit details' })).not.toBeInTheDocument();
  });

  it('tells a member whose latest action waits for a meeting not yet scheduled', async () => {
    mockApi({
      'GET /api/auth/me': () => json(pat),
      'GET /api/learning-sets/:id': () => json(learningSet({ canManage: false })),
      'GET /api/learning-sets/:id/meetings': () =>
        json({ meetings: [meeting({ presentations: [presentation({ memberId: PAT.id, committedAction: 'Call the contractor weekly' })] })], suggestedCoordinatorId: PIA.id }),
    });
    renderApp({ route: '/learning-sets/set-1' });

    const mine = await screen.findByRole('region', { name: 'My commitments' });
    expect(within(mine).getByText('You give your account at the next meeting, once it is scheduled.')).toBeInTheDocument();
    expect(within(mine).queryByRole('link', { name: /^Record my account/ })).not.toBeInTheDocument();
  });
});
