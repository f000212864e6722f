import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { DiscussionDetails } from './discussion-details';

const discussion = {
  id: 'd-1',
  learnerId: 'learner-1',
  learnerName: 'Riley Reports',
  managerId: 'manager-1',
  managerName: 'Morgan Manager',
  kind: 'SixMonthReview',
  heldOn: '2025-03-07',
  summary: 'Reviewed the first six months.',
  agreedOutcomes: ['Shadow the planning meeting'],
  nextDiscussionOn: '2025-09-07',
  learnerComment: null,
  learnerCommentedAt: null,
  identifiedNeeds: [{ id: 'n-1', title: 'Plan repairs', status: 'Identified' }],
  createdAt: '2025-03-07T10:00:00Z',
  updatedAt: '2025-03-07T10:00:00Z',
  version: 2,
};

describe('a 1:1 record', () => {
  it('lets the learner add their comment, sending the version read', async () => {
    const server = mockApi({
      'GET /api/discussions/:id': () => json(discussion),
      'PUT /api/discussions/:id/learner-comment': () =>
        json({ ...discussion, learnerComment: 'Agreed.', learnerCommentedAt: '2025-03-08T10:00:00Z', version: 3 }),
    });
    const { user } = renderWithProviders(<DiscussionDetails id="d-1" viewerId="learner-1" />);

    expect(await screen.findByText('Reviewed the first six months.')).toBeInTheDocument();
    expect(screen.getByText('Six-month review')).toBeInTheDocument();
    expect(screen.getByText('Plan repairs')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open my development plan' })).toHaveAttribute('href', '/plan');
    expect(screen.queryByRole('button', { name: 'Edit 1:1' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save comment' }));
    expect(await screen.findByText('Write your comment.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Your comment' }), 'Agreed.');
    await user.click(screen.getByRole('button', { name: 'Save comment' }));

    await vi.waitFor(() => expect(server.calls('PUT', '/api/discussions/:id/learner-comment')).toHaveLength(1));
    expect(server.calls('PUT', '/api/discussions/:id/learner-comment')[0]!.body).toEqual({ comment: 'Agreed.', version: 2 });
  });

  it('lets the manager edit the record and offers a reload when someone else saved first', async () => {
    let version = 2;
    const server = mockApi({
      'GET /api/discussions/:id': () => json({ ...discussion, version }),
      'PUT /api/discussions/:id': () => problem(409, { title: 'The record was changed by someone else.' }),
    });
    const { user } = renderWithProviders(<DiscussionDetails id="d-1" viewerId="manager-1" />);

    expect(await screen.findByText('Riley Reports has not commented yet.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your comment' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Edit 1:1' }));

    const summary = await screen.findByRole('textbox', { name: /^Summary/ });
    expect(summary).toHaveValue('Reviewed the first six months.');
    // Needs are edited on the plan, not here.
    expect(screen.queryByRole('button', { name: 'Add a development need' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This 1:1 was changed by someone else — reload and try again');
    expect(server.calls('PUT', '/api/discussions/:id')[0]!.body).toMatchObject({
      kind: 'SixMonthReview',
      heldOn: '2025-03-07',
      agreedOutcomes: ['Shadow the planning meeting'],
      nextDiscussionOn: '2025-09-07',
      version: 2,
    });
    expect(server.calls('PUT', '/api/discussions/:id')[0]!.body).not.toHaveProperty('identifiedNeeds');

    version = 3;
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => expect(server.calls('PUT', '/api/discussions/:id')).toHaveLength(2));
    expect(server.calls('PUT', '/api/discussions/:id')[1]!.body).toMatchObject({ version: 3 });
  });
});
