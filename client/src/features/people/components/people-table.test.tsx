import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { PeopleTable } from './people-table';

const personNamed = (n: number) => ({
  id: `p${n}`,
  displayName: `Person ${n}`,
  email: `person${n}@example.com`,
  jobTitle: '',
  orgUnitId: 'team-1',
  managerId: null,
  roles: n === 1 ? ['HR'] : [],
  active: n !== 2,
  isManager: false,
  version: 1,
});

describe('PeopleTable', () => {
  it('loads the next page from the cursor and appends it', async () => {
    const server = mockApi({
      'GET /api/people': ({ url }) =>
        url.searchParams.get('after') === 'cursor-2'
          ? json({ items: [personNamed(3)], next: null })
          : json({ items: [personNamed(1), personNamed(2)], next: 'cursor-2' }),
    });
    const { user } = renderWithProviders(<PeopleTable orgUnitName={(id) => (id === 'team-1' ? 'Payroll' : undefined)} />);

    const table = await screen.findByRole('table', { name: 'People' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const first = within(table).getByRole('row', { name: /Person 1/ });
    expect(first).toHaveTextContent('Payroll');
    expect(first).toHaveTextContent('HR');
    expect(within(table).getByRole('row', { name: /Person 2/ })).toHaveTextContent('Inactive');

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await within(table).findByRole('link', { name: 'Person 3' })).toHaveAttribute('href', '/admin/people/p3');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(server.calls('GET', '/api/people').map((call) => call.url.searchParams.get('after'))).toEqual([
      null,
      'cursor-2',
    ]);
  });

  it('searches the server by name or e-mail', async () => {
    const server = mockApi({
      'GET /api/people': ({ url }) =>
        json({ items: url.searchParams.get('q') === 'nobody' ? [] : [personNamed(1)], next: null }),
    });
    const { user } = renderWithProviders(<PeopleTable />);

    await screen.findByRole('link', { name: 'Person 1' });
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'nobody');

    expect(await screen.findByText('Nobody matches your search')).toBeInTheDocument();
    expect(server.calls('GET', '/api/people').at(-1)!.url.searchParams.get('q')).toBe('nobody');
  });
});
