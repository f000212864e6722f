import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { OfferingModal } from './offering-modal';

const types = {
  items: [
    { code: 'ExternalTraining', name: 'External training (accredited or not)', position: 6, active: true, version: 1 },
    { code: 'ELearning', name: 'E-learning with support', position: 7, active: true, version: 1 },
  ],
  next: null,
};

describe('offering form', () => {
  it('offers the solution types HR keeps and needs a qualification for an accredited offering', async () => {
    const server = mockApi({
      'GET /api/solution-types': () => json(types),
      'POST /api/providers/:id/offerings': () => json({ id: 'off-1', title: 'Certificate in Planning' }, 201),
    });
    const onClose = vi.fn();
    const { user } = renderWithProviders(<OfferingModal opened onClose={onClose} providerId="p-1" />);
    const dialog = await screen.findByRole('dialog', { name: 'New offering' });

    await user.type(await within(dialog).findByRole('textbox', { name: /^Title/ }), 'Certificate in Planning');
    await user.click(within(dialog).getByRole('textbox', { name: /^Type of solution/ }));
    expect((await screen.findAllByRole('option')).map((option) => option.textContent)).toEqual([
      'External training (accredited or not)',
      'E-learning with support',
    ]);
    await user.click(screen.getByRole('option', { name: 'External training (accredited or not)' }));
    await user.click(within(dialog).getByRole('textbox', { name: /^Delivery mode/ }));
    await user.click(await screen.findByRole('option', { name: 'Blended' }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Duration/ }), '10 weeks part-time');
    const cost = within(dialog).getByRole('textbox', { name: /^Cost per learner/ });
    await user.type(cost, '950.555');
    await user.click(within(dialog).getByRole('switch', { name: 'Accredited' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add offering' }));

    const qualification = within(dialog).getByRole('textbox', { name: /^Qualification/ });
    await vi.waitFor(() =>
      expect(qualification).toHaveAccessibleDescription(
        expect.stringContaining('Name the qualification an accredited offering leads to.'),
      ),
    );
    expect(cost).toHaveAccessibleDescription(expect.stringContaining('Give the cost to at most two decimal places.'));
    expect(server.calls('POST', '/api/providers/:id/offerings')).toHaveLength(0);

    await user.type(qualification, 'Level 3 Certificate');
    await user.clear(cost);
    await user.type(cost, '950');
    await user.click(within(dialog).getByRole('button', { name: 'Add offering' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    const call = server.calls('POST', '/api/providers/:id/offerings')[0]!;
    expect(call.params.id).toBe('p-1');
    expect(call.body).toEqual({
      title: 'Certificate in Planning',
      solutionType: 'ExternalTraining',
      accredited: true,
      qualification: 'Level 3 Certificate',
      duration: '10 weeks part-time',
      cost: 950,
      deliveryMode: 'Blended',
      active: true,
    });
  });
});
