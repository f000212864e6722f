import { Anchor, Button, Group, Modal, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { TextListInput } from '@/components/ui/text-list-input';

import type { ImpactReview } from '../api/get-impact-review';
import { useStartSecondPhase } from '../api/start-second-phase';

import { IMPACT_CONFLICT_MESSAGE } from './impact-review-form';

export const SECOND_PHASE_PRIORITIES = ['Low', 'Medium', 'High', 'Critical'] as const;

type SecondPhaseValues = { title: string; learningOutcomes: string[]; performanceImprovement: string; priority: string };

type SecondPhaseProps = {
  review: ImpactReview;
  /** Where the new need is shown: the learner's plan, as the viewer reaches it. */
  planHref: string;
  onReload: () => void;
};

/**
 * What next: the line manager starts a second phase of development — a new need for the learner,
 * linked to the reviewed one — once per review. Afterwards everyone sees the link to it.
 */
export function SecondPhase({ review, planHref, onReload }: SecondPhaseProps) {
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const start = useStartSecondPhase();
  const form = useForm<SecondPhaseValues>({
    mode: 'controlled',
    initialValues: { title: '', learningOutcomes: [''], performanceImprovement: '', priority: '' },
    validate: {
      title: (value) => (value.trim() === '' ? 'Give the second phase a title.' : null),
      learningOutcomes: (value) => (value.every((outcome) => outcome.trim() === '') ? 'Give at least one learning outcome.' : null),
    },
  });

  if (review.followOnNeedId) {
    return (
      <Text size="sm" role="status">
        Second phase:{' '}
        <Anchor component={Link} to={planHref}>
          {review.followOnNeedTitle ?? 'the follow-on need'}
        </Anchor>{' '}
        (a new need on {review.learnerName}’s plan)
      </Text>
    );
  }
  if (!review.can.startSecondPhase) return null;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const updated = await start.mutateAsync({
        id: review.id,
        version: review.version,
        title: values.title.trim(),
        learningOutcomes: values.learningOutcomes.map((outcome) => outcome.trim()).filter(Boolean),
        performanceImprovement: values.performanceImprovement.trim() || null,
        priority: values.priority || null,
      });
      notifications.show({ color: 'green', message: `Second phase “${updated.followOnNeedTitle ?? values.title}” added to the plan` });
      setOpened(false);
    } catch (error) {
      setProblem(applyServerErrors(form, error, { conflictMessage: IMPACT_CONFLICT_MESSAGE, itemFields: ['learningOutcomes'] }));
    }
  });

  return (
    <>
      <Group>
        <Button variant="light" onClick={() => setOpened(true)}>
          Start a second phase
        </Button>
        <Text size="xs" c="dimmed">
          A new development need for {review.learnerName}, following this one.
        </Text>
      </Group>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Start a second phase" size="lg">
        <form noValidate onSubmit={submit}>
          <Stack gap="md">
            <FormErrorAlert problem={problem} onReload={onReload} />
            <TextInput label="Title" required maxLength={200} {...form.getInputProps('title')} />
            <TextListInput
              label="Learning outcomes"
              description="What the learner will be able to do, one outcome each."
              required
              itemLabel={(index) => `Learning outcome ${index + 1}`}
              addLabel="Add an outcome"
              count={form.values.learningOutcomes.length}
              getItemProps={(index) => form.getInputProps(`learningOutcomes.${index}`)}
              onAdd={() => form.insertListItem('learningOutcomes', '')}
              onRemove={(index) => form.removeListItem('learningOutcomes', index)}
              error={form.errors.learningOutcomes}
              min={1}
            />
            <Textarea
              label="Performance improvement"
              description="Left blank, the reviewed need’s is kept."
              autosize
              minRows={2}
              {...form.getInputProps('performanceImprovement')}
            />
            <NativeSelect
              label="Priority"
              data={[{ value: '', label: 'As the reviewed need' }, ...SECOND_PHASE_PRIORITIES]}
              {...form.getInputProps('priority')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={start.isPending}>
                Create the need
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
