import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { impactSummary } from '../testing/impact-fixtures';

const manager = testUser({ id: 'manager-1', displayName: 'Morgan Manager', roles: ['Learner', 'Manager'], isManager: true });
const hr = testUser({ id: 'hr-1', displayName: 'Harper HR', roles: ['Learner', 'HR'] });

const page = (items: unknown[]) => json({ items, next: null });

describe('impact reviews list', () => {
  it('shows each status with the date that matters, in words as well as colour', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(manager),
      'GET /api/impact-reviews': ({ url }) => {
        switch (url.searchParams.get('status')) {
          case 'pending':
            return page([impactSummary({ id: 'p', status: 'Pending', windowOpensOn: '2030-02-10', windowClosesOn: '2030-04-10' })]);
          case 'overdue':
            return page([impactSummary({ id: 'o', status: 'Overdue', windowClosesOn: '2020-01-01' })]);
          case 'completed':
            return page([
              impactSummary({ id: 'c', status: 'Completed', late: true, roiPercent: 150, benefitCostRatio: 2.5, completedAt: '2025-05-01T10:00:00Z' }),
            ]);
          default:
            return page([impactSummary({ id: 'd', status: 'Due', windowClosesOn: '2025-06-10' })]);
        }
      },
    });
    const { user } = renderApp({ route: '/impact-reviews' });

    expect(await screen.findByRole('heading', { name: 'Impact reviews', level: 1 })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Impact reviews' })).toHaveAttribute('aria-current', 'page');

    // Managers start on what is due.
    const due = await screen.findByRole('table', { name: 'Due impact reviews' });
    expect(within(due).getByRole('link', { name: 'Plan planned maintenance' })).toHaveAttribute('href', '/impact-reviews/d');
    expect(within(due).getByText('Due by 10 Jun 2025')).toBeInTheDocument();
    expect(within(due).getByText('Due')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Pending' }));
    const pending = await screen.findByRole('table', { name: 'Pending impact reviews' });
    expect(within(pending).getByText('Opens 10 Feb 2030')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Overdue' }));
    const overdue = await screen.findByRole('table', { name: 'Overdue impact reviews' });
    expect(within(overdue).getByText('Overdue')).toBeInTheDocument();
    expect(within(overdue).getByText(/^Overdue by \d+ days \(closed 1 Jan 2020\)$/)).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Completed' }));
    const completed = await screen.findByRole('table', { name: 'Completed impact reviews' });
    expect(within(completed).getByText('ROI 150.00 %')).toBeInTheDocument();
    expect(within(completed).getByText('BCR 2.50')).toBeInTheDocument();
    expect(within(completed).getByText('Completed (late)')).toBeInTheDocument();

    expect(server.calls('GET', '/api/impact-reviews').map((call) => call.url.searchParams.get('status'))).toEqual([
      'due',
      'pending',
      'overdue',
      'completed',
    ]);
  });

  it('opens on the overdue list for HR, with an empty state per status', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(hr),
      'GET /api/impact-reviews': () => page([]),
    });
    const { user } = renderApp({ route: '/impact-reviews' });

    expect(await screen.findByText('Nothing overdue')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Overdue' })).toBeChecked();
    expect(server.calls('GET', '/api/impact-reviews')[0]!.url.searchParams.get('status')).toBe('overdue');

    await user.click(screen.getByRole('radio', { name: 'Completed' }));
    expect(await screen.findByText('No impact reviews recorded yet')).toBeInTheDocument();
  });
});
