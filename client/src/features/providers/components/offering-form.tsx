import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { decimalPlaces, maxLength, numberOrNull, required, rules } from '@/lib/validation';

import type { Offering } from '../api/get-provider-offerings';
import type { SolutionType } from '../api/get-solution-types';

import { DELIVERY_MODES } from './provider-vocabulary';

/** The server's limits for an offering (OfferingFieldsValidator). */
export const OFFERING_LIMITS = {
  title: 200,
  qualification: 200,
  duration: 100,
  maxCost: 1_000_000,
} as const;

export type OfferingRequest = {
  title: string;
  solutionType: string;
  accredited: boolean;
  qualification: string | null;
  duration: string;
  cost: number;
  deliveryMode: string;
  active: boolean;
};

type OfferingFormValues = {
  title: string;
  solutionType: string | null;
  accredited: boolean;
  qualification: string;
  duration: string;
  cost: number | string;
  deliveryMode: string | null;
  active: boolean;
};

type OfferingFormProps = {
  /** The offering being edited; absent when adding one. */
  offering?: Offering;
  /** The kinds of solution an offering may be. */
  solutionTypes: readonly SolutionType[];
  submitLabel: string;
  onSubmit: (values: OfferingRequest) => Promise<unknown>;
  onCancel: () => void;
  /** Re-reads the offering after a version conflict. */
  onReload?: () => void;
};

const titleRule = rules(required('Give the offering a title.'), maxLength(OFFERING_LIMITS.title, 'Title'));
const durationRule = rules(
  required('Give the duration, e.g. 3 days or 6 months part-time.'),
  maxLength(OFFERING_LIMITS.duration, 'Duration'),
);

/** The server's rules for an offering, as messages keyed by form path. */
export function validateOffering(values: OfferingFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (path: string, message: string | null) => {
    if (message) errors[path] = message;
  };
  add('title', titleRule(values.title));
  add('solutionType', values.solutionType ? null : 'Choose the kind of solution.');
  if (values.accredited && values.qualification.trim() === '')
    add('qualification', 'Name the qualification an accredited offering leads to.');
  add('qualification', maxLength(OFFERING_LIMITS.qualification, 'Qualification')(values.qualification));
  add('duration', durationRule(values.duration));
  const cost = numberOrNull(values.cost);
  if (cost === null) add('cost', 'Give the cost per learner (0 when free).');
  else if (cost < 0 || cost > OFFERING_LIMITS.maxCost) add('cost', 'The cost must be between 0 and 1,000,000.');
  else if (decimalPlaces(values.cost) > 2) add('cost', 'Give the cost to at most two decimal places.');
  add('deliveryMode', DELIVERY_MODES.some((mode) => mode.value === values.deliveryMode) ? null : 'Choose how it is delivered.');
  return errors;
}

/** One course, programme or service a provider offers. */
export function OfferingForm({ offering, solutionTypes, submitLabel, onSubmit, onCancel, onReload }: OfferingFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm<OfferingFormValues>({
    mode: 'controlled',
    initialValues: {
      title: offering?.title ?? '',
      solutionType: offering?.solutionType ?? null,
      accredited: offering?.accredited ?? false,
      qualification: offering?.qualification ?? '',
      duration: offering?.duration ?? '',
      cost: offering?.cost ?? '',
      deliveryMode: offering?.deliveryMode ?? null,
      active: offering?.active ?? true,
    },
    validate: (values) => validateOffering(values),
  });

  // A type retired since stays on the offering: keep it on offer so that saving does not drop it.
  const types = solutionTypes.map((type) => ({ value: type.code, label: type.name }));
  if (offering && !types.some((type) => type.value === offering.solutionType)) {
    types.push({ value: offering.solutionType, label: `${offering.solutionTypeName} (retired)` });
  }

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await onSubmit({
        title: values.title.trim(),
        solutionType: values.solutionType ?? '',
        accredited: values.accredited,
        qualification: values.qualification.trim() || null,
        duration: values.duration.trim(),
        cost: Number(values.cost),
        deliveryMode: values.deliveryMode ?? '',
        active: values.active,
      });
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This offering was changed by someone else — reload and try again',
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} onReload={onReload} />
        <TextInput label="Title" required data-autofocus autoComplete="off" {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Type of solution"
            required
            placeholder="Choose a type"
            data={types}
            allowDeselect={false}
            {...form.getInputProps('solutionType')}
          />
          <Select
            label="Delivery mode"
            required
            placeholder="Choose a mode"
            data={[...DELIVERY_MODES]}
            allowDeselect={false}
            {...form.getInputProps('deliveryMode')}
          />
          <TextInput
            label="Duration"
            required
            placeholder="e.g. 3 days, 6 months part-time"
            autoComplete="off"
            {...form.getInputProps('duration')}
          />
          <NumberInput
            label="Cost per learner (£)"
            required
            min={0}
            thousandSeparator=","
            {...form.getInputProps('cost')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Switch label="Accredited" mt="xs" {...form.getInputProps('accredited', { type: 'checkbox' })} />
          <TextInput
            label="Qualification"
            required={form.values.accredited}
            description="The qualification an accredited offering leads to."
            autoComplete="off"
            {...form.getInputProps('qualification')}
          />
        </SimpleGrid>
        <Switch
          label="Active"
          description="Inactive offerings can no longer be chosen or recommended."
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
