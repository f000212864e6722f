import { Button, Group, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { TextListInput } from '@/components/ui/text-list-input';
import { parseIsoDate, todayIso } from '@/lib/dates';
import { email, maxLength, required, rules, webAddress } from '@/lib/validation';

import type { Provider } from '../api/get-providers';

import { PROVIDER_KINDS } from './provider-vocabulary';

/** The server's limits for a provider (ProviderFieldsValidator). */
export const PROVIDER_LIMITS = {
  name: 200,
  accreditations: 20,
  accreditation: 200,
  contactName: 200,
  contactEmail: 256,
  website: 400,
} as const;

export type ProviderRequest = {
  name: string;
  kind: string;
  preferred: boolean;
  preferredReviewOn: string | null;
  accreditations: string[];
  contactName: string | null;
  contactEmail: string | null;
  website: string | null;
  active: boolean;
};

type ProviderFormProps = {
  /** The provider being edited; absent when adding one. */
  provider?: Provider;
  submitLabel: string;
  onSubmit: (values: ProviderRequest) => Promise<unknown>;
  onCancel: () => void;
  /** Re-reads the provider after a version conflict. */
  onReload?: () => void;
};

const nameRule = rules(required("Give the provider's name."), maxLength(PROVIDER_LIMITS.name, 'Name'));
const accreditationRule = rules(
  required('An accreditation cannot be empty.'),
  maxLength(PROVIDER_LIMITS.accreditation, 'An accreditation'),
);
const contactNameRule = rules(maxLength(PROVIDER_LIMITS.contactName, 'Contact name'));
const contactEmailRule = rules(
  email('Enter a valid e-mail address for the contact.'),
  maxLength(PROVIDER_LIMITS.contactEmail, 'Contact e-mail'),
);
const websiteRule = rules(webAddress(), maxLength(PROVIDER_LIMITS.website, 'Website'));

type ProviderFormValues = {
  name: string;
  kind: string | null;
  preferred: boolean;
  preferredReviewOn: string;
  accreditations: string[];
  contactName: string;
  contactEmail: string;
  website: string;
  active: boolean;
};

/** The server's rules for a provider, as messages keyed by form path. */
export function validateProvider(values: ProviderFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (path: string, message: string | null) => {
    if (message) errors[path] = message;
  };
  add('name', nameRule(values.name));
  add('kind', PROVIDER_KINDS.some((option) => option.value === values.kind) ? null : 'Choose the kind of provider.');
  // Preferred-supplier status is granted for a period: HR says when they will look at it again.
  if (values.preferred) {
    if (!parseIsoDate(values.preferredReviewOn)) add('preferredReviewOn', 'Give the date the preferred-supplier status is next reviewed.');
    else if (values.preferredReviewOn <= todayIso()) add('preferredReviewOn', 'The preferred-supplier review date must be in the future.');
  }
  if (values.accreditations.length > PROVIDER_LIMITS.accreditations)
    add('accreditations', `Record at most ${PROVIDER_LIMITS.accreditations} accreditations.`);
  values.accreditations.forEach((accreditation, index) => add(`accreditations.${index}`, accreditationRule(accreditation)));
  add('contactName', contactNameRule(values.contactName));
  add('contactEmail', contactEmailRule(values.contactEmail));
  add('website', websiteRule(values.website));
  return errors;
}

/** A provider in the register: who they are, whether they are a preferred supplier (until when) and how to reach them. */
export function ProviderForm({ provider, submitLabel, onSubmit, onCancel, onReload }: ProviderFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm<ProviderFormValues>({
    mode: 'controlled',
    initialValues: {
      name: provider?.name ?? '',
      kind: provider?.kind ?? null,
      preferred: provider?.preferred ?? false,
      preferredReviewOn: provider?.preferredReviewOn ?? '',
      accreditations: [...(provider?.accreditations ?? [])],
      contactName: provider?.contactName ?? '',
      contactEmail: provider?.contactEmail ?? '',
      website: provider?.website ?? '',
      active: provider?.active ?? true,
    },
    validate: (values) => validateProvider(values),
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await onSubmit({
        name: values.name.trim(),
        kind: values.kind ?? '',
        preferred: values.preferred,
        preferredReviewOn: values.preferred ? values.preferredReviewOn || null : null,
        accreditations: values.accreditations.map((accreditation) => accreditation.trim()),
        contactName: values.contactName.trim() || null,
        contactEmail: values.contactEmail.trim() || null,
        website: values.website.trim() || null,
        active: values.active,
      });
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This provider was changed by someone else — reload and try again',
          itemFields: ['accreditations'],
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Name" required data-autofocus autoComplete="off" {...form.getInputProps('name')} />
          <Select
            label="Kind"
            required
            placeholder="Choose a kind"
            data={[...PROVIDER_KINDS]}
            allowDeselect={false}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Switch
            label="Preferred supplier"
            description="Recommended to managers first; reviewed on a set date."
            mt="xs"
            {...form.getInputProps('preferred', { type: 'checkbox' })}
          />
          <TextInput
            label="Preferred status review date"
            type="date"
            required={form.values.preferred}
            disabled={!form.values.preferred}
            description="When HR next reviews the preferred-supplier status."
            {...form.getInputProps('preferredReviewOn')}
          />
        </SimpleGrid>
        <TextListInput
          label="Accreditations"
          description="e.g. Ofsted Outstanding, CIPD approved centre."
          itemLabel={(index) => `Accreditation ${index + 1}`}
          addLabel="Add an accreditation"
          count={form.values.accreditations.length}
          getItemProps={(index) => form.getInputProps(`accreditations.${index}`)}
          onAdd={() => form.insertListItem('accreditations', '')}
          onRemove={(index) => form.removeListItem('accreditations', index)}
          error={form.errors.accreditations}
          max={PROVIDER_LIMITS.accreditations}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label="Contact name" autoComplete="off" {...form.getInputProps('contactName')} />
          <TextInput label="Contact e-mail" type="email" autoComplete="off" {...form.getInputProps('contactEmail')} />
          <TextInput
            label="Website"
            type="url"
            placeholder="https://"
            autoComplete="off"
            {...form.getInputProps('website')}
          />
        </SimpleGrid>
        <Switch
          label="Active"
          description="Inactive providers and their offerings are no longer offered to managers."
          {...form.getInputProps('active', { type: 'checkbox' })}
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
