import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { EnrolForm } from './enrol-form';

const need = (id: string, title: string, learnerName: string) => ({
  needId: id,
  title,
  learnerId: `l-${id}`,
  learnerName,
  orgUnitId: 'team-1',
  orgUnitName: 'Repairs',
  managerId: 'manager-1',
  managerName: 'Morgan Manager',
});

const needs = [
  need('n-1', 'Plan maintenance', 'Riley Reports'),
  need('n-2', 'Plan repairs', 'Sam Smith'),
  need('n-3', 'Plan budgets', 'Alex Able'),
];

const programme = {
  id: 'p-1',
  title: 'Planning academy',
  competencyTag: 'planning',
  offeringId: null,
  offeringTitle: null,
  providerName: null,
  costPerHead: 400,
  totalCost: 800,
  totalCostAgreed: false,
  status: 'Procuring',
  managersConsulted: [],
  notes: null,
  enrolments: [],
  version: 2,
};

const checkbox = (name: string) => screen.getByRole('checkbox', { name: new RegExp(`^${name}`) });

describe('enrol form', () => {
  it('asks for at least one need', async () => {
    const server = mockApi({});
    const { user } = renderWithProviders(<EnrolForm programmeId="p-1" needs={needs} />);

    await user.click(screen.getByRole('button', { name: 'Enrol needs' }));
    expect(await screen.findByText('Choose the needs to enrol.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Needs to enrol' })).toHaveAccessibleDescription('Choose the needs to enrol.');
    expect(server.requests).toHaveLength(0);
  });

  it('puts the server’s message about needIds[i] on the i-th need sent', async () => {
    const server = mockApi({
      'POST /api/corporate-programmes/:id/enrolments': () =>
        problem(400, { errors: { 'needIds[1]': ['"Plan budgets" already has a solution selected or is past that stage.'] } }),
    });
    const { user } = renderWithProviders(<EnrolForm programmeId="p-1" needs={needs} />);

    await user.click(checkbox('Plan budgets'));
    await user.click(checkbox('Plan maintenance'));
    await user.click(screen.getByRole('button', { name: 'Enrol 2 needs' }));

    await vi.waitFor(() =>
      expect(checkbox('Plan budgets')).toHaveAccessibleDescription(expect.stringContaining('already has a solution selected')),
    );
    expect(checkbox('Plan budgets')).toHaveAttribute('aria-invalid', 'true');
    expect(checkbox('Plan maintenance')).not.toHaveAccessibleDescription();
    // Sent in the order shown, so that index 1 is the second need on the list that was chosen.
    expect(server.calls('POST', '/api/corporate-programmes/:id/enrolments')[0]!.body).toEqual({ needIds: ['n-1', 'n-3'] });

    // Changing the choice clears messages that no longer point at the right need.
    await user.click(checkbox('Plan maintenance'));
    expect(checkbox('Plan budgets')).not.toHaveAccessibleDescription();
  });

  it('enrols the whole cluster at once', async () => {
    const server = mockApi({
      'POST /api/corporate-programmes/:id/enrolments': () => json(programme),
    });
    const { user } = renderWithProviders(<EnrolForm programmeId="p-1" needs={needs} />);

    await user.click(screen.getByRole('checkbox', { name: 'All needs of the cluster' }));
    await user.click(screen.getByRole('button', { name: 'Enrol 3 needs' }));

    await vi.waitFor(() => expect(server.calls('POST', '/api/corporate-programmes/:id/enrolments')).toHaveLength(1));
    expect(server.calls('POST', '/api/corporate-programmes/:id/enrolments')[0]!.body).toEqual({
      needIds: ['n-1', 'n-2', 'n-3'],
    });
    expect(await screen.findByText('3 needs enrolled in Planning academy')).toBeInTheDocument();
  });
});
