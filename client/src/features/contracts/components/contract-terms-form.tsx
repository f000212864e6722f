import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useRef, useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { TextListInput } from '@/components/ui/text-list-input';

import type { ContractTermsInput } from '../api/create-contract';

import {
  type ContractFormValues,
  LIMITS,
  TERMS_ITEM_FIELDS,
  type TermsFormValues,
  toTermsRequest,
  validateTerms,
} from './contract-terms-values';
import { SUPPORT_COMMITMENTS } from './contract-vocabulary';

/** What the mentor field gets from the form; the route supplies the picker (people live in another feature). */
export type MentorFieldProps = {
  label: string;
  description: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: ReactNode;
};

type ContractTermsFormProps = {
  initialValues: TermsFormValues;
  learnerName: string;
  /** The mentor picker; a plain "no mentor" note without one. */
  renderMentorField?: (props: MentorFieldProps) => ReactNode;
  /** Saves the terms as a draft. */
  onSave: (terms: ContractTermsInput) => Promise<unknown>;
  /** Saves the terms and proposes them to the learner. */
  onPropose: (terms: ContractTermsInput) => Promise<unknown>;
  onCancel: () => void;
  /** Re-reads the contract after a version conflict. */
  onReload?: () => void;
  costDescription?: string;
};

type ListField = 'learningOutcomes' | 'curriculumTopics' | 'assignmentTopics';

/** The terms of a learner contract: the line manager drafts them, saves and proposes them to the learner. */
export function ContractTermsForm({
  initialValues,
  learnerName,
  renderMentorField,
  onSave,
  onPropose,
  onCancel,
  onReload,
  costDescription,
}: ContractTermsFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState<'save' | 'propose' | null>(null);
  const form = useForm<ContractFormValues>({
    mode: 'controlled',
    initialValues: { terms: initialValues },
    validate: (values) => validateTerms(values.terms),
  });
  const terms = form.values.terms;
  const formRef = useRef<HTMLFormElement>(null);

  // A long form: take the keyboard (and the eye) to the first field the rules stopped.
  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const run = (action: 'save' | 'propose') =>
    form.onSubmit(async (values) => {
      setProblem(null);
      setBusy(action);
      try {
        const request = toTermsRequest(values.terms);
        await (action === 'save' ? onSave(request) : onPropose(request));
      } catch (error) {
        setProblem(
          applyServerErrors(form, error, {
            conflictMessage: 'This contract was changed by someone else — reload and try again',
            itemFields: TERMS_ITEM_FIELDS,
          }),
        );
        focusFirstError();
      } finally {
        setBusy(null);
      }
    }, focusFirstError);

  const list = (field: ListField) => ({
    count: terms[field].length,
    getItemProps: (index: number) => form.getInputProps(`terms.${field}.${index}`),
    onAdd: () => form.insertListItem(`terms.${field}`, ''),
    onRemove: (index: number) => form.removeListItem(`terms.${field}`, index),
    error: form.errors[`terms.${field}`],
  });

  const mentor = form.getInputProps('terms.mentorId');

  return (
    <form ref={formRef} noValidate onSubmit={run('save')}>
      <Stack gap="lg">
        <FormErrorAlert problem={problem} onReload={onReload} />

        <TextListInput
          label="Learning outcomes"
          description="What the learner will be able to do: a specific, achievable statement of three words or more each."
          itemLabel={(index) => `Learning outcome ${index + 1}`}
          addLabel="Add a learning outcome"
          required
          max={LIMITS.outcomes}
          {...list('learningOutcomes')}
        />

        <Fieldset legend="Dates and time allowed">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Start date" type="date" required {...form.getInputProps('terms.startDate')} />
            <TextInput label="End date" type="date" required {...form.getInputProps('terms.endDate')} />
            <NumberInput
              label="Hours a week"
              description="Agree hours a week, study days or both."
              min={0}
              max={LIMITS.hoursPerWeek}
              decimalScale={2}
              {...form.getInputProps('terms.hoursPerWeek')}
            />
            <NumberInput
              label="Study days"
              description="Whole days away from work for study."
              min={0}
              max={LIMITS.studyDays}
              allowDecimal={false}
              {...form.getInputProps('terms.studyDays')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Progress reviews">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label="Review every (weeks)"
              required
              min={LIMITS.cadenceMin}
              max={LIMITS.cadenceMax}
              allowDecimal={false}
              {...form.getInputProps('terms.reviewCadenceWeeks')}
            />
            <TextInput
              label="First review on"
              description="Between the start and end dates."
              type="date"
              required
              {...form.getInputProps('terms.firstReviewOn')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Curriculum and assignments">
          <Stack>
            <TextListInput
              label="Curriculum topics"
              description="Topics you ask the provider to cover."
              itemLabel={(index) => `Curriculum topic ${index + 1}`}
              addLabel="Add a curriculum topic"
              max={LIMITS.topics}
              {...list('curriculumTopics')}
            />
            <TextListInput
              label="Assignment topics"
              description="Business-focused assignments the learner works on."
              itemLabel={(index) => `Assignment topic ${index + 1}`}
              addLabel="Add an assignment topic"
              max={LIMITS.topics}
              {...list('assignmentTopics')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Mentor and cost">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {renderMentorField?.({
              label: 'Mentor',
              description: `Optional: anyone in the organisation but ${learnerName}.`,
              value: (mentor.value as string | null) ?? null,
              onChange: (value) => form.setFieldValue('terms.mentorId', value),
              error: mentor.error as ReactNode,
            })}
            <NumberInput
              label="Cost (£)"
              description={costDescription}
              min={0}
              max={LIMITS.cost}
              decimalScale={2}
              thousandSeparator=","
              {...form.getInputProps('terms.cost')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Business measure">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Measure"
              description="What the impact review will compare against, e.g. missed appointments."
              required
              {...form.getInputProps('terms.measureName')}
            />
            <TextInput label="Unit" description="e.g. %, per month, days." required {...form.getInputProps('terms.measureUnit')} />
            <NumberInput label="Baseline value" required decimalScale={4} {...form.getInputProps('terms.baselineValue')} />
            <TextInput
              label="Baseline date"
              description="On or before the start date."
              type="date"
              required
              {...form.getInputProps('terms.baselineDate')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="The manager's support">
          <Stack>
            <Checkbox.Group
              label="Support commitments"
              description={`What you commit to doing to support ${learnerName}.`}
              {...form.getInputProps('terms.supportCommitments')}
            >
              <Stack gap={6} mt="xs">
                {SUPPORT_COMMITMENTS.map((commitment) => (
                  <Checkbox key={commitment.value} value={commitment.value} label={commitment.label} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea label="Support notes" autosize minRows={2} {...form.getInputProps('terms.supportNotes')} />
          </Stack>
        </Fieldset>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" variant="light" loading={busy === 'save'} disabled={busy === 'propose'}>
            Save draft
          </Button>
          <Button onClick={() => run('propose')()} loading={busy === 'propose'} disabled={busy === 'save'}>
            Save and propose to {learnerName}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
