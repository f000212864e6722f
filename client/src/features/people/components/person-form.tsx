import { Button, Group, MultiSelect, PasswordInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { email, maxLength, required, rules } from '@/lib/validation';

import type { Person } from '../api/get-people';

import { ManagerSelect } from './manager-select';

/** Roles an administrator grants; Learner and Manager are never stored, they follow from the data. */
export const GRANTABLE_ROLES = ['HR', 'Admin', 'Facilitator'] as const;

export const LIMITS = {
  displayName: 200,
  email: 256,
  jobTitle: 200,
  passwordMin: 12,
} as const;

export type PersonFormValues = {
  displayName: string;
  email: string;
  jobTitle: string;
  orgUnitId: string;
  managerId: string | null;
  roles: string[];
  active: boolean;
  /** Absent when no password is being set. */
  password?: string;
};

export type OrgUnitOption = { value: string; label: string };

type PersonFormProps = {
  /** The person being edited; absent when creating. */
  person?: Person;
  orgUnits: readonly OrgUnitOption[];
  submitLabel: string;
  onSubmit: (values: PersonFormValues) => Promise<unknown>;
  onCancel: () => void;
  /** Re-reads the person after a version conflict. */
  onReload?: () => void;
};

export function PersonForm({ person, orgUnits, submitLabel, onSubmit, onCancel, onReload }: PersonFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const editing = !!person;

  const form = useForm({
    mode: 'controlled',
    initialValues: {
      displayName: person?.displayName ?? '',
      email: person?.email ?? '',
      jobTitle: person?.jobTitle ?? '',
      orgUnitId: (person?.orgUnitId ?? null) as string | null,
      managerId: (person?.managerId ?? null) as string | null,
      roles: [...(person?.roles ?? [])].filter((role) => (GRANTABLE_ROLES as readonly string[]).includes(role)),
      active: person?.active ?? true,
      password: '',
    },
    validate: {
      displayName: rules(required('Enter a name'), maxLength(LIMITS.displayName, 'Name')),
      email: rules(required('Enter an e-mail address'), email(), maxLength(LIMITS.email, 'E-mail')),
      jobTitle: rules(maxLength(LIMITS.jobTitle, 'Job title')),
      orgUnitId: (value) => (value ? null : 'Choose an org unit'),
      managerId: (value) => (person && value === person.id ? 'A person cannot be their own manager' : null),
      password: (value) =>
        value !== '' && value.length < LIMITS.passwordMin
          ? `The password must be at least ${LIMITS.passwordMin} characters`
          : null,
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await onSubmit({
        displayName: values.displayName.trim(),
        email: values.email.trim(),
        jobTitle: values.jobTitle.trim(),
        orgUnitId: values.orgUnitId ?? '',
        managerId: values.managerId || null,
        roles: values.roles,
        active: values.active,
        password: values.password === '' ? undefined : values.password,
      });
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This person was changed by someone else — reload and try again',
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack maw={720}>
        <FormErrorAlert problem={problem} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" required autoComplete="off" {...form.getInputProps('displayName')} />
          <TextInput label="E-mail" type="email" required autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label="Job title" autoComplete="off" {...form.getInputProps('jobTitle')} />
          <Select
            label="Org unit"
            required
            placeholder="Choose an org unit"
            data={[...orgUnits]}
            searchable
            nothingFoundMessage="No org unit matches"
            {...form.getInputProps('orgUnitId')}
          />
          <ManagerSelect
            label="Manager"
            placeholder="Search by name or e-mail"
            excludeId={person?.id}
            {...form.getInputProps('managerId')}
          />
          <MultiSelect
            label="Roles"
            description="Everyone is a learner; managers follow from reporting lines."
            data={[...GRANTABLE_ROLES]}
            clearable
            {...form.getInputProps('roles')}
          />
        </SimpleGrid>
        <Switch label="Active" description="Inactive people cannot sign in." {...form.getInputProps('active', { type: 'checkbox' })} />
        <PasswordInput
          label={editing ? 'Reset password' : 'Initial password'}
          description={
            editing
              ? `Leave blank to keep the current password. At least ${LIMITS.passwordMin} characters.`
              : `Optional. At least ${LIMITS.passwordMin} characters; leave blank if this person signs in through single sign-on.`
          }
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
