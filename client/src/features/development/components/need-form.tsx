import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';

import type { DevelopmentNeed } from '../api/get-development-plan';

import { type BusinessNeedOption, NeedFields } from './need-fields';
import { emptyNeed, needToFormValues, toNeedRequest, validateNeed } from './need-values';

export type NeedRequest = ReturnType<typeof toNeedRequest>;

type NeedFormProps = {
  /** The need being edited; absent when recording a new one. */
  need?: DevelopmentNeed;
  /** The origin a new need starts with. */
  origin?: string;
  /** The origin cannot be changed, e.g. a learner's own aspiration. */
  fixedOrigin?: boolean;
  businessNeeds: readonly BusinessNeedOption[];
  submitLabel: string;
  onSubmit: (values: NeedRequest) => Promise<unknown>;
  onCancel: () => void;
  /** Re-reads the need after a version conflict. */
  onReload?: () => void;
};

/** One development need on its own: a learner's proposal, or a need being edited. */
export function NeedForm({ need, origin, fixedOrigin, businessNeeds, submitLabel, onSubmit, onCancel, onReload }: NeedFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: need ? needToFormValues(need) : emptyNeed(origin ?? null),
    validate: (values) => validateNeed(values),
  });

  // A need may serve a business need that is no longer open; keep it on offer so the link is not lost.
  const options =
    need?.businessNeedId && !businessNeeds.some((option) => option.value === need.businessNeedId)
      ? [...businessNeeds, { value: need.businessNeedId, label: need.businessNeedTitle ?? 'Linked business need' }]
      : businessNeeds;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await onSubmit(toNeedRequest(values));
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This need was changed by someone else — reload and try again',
          itemFields: ['learningOutcomes'],
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} onReload={onReload} />
        <NeedFields form={form} need={form.values} businessNeeds={options} fixedOrigin={fixedOrigin} autoFocus />
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
