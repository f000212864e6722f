import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { auditEntry } from '../testing/audit-fixtures';

const hr = testUser({ id: 'hr-1', displayName: 'Harper HR', roles: ['Learner', 'HR'] });
const admin = testUser({ id: 'admin-1', displayName: 'Ada Admin', roles: ['Learner', 'Admin'] });
const learner = testUser({ id: 'learner-1', displayName: 'Rae Report' });

const page = (items: unknown[], next: string | null = null) => json({ items, next });

describe('audit trail', () => {
  it('lists changes newest first and opens each to the values sent, or says why they are withheld', async () => {
    mockApi({
      'GET /api/auth/me': () => json(hr),
      'GET /api/audit': () =>
        page([
          auditEntry(),
          auditEntry({
            id: 'entry-2',
            actorId: null,
            actorName: null,
            action: 'ContractActivated',
            recordType: 'Contract',
            changes: { status: 'Active' },
          }),
          auditEntry({ id: 'entry-3', action: 'CreateDevelopmentNeed', recordType: 'DevelopmentNeed', changes: null, changesWithheld: true }),
        ]),
    });
    const { user } = renderApp({ route: '/audit' });

    expect(await screen.findByRole('heading', { name: 'Audit trail', level: 1 })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Audit trail' })).toHaveAttribute('aria-current', 'page');
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByText('Update progress review')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Progress review')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('button', { name: 'Max Manager' })).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('button', { name: 'Rae Report' })).toBeInTheDocument();
    // Work the system did on its own has no actor.
    expect(within(rows[1]!).getByText('System')).toBeInTheDocument();

    const show = within(rows[0]!).getByRole('button', { name: 'Show changes' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await user.click(show);
    expect(within(rows[0]!).getByRole('button', { name: 'Hide changes' })).toHaveAttribute('aria-expanded', 'true');
    const values = within(table).getByLabelText('Values sent');
    expect(values).toHaveTextContent('"managerNotes": "Good progress"');
    expect(within(table).getByText('4bf92f3577b34da6a3ce929d0e0e4736')).toBeInTheDocument();

    await user.click(within(rows[2]!).getByRole('button', { name: 'Show changes' }));
    expect(within(table).getByText(/The values are confidential/)).toBeInTheDocument();
    expect(within(table).getAllByLabelText('Values sent')).toHaveLength(1);
  });

  it('sends the filters to the server, the days as instants with the last day whole, and narrows by a name clicked', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(admin),
      'GET /api/audit': () => page([auditEntry()]),
      'GET /api/people': () => page([]),
    });
    const { user } = renderApp({ route: '/audit' });

    const table = await screen.findByRole('table', { name: 'Audit trail' });
    const form = screen.getByRole('form', { name: 'Filter the audit trail' });
    await user.type(within(form).getByLabelText('Record id'), 'not-an-id');
    await user.click(within(form).getByRole('button', { name: 'Apply' }));
    expect(await within(form).findByText(/A record id looks like/)).toBeInTheDocument();
    expect(server.calls('GET', '/api/audit')).toHaveLength(1);

    await user.clear(within(form).getByLabelText('Record id'));
    await user.type(within(form).getByLabelText('Record id'), '7c9e6679-7425-40de-944b-e07fc1f90ae7');
    await user.type(within(form).getByLabelText('From'), '2026-11-01');
    await user.type(within(form).getByLabelText('To'), '2026-11-02');
    await user.click(within(form).getByRole('button', { name: 'Apply' }));

    await screen.findByRole('table', { name: 'Audit trail' });
    let query = server.calls('GET', '/api/audit').at(-1)!.url.searchParams;
    expect(query.get('recordId')).toBe('7c9e6679-7425-40de-944b-e07fc1f90ae7');
    expect(query.get('from')).toBe(new Date(2026, 10, 1).toISOString());
    expect(query.get('to')).toBe(new Date(2026, 10, 3).toISOString());

    await user.click(within(table).getByRole('button', { name: 'Rae Report' }));
    await screen.findByText('About Rae Report');
    query = server.calls('GET', '/api/audit').at(-1)!.url.searchParams;
    expect(query.get('personId')).toBe('learner-1');
    expect(query.get('recordId')).toBe('7c9e6679-7425-40de-944b-e07fc1f90ae7');

    await user.click(screen.getByRole('button', { name: 'Stop filtering by whom it is about' }));
    expect(screen.queryByText('About Rae Report')).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('form', { name: 'Filter the audit trail' })).getByRole('button', { name: 'Clear' }));
    expect(within(screen.getByRole('form', { name: 'Filter the audit trail' })).getByLabelText('Record id')).toHaveValue('');
    // Back to the first, unfiltered list, which is still in the cache.
    expect(server.calls('GET', '/api/audit')[0]!.url.searchParams.get('recordId')).toBeNull();
  });

  it('loads the next page from the cursor', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(hr),
      'GET /api/audit': ({ url }) =>
        url.searchParams.get('after') === 'cursor-1' ? page([auditEntry({ id: 'entry-2', action: 'CreateOrgUnit', recordType: 'OrgUnit' })]) : page([auditEntry()], 'cursor-1'),
    });
    const { user } = renderApp({ route: '/audit' });

    await screen.findByRole('table', { name: 'Audit trail' });
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByText('Create org unit')).toBeInTheDocument();
    expect(server.calls('GET', '/api/audit').map((call) => call.url.searchParams.get('after'))).toEqual([null, 'cursor-1']);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('is for HR and Admin only', async () => {
    const server = mockApi({ 'GET /api/auth/me': () => json(learner), 'GET /api/audit': () => page([]) });
    renderApp({ route: '/audit' });

    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Audit trail');
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Audit trail' })).not.toBeInTheDocument();
    expect(server.calls('GET', '/api/audit')).toHaveLength(0);
  });
});
