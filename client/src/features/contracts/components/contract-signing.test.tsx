import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { contract, page, version } from '../testing/contract-fixtures';

import { ContractsToSign } from './contracts-to-sign';

const proposed = contract({
  id: 'c-1',
  version: 7,
  pending: version({ number: 2, status: 'Proposed' }),
});

describe('contracts to sign', () => {
  it('shows the learner the full terms and signs the version they read', async () => {
    const server = mockApi({
      'GET /api/contracts': () => json(page([proposed, contract({ id: 'c-2', needTitle: 'Someone else’s', learnerId: 'other' })])),
      'POST /api/contracts/:id/sign': () =>
        json({ ...proposed, version: 8, pending: version({ number: 2, learnerSignedAt: '2025-03-11T10:00:00Z' }) }),
    });
    const { user } = renderWithProviders(<ContractsToSign personId="learner-1" />);

    const card = await screen.findByRole('article', { name: 'Plan repairs schedules' });
    expect(screen.queryByRole('article', { name: 'Someone else’s' })).not.toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Learning outcomes (version 2)' })).toHaveTextContent(
      'Build a four-week repairs schedule',
    );
    expect(card).toHaveTextContent('2 hours a week and 1 study day');
    expect(card).toHaveTextContent('Missed repair appointments (per month)');
    expect(within(card).getByRole('list', { name: 'Support commitments (version 2)' })).toHaveTextContent(
      'Time for study and workplace research',
    );

    await user.click(within(card).getByRole('button', { name: 'Sign version 2' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/contracts/:id/sign')).toHaveLength(1));
    const call = server.calls('POST', '/api/contracts/:id/sign')[0]!;
    expect(call.params.id).toBe('c-1');
    expect(call.body).toEqual({ versionNumber: 2, version: 7 });
  });

  it('offers to reload when the contract changed since it was read', async () => {
    const server = mockApi({
      'GET /api/contracts': () => json(page([proposed])),
      'POST /api/contracts/:id/sign': () =>
        problem(409, { title: 'The record was changed by someone else.', detail: 'Contract terms was changed by someone else.' }),
    });
    const { user } = renderWithProviders(<ContractsToSign personId="learner-1" />);

    await user.click(await screen.findByRole('button', { name: 'Sign version 2' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This contract was changed by someone else — reload and try again');
    const reads = server.calls('GET', '/api/contracts').length;
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await vi.waitFor(() => expect(server.calls('GET', '/api/contracts').length).toBeGreaterThan(reads));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends the proposal back with the learner’s comment', async () => {
    const server = mockApi({
      'GET /api/contracts': () => json(page([proposed])),
      'POST /api/contracts/:id/request-changes': () =>
        json({ ...proposed, status: 'Draft', pending: version({ number: 2, status: 'Draft', changeComment: 'More study days' }) }),
    });
    const { user } = renderWithProviders(<ContractsToSign personId="learner-1" />);

    await user.click(await screen.findByRole('button', { name: 'Ask for changes' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask for changes' });
    await user.click(within(dialog).getByRole('button', { name: 'Send back for changes' }));
    expect(await within(dialog).findByText('Say what you would like changed.')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /^What would you like changed/ }), 'More study days');
    await user.click(within(dialog).getByRole('button', { name: 'Send back for changes' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/contracts/:id/request-changes')).toHaveLength(1));
    expect(server.calls('POST', '/api/contracts/:id/request-changes')[0]!.body).toEqual({ comment: 'More study days', version: 7 });
  });

  it('asks the manager to countersign once the learner has signed', async () => {
    const signed = contract({
      version: 4,
      pending: version({ number: 1, learnerSignedByName: 'Riley Reports', learnerSignedAt: '2025-03-11T10:00:00Z' }),
    });
    const server = mockApi({
      'GET /api/contracts': () => json(page([signed])),
      'POST /api/contracts/:id/sign': () => json({ ...signed, status: 'Active', pending: null, inForce: version({ status: 'Agreed' }) }),
    });
    const { user } = renderWithProviders(<ContractsToSign personId="manager-1" />);

    const card = await screen.findByRole('article', { name: 'Plan repairs schedules' });
    expect(within(card).getByRole('group', { name: 'Signatures on version 1' })).toHaveTextContent('Learner: signed by Riley Reports');
    expect(within(card).queryByRole('button', { name: 'Ask for changes' })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Countersign version 1' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/contracts/:id/sign')).toHaveLength(1));
    expect(server.calls('POST', '/api/contracts/:id/sign')[0]!.body).toEqual({ versionNumber: 1, version: 4 });
  });

  it('says when there is nothing to sign', async () => {
    mockApi({ 'GET /api/contracts': () => json(page([contract({ status: 'Active', pending: null, inForce: version({ status: 'Agreed' }) })])) });
    renderWithProviders(<ContractsToSign personId="learner-1" />);

    expect(await screen.findByText('Nothing to sign')).toBeInTheDocument();
  });
});
