import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { maxLength, required, rules } from '@/lib/validation';

import type { OrgUnit } from '../api/get-org-units';

import { allowedParentKinds, isOrgUnitKind, needsParent, ORG_UNIT_KINDS, type OrgUnitKind, validParents } from './org-unit-tree';

export const NAME_MAX_LENGTH = 200;

export type OrgUnitFormValues = {
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
};

type OrgUnitFormProps = {
  /** Every unit, to offer as parents. */
  units: readonly OrgUnit[];
  /** The unit being edited; absent when creating. */
  unit?: OrgUnit;
  submitLabel: string;
  onSubmit: (values: OrgUnitFormValues) => Promise<unknown>;
  onCancel: () => void;
  /** Re-reads the unit after a version conflict. */
  onReload?: () => void;
};

const KIND_GROUP_LABEL: Record<OrgUnitKind, string> = {
  Organisation: 'Organisations',
  Department: 'Departments',
  Team: 'Teams',
};

export function OrgUnitForm({ units, unit, submitLabel, onSubmit, onCancel, onReload }: OrgUnitFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: unit?.name ?? '',
      kind: (unit && isOrgUnitKind(unit.kind) ? unit.kind : null) as string | null,
      parentId: unit?.parentId ?? null,
    },
    validate: {
      name: rules(required('Enter a name'), maxLength(NAME_MAX_LENGTH, 'Name')),
      kind: (value) => (isOrgUnitKind(value) ? null : 'Choose a kind'),
      parentId: (value, values) => {
        if (!values.kind || !needsParent(values.kind)) return null;
        if (!value) return `A ${values.kind.toLowerCase()} needs a parent unit`;
        const parent = units.find((candidate) => candidate.id === value);
        if (parent && !(allowedParentKinds(values.kind) as readonly string[]).includes(parent.kind)) {
          return `A ${values.kind.toLowerCase()} cannot sit under a ${parent.kind.toLowerCase()}`;
        }
        return null;
      },
    },
  });

  const kind = form.values.kind;
  const parentOptions = kind ? validParents(units, kind, unit?.id) : [];
  const parentData = ORG_UNIT_KINDS.map((groupKind) => ({
    group: KIND_GROUP_LABEL[groupKind],
    items: parentOptions
      .filter((candidate) => candidate.kind === groupKind)
      .map((candidate) => ({ value: candidate.id, label: candidate.name })),
  })).filter((group) => group.items.length > 0);

  const changeKind = (value: string | null) => {
    form.setFieldValue('kind', value);
    const parentId = form.getValues().parentId;
    if (parentId && !(value && validParents(units, value, unit?.id).some((candidate) => candidate.id === parentId))) {
      form.setFieldValue('parentId', null);
    }
  };

  const submit = form.onSubmit(async (values) => {
    if (!isOrgUnitKind(values.kind)) return;
    setProblem(null);
    try {
      await onSubmit({
        name: values.name.trim(),
        kind: values.kind,
        parentId: needsParent(values.kind) ? values.parentId : null,
      });
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This unit was changed by someone else — reload and try again',
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} onReload={onReload} />
        <TextInput label="Name" required maxLength={NAME_MAX_LENGTH + 50} data-autofocus {...form.getInputProps('name')} />
        <Select
          label="Kind"
          required
          placeholder="Choose a kind"
          data={[...ORG_UNIT_KINDS]}
          allowDeselect={false}
          {...form.getInputProps('kind')}
          onChange={changeKind}
        />
        {(!kind || needsParent(kind)) && (
          <Select
            label="Parent unit"
            required
            placeholder={kind ? 'Choose a parent unit' : 'Choose a kind first'}
            description="A department sits under the organisation or another department; a team under a department or another team."
            data={parentData}
            disabled={!kind}
            searchable
            clearable
            nothingFoundMessage="No unit can be the parent of this kind"
            {...form.getInputProps('parentId')}
          />
        )}
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
