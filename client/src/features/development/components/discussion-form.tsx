import { Button, Fieldset, Group, Input, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { randomId } from '@mantine/hooks';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { TextListInput } from '@/components/ui/text-list-input';
import { parseIsoDate, todayIso } from '@/lib/dates';
import { maxLength, required, rules } from '@/lib/validation';

import type { Discussion } from '../api/get-discussions';
import type { IdentifiedNeedInput } from '../api/record-discussion';

import { DISCUSSION_KINDS, DISCUSSION_LIMITS } from './discussion-vocabulary';
import { type BusinessNeedOption, NeedFields } from './need-fields';
import { emptyNeed, type NeedFormValues, toNeedRequest, validateNeed } from './need-values';

export type DiscussionFormResult = {
  kind: string;
  heldOn: string;
  summary: string;
  agreedOutcomes: string[];
  nextDiscussionOn: string | null;
  identifiedNeeds: IdentifiedNeedInput[];
};

type IdentifiedNeedValues = NeedFormValues & { key: string };

type DiscussionFormProps = {
  /** The record being edited (its needs are edited on the plan); absent when recording a 1:1. */
  discussion?: Discussion;
  /** Open business needs an identified need may serve. */
  businessNeeds?: readonly BusinessNeedOption[];
  submitLabel: string;
  onSubmit: (values: DiscussionFormResult) => Promise<unknown>;
  onCancel: () => void;
  /** Re-reads the record after a version conflict. */
  onReload?: () => void;
};

const summaryRule = rules(required('Summarise what was discussed.'), maxLength(DISCUSSION_LIMITS.summary, 'Summary'));
const agreedOutcomeRule = rules(
  required('An agreed outcome cannot be empty.'),
  maxLength(DISCUSSION_LIMITS.agreedOutcome, 'An agreed outcome'),
);

const newNeed = (): IdentifiedNeedValues => ({ ...emptyNeed(), key: randomId() });

/** The record of a 1:1 development discussion and, when recording one, the needs it identified. */
export function DiscussionForm({ discussion, businessNeeds = [], submitLabel, onSubmit, onCancel, onReload }: DiscussionFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const addNeedButton = useRef<HTMLButtonElement>(null);
  const recording = !discussion;

  const form = useForm({
    mode: 'controlled',
    initialValues: {
      kind: (discussion?.kind ?? 'OneToOne') as string | null,
      heldOn: discussion?.heldOn ?? todayIso(),
      summary: discussion?.summary ?? '',
      agreedOutcomes: [...(discussion?.agreedOutcomes ?? [])],
      nextDiscussionOn: discussion?.nextDiscussionOn ?? '',
      identifiedNeeds: [] as IdentifiedNeedValues[],
    },
    validate: (values) => {
      const errors: Record<string, string | null> = {};
      errors.kind = DISCUSSION_KINDS.some((kind) => kind.value === values.kind) ? null : 'Choose the kind of discussion.';
      const heldOn = parseIsoDate(values.heldOn);
      errors.heldOn = !heldOn
        ? 'Give the date the discussion was held.'
        : values.heldOn > todayIso()
          ? 'Record a discussion once it has been held.'
          : null;
      errors.summary = summaryRule(values.summary);
      if (values.agreedOutcomes.length > DISCUSSION_LIMITS.agreedOutcomes) {
        errors.agreedOutcomes = `Record at most ${DISCUSSION_LIMITS.agreedOutcomes} agreed outcomes.`;
      }
      values.agreedOutcomes.forEach((outcome, index) => {
        errors[`agreedOutcomes.${index}`] = agreedOutcomeRule(outcome);
      });
      if (values.nextDiscussionOn) {
        const next = parseIsoDate(values.nextDiscussionOn);
        errors.nextDiscussionOn = !next
          ? 'Enter a valid date.'
          : heldOn && next <= heldOn
            ? 'The next discussion must come after this one.'
            : null;
      }
      if (values.identifiedNeeds.length > DISCUSSION_LIMITS.identifiedNeeds) {
        errors.identifiedNeeds = `Record at most ${DISCUSSION_LIMITS.identifiedNeeds} needs from one discussion.`;
      }
      values.identifiedNeeds.forEach((need, index) => Object.assign(errors, validateNeed(need, `identifiedNeeds.${index}.`)));
      return errors;
    },
  });

  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await onSubmit({
        kind: values.kind ?? 'OneToOne',
        heldOn: values.heldOn,
        summary: values.summary.trim(),
        agreedOutcomes: values.agreedOutcomes.map((outcome) => outcome.trim()),
        nextDiscussionOn: values.nextDiscussionOn || null,
        identifiedNeeds: values.identifiedNeeds.map(toNeedRequest),
      });
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This 1:1 was changed by someone else — reload and try again',
          itemFields: ['agreedOutcomes', 'identifiedNeeds.*.learningOutcomes'],
        }),
      );
      focusFirstError();
    }
  }, focusFirstError);

  const needs = form.values.identifiedNeeds;

  return (
    <form noValidate onSubmit={submit} ref={formRef}>
      <Stack maw={880} gap="lg">
        <FormErrorAlert problem={problem} onReload={onReload} />
        <Fieldset legend="The discussion">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label="Kind"
                required
                data={DISCUSSION_KINDS.map((kind) => ({ ...kind }))}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
              <TextInput label="Held on" type="date" required max={todayIso()} {...form.getInputProps('heldOn')} />
              <TextInput label="Next discussion on" type="date" {...form.getInputProps('nextDiscussionOn')} />
            </SimpleGrid>
            <Textarea label="Summary" required autosize minRows={3} {...form.getInputProps('summary')} />
            <TextListInput
              label="Agreed outcomes"
              description="What you agreed, one item each."
              itemLabel={(index) => `Agreed outcome ${index + 1}`}
              addLabel="Add an agreed outcome"
              count={form.values.agreedOutcomes.length}
              getItemProps={(index) => form.getInputProps(`agreedOutcomes.${index}`)}
              onAdd={() => form.insertListItem('agreedOutcomes', '')}
              onRemove={(index) => form.removeListItem('agreedOutcomes', index)}
              error={form.errors.agreedOutcomes}
              max={DISCUSSION_LIMITS.agreedOutcomes}
            />
          </Stack>
        </Fieldset>

        {recording && (
          <Stack gap="sm" component="section" aria-labelledby="identified-needs-heading">
            <div>
              <Title order={2} size="h4" id="identified-needs-heading">
                Development needs identified
              </Title>
              <Text size="sm" c="dimmed">
                Record the needs you agreed in this discussion; they join the learner&apos;s development plan as
                identified. Leave this empty if none came up.
              </Text>
            </div>
            {needs.map((need, index) => (
              <Fieldset key={need.key} legend={`Development need ${index + 1}`} data-need-index={index}>
                <Stack>
                  <NeedFields
                    form={form}
                    need={need}
                    prefix={`identifiedNeeds.${index}.`}
                    businessNeeds={businessNeeds}
                  />
                  <Group justify="flex-end">
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      onClick={() => {
                        form.removeListItem('identifiedNeeds', index);
                        addNeedButton.current?.focus();
                      }}
                    >
                      Remove development need {index + 1}
                    </Button>
                  </Group>
                </Stack>
              </Fieldset>
            ))}
            {form.errors.identifiedNeeds && <Input.Error>{form.errors.identifiedNeeds}</Input.Error>}
            <Group>
              <Button
                ref={addNeedButton}
                variant="light"
                onClick={() => {
                  form.insertListItem('identifiedNeeds', newNeed());
                  const index = needs.length;
                  requestAnimationFrame(() =>
                    formRef.current
                      ?.querySelector<HTMLElement>(`[data-need-index="${index}"] input`)
                      ?.focus(),
                  );
                }}
                disabled={needs.length >= DISCUSSION_LIMITS.identifiedNeeds}
              >
                Add a development need
              </Button>
            </Group>
          </Stack>
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
