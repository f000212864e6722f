import { Alert, Button, Fieldset, Group, NumberInput, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { decimalPlaces, maxLength, numberOrNull, required, rules } from '@/lib/validation';

import type { SolutionOption } from '../api/get-need-options';
import { useOpenLearningSets } from '../api/get-open-learning-sets';

import {
  ACTION_LEARNING_SET,
  learningSetLabel,
  type OfferingChoice,
  OPTION_LIMITS,
  RATED_CRITERIA,
  RATING_MESSAGE,
  type SolutionTypeChoice,
} from './option-vocabulary';
import { RatingInput } from './rating-input';

export type OptionFormValues = {
  solutionType: string | null;
  description: string;
  offeringId: string | null;
  learningSetId: string | null;
  knowledgeRating: number | null;
  knowledgeNote: string;
  skillRating: number | null;
  skillNote: string;
  behaviourRating: number | null;
  behaviourNote: string;
  transferRating: number | null;
  sustainabilityRating: number | null;
  cost: number | string;
  hoursAway: number | string;
};

export const emptyOption = (): OptionFormValues => ({
  solutionType: null,
  description: '',
  offeringId: null,
  learningSetId: null,
  knowledgeRating: null,
  knowledgeNote: '',
  skillRating: null,
  skillNote: '',
  behaviourRating: null,
  behaviourNote: '',
  transferRating: null,
  sustainabilityRating: null,
  cost: '',
  hoursAway: '',
});

export const optionToFormValues = (option: SolutionOption): OptionFormValues => ({
  solutionType: option.solutionType,
  description: option.description,
  offeringId: option.offeringId,
  learningSetId: option.learningSet?.id ?? null,
  knowledgeRating: option.knowledgeRating,
  knowledgeNote: option.knowledgeNote ?? '',
  skillRating: option.skillRating,
  skillNote: option.skillNote ?? '',
  behaviourRating: option.behaviourRating,
  behaviourNote: option.behaviourNote ?? '',
  transferRating: option.transferRating,
  sustainabilityRating: option.sustainabilityRating,
  cost: option.cost ?? '',
  hoursAway: option.hoursAway ?? '',
});

/**
 * What the API takes for an option, when adding and when editing one. Only an action learning
 * set option names a set: changing the type away sends no set, which removes the link.
 */
export const toOptionRequest = (values: OptionFormValues) => ({
  solutionType: values.solutionType ?? '',
  description: values.description.trim(),
  offeringId: values.offeringId || null,
  learningSetId: values.solutionType === ACTION_LEARNING_SET ? values.learningSetId || null : null,
  knowledgeRating: values.knowledgeRating,
  knowledgeNote: values.knowledgeNote.trim() || null,
  skillRating: values.skillRating,
  skillNote: values.skillNote.trim() || null,
  behaviourRating: values.behaviourRating,
  behaviourNote: values.behaviourNote.trim() || null,
  transferRating: values.transferRating,
  sustainabilityRating: values.sustainabilityRating,
  cost: numberOrNull(values.cost),
  hoursAway: numberOrNull(values.hoursAway),
});

export type OptionRequest = ReturnType<typeof toOptionRequest>;

const descriptionRule = rules(
  required('Describe the option: what the learner would do, where and with whom.'),
  maxLength(OPTION_LIMITS.description, 'Description'),
);
const noteRule = rules(maxLength(OPTION_LIMITS.note, 'A note'));

/** The server's rules for an option. Ratings may stay empty until the option is appraised. */
export function validateOption(values: OptionFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (path: string, message: string | null) => {
    if (message) errors[path] = message;
  };
  add('solutionType', values.solutionType ? null : 'Choose the kind of solution.');
  add('description', descriptionRule(values.description));
  for (const criterion of RATED_CRITERIA) {
    const rating = values[criterion.rating];
    if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5)) add(criterion.rating, RATING_MESSAGE);
    if (criterion.note) add(criterion.note, noteRule(values[criterion.note]));
  }
  if (values.cost !== '') {
    const cost = numberOrNull(values.cost);
    if (cost === null || cost < 0 || cost > OPTION_LIMITS.maxCost) add('cost', 'Cost must be between 0 and 10,000,000.');
    else if (decimalPlaces(values.cost) > 2) add('cost', 'Give the cost to the penny at most.');
  }
  if (values.hoursAway !== '') {
    const hours = numberOrNull(values.hoursAway);
    if (hours === null || hours < 0 || hours > OPTION_LIMITS.maxHoursAway)
      add('hoursAway', 'Hours away from work must be between 0 and 10,000.');
  }
  return errors;
}

type OptionFormProps = {
  /** The option being edited; absent when adding one. */
  option?: SolutionOption;
  solutionTypes: readonly SolutionTypeChoice[];
  /** Offerings from the provider register the option may name. */
  offerings: readonly OfferingChoice[];
  submitLabel: string;
  onSubmit: (values: OptionRequest) => Promise<unknown>;
  onCancel: () => void;
  /** Re-reads the option after a version conflict. */
  onReload?: () => void;
};

/** One way to meet a need: what it is, and how it rates on knowledge, skill, behaviour, transfer and sustainability. */
export function OptionForm({ option, solutionTypes, offerings, submitLabel, onSubmit, onCancel, onReload }: OptionFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm<OptionFormValues>({
    mode: 'controlled',
    initialValues: option ? optionToFormValues(option) : emptyOption(),
    validate: (values) => validateOption(values),
  });

  // A type retired or an offering withdrawn since stays on the option: keep them on offer.
  const types = [...solutionTypes];
  if (option && !types.some((type) => type.value === option.solutionType)) {
    types.push({ value: option.solutionType, label: option.solutionTypeName });
  }
  const chosenType = form.values.solutionType;
  const offeringChoices = offerings
    .filter((offering) => !chosenType || offering.solutionType === chosenType || offering.value === form.values.offeringId)
    .map(({ value, label }) => ({ value, label }));
  if (option?.offeringId && !offeringChoices.some((choice) => choice.value === option.offeringId)) {
    offeringChoices.push({
      value: option.offeringId,
      label: [option.offeringTitle, option.providerName].filter(Boolean).join(' — ') || 'The offering chosen before',
    });
  }

  const joinsASet = chosenType === ACTION_LEARNING_SET;
  const openSets = useOpenLearningSets({ enabled: joinsASet });
  const setChoices = (openSets.data ?? []).map((set) => ({ value: set.id, label: learningSetLabel(set) }));
  // A set that has closed since the option named it is no longer in the catalogue, but stays on the option.
  if (option?.learningSet && !setChoices.some((choice) => choice.value === option.learningSet?.id)) {
    setChoices.push({ value: option.learningSet.id, label: `${option.learningSet.name} — ${option.learningSet.status.toLowerCase()}` });
  }
  const dropsTheSet = !!option?.learningSet && !!chosenType && !joinsASet;

  const offeringInput = form.getInputProps('offeringId');
  const chooseOffering = (value: string | null) => {
    form.setFieldValue('offeringId', value);
    const offering = offerings.find((candidate) => candidate.value === value);
    if (!offering) return;
    // What the register says about the offering is a good start for the option.
    if (!form.values.solutionType) form.setFieldValue('solutionType', offering.solutionType);
    if (form.values.cost === '') form.setFieldValue('cost', offering.cost);
  };

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await onSubmit(toOptionRequest(values));
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This option was changed by someone else — reload and try again',
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Type of solution"
            required
            placeholder="Choose a type"
            data={types}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('solutionType')}
          />
          <Select
            label="Provider offering"
            description={
              offerings.length === 0 ? 'Nothing in the provider register to choose from.' : 'Optional: from the provider register.'
            }
            placeholder={offeringChoices.length === 0 ? 'No offerings of this type' : 'Choose an offering'}
            data={offeringChoices}
            searchable
            clearable
            nothingFoundMessage="No offering matches"
            {...offeringInput}
            onChange={chooseOffering}
          />
        </SimpleGrid>
        {joinsASet && (
          <Select
            label="Learning set"
            description={
              openSets.isError
                ? 'The sets could not be loaded; the option can be saved without one.'
                : 'Optional: a set that is forming or running. The learner joins it when the learning contract starts.'
            }
            placeholder={openSets.isPending ? 'Loading sets…' : setChoices.length === 0 ? 'No set takes new members' : 'Choose a set'}
            data={setChoices}
            searchable
            clearable
            nothingFoundMessage="No set matches"
            {...form.getInputProps('learningSetId')}
          />
        )}
        {dropsTheSet && (
          <Alert color="yellow" variant="light" title="The learning set link goes">
            Only an action learning set option names a set: saving with this type removes the link to “{option?.learningSet?.name}”.
          </Alert>
        )}
        <Textarea
          label="Description"
          description="What the learner would do, where and with whom."
          required
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <Fieldset legend="Appraisal (1 = poor, 5 = excellent)">
          <Stack>
            {RATED_CRITERIA.map((criterion) => (
              <SimpleGrid key={criterion.rating} cols={{ base: 1, sm: 2 }} spacing="md">
                <RatingInput
                  label={criterion.label}
                  description={criterion.description}
                  {...form.getInputProps(criterion.rating)}
                />
                {criterion.note && (
                  <Textarea
                    label={`${criterion.label} notes`}
                    autosize
                    minRows={1}
                    {...form.getInputProps(criterion.note)}
                  />
                )}
              </SimpleGrid>
            ))}
          </Stack>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Cost (£)"
            description="Fees, travel and materials; leave empty if not known yet."
            min={0}
            thousandSeparator=","
            {...form.getInputProps('cost')}
          />
          <NumberInput
            label="Hours away from work"
            description="The time cost: hours the learner spends away from their job."
            min={0}
            {...form.getInputProps('hoursAway')}
          />
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
