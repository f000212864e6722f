import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { BusinessNeedModal } from './business-need-modal';

const units = [{ value: 'team-1', label: 'Repairs (Team)' }];

const need = {
  id: 'bn-1',
  orgUnitId: 'team-1',
  orgUnitName: 'Repairs',
  title: 'Cut missed appointments',
  businessObjective: 'Repairs right first time',
  measureName: 'Missed appointments',
  measureUnit: '%',
  baselineValue: 12,
  targetValue: 5,
  priority: 'High',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  status: 'Open',
  linkedDevelopmentNeeds: 2,
  canEdit: true,
  version: 3,
};

type User = ReturnType<typeof renderWithProviders>['user'];

async function fillIn(user: User, dialog: HTMLElement, values: { baseline: string; target: string; start: string; end: string }) {
  await user.type(within(dialog).getByRole('textbox', { name: /^Title/ }), 'Cut missed appointments');
  await user.type(within(dialog).getByRole('textbox', { name: /^Business objective/ }), 'Repairs right first time');
  await user.type(within(dialog).getByRole('textbox', { name: /^Performance measure/ }), 'Missed appointments');
  await user.type(within(dialog).getByRole('textbox', { name: /^Measure unit/ }), '%');
  await user.type(within(dialog).getByRole('textbox', { name: /^Baseline/ }), values.baseline);
  await user.type(within(dialog).getByRole('textbox', { name: /^Target/ }), values.target);
  await user.type(within(dialog).getByLabelText(/^Period start/), values.start);
  await user.type(within(dialog).getByLabelText(/^Period end/), values.end);
}

describe('business need form', () => {
  it('checks the measure and the period as the server does, then records the need', async () => {
    const server = mockApi({ 'POST /api/business-needs': () => json(need, 201) });
    const onClose = vi.fn();
    const { user } = renderWithProviders(<BusinessNeedModal opened onClose={onClose} units={units} />);
    const dialog = await screen.findByRole('dialog', { name: 'New business need' });

    await fillIn(user, dialog, { baseline: '12', target: '12', start: '2025-12-31', end: '2025-01-01' });
    await user.click(within(dialog).getByRole('button', { name: 'Create business need' }));

    expect(await within(dialog).findByText('The target must differ from the baseline.')).toBeInTheDocument();
    expect(within(dialog).getByText('The period must end after it starts.')).toBeInTheDocument();
    expect(server.calls('POST', '/api/business-needs')).toHaveLength(0);

    const target = within(dialog).getByRole('textbox', { name: /^Target/ });
    await user.clear(target);
    await user.type(target, '5');
    const start = within(dialog).getByLabelText(/^Period start/);
    await user.clear(start);
    await user.type(start, '2025-01-01');
    const end = within(dialog).getByLabelText(/^Period end/);
    await user.clear(end);
    await user.type(end, '2025-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Create business need' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(server.calls('POST', '/api/business-needs')[0]!.body).toEqual({
      // The only unit the user may write for is chosen already.
      orgUnitId: 'team-1',
      title: 'Cut missed appointments',
      businessObjective: 'Repairs right first time',
      measureName: 'Missed appointments',
      measureUnit: '%',
      baselineValue: 12,
      targetValue: 5,
      priority: 'Medium',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
  });

  it('edits the status with the version read, and shows the server’s field errors', async () => {
    const server = mockApi({
      'GET /api/business-needs/:id': () => json(need),
      'PUT /api/business-needs/:id': () => problem(400, { errors: { measureUnit: ['Give the measure’s unit, e.g. % or days.'] } }),
    });
    const { user } = renderWithProviders(<BusinessNeedModal opened onClose={vi.fn()} units={[]} editId="bn-1" />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit business need' });

    expect(await within(dialog).findByRole('textbox', { name: /^Title/ })).toHaveValue('Cut missed appointments');
    expect(within(dialog).queryByRole('textbox', { name: /^Unit/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('textbox', { name: /^Status/ }));
    await user.click(await screen.findByRole('option', { name: 'Achieved' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const unit = within(dialog).getByRole('textbox', { name: /^Measure unit/ });
    await vi.waitFor(() => expect(unit).toHaveAccessibleDescription(expect.stringContaining('Give the measure’s unit')));
    expect(server.calls('PUT', '/api/business-needs/:id')[0]!.body).toMatchObject({ status: 'Achieved', version: 3 });
  });
});
