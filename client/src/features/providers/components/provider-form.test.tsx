import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { toIsoDate } from '@/lib/dates';
import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { ProviderModal } from './provider-modal';

const daysFromNow = (days: number) => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return toIsoDate(date);
};

const provider = {
  id: 'p-1',
  name: 'Northside College',
  kind: 'FeCollege',
  preferred: true,
  preferredReviewOn: daysFromNow(90),
  accreditations: ['Ofsted Good'],
  contactName: null,
  contactEmail: null,
  website: 'https://northside.example',
  active: true,
  offeringCount: 0,
  createdAt: '2025-03-07T10:00:00Z',
  updatedAt: '2025-03-07T10:00:00Z',
  version: 4,
};

describe('provider form', () => {
  it('needs a future review date for a preferred supplier and an http(s) website', async () => {
    const server = mockApi({ 'POST /api/providers': () => json(provider, 201) });
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<ProviderModal opened onClose={vi.fn()} onCreated={onCreated} />);
    const dialog = await screen.findByRole('dialog', { name: 'New provider' });

    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Northside College');
    await user.click(within(dialog).getByRole('textbox', { name: /^Kind/ }));
    await user.click(await screen.findByRole('option', { name: 'FE college' }));
    const reviewDate = within(dialog).getByLabelText(/^Preferred status review date/);
    expect(reviewDate).toBeDisabled();
    await user.click(within(dialog).getByRole('switch', { name: /^Preferred supplier/ }));
    expect(reviewDate).toBeEnabled();
    const website = within(dialog).getByRole('textbox', { name: /^Website/ });
    await user.type(website, 'ftp://northside.example');
    await user.click(within(dialog).getByRole('button', { name: 'Add provider' }));

    await vi.waitFor(() =>
      expect(reviewDate).toHaveAccessibleDescription(
        expect.stringContaining('Give the date the preferred-supplier status is next reviewed.'),
      ),
    );
    expect(website).toHaveAccessibleDescription(
      expect.stringContaining('Enter the website as a full address starting with https:// or http://.'),
    );

    await user.type(reviewDate, daysFromNow(0));
    await user.click(within(dialog).getByRole('button', { name: 'Add provider' }));
    await vi.waitFor(() =>
      expect(reviewDate).toHaveAccessibleDescription(
        expect.stringContaining('The preferred-supplier review date must be in the future.'),
      ),
    );
    expect(server.calls('POST', '/api/providers')).toHaveLength(0);

    await user.clear(reviewDate);
    await user.type(reviewDate, provider.preferredReviewOn);
    await user.clear(website);
    await user.type(website, 'https://northside.example');
    await user.click(within(dialog).getByRole('button', { name: 'Add an accreditation' }));
    await user.keyboard('Ofsted Good');
    await user.click(within(dialog).getByRole('button', { name: 'Add provider' }));

    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledWith('p-1'));
    expect(server.calls('POST', '/api/providers')[0]!.body).toEqual({
      name: 'Northside College',
      kind: 'FeCollege',
      preferred: true,
      preferredReviewOn: provider.preferredReviewOn,
      accreditations: ['Ofsted Good'],
      contactName: null,
      contactEmail: null,
      website: 'https://northside.example',
      active: true,
    });
  });

  it('edits with the version read and shows the server’s messages on their fields', async () => {
    const server = mockApi({
      'GET /api/providers/:id': () => json(provider),
      'PUT /api/providers/:id': () =>
        problem(400, {
          errors: {
            website: ['Enter the website as a full address starting with https:// or http://.'],
            'accreditations[0]': ['An accreditation cannot be empty.'],
          },
        }),
    });
    const { user } = renderWithProviders(<ProviderModal opened onClose={vi.fn()} editId="p-1" />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit provider' });

    expect(await within(dialog).findByRole('textbox', { name: /^Name/ })).toHaveValue('Northside College');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const website = within(dialog).getByRole('textbox', { name: /^Website/ });
    await vi.waitFor(() => expect(website).toHaveAccessibleDescription(expect.stringContaining('https://')));
    expect(within(dialog).getByRole('textbox', { name: 'Accreditation 1' })).toHaveAccessibleDescription(
      expect.stringContaining('An accreditation cannot be empty.'),
    );
    expect(server.calls('PUT', '/api/providers/:id')[0]!.body).toMatchObject({ version: 4, preferred: true });
  });
});
