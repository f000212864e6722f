import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { idea, page } from '../testing/idea-fixtures';

import { IdeasBoard } from './ideas-board';

describe('ideas board', () => {
  it('lists the ideas with their status, the answer and an overdue marker', async () => {
    mockApi({
      'GET /api/contracts/:id/ideas': () =>
        json(
          page([
            idea({ id: 'i-1', title: 'Batch the repairs by estate', overdue: true }),
            idea({
              id: 'i-2',
              title: 'Text tenants the day before',
              status: 'Declined',
              response: 'The texting contract ends this year.',
              respondedBy: 'manager-1',
              respondedByName: 'Morgan Manager',
              respondedAt: '2025-04-05T10:00:00Z',
            }),
            idea({ id: 'i-3', title: 'Van stock list', status: 'Championed', respondedByName: 'Morgan Manager', respondedAt: '2025-04-05T10:00:00Z' }),
          ]),
        ),
    });
    renderWithProviders(<IdeasBoard contractId="c-1" learnerName="Riley Reports" canRaise={false} />);

    const overdue = await screen.findByRole('article', { name: 'Batch the repairs by estate' });
    expect(within(overdue).getByText('Overdue for a response')).toBeInTheDocument();
    expect(within(overdue).getByText('Open')).toBeInTheDocument();
    expect(overdue).toHaveTextContent('answer by 16 Apr 2025');
    expect(screen.getByRole('status')).toHaveTextContent('1 idea is overdue for a response.');

    const declined = screen.getByRole('article', { name: 'Text tenants the day before' });
    expect(within(declined).getByText('Declined')).toBeInTheDocument();
    expect(within(declined).queryByText('Overdue for a response')).not.toBeInTheDocument();
    expect(declined).toHaveTextContent('Declined by Morgan Manager');
    expect(declined).toHaveTextContent('Reason: The texting contract ends this year.');

    expect(within(screen.getByRole('article', { name: 'Van stock list' })).getByText('Championed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Raise an idea' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Respond/ })).not.toBeInTheDocument();
  });

  it('lets the learner raise an idea', async () => {
    const server = mockApi({
      'GET /api/contracts/:id/ideas': () => json(page([])),
      'POST /api/contracts/:id/ideas': () => json(idea(), 201),
    });
    const { user } = renderWithProviders(<IdeasBoard contractId="c-1" learnerName="Riley Reports" canRaise />);

    expect(await screen.findByText('No ideas yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Raise an idea' }));
    await user.click(screen.getByRole('button', { name: 'Raise idea' }));
    expect(await screen.findByText('Give the idea a short title.')).toBeInTheDocument();
    expect(screen.getByText('Describe the idea: what you would change, and why.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Batch the repairs by estate');
    await user.type(screen.getByRole('textbox', { name: /^Description/ }), 'One team per estate each day.');
    await user.click(screen.getByRole('button', { name: 'Raise idea' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/contracts/:id/ideas')).toHaveLength(1));
    const call = server.calls('POST', '/api/contracts/:id/ideas')[0]!;
    expect(call.params.id).toBe('c-1');
    expect(call.body).toEqual({ title: 'Batch the repairs by estate', description: 'One team per estate each day.' });
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: 'Raise idea' })).not.toBeInTheDocument());
  });

  it('does not let the manager decline an idea without a reason', async () => {
    const server = mockApi({
      'GET /api/contracts/:id/ideas': () => json(page([idea({ canRespond: true, version: 3 })])),
      'POST /api/ideas/:id/response': () => json(idea({ status: 'Declined', response: 'No budget this year.', version: 4 })),
    });
    const { user } = renderWithProviders(<IdeasBoard contractId="c-1" learnerName="Riley Reports" canRaise={false} />);

    await user.click(await screen.findByRole('button', { name: 'Respond to Batch the repairs by estate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Respond to the idea' });
    await user.click(within(dialog).getByRole('radio', { name: /^Decline it/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send answer' }));

    expect(await within(dialog).findByText('Say why the idea cannot be implemented.')).toBeInTheDocument();
    expect(server.calls('POST', '/api/ideas/:id/response')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /^Reason/ }), 'No budget this year.');
    await user.click(within(dialog).getByRole('button', { name: 'Send answer' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/ideas/:id/response')).toHaveLength(1));
    expect(server.calls('POST', '/api/ideas/:id/response')[0]!.body).toEqual({ decision: 'Declined', reason: 'No budget this year.', version: 3 });
  });

  it('shows the server’s refusal of a reason at the reason', async () => {
    mockApi({
      'GET /api/contracts/:id/ideas': () => json(page([idea({ canRespond: true })])),
      'POST /api/ideas/:id/response': () => problem(400, { title: 'Validation failed', errors: { Reason: ['Keep the reason to 2000 characters.'] } }),
    });
    const { user } = renderWithProviders(<IdeasBoard contractId="c-1" learnerName="Riley Reports" canRaise={false} />);

    await user.click(await screen.findByRole('button', { name: 'Respond to Batch the repairs by estate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Respond to the idea' });
    await user.click(within(dialog).getByRole('radio', { name: /^Champion it/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send answer' }));

    expect(await within(dialog).findByText('Keep the reason to 2000 characters.')).toBeInTheDocument();
  });

  it('offers a championed idea only implemented or declined', async () => {
    mockApi({ 'GET /api/contracts/:id/ideas': () => json(page([idea({ status: 'Championed', canRespond: true })])) });
    const { user } = renderWithProviders(<IdeasBoard contractId="c-1" learnerName="Riley Reports" canRaise={false} />);

    await user.click(await screen.findByRole('button', { name: 'Respond to Batch the repairs by estate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Respond to the idea' });
    expect(within(dialog).queryByRole('radio', { name: /^Champion it/ })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /^Implemented/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /^Decline it/ })).toBeInTheDocument();
  });
});
