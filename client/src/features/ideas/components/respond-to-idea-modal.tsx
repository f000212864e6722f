import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';

import type { Idea } from '../api/get-ideas';
import { useRespondToIdea } from '../api/respond-to-idea';

import { decisionsFor, IDEA_LIMITS } from './idea-vocabulary';

type RespondToIdeaModalProps = {
  idea: Idea | null;
  onClose: () => void;
  /** Re-reads the ideas after a version conflict. */
  onReload: () => void;
};

/** The line manager's answer to an idea. */
export function RespondToIdeaModal({ idea, onClose, onReload }: RespondToIdeaModalProps) {
  return (
    <Modal opened={!!idea} onClose={onClose} title="Respond to the idea">
      {idea && <RespondForm key={`${idea.id}:${idea.version}`} idea={idea} onDone={onClose} onReload={onReload} />}
    </Modal>
  );
}

/** The server's rules: one of the decisions the idea's status allows; a reason when declining. */
export function validateResponse(values: { decision: string; reason: string }, status: string) {
  const errors: Record<string, string> = {};
  if (!decisionsFor(status).some((decision) => decision.value === values.decision)) errors.decision = 'Choose your answer.';
  if (values.decision === 'Declined' && values.reason.trim() === '') errors.reason = 'Say why the idea cannot be implemented.';
  if (values.reason.trim().length > IDEA_LIMITS.reason) errors.reason = `Keep the reason to ${IDEA_LIMITS.reason} characters.`;
  return errors;
}

function RespondForm({ idea, onDone, onReload }: { idea: Idea; onDone: () => void; onReload: () => void }) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const respond = useRespondToIdea();
  const form = useForm({
    mode: 'controlled',
    initialValues: { decision: '', reason: '' },
    validate: (values) => validateResponse(values, idea.status),
  });
  const declining = form.values.decision === 'Declined';

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await respond.mutateAsync({
        id: idea.id,
        decision: values.decision,
        reason: values.reason.trim() === '' ? null : values.reason.trim(),
        version: idea.version,
      });
      notifications.show({ color: 'green', message: `Answer sent to ${idea.learnerName}` });
      onDone();
    } catch (error) {
      setProblem(applyServerErrors(form, error, { conflictMessage: 'This idea was changed by someone else — reload and try again' }));
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert
          problem={problem}
          onReload={() => {
            onReload();
            onDone();
          }}
        />
        <div>
          <Text fw={600}>{idea.title}</Text>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {idea.description}
          </Text>
        </div>
        <Radio.Group label="Your answer" required {...form.getInputProps('decision')}>
          <Stack gap="xs" mt="xs">
            {decisionsFor(idea.status).map((decision) => (
              <Radio key={decision.value} value={decision.value} label={decision.label} description={decision.description} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label="Reason"
          description={
            declining ? 'Required: why it cannot be implemented. The learner reads this.' : 'Optional: anything the learner should know.'
          }
          required={declining}
          autosize
          minRows={3}
          maxLength={IDEA_LIMITS.reason}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Send answer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
