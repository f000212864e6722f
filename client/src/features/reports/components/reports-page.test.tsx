import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

const hr = testUser({ id: 'hr-1', displayName: 'Harper HR', roles: ['Learner', 'HR'] });
const learner = testUser({ id: 'learner-1', displayName: 'Rae Report' });

const catalogue = {
  items: [
    { name: 'needs-by-origin-and-department', title: 'Needs by origin and department', description: 'Needs raised.', filters: ['from', 'to', 'departmentId'] },
    { name: 'spend-by-department-and-period', title: 'Spend by department and period', description: 'Agreed cost.', filters: ['from', 'to', 'departmentId', 'groupBy'] },
  ],
};

const spend = {
  name: 'spend-by-department-and-period',
  title: 'Spend by department and period',
  description: 'Agreed cost.',
  filters: { from: null, to: null, departmentId: null, groupBy: 'month' },
  columns: [
    { key: 'department', label: 'Department', kind: 'text' },
    { key: 'period', label: 'Period', kind: 'text' },
    { key: 'contracts', label: 'Contracts', kind: 'count' },
    { key: 'committed', label: 'Committed cost', kind: 'money' },
  ],
  rows: [
    { department: 'Operations', period: '2026-05', contracts: 2, committed: 12000 },
    { department: 'Finance', period: '2026-06', contracts: 1, committed: 3000.5 },
  ],
  chart: { valueKey: 'committed', labelKeys: ['department', 'period'] },
  generatedAt: '2026-11-02T09:00:00Z',
};

const units = {
  items: [
    { id: 'org', name: 'Brightwater', kind: 'Organisation', parentId: null, version: 1 },
    { id: 'dept-fin', name: 'Finance', kind: 'Department', parentId: 'org', version: 1 },
    { id: 'team-1', name: 'Repairs', kind: 'Team', parentId: 'org', version: 1 },
  ],
  next: null,
};

describe('reports', () => {
  it('shows a report as a chart and an accessible table, with a CSV link that carries the filters', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(hr),
      'GET /api/reports': () => json(catalogue),
      'GET /api/org-units': () => json(units),
      'GET /api/reports/:name': () => json(spend),
    });
    const { user } = renderApp({ route: '/reports/spend-by-department-and-period?groupBy=quarter' });

    expect(await screen.findByRole('heading', { name: 'Reports: Spend by department and period', level: 1 })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Reports' })).toHaveAttribute('aria-current', 'page');
    const table = await screen.findByRole('table', { name: 'Spend by department and period' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Department', 'Period', 'Contracts', 'Committed cost']);
    expect(within(rows[2]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Finance', '2026-06', '1', '£3,000.50']);
    const bars = screen.getByRole('list', { name: 'Spend by department and period: Committed cost' });
    expect(within(bars).getAllByRole('listitem')[0]).toHaveTextContent('Operations · 2026-05£12,000.00');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/reports/spend-by-department-and-period?groupBy=quarter&format=csv',
    );
    expect(server.calls('GET', '/api/reports/:name')[0]!.url.search).toBe('?groupBy=quarter');

    await user.selectOptions(await screen.findByLabelText('Department'), 'Finance');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByRole('link', { name: 'Download CSV' })).toHaveAttribute(
      'href',
      '/api/reports/spend-by-department-and-period?departmentId=dept-fin&groupBy=quarter&format=csv',
    );
    expect(screen.getByLabelText('Department')).toHaveDisplayValue('Finance');
    expect(within(screen.getByLabelText('Department')).queryByText('Repairs')).not.toBeInTheDocument();
  });

  it('refuses a backwards period before asking, and says when nothing matches', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(hr),
      'GET /api/reports': () => json(catalogue),
      'GET /api/org-units': () => json(units),
      'GET /api/reports/:name': () => json({ ...spend, name: 'needs-by-origin-and-department', rows: [] }),
    });
    const { user } = renderApp({ route: '/reports' });

    expect(await screen.findByText('Nothing to report')).toBeInTheDocument();
    await user.type(screen.getByLabelText('From'), '2026-11-02');
    await user.type(screen.getByLabelText('To'), '2026-10-01');
    await user.click(screen.getByRole('button', { name: 'Show' }));

    expect(await screen.findByText("'To' must be on or after 'From'.")).toBeInTheDocument();
    expect(server.calls('GET', '/api/reports/:name').every((call) => !call.url.search.includes('from='))).toBe(true);
  });

  it('shows the server field error for a filter it refuses', async () => {
    mockApi({
      'GET /api/auth/me': () => json(hr),
      'GET /api/reports': () => json(catalogue),
      'GET /api/org-units': () => json(units),
      'GET /api/reports/:name': () => problem(400, { errors: { departmentId: ['Choose a department of your organisation.'] } }),
    });
    renderApp({ route: '/reports/needs-by-origin-and-department?departmentId=gone' });

    expect(await screen.findByText('Choose a department of your organisation.')).toBeInTheDocument();
  });

  it('is not in a learner’s navigation', async () => {
    mockApi({ 'GET /api/auth/me': () => json(learner) });
    renderApp({ route: '/' });

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Reports' })).not.toBeInTheDocument();
  });
});
