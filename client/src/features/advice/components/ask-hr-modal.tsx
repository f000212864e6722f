import { Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { maxLength, required, rules } from '@/lib/validation';

import { useRequestAdvice } from '../api/request-advice';

import { ADVICE_LIMITS, ADVICE_TOPICS } from './advice-vocabulary';

type AskHrModalProps = {
  opened: boolean;
  onClose: () => void;
  needId: string;
  needTitle: string;
};

/** The line manager asks HR about policy, preferred suppliers or possible solutions for a need. */
export function AskHrModal({ opened, onClose, needId, needTitle }: AskHrModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Ask HR for advice" size="lg">
      {opened && <AskHrForm needId={needId} needTitle={needTitle} onDone={onClose} />}
    </Modal>
  );
}

function AskHrForm({ needId, needTitle, onDone }: { needId: string; needTitle: string; onDone: () => void }) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const ask = useRequestAdvice();
  const form = useForm({
    mode: 'controlled',
    initialValues: { topics: [] as string[], question: '' },
    validate: {
      topics: (value) => (value.length === 0 ? 'Choose what the advice is about.' : null),
      question: rules(required('Write the question for HR.'), maxLength(ADVICE_LIMITS.question, 'Question')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await ask.mutateAsync({ needId, topics: values.topics, question: values.question.trim() });
      notifications.show({ color: 'green', message: 'Your question was sent to HR' });
      onDone();
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} />
        <Text size="sm">
          About{' '}
          <Text span fw={600}>
            {needTitle}
          </Text>
          . HR sees the need, its learner and your question, and may recommend offerings from the provider register.
        </Text>
        <Checkbox.Group label="What is the advice about?" required {...form.getInputProps('topics')}>
          <Stack gap="xs" mt="xs">
            {ADVICE_TOPICS.map((topic, index) => (
              <Checkbox key={topic.value} value={topic.value} label={topic.label} data-autofocus={index === 0 || undefined} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea label="Question" required autosize minRows={4} {...form.getInputProps('question')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Send to HR
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
