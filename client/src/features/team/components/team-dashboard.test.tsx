import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { TeamDashboard } from './team-dashboard';

const figures = (overrides: Record<string, unknown> = {}) => ({
  budgetCommitted: 0,
  contractsInForce: 0,
  benefitRealised: 0,
  impactReviewsRecorded: 0,
  reviewsDue: 0,
  reviewsHeldOnTime: 0,
  reviewsHeldOnTimePercent: null,
  ...overrides,
});

describe('TeamDashboard', () => {
  it('shows each report’s budget, benefit and reviews held on time, with the team’s totals', async () => {
    const rae = figures({ budgetCommitted: 12000, contractsInForce: 1, benefitRealised: 30000, impactReviewsRecorded: 1, reviewsDue: 3, reviewsHeldOnTime: 1, reviewsHeldOnTimePercent: 33 });
    mockApi({
      'GET /api/people/:id/team/dashboard': () =>
        json({
          managerId: 'm1',
          asOf: '2026-11-02',
          members: [
            { personId: 'p2', displayName: 'Col League', jobTitle: 'Planner', figures: figures() },
            { personId: 'p1', displayName: 'Rae Report', jobTitle: 'Officer', figures: rae },
          ],
          totals: rae,
        }),
    });
    renderWithProviders(<TeamDashboard managerId="m1" />);

    const table = await screen.findByRole('table', { name: 'Team development figures' });
    const raeRow = within(table).getByRole('row', { name: /Rae Report/ });
    expect(raeRow).toHaveTextContent('£12,000.00');
    expect(raeRow).toHaveTextContent('1 contract');
    expect(raeRow).toHaveTextContent('£30,000.00');
    expect(raeRow).toHaveTextContent('33 % (1 of 3)');
    expect(within(table).getByRole('row', { name: /Col League/ })).toHaveTextContent('No reviews yet');
    expect(within(table).getByRole('row', { name: /Team total/ })).toHaveTextContent('£12,000.00');
  });

  it('shows the error when the figures cannot load', async () => {
    mockApi({ 'GET /api/people/:id/team/dashboard': () => problem(404) });
    renderWithProviders(<TeamDashboard managerId="m1" />);

    expect(await screen.findByRole('alert')).toHaveTextContent('This record does not exist');
  });
});
