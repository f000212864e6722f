import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { CompetenciesSection } from './competencies';

const plan = (competencies: unknown[]) => ({
  learner: { id: 'learner-1', displayName: 'Riley Reports', email: 'riley@example.com', jobTitle: 'Planner' },
  generatedAt: '2025-03-08T09:00:00Z',
  needs: [],
  needsByStatus: {},
  hiddenPrivate: 0,
  competencies,
});

describe('competencies on the plan', () => {
  it('shows each competency with the day it was acquired', async () => {
    mockApi({
      'GET /api/people/:id/plan': () =>
        json(
          plan([
            { tag: 'maintenance-planning', acquiredOn: '2025-03-10', needId: 'n-1' },
            { tag: 'stakeholder-communication', acquiredOn: '2025-05-02', needId: 'n-2' },
          ]),
        ),
    });
    renderWithProviders(<CompetenciesSection personId="learner-1" isOwn />);

    const list = await screen.findByRole('list', { name: 'Competencies acquired' });
    const items = within(list).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['maintenance-planningsince 10 Mar 2025', 'stakeholder-communicationsince 2 May 2025']);
    expect(screen.getByRole('heading', { name: 'Competencies', level: 2 })).toBeInTheDocument();
  });

  it('says when there are none yet', async () => {
    mockApi({ 'GET /api/people/:id/plan': () => json(plan([])) });
    renderWithProviders(<CompetenciesSection personId="learner-1" isOwn />);

    expect(await screen.findByText(/No competencies recorded yet/)).toBeInTheDocument();
  });
});
