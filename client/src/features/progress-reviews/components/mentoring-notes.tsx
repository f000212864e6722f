import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { formatDateTime } from '@/lib/dates';
import { maxLength, required, rules } from '@/lib/validation';

import { useAddMentoringNote } from '../api/add-mentoring-note';
import type { ProgressReview } from '../api/get-progress-review';

import { REVIEW_LIMITS } from './review-vocabulary';

const noteRule = rules(required('Write the note.'), maxLength(REVIEW_LIMITS.mentoringNote, 'A note'));

/** The mentor's notes on a review, oldest first; the mentor adds to them (notes are never edited). */
export function MentoringNotes({ review }: { review: ProgressReview }) {
  const headingId = useId();
  const canAdd = !!review.can.addMentoringNote;
  if (review.mentoringNotes.length === 0 && !canAdd) return null;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          Mentoring notes
        </Title>
        {review.mentoringNotes.length === 0 ? (
          <Text size="sm" c="dimmed">
            No notes yet.
          </Text>
        ) : (
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Mentoring notes">
            {review.mentoringNotes.map((note) => (
              <li key={note.id}>
                <Text size="xs" c="dimmed">
                  {note.authorName}, {formatDateTime(note.createdAt)}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.note}
                </Text>
              </li>
            ))}
          </Stack>
        )}
        {canAdd && <AddNoteForm reviewId={review.id} />}
      </Stack>
    </Card>
  );
}

function AddNoteForm({ reviewId }: { reviewId: string }) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const add = useAddMentoringNote();
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: '' },
    validate: { note: noteRule },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await add.mutateAsync({ reviewId, note: values.note.trim() });
      form.reset();
      notifications.show({ color: 'green', message: 'Mentoring note added' });
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="xs">
        <FormErrorAlert problem={problem} />
        <Textarea
          label="Mentoring note"
          description="The learner and their manager read your notes."
          autosize
          minRows={2}
          maxLength={REVIEW_LIMITS.mentoringNote}
          required
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
