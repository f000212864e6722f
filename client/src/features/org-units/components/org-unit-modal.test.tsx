import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { OrgUnitModal } from './org-unit-modal';

const units = [
  { id: 'org', name: 'Acme', kind: 'Organisation', parentId: null, version: 1 },
  { id: 'fin', name: 'Finance', kind: 'Department', parentId: 'org', version: 1 },
  { id: 'pay', name: 'Payroll', kind: 'Team', parentId: 'fin', version: 7 },
] as const;

const optionNames = () => screen.queryAllByRole('option').map((option) => option.textContent);

describe('org unit modal', () => {
  it('offers only valid parents for the chosen kind and creates the unit', async () => {
    const server = mockApi({
      'POST /api/org-units': ({ body }) => json({ id: 'new', version: 1, ...(body as object) }, 201),
    });
    const onClose = vi.fn();
    const { user } = renderWithProviders(<OrgUnitModal opened units={[...units]} onClose={onClose} />);

    const dialog = await screen.findByRole('dialog', { name: 'New unit' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Payroll North');
    await user.click(within(dialog).getByRole('textbox', { name: /^Kind/ }));
    await user.click(await screen.findByRole('option', { name: 'Team' }));

    await user.click(within(dialog).getByRole('textbox', { name: /^Parent unit/ }));
    expect(optionNames()).toEqual(['Finance', 'Payroll']);
    await user.click(screen.getByRole('option', { name: 'Finance' }));

    await user.click(within(dialog).getByRole('button', { name: 'Create unit' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(server.calls('POST', '/api/org-units')[0]!.body).toEqual({
      name: 'Payroll North',
      kind: 'Team',
      parentId: 'fin',
    });
  });

  it('requires a parent for a department', async () => {
    const server = mockApi({});
    const { user } = renderWithProviders(<OrgUnitModal opened units={[...units]} onClose={vi.fn()} />);

    const dialog = await screen.findByRole('dialog', { name: 'New unit' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Sales');
    await user.click(within(dialog).getByRole('textbox', { name: /^Kind/ }));
    await user.click(await screen.findByRole('option', { name: 'Department' }));
    await user.click(within(dialog).getByRole('button', { name: 'Create unit' }));

    expect(await within(dialog).findByText('A department needs a parent unit')).toBeInTheDocument();
    expect(server.requests).toHaveLength(0);
  });

  it('explains a version conflict when saving an edited unit', async () => {
    const server = mockApi({
      'GET /api/org-units/:id': () => json(units[2]),
      'PUT /api/org-units/:id': () => problem(409, { title: 'Conflict' }),
    });
    const { user } = renderWithProviders(<OrgUnitModal opened editId="pay" units={[...units]} onClose={vi.fn()} />);

    const dialog = await screen.findByRole('dialog', { name: 'Edit unit' });
    const name = await within(dialog).findByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Payroll & Pensions');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This unit was changed by someone else — reload and try again',
    );
    expect(server.calls('PUT', '/api/org-units/:id')[0]!.body).toEqual({
      name: 'Payroll & Pensions',
      kind: 'Team',
      parentId: 'fin',
      version: 7,
    });
  });
});
