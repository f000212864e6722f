import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { maxLength, required, rules } from '@/lib/validation';

import { useRaiseIdea } from '../api/raise-idea';

import { IDEA_LIMITS } from './idea-vocabulary';

type RaiseIdeaFormProps = {
  contractId: string;
  onDone: () => void;
};

/** The learner's idea: a short title and what they would change, and why. */
export function RaiseIdeaForm({ contractId, onDone }: RaiseIdeaFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const raise = useRaiseIdea();
  const form = useForm({
    mode: 'controlled',
    initialValues: { title: '', description: '' },
    validate: {
      title: rules(required('Give the idea a short title.'), maxLength(IDEA_LIMITS.title, 'The title')),
      description: rules(
        required('Describe the idea: what you would change, and why.'),
        maxLength(IDEA_LIMITS.description, 'The description'),
      ),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await raise.mutateAsync({ contractId, title: values.title.trim(), description: values.description.trim() });
      notifications.show({ color: 'green', message: 'Idea raised: your manager answers it within 14 days' });
      onDone();
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  });

  return (
    <form noValidate onSubmit={submit} aria-label="Raise an idea">
      <Stack gap="sm">
        <FormErrorAlert problem={problem} />
        <TextInput label="Title" required maxLength={IDEA_LIMITS.title} data-autofocus {...form.getInputProps('title')} />
        <Textarea
          label="Description"
          description="What would you change at work, and why? What did your learning show you?"
          required
          autosize
          minRows={3}
          maxLength={IDEA_LIMITS.description}
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Raise idea
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
