import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { FACILITATOR, learningSet, meeting, PAT, PIA, POL, presentation } from '../testing/set-fixtures';

const facilitator = testUser({ id: FACILITATOR.id, displayName: FACILITATOR.name, roles: ['Learner', 'Facilitator'] });
const pia = testUser({ id: PIA.id, displayName: PIA.name });

/** The second meeting: its agenda holds what Pat and Pia committed to at the first; Pat has given an account. */
const second = meeting({
  id: 'meeting-2',
  heldOn: '2026-04-06',
  mode: 'Video',
  coordinatorId: POL.id,
  coordinatorName: POL.name,
  attendance: [PAT.id, PIA.id],
  airTimeMinutes: [{ memberId: PAT.id, minutes: 20 }],
  agenda: [
    { memberId: PAT.id, memberName: PAT.name, committedAction: 'Call the contractor weekly' },
    { memberId: PIA.id, memberName: PIA.name, committedAction: 'Pilot early-contact letters' },
  ],
  presentations: [
    presentation({
      memberId: PAT.id,
      problem: 'Voids take too long',
      committedAction: 'Map the void process',
      accountOfLastAction: 'Called weekly; backlog down by a third',
    }),
  ],
  mainPoints: 'Backlogs need owners.',
  version: 4,
});

const section = (name: string) => screen.getByRole('region', { name });

describe('meeting runner', () => {
  it('shows the agenda from last time: each member’s committed action with their account', async () => {
    mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/meetings/:id': () => json(second),
      'GET /api/learning-sets/:id': () => json(learningSet()),
    });
    renderApp({ route: '/meetings/meeting-2' });

    expect(await screen.findByRole('heading', { name: 'Meeting on 6 Apr 2026', level: 1 })).toBeInTheDocument();
    const facts = await screen.findByRole('region', { name: 'About this meeting' });
    expect(within(facts).getByText('Video')).toBeInTheDocument();
    expect(within(facts).getByText(POL.name)).toBeInTheDocument();

    const agenda = section('Agenda from last time');
    const pat = within(agenda).getByRole('group', { name: PAT.name });
    expect(within(pat).getByText('Call the contractor weekly')).toBeInTheDocument();
    expect(within(pat).getByRole('textbox', { name: /^Account and result/ })).toHaveValue('Called weekly; backlog down by a third');
    const piaItem = within(agenda).getByRole('group', { name: PIA.name });
    expect(within(piaItem).getByText('Pilot early-contact letters')).toBeInTheDocument();
    expect(within(piaItem).getByRole('textbox', { name: /^Account and result/ })).toHaveValue('');
    // The account lives in the agenda, not twice.
    expect(within(section('Presentations')).queryByRole('textbox', { name: /^Account/ })).not.toBeInTheDocument();
  });

  it('says so when nothing was carried over from last time', async () => {
    mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/meetings/:id': () => json(meeting()),
      'GET /api/learning-sets/:id': () => json(learningSet()),
    });
    renderApp({ route: '/meetings/meeting-1' });

    expect(await screen.findByText(/Nothing carried over/)).toBeInTheDocument();
    expect(within(section('Presentations')).getByText(/Nobody has presented yet/)).toBeInTheDocument();
  });

  it('lets the facilitator record attendance, air time, presentations and main points', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/meetings/:id': () => json(second),
      'GET /api/learning-sets/:id': () => json(learningSet()),
      'PUT /api/meetings/:id': () => json({ ...second, version: 5 }),
      'GET /api/learning-sets/:id/meetings': () => json({ meetings: [], suggestedCoordinatorId: null }),
      'GET /api/learning-sets': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/meetings/meeting-2' });

    await screen.findByRole('button', { name: 'Save meeting' });
    const attendance = section('Attendance and air time');
    await user.click(within(attendance).getByRole('checkbox', { name: `${POL.name} is present` }));
    await user.click(within(attendance).getByRole('checkbox', { name: `${PIA.name} is present` }));
    await user.type(within(attendance).getByRole('textbox', { name: `Air time for ${POL.name} (minutes)` }), '15');
    // The timer follows the minutes agreed.
    const timer = within(attendance).getByRole('group', { name: `Air time timer for ${POL.name}` });
    expect(within(timer).getByRole('timer')).toHaveTextContent('15:00 left');

    const agenda = section('Agenda from last time');
    await user.type(within(within(agenda).getByRole('group', { name: PIA.name })).getByRole('textbox', { name: /^Account and result/ }), 'Sent 40 letters');

    const presentations = section('Presentations');
    await user.selectOptions(within(presentations).getByRole('combobox', { name: 'Another member presents' }), POL.name);
    await user.click(within(presentations).getByRole('button', { name: 'Add presentation' }));
    const pol = within(presentations).getByRole('group', { name: `Presentation: ${POL.name}` });
    await user.type(within(pol).getByRole('textbox', { name: 'Problem or question' }), 'Arrears are rising');
    await user.type(within(pol).getByRole('textbox', { name: /^Committed action/ }), 'Talk to three tenants');
    await user.type(screen.getByRole('textbox', { name: 'Main points' }), ' Letters work.');

    await user.click(screen.getByRole('button', { name: 'Save meeting' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/meetings/:id')).toHaveLength(1));
    expect(server.calls('PUT', '/api/meetings/:id')[0]!.body).toEqual({
      version: 4,
      attendance: [PAT.id, POL.id],
      airTimeMinutes: [
        { memberId: PAT.id, minutes: 20 },
        { memberId: POL.id, minutes: 15 },
      ],
      presentations: [
        {
          memberId: PAT.id,
          problem: 'Voids take too long',
          background: 'Six hundred jobs open',
          approach: 'Weekly triage',
          questionsAsked: 'What would success look like?',
          committedAction: 'Map the void process',
          accountOfLastAction: 'Called weekly; backlog down by a third',
        },
        {
          memberId: PIA.id,
          problem: '',
          background: '',
          approach: '',
          questionsAsked: '',
          committedAction: '',
          accountOfLastAction: 'Sent 40 letters',
        },
        {
          memberId: POL.id,
          problem: 'Arrears are rising',
          background: '',
          approach: '',
          questionsAsked: '',
          committedAction: 'Talk to three tenants',
          accountOfLastAction: '',
        },
      ],
      mainPoints: 'Backlogs need owners. Letters work.',
    });
    expect(await screen.findByText('Meeting saved')).toBeInTheDocument();
  });

  it('lets a member change only their own committed action and account, and sends the rest as read', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(pia),
      'GET /api/meetings/:id': () => json({ ...second, canManage: false }),
      'GET /api/learning-sets/:id': () => json(learningSet({ canManage: false })),
      'PUT /api/meetings/:id': () => json({ ...second, canManage: false, version: 5 }),
      'GET /api/learning-sets/:id/meetings': () => json({ meetings: [], suggestedCoordinatorId: null }),
      'GET /api/learning-sets': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/meetings/meeting-2' });

    await screen.findByRole('button', { name: 'Save my action and account' });
    expect(screen.queryByRole('button', { name: 'Save meeting' })).not.toBeInTheDocument();
    // Attendance, air time and main points are the coordinator's.
    const attendance = section('Attendance and air time');
    expect(within(attendance).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(attendance).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(attendance).queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Main points' })).not.toBeInTheDocument();
    expect(screen.getByText('Backlogs need owners.')).toBeInTheDocument();

    // Another member's account and presentation are read-only.
    const agenda = section('Agenda from last time');
    const patItem = within(agenda).getByRole('group', { name: PAT.name });
    expect(within(patItem).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(patItem).getByText('Called weekly; backlog down by a third')).toBeInTheDocument();
    const presentations = section('Presentations');
    const patPresentation = within(presentations).getByRole('group', { name: `Presentation: ${PAT.name}` });
    expect(within(patPresentation).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(presentations).queryByRole('combobox', { name: 'Another member presents' })).not.toBeInTheDocument();

    // Their own: the account in the agenda and the committed action, nothing else.
    const own = within(presentations).getByRole('group', { name: `Presentation: ${PIA.name} (you)` });
    expect(within(own).getAllByRole('textbox')).toEqual([within(own).getByRole('textbox', { name: /^Committed action/ })]);
    await user.type(within(within(agenda).getByRole('group', { name: PIA.name })).getByRole('textbox', { name: /^Account and result/ }), ' Sent 40 letters; 12 replied ');
    await user.type(within(own).getByRole('textbox', { name: /^Committed action/ }), 'Extend the pilot');
    await user.click(screen.getByRole('button', { name: 'Save my action and account' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/meetings/:id')).toHaveLength(1));
    expect(server.calls('PUT', '/api/meetings/:id')[0]!.body).toEqual({
      version: 4,
      attendance: second.attendance,
      airTimeMinutes: second.airTimeMinutes,
      presentations: [
        second.presentations[0],
        {
          memberId: PIA.id,
          problem: '',
          background: '',
          approach: '',
          questionsAsked: '',
          committedAction: 'Extend the pilot',
          accountOfLastAction: 'Sent 40 letters; 12 replied',
        },
      ],
      mainPoints: second.mainPoints,
    });
    expect(await screen.findByText('Your action and account are saved')).toBeInTheDocument();
  });

  it('tells the user someone else saved first and reloads the meeting', async () => {
    let reads = 0;
    const server = mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/meetings/:id': () => {
        reads += 1;
        return json(reads === 1 ? second : { ...second, mainPoints: 'Saved by the coordinator', version: 5 });
      },
      'GET /api/learning-sets/:id': () => json(learningSet()),
      'PUT /api/meetings/:id': () => problem(409, { title: 'Conflict', detail: 'The meeting was changed by someone else.' }),
    });
    const { user } = renderApp({ route: '/meetings/meeting-2' });

    await screen.findByRole('button', { name: 'Save meeting' });
    await user.type(screen.getByRole('textbox', { name: 'Main points' }), ' Mine.');
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else saved this meeting first — reload to see their changes, then make yours again');
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));

    expect(await screen.findByDisplayValue('Saved by the coordinator')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save meeting' }));
    await vi.waitFor(() => expect(server.calls('PUT', '/api/meetings/:id')).toHaveLength(2));
    expect((server.calls('PUT', '/api/meetings/:id')[1]!.body as { version: number }).version).toBe(5);
  });

  it('offers nothing to change once the set is closed', async () => {
    mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/meetings/:id': () => json(second),
      'GET /api/learning-sets/:id': () => json(learningSet({ status: 'Closed' })),
    });
    renderApp({ route: '/meetings/meeting-2' });

    expect(await screen.findByText('This set is closed; its meetings no longer change.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Save/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows an administrator who reads every set the meeting read-only', async () => {
    mockApi({
      'GET /api/auth/me': () => json(testUser({ id: 'admin', roles: ['Admin'] })),
      'GET /api/meetings/:id': () => json({ ...second, canManage: false }),
      'GET /api/learning-sets/:id': () => json(learningSet({ canManage: false })),
    });
    renderApp({ route: '/meetings/meeting-2' });

    expect(await screen.findByText('You can read this meeting.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Save/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    // Only what was recorded: no empty place for Pia, who has not presented.
    expect(screen.queryByRole('group', { name: `Presentation: ${PIA.name}` })).not.toBeInTheDocument();
  });
});
