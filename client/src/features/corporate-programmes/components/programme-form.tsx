import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { maxLength, numberOrNull, required, rules } from '@/lib/validation';

import type { Programme } from '../api/get-programmes';

import {
  type OfferingChoice,
  type PersonChoice,
  PROGRAMME_LIMITS,
  PROGRAMME_STATUSES,
  reachableStatuses,
} from './programme-vocabulary';

export type ProgrammeFormValues = {
  title: string;
  competencyTag: string;
  offeringId: string | null;
  costPerHead: number | string;
  totalCost: number | string;
  managersConsulted: string[];
  notes: string;
  status: string | null;
};

export type ProgrammeRequest = {
  title: string;
  competencyTag: string;
  offeringId: string | null;
  costPerHead: number | null;
  totalCost: number | null;
  managersConsulted: string[];
  notes: string | null;
  status: string;
};

const titleRule = rules(required('Give the programme a title.'), maxLength(PROGRAMME_LIMITS.title, 'Title'));
const tagRule = rules(
  required('Name the competency the programme develops.'),
  maxLength(PROGRAMME_LIMITS.competencyTag, 'Competency'),
);
const notesRule = rules(maxLength(PROGRAMME_LIMITS.notes, 'Notes'));

/** The server's rules for a programme, as messages keyed by form path. */
export function validateProgramme(values: ProgrammeFormValues, editing: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (path: string, message: string | null) => {
    if (message) errors[path] = message;
  };
  add('title', titleRule(values.title));
  if (!editing) add('competencyTag', tagRule(values.competencyTag));
  const costPerHead = numberOrNull(values.costPerHead);
  if (costPerHead === null) add('costPerHead', 'Give the cost per head.');
  else if (costPerHead < 0 || costPerHead > PROGRAMME_LIMITS.maxCostPerHead)
    add('costPerHead', 'Cost per head must be between 0 and 1,000,000.');
  if (values.totalCost !== '') {
    const total = numberOrNull(values.totalCost);
    if (total === null || total < 0 || total > PROGRAMME_LIMITS.maxTotalCost)
      add('totalCost', 'Total cost must be between 0 and 100,000,000.');
  }
  if (values.managersConsulted.length > PROGRAMME_LIMITS.managers)
    add('managersConsulted', `List at most ${PROGRAMME_LIMITS.managers} managers.`);
  add('notes', notesRule(values.notes));
  if (editing && !PROGRAMME_STATUSES.some((status) => status.value === values.status)) add('status', 'Choose a status.');
  return errors;
}

type ProgrammeFormProps = {
  /** The programme being edited; absent when creating one. */
  programme?: Programme;
  /** What a new programme starts from, e.g. a cluster of needs. */
  initial?: Partial<ProgrammeFormValues>;
  offerings: readonly OfferingChoice[];
  /** The managers who may be consulted: those of the learners concerned. */
  managers: readonly PersonChoice[];
  submitLabel: string;
  onSubmit: (values: ProgrammeRequest) => Promise<unknown>;
  onCancel: () => void;
  /** Re-reads the programme after a version conflict. */
  onReload?: () => void;
};

/** A programme HR procures for everyone who shares a need, agreed with their managers. */
export function ProgrammeForm({
  programme,
  initial,
  offerings,
  managers,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
}: ProgrammeFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const editing = !!programme;
  const form = useForm<ProgrammeFormValues>({
    mode: 'controlled',
    initialValues: {
      title: programme?.title ?? initial?.title ?? '',
      competencyTag: programme?.competencyTag ?? initial?.competencyTag ?? '',
      offeringId: programme?.offeringId ?? initial?.offeringId ?? null,
      costPerHead: programme?.costPerHead ?? initial?.costPerHead ?? '',
      totalCost: programme ? (programme.totalCostAgreed ? programme.totalCost : '') : (initial?.totalCost ?? ''),
      managersConsulted: programme?.managersConsulted.map((manager) => manager.id) ?? initial?.managersConsulted ?? [],
      notes: programme?.notes ?? initial?.notes ?? '',
      status: programme?.status ?? null,
    },
    validate: (values) => validateProgramme(values, editing),
  });

  // Keep what the programme already names on offer, even when it is not in the lists passed in.
  const offeringChoices = offerings.map(({ value, label }) => ({ value, label }));
  if (programme?.offeringId && !offeringChoices.some((choice) => choice.value === programme.offeringId)) {
    offeringChoices.push({
      value: programme.offeringId,
      label: [programme.offeringTitle, programme.providerName].filter(Boolean).join(' — ') || 'The offering chosen before',
    });
  }
  const managerChoices = [...managers];
  for (const manager of programme?.managersConsulted ?? []) {
    if (!managerChoices.some((choice) => choice.value === manager.id)) {
      managerChoices.push({ value: manager.id, label: manager.displayName });
    }
  }

  const offeringInput = form.getInputProps('offeringId');
  const chooseOffering = (value: string | null) => {
    form.setFieldValue('offeringId', value);
    const offering = offerings.find((candidate) => candidate.value === value);
    if (offering && form.values.costPerHead === '') form.setFieldValue('costPerHead', offering.cost);
  };

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await onSubmit({
        title: values.title.trim(),
        competencyTag: values.competencyTag.trim(),
        offeringId: values.offeringId || null,
        costPerHead: numberOrNull(values.costPerHead),
        totalCost: numberOrNull(values.totalCost),
        managersConsulted: values.managersConsulted,
        notes: values.notes.trim() || null,
        status: values.status ?? 'Proposed',
      });
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This programme was changed by someone else — reload and try again',
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Title" required data-autofocus autoComplete="off" {...form.getInputProps('title')} />
          <TextInput
            label="Competency"
            description="The competency tag the needs share."
            required={!editing}
            readOnly={editing}
            autoComplete="off"
            {...form.getInputProps('competencyTag')}
          />
        </SimpleGrid>
        <Select
          label="Offering"
          description="Optional: the provider offering procured, from the register."
          placeholder={offeringChoices.length === 0 ? 'Nothing in the register yet' : 'Choose an offering'}
          data={offeringChoices}
          searchable
          clearable
          nothingFoundMessage="No offering matches"
          {...offeringInput}
          onChange={chooseOffering}
        />
        <SimpleGrid cols={{ base: 1, sm: editing ? 3 : 2 }}>
          <NumberInput label="Cost per head (£)" required min={0} thousandSeparator="," {...form.getInputProps('costPerHead')} />
          <NumberInput
            label="Total cost (£)"
            description="When agreed with the supplier; otherwise cost per head × places."
            min={0}
            thousandSeparator=","
            {...form.getInputProps('totalCost')}
          />
          {editing && (
            <Select
              label="Status"
              description="Moves forward only."
              required
              data={reachableStatuses(programme.status)}
              allowDeselect={false}
              {...form.getInputProps('status')}
            />
          )}
        </SimpleGrid>
        <MultiSelect
          label="Managers consulted"
          description="The learners’ managers, consulted on the programme."
          placeholder={managerChoices.length === 0 ? 'No managers to choose from' : 'Choose managers'}
          data={managerChoices}
          searchable
          clearable
          {...form.getInputProps('managersConsulted')}
        />
        <Textarea
          label="Notes"
          description="e.g. the work-based assignments and curriculum input agreed with the supplier."
          autosize
          minRows={3}
          {...form.getInputProps('notes')}
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
