import { Button, Group, MultiSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { maxLength, required, rules } from '@/lib/validation';

import { useAnswerAdviceRequest } from '../api/answer-advice-request';
import type { AdviceRequest } from '../api/get-advice-requests';

import { ADVICE_LIMITS, type OfferingChoice } from './advice-vocabulary';

type AdviceAnswerFormProps = {
  request: AdviceRequest;
  /** Offerings still offered, to recommend. */
  offerings: readonly OfferingChoice[];
  /** Re-reads the request after a version conflict. */
  onReload: () => void;
  onAnswered?: () => void;
};

/** HR's answer to a request, with offerings from the register recommended to the manager. */
export function AdviceAnswerForm({ request, offerings, onReload, onAnswered }: AdviceAnswerFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const answer = useAnswerAdviceRequest();
  const answered = request.status !== 'Open';
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      answer: request.answer ?? '',
      recommendedOfferingIds: request.recommendations.map((recommendation) => recommendation.offeringId),
    },
    validate: {
      answer: rules(required('Write the advice.'), maxLength(ADVICE_LIMITS.answer, 'Answer')),
      recommendedOfferingIds: (value) =>
        value.length > ADVICE_LIMITS.recommendations ? `Recommend at most ${ADVICE_LIMITS.recommendations} offerings.` : null,
    },
  });

  // Offerings recommended before and withdrawn since stay on the list, so that saving keeps or drops them knowingly.
  const choices = [...offerings];
  for (const recommendation of request.recommendations) {
    if (!choices.some((choice) => choice.value === recommendation.offeringId)) {
      choices.push({ value: recommendation.offeringId, label: `${recommendation.title} — ${recommendation.providerName}` });
    }
  }

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await answer.mutateAsync({
        id: request.id,
        version: request.version,
        answer: values.answer.trim(),
        recommendedOfferingIds: values.recommendedOfferingIds,
      });
      notifications.show({ color: 'green', message: answered ? 'Answer updated' : `Answer sent to ${request.requestedByName}` });
      onAnswered?.();
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This request was changed by someone else — reload and try again',
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} onReload={onReload} />
        <Textarea label="Answer" required autosize minRows={4} {...form.getInputProps('answer')} />
        <MultiSelect
          label="Recommended offerings"
          description={`Up to ${ADVICE_LIMITS.recommendations}, from the provider register. The manager can add each as an option.`}
          placeholder={choices.length === 0 ? 'Nothing in the register yet' : 'Search offerings'}
          data={choices}
          searchable
          clearable
          maxValues={ADVICE_LIMITS.recommendations}
          nothingFoundMessage="No offering matches"
          {...form.getInputProps('recommendedOfferingIds')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {answered ? 'Update answer' : 'Send answer'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
