import { Checkbox, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import type { ReactNode } from 'react';

import { TextListInput } from '@/components/ui/text-list-input';

import { NEED_LIMITS, type NeedFormValues, ORIGINS, originLabel, PERSONAL_ASPIRATION, PRIORITIES } from './need-values';

export type BusinessNeedOption = { value: string; label: string };

/** The parts of a Mantine form the need fields use, whatever else the form holds. */
export type NeedFieldsForm = {
  getInputProps(path: string, options?: { type?: 'input' | 'checkbox' }): GetInputPropsReturnType;
  setFieldValue(path: string, value: unknown): void;
  insertListItem(path: string, item: unknown): void;
  removeListItem(path: string, index: number): void;
  errors: Record<string, ReactNode>;
};

type NeedFieldsProps = {
  form: NeedFieldsForm;
  /** The need's values as the form holds them now. */
  need: NeedFormValues;
  /** Where the need sits in the form: `identifiedNeeds.0.` in a 1:1, nothing on its own. */
  prefix?: string;
  /** Open business needs the user may link the need to. */
  businessNeeds: readonly BusinessNeedOption[];
  /** Shown instead of the origin choice when it is fixed, e.g. a learner's own aspiration. */
  fixedOrigin?: boolean;
  autoFocus?: boolean;
};

/** The content of one development need: what will be learned, why, and how it fits. */
export function NeedFields({ form, need, prefix = '', businessNeeds, fixedOrigin = false, autoFocus }: NeedFieldsProps) {
  const path = (field: keyof NeedFormValues) => `${prefix}${field}`;
  const outcomes = path('learningOutcomes');
  const isAspiration = need.origin === PERSONAL_ASPIRATION;

  const changeOrigin = (origin: string | null) => {
    form.setFieldValue(path('origin'), origin);
    // Only a personal aspiration can be private.
    if (origin !== PERSONAL_ASPIRATION) form.setFieldValue(path('isPrivate'), false);
  };

  return (
    <Stack>
      <TextInput label="Title" required autoComplete="off" data-autofocus={autoFocus || undefined} {...form.getInputProps(path('title'))} />
      <TextListInput
        label="Learning outcomes"
        description={`What the learner will be able to do: each a specific, achievable statement of at least ${NEED_LIMITS.outcomeWords} words.`}
        required
        itemLabel={(index) => `Learning outcome ${index + 1}`}
        addLabel="Add a learning outcome"
        count={need.learningOutcomes.length}
        getItemProps={(index) => form.getInputProps(`${outcomes}.${index}`)}
        onAdd={() => form.insertListItem(outcomes, '')}
        onRemove={(index) => form.removeListItem(outcomes, index)}
        error={form.errors[outcomes]}
        min={1}
        max={NEED_LIMITS.outcomes}
      />
      <Textarea
        label="Expected improvement"
        description="The performance improvement or increased capability this should bring."
        required
        autosize
        minRows={2}
        {...form.getInputProps(path('performanceImprovement'))}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {fixedOrigin ? (
          <div>
            <Text size="sm" fw={500}>
              Origin
            </Text>
            <Text size="sm">{need.origin ? originLabel(need.origin) : '—'}</Text>
          </div>
        ) : (
          <Select
            label="Origin"
            description="Plans should not be only about gaps."
            required
            placeholder="Where does this need come from?"
            data={ORIGINS.map((origin) => ({ ...origin }))}
            allowDeselect={false}
            {...form.getInputProps(path('origin'))}
            onChange={changeOrigin}
          />
        )}
        <Select
          label="Priority"
          required
          data={[...PRIORITIES]}
          allowDeselect={false}
          {...form.getInputProps(path('priority'))}
        />
      </SimpleGrid>
      <Checkbox
        label="Private"
        description={
          isAspiration
            ? 'Only the learner and their manager will see it; reports count it without naming it.'
            : 'Only a personal aspiration can be private.'
        }
        disabled={!isAspiration}
        {...form.getInputProps(path('isPrivate'), { type: 'checkbox' })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Target role"
          description="A career or succession plan this supports, if any."
          autoComplete="off"
          {...form.getInputProps(path('targetRole'))}
        />
        <Select
          label="Business need"
          description="The business need this serves, if any."
          placeholder={businessNeeds.length > 0 ? 'Choose a business need' : 'No open business needs'}
          data={[...businessNeeds]}
          searchable
          clearable
          nothingFoundMessage="No business need matches"
          {...form.getInputProps(path('businessNeedId'))}
        />
      </SimpleGrid>
      <TagsInput
        label="Competency tags"
        description={`Press Enter after each tag; at most ${NEED_LIMITS.tags}.`}
        maxTags={NEED_LIMITS.tags}
        clearable
        {...form.getInputProps(path('competencyTags'))}
      />
    </Stack>
  );
}
