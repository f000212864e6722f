import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { TeamTable } from './team-table';

const member = (overrides: Record<string, unknown>) => ({
  id: 'p1',
  displayName: 'Riley Reports',
  email: 'riley@example.com',
  jobTitle: 'Planner',
  orgUnitId: 'team-1',
  openNeeds: 0,
  openNeedsByStatus: {},
  lastDiscussionOn: null,
  nextDiscussionOn: null,
  ...overrides,
});

describe('TeamTable', () => {
  it('shows each report’s open needs by stage, their 1:1 dates and what to do next', async () => {
    mockApi({
      'GET /api/people/:id/team': () =>
        json({
          items: [
            member({
              openNeeds: 3,
              openNeedsByStatus: { Identified: 2, Proposed: 1, Completed: 0 },
              lastDiscussionOn: '2025-03-07',
              nextDiscussionOn: '2999-06-01',
            }),
            member({ id: 'p2', displayName: 'Sam New', email: 'sam@example.com' }),
          ],
          next: null,
        }),
    });
    renderWithProviders(<TeamTable managerId="m1" />);

    const riley = await screen.findByRole('row', { name: /Riley Reports/ });
    expect(riley).toHaveTextContent('3 open');
    const stages = within(riley).getByLabelText('Open needs of Riley Reports by stage');
    expect(stages).toHaveTextContent('Proposed 1');
    expect(stages).toHaveTextContent('Identified 2');
    expect(stages).not.toHaveTextContent('Completed');
    expect(riley).toHaveTextContent('7 Mar 2025');
    expect(riley).toHaveTextContent('1 Jun 2999');
    expect(within(riley).getByRole('link', { name: 'Record 1:1 with Riley Reports' })).toHaveAttribute(
      'href',
      '/team/p1/discussions/new',
    );
    expect(within(riley).getByRole('link', { name: 'View plan of Riley Reports' })).toHaveAttribute('href', '/people/p1/plan');

    const sam = screen.getByRole('row', { name: /Sam New/ });
    expect(sam).toHaveTextContent('None open');
    expect(sam).toHaveTextContent('None yet');
  });
});
