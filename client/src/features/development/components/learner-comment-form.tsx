import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { maxLength, required, rules } from '@/lib/validation';

import type { Discussion } from '../api/get-discussions';
import { useCommentOnDiscussion } from '../api/comment-on-discussion';

import { DISCUSSION_LIMITS } from './discussion-vocabulary';

type LearnerCommentFormProps = {
  discussion: Discussion;
  /** Re-reads the record after a version conflict. */
  onReload: () => void;
};

/** The learner's own comment on the record of their 1:1. */
export function LearnerCommentForm({ discussion, onReload }: LearnerCommentFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const comment = useCommentOnDiscussion();
  const form = useForm({
    mode: 'controlled',
    initialValues: { comment: discussion.learnerComment ?? '' },
    validate: {
      comment: rules(required('Write your comment.'), maxLength(DISCUSSION_LIMITS.comment, 'Your comment')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await comment.mutateAsync({ id: discussion.id, version: discussion.version, comment: values.comment.trim() });
      notifications.show({ color: 'green', message: 'Your comment is saved' });
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This 1:1 was changed by someone else — reload and try again',
        }),
      );
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} onReload={onReload} />
        <Textarea
          label="Your comment"
          description="Add your view of the discussion; your manager sees it with the record."
          autosize
          minRows={3}
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {discussion.learnerComment ? 'Update comment' : 'Save comment'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
