import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { parseIsoDate } from '@/lib/dates';
import { maxLength, required, rules } from '@/lib/validation';

import type { BusinessNeed } from '../api/get-business-needs';

import { BUSINESS_NEED_STATUSES, PRIORITIES } from './business-need-vocabulary';

export const LIMITS = {
  title: 200,
  businessObjective: 2000,
  measureName: 200,
  measureUnit: 50,
  /** The server keeps measure values within ± this. */
  value: 1_000_000_000_000,
} as const;

export type BusinessNeedFormValues = {
  orgUnitId: string;
  title: string;
  businessObjective: string;
  measureName: string;
  measureUnit: string;
  baselineValue: number;
  targetValue: number;
  priority: string;
  periodStart: string;
  periodEnd: string;
  status: string;
};

export type UnitOption = { value: string; label: string };

type BusinessNeedFormProps = {
  /** The need being edited; absent when creating. */
  need?: BusinessNeed;
  /** The units the user may record business needs for (only asked when creating). */
  units: readonly UnitOption[];
  submitLabel: string;
  onSubmit: (values: BusinessNeedFormValues) => Promise<unknown>;
  onCancel: () => void;
  /** Re-reads the need after a version conflict. */
  onReload?: () => void;
};

const measureValue = (label: string) => (value: number | string) => {
  if (value === '' || value === null || value === undefined) return `Give the measure's ${label} value.`;
  const number = Number(value);
  if (!Number.isFinite(number)) return `Give the measure's ${label} value.`;
  return Math.abs(number) > LIMITS.value ? 'This value is too large.' : null;
};

export function BusinessNeedForm({ need, units, submitLabel, onSubmit, onCancel, onReload }: BusinessNeedFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const editing = !!need;

  const form = useForm({
    mode: 'controlled',
    initialValues: {
      orgUnitId: (need?.orgUnitId ?? (units.length === 1 ? units[0]!.value : null)) as string | null,
      title: need?.title ?? '',
      businessObjective: need?.businessObjective ?? '',
      measureName: need?.measureName ?? '',
      measureUnit: need?.measureUnit ?? '',
      baselineValue: (need?.baselineValue ?? '') as number | string,
      targetValue: (need?.targetValue ?? '') as number | string,
      priority: (need?.priority ?? 'Medium') as string | null,
      periodStart: need?.periodStart ?? '',
      periodEnd: need?.periodEnd ?? '',
      status: (need?.status ?? 'Open') as string | null,
    },
    validate: {
      orgUnitId: (value) => (editing || value ? null : 'Choose the unit whose business plan this comes from.'),
      title: rules(required('Give the business need a title.'), maxLength(LIMITS.title, 'Title')),
      businessObjective: rules(
        required('Say which business objective this need serves.'),
        maxLength(LIMITS.businessObjective, 'Business objective'),
      ),
      measureName: rules(
        required('Name the performance measure (KPI) that will show progress.'),
        maxLength(LIMITS.measureName, 'Measure'),
      ),
      measureUnit: rules(required("Give the measure's unit, e.g. % or days."), maxLength(LIMITS.measureUnit, 'Unit')),
      baselineValue: measureValue('baseline'),
      targetValue: (value, values) =>
        measureValue('target')(value) ??
        (values.baselineValue !== '' && Number(value) === Number(values.baselineValue)
          ? 'The target must differ from the baseline.'
          : null),
      priority: (value) => (value && (PRIORITIES as readonly string[]).includes(value) ? null : 'Choose a priority.'),
      periodStart: (value) => (parseIsoDate(value) ? null : 'Give the start of the period.'),
      periodEnd: (value, values) => {
        const end = parseIsoDate(value);
        if (!end) return 'Give the end of the period.';
        const start = parseIsoDate(values.periodStart);
        return start && end <= start ? 'The period must end after it starts.' : null;
      },
      status: (value) => (value && (BUSINESS_NEED_STATUSES as readonly string[]).includes(value) ? null : 'Choose a status.'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await onSubmit({
        orgUnitId: values.orgUnitId ?? '',
        title: values.title.trim(),
        businessObjective: values.businessObjective.trim(),
        measureName: values.measureName.trim(),
        measureUnit: values.measureUnit.trim(),
        baselineValue: Number(values.baselineValue),
        targetValue: Number(values.targetValue),
        priority: values.priority ?? 'Medium',
        periodStart: values.periodStart,
        periodEnd: values.periodEnd,
        status: values.status ?? 'Open',
      });
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This business need was changed by someone else — reload and try again',
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} onReload={onReload} />
        {!editing && (
          <Select
            label="Unit"
            description="The organisation, department or team whose business plan this comes from."
            required
            placeholder="Choose a unit"
            data={[...units]}
            searchable
            allowDeselect={false}
            nothingFoundMessage="No unit matches"
            {...form.getInputProps('orgUnitId')}
          />
        )}
        <TextInput label="Title" required data-autofocus autoComplete="off" {...form.getInputProps('title')} />
        <Textarea label="Business objective" required autosize minRows={2} {...form.getInputProps('businessObjective')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Performance measure (KPI)"
            required
            autoComplete="off"
            {...form.getInputProps('measureName')}
          />
          <TextInput
            label="Measure unit"
            placeholder="e.g. %, days, complaints a month"
            required
            autoComplete="off"
            {...form.getInputProps('measureUnit')}
          />
          <NumberInput label="Baseline" required decimalScale={4} {...form.getInputProps('baselineValue')} />
          <NumberInput label="Target" required decimalScale={4} {...form.getInputProps('targetValue')} />
          <TextInput label="Period start" type="date" required {...form.getInputProps('periodStart')} />
          <TextInput label="Period end" type="date" required {...form.getInputProps('periodEnd')} />
          <Select label="Priority" required data={[...PRIORITIES]} allowDeselect={false} {...form.getInputProps('priority')} />
          {editing && (
            <Select
              label="Status"
              required
              data={[...BUSINESS_NEED_STATUSES]}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
          )}
        </SimpleGrid>
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
