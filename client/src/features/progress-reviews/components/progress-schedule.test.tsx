import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { schedule, summary } from '../testing/review-fixtures';

import { ProgressScheduleView } from './progress-schedule';

describe('progress schedule', () => {
  it('lists the reviews with their state in words, and calls out the overdue and the due', async () => {
    mockApi({
      'GET /api/contracts/:id/progress-reviews': () =>
        json(
          schedule({
            nextReviewOn: '2025-04-01',
            openActions: 2,
            reviews: [
              summary({ id: 'r-1', sequence: 1, scheduledOn: '2025-03-04', state: 'Held', status: 'Held', heldOn: '2025-03-05', overallStatus: 'AtRisk', learnerPartWritten: true }),
              summary({ id: 'r-2', sequence: 2, scheduledOn: '2025-04-01', state: 'Overdue' }),
              summary({ id: 'r-3', sequence: 3, scheduledOn: '2025-04-29', state: 'Due' }),
              summary({ id: 'r-4', sequence: 4, scheduledOn: '2025-05-27', state: 'Upcoming' }),
              summary({ id: 'r-5', sequence: null, scheduledOn: '2025-06-24', state: 'Cancelled', status: 'Cancelled', cancelledReason: 'The contract was completed before this date.' }),
            ],
          }),
        ),
    });
    renderWithProviders(<ProgressScheduleView contractId="c-1" contractStatus="Active" startDate="2025-02-03" />);

    const table = await screen.findByRole('table', { name: 'Progress reviews' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent('Review 1');
    expect(rows[0]).toHaveTextContent('Held');
    expect(rows[0]).toHaveTextContent('5 Mar 2025');
    expect(rows[0]).toHaveTextContent('At risk');
    expect(rows[0]).toHaveTextContent('Written');
    expect(rows[1]).toHaveTextContent('Overdue');
    expect(rows[2]).toHaveTextContent('Due');
    expect(rows[3]).toHaveTextContent('Upcoming');
    expect(rows[4]).toHaveTextContent('Cancelled review');
    expect(rows[4]).toHaveTextContent('The contract was completed before this date.');
    expect(within(rows[1]!).getByRole('link', { name: 'Review 2' })).toHaveAttribute('href', '/progress-reviews/r-2');

    expect(screen.getByText('A review is overdue')).toBeInTheDocument();
    expect(screen.getByText(/Review 2 \(1 Apr 2025\): the date has passed/)).toBeInTheDocument();
    expect(screen.getByText('A review is due this week')).toBeInTheDocument();

    const facts = screen.getByLabelText('Schedule summary');
    expect(facts).toHaveTextContent('Next review1 Apr 2025');
    expect(facts).toHaveTextContent('Open actions2');
    expect(facts).toHaveTextContent('Every 4 weeks');
  });

  it('says when the reviews will be scheduled while there are none', async () => {
    mockApi({ 'GET /api/contracts/:id/progress-reviews': () => json(schedule({ contractStatus: 'Agreed', nextReviewOn: null, reviews: [] })) });
    renderWithProviders(<ProgressScheduleView contractId="c-1" contractStatus="Agreed" startDate="2025-09-01" />);

    expect(await screen.findByText('No reviews scheduled yet')).toBeInTheDocument();
    expect(screen.getByText(/Reviews are scheduled when the learning starts on 1 Sept? 2025/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
