import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderWithProviders } from '@/testing/test-utils';

import { CreatePerson, EditPerson } from './person-editor';

const orgUnits = [{ value: 'team-1', label: 'Payroll (Team)' }];

const person = {
  id: 'p1',
  displayName: 'Riley Reports',
  email: 'riley@example.com',
  jobTitle: 'Analyst',
  orgUnitId: 'team-1',
  managerId: null,
  roles: ['Facilitator'],
  active: true,
  isManager: false,
  version: 3,
};

async function fillRequiredFields(user: ReturnType<typeof renderWithProviders>['user']) {
  await user.type(screen.getByRole('textbox', { name: /^Name/ }), 'Alex Example');
  await user.type(screen.getByRole('textbox', { name: /^E-mail/ }), 'alex@example.com');
  await user.click(screen.getByRole('textbox', { name: /^Org unit/ }));
  await user.click(await screen.findByRole('option', { name: 'Payroll (Team)' }));
}

describe('person form', () => {
  it('shows the server\'s field errors under the matching fields and the rest in an alert', async () => {
    const server = mockApi({
      'GET /api/people': () => json({ items: [], next: null }),
      'POST /api/people': () =>
        problem(400, {
          title: 'One or more validation errors occurred.',
          errors: {
            email: ['Someone already uses this e-mail address.'],
            Password: ['This password is too common.'],
            tenant: ['The organisation is read-only.'],
          },
        }),
    });
    const onDone = vi.fn();
    const { user } = renderWithProviders(<CreatePerson orgUnits={orgUnits} onDone={onDone} />);

    await fillRequiredFields(user);
    await user.type(screen.getByLabelText(/^Initial password/), 'twelve chars long');
    await user.click(screen.getByRole('button', { name: 'Create person' }));

    const emailInput = screen.getByRole('textbox', { name: /^E-mail/ });
    expect(await screen.findByText('Someone already uses this e-mail address.')).toBeInTheDocument();
    expect(emailInput).toHaveAttribute('aria-invalid', 'true');
    expect(emailInput).toHaveAccessibleDescription(expect.stringContaining('Someone already uses this e-mail address.'));
    // A PascalCase key still lands on its camelCase field.
    expect(screen.getByLabelText(/^Initial password/)).toHaveAccessibleDescription(
      expect.stringContaining('This password is too common.'),
    );
    // A key no field owns is not lost.
    expect(within(screen.getByRole('alert')).getByText('The organisation is read-only.')).toBeInTheDocument();

    expect(server.calls('POST', '/api/people')[0]!.body).toEqual({
      displayName: 'Alex Example',
      email: 'alex@example.com',
      jobTitle: '',
      orgUnitId: 'team-1',
      managerId: null,
      roles: [],
      active: true,
      password: 'twelve chars long',
    });
    expect(onDone).not.toHaveBeenCalled();
  });

  it('checks the password length and the required fields before submitting', async () => {
    const server = mockApi({ 'GET /api/people': () => json({ items: [], next: null }) });
    const { user } = renderWithProviders(<CreatePerson orgUnits={orgUnits} onDone={vi.fn()} />);

    await user.type(screen.getByLabelText(/^Initial password/), 'too short');
    await user.click(screen.getByRole('button', { name: 'Create person' }));

    expect(await screen.findByText('The password must be at least 12 characters')).toBeInTheDocument();
    expect(screen.getByText('Enter a name')).toBeInTheDocument();
    expect(screen.getByText('Enter an e-mail address')).toBeInTheDocument();
    expect(screen.getByText('Choose an org unit')).toBeInTheDocument();
    expect(server.calls('POST', '/api/people')).toHaveLength(0);
  });

  it('sends the version it read and explains a conflict when someone else saved first', async () => {
    let version = 3;
    const server = mockApi({
      'GET /api/people': () => json({ items: [], next: null }),
      'GET /api/people/:id': () => json({ ...person, version }),
      'PUT /api/people/:id': () => problem(409, { title: 'Conflict' }),
    });
    const { user } = renderWithProviders(<EditPerson id="p1" orgUnits={orgUnits} onDone={vi.fn()} />);

    const name = await screen.findByRole('textbox', { name: /^Name/ });
    expect(name).toHaveValue('Riley Reports');
    await user.clear(name);
    await user.type(name, 'Riley Renamed');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This person was changed by someone else — reload and try again',
    );
    expect(server.calls('PUT', '/api/people/:id')[0]!.body).toMatchObject({
      displayName: 'Riley Renamed',
      version: 3,
      roles: ['Facilitator'],
    });
    expect(server.calls('PUT', '/api/people/:id')[0]!.body).not.toHaveProperty('password');

    version = 4;
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(await screen.findByRole('textbox', { name: /^Name/ })).toHaveValue('Riley Reports');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
