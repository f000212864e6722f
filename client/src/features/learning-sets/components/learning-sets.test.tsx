import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { FACILITATOR, learningSet, member, PAT, PIA } from '../testing/set-fixtures';

const facilitator = testUser({ id: FACILITATOR.id, displayName: FACILITATOR.name, roles: ['Learner', 'Facilitator'] });
const learner = testUser({ id: PAT.id, displayName: PAT.name });
const hr = testUser({ id: 'hana', displayName: 'Hana Hr', roles: ['Learner', 'HR'] });

const person = (id: string, displayName: string, roles: string[] = ['Learner'], active = true) => ({
  id,
  displayName,
  email: `${id}@example.com`,
  jobTitle: 'Officer',
  orgUnitId: 'team-1',
  managerId: null,
  roles,
  active,
  isManager: false,
  version: 1,
});

describe('learning sets list', () => {
  it('lists the caller’s sets with status, facilitator and member count, and is in the navigation for everyone', async () => {
    mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/learning-sets': () =>
        json({
          items: [
            learningSet({ canManage: false }),
            learningSet({ id: 'set-2', name: 'Young managers set', status: 'Forming', members: [member(PAT, false)], warnings: ['too small'], canManage: false }),
          ],
          next: null,
        }),
    });
    const { user } = renderApp({ route: '/' });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Learning sets' }));

    const table = await screen.findByRole('table', { name: 'Learning sets' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Tenant services setYou are a memberevery 4 weeks', 'Running', FACILITATOR.name, '4'],
      ['Young managers setYou are a memberevery 4 weeks', 'Forming', FACILITATOR.name, '1Outside the best size'],
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Tenant services set' })).toHaveAttribute('href', '/learning-sets/set-1');
    // A member does not form sets: the server would refuse.
    expect(screen.queryByRole('button', { name: 'New learning set' })).not.toBeInTheDocument();
  });

  it('says so when the caller is in no set', async () => {
    mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/learning-sets': () => json({ items: [], next: null }),
    });
    renderApp({ route: '/learning-sets' });

    expect(await screen.findByText('No learning sets yet')).toBeInTheDocument();
    expect(screen.getByText('When you join an action learning set, it appears here.')).toBeInTheDocument();
  });

  it('lets a facilitator form a set they run, with members picked from the directory', async () => {
    const created = learningSet({ id: 'set-9', name: 'Repairs set', status: 'Forming', members: [member(PAT, false)], warnings: ['A set works best with 4 to 8 members; this one has 1.'] });
    const server = mockApi({
      'GET /api/auth/me': () => json(facilitator),
      'GET /api/learning-sets': () => json({ items: [], next: null }),
      'GET /api/people': () =>
        json({ items: [person(PAT.id, PAT.name), person('gone', 'Gone Person', ['Learner'], false), person(FACILITATOR.id, FACILITATOR.name, ['Facilitator'])], next: null }),
      'POST /api/learning-sets': () => json(created, 201),
      'GET /api/learning-sets/:id': () => json(created),
      'GET /api/learning-sets/:id/meetings': () => json({ meetings: [], suggestedCoordinatorId: PAT.id }),
    });
    const { user } = renderApp({ route: '/learning-sets' });

    await user.click(await screen.findByRole('button', { name: 'New learning set' }));
    const dialog = await screen.findByRole('dialog', { name: 'New learning set' });
    // A facilitator who is not HR runs the sets they form.
    expect(within(dialog).getByText(`You (${FACILITATOR.name}) — a facilitator forms the sets they run.`)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Create set' }));
    expect(within(dialog).getByText('Give the set a name.')).toBeInTheDocument();
    expect(within(dialog).getByText('Say what the set is for.')).toBeInTheDocument();
    expect(server.calls('POST', '/api/learning-sets')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Repairs set');
    await user.type(within(dialog).getByRole('textbox', { name: /^Purpose/ }), 'Cutting the backlog together');
    await user.click(within(dialog).getByRole('textbox', { name: /^Add a member/ }));
    // Active people only, and not the facilitator.
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([`${PAT.name} (Officer)`]);
    await user.click(screen.getByRole('option', { name: `${PAT.name} (Officer)` }));
    const chosen = within(dialog).getByRole('list', { name: 'Members chosen' });
    expect(within(chosen).getByText(PAT.name)).toBeInTheDocument();
    expect(within(dialog).getByText(/A set works best with 4 to 8 members; this one has 1\. It can still be formed\./)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Create set' }));
    await vi.waitFor(() => expect(server.calls('POST', '/api/learning-sets')).toHaveLength(1));
    expect(server.calls('POST', '/api/learning-sets')[0]!.body).toEqual({
      name: 'Repairs set',
      purpose: 'Cutting the backlog together',
      meetingCadence: 'every 4 weeks',
      facilitatorId: FACILITATOR.id,
      memberIds: [PAT.id],
    });
    expect(await screen.findByRole('heading', { name: 'Repairs set', level: 1 })).toBeInTheDocument();
  });

  it('lets HR choose a facilitator among people with the Facilitator role and shows the server’s field errors', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(hr),
      'GET /api/learning-sets': () => json({ items: [], next: null }),
      'GET /api/people': () => json({ items: [person(PIA.id, PIA.name), person(FACILITATOR.id, FACILITATOR.name, ['Facilitator'])], next: null }),
      'POST /api/learning-sets': () =>
        problem(400, { title: 'Validation failed', errors: { facilitatorId: ['The facilitator must be an active person with the Facilitator role.'] } }),
    });
    const { user } = renderApp({ route: '/learning-sets' });

    await user.click(await screen.findByRole('button', { name: 'New learning set' }));
    const dialog = await screen.findByRole('dialog', { name: 'New learning set' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Managers set');
    await user.type(within(dialog).getByRole('textbox', { name: /^Purpose/ }), 'New managers learning together');
    await user.click(within(dialog).getByRole('textbox', { name: /^Facilitator/ }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([`${FACILITATOR.name} (Officer)`]);
    await user.click(screen.getByRole('option', { name: `${FACILITATOR.name} (Officer)` }));
    await user.click(within(dialog).getByRole('button', { name: 'Create set' }));

    expect(await within(dialog).findByText('The facilitator must be an active person with the Facilitator role.')).toBeInTheDocument();
    expect(server.calls('POST', '/api/learning-sets')[0]!.body).toMatchObject({ facilitatorId: FACILITATOR.id, memberIds: [] });
  });
});
