import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders, testUser } from '@/testing/test-utils';

import { ProviderOutcomes } from './provider-outcomes';

describe('provider outcome record', () => {
  it('shows the contracts and the impact review averages', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(testUser({ id: 'hr-1', roles: ['Learner', 'HR'] })),
      'GET /api/reports/provider-outcomes': () =>
        json({
          providerId: 'p-1',
          contracts: 3,
          active: 1,
          completed: 2,
          withdrawn: 0,
          completionRatePercent: 100,
          impactReviewsCompleted: 2,
          averageRoiPercent: 150,
          averageBenefitCostRatio: 2.5,
          averageTransferRating: null,
        }),
    });
    renderWithProviders(<ProviderOutcomes providerId="p-1" />);

    const record = await screen.findByRole('region', { name: 'Outcome record' });
    expect(await within(record).findByText('150.0 %')).toBeInTheDocument();
    expect(within(record).getByText('2.50')).toBeInTheDocument();
    expect(within(record).getByText('—')).toBeInTheDocument();
    expect(server.calls('GET', '/api/reports/provider-outcomes')[0]!.url.search).toBe('?providerId=p-1');
  });
});
