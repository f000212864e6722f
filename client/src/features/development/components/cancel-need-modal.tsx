import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { maxLength, required, rules } from '@/lib/validation';

import { useCancelDevelopmentNeed } from '../api/cancel-development-need';
import type { DevelopmentNeed } from '../api/get-development-plan';

const REASON_MAX_LENGTH = 1000;

type CancelNeedModalProps = {
  /** The need to cancel; the modal is closed without one. */
  need: DevelopmentNeed | null;
  onClose: () => void;
  /** Re-reads the plan after a version conflict. */
  onReload: () => void;
  /** The learner withdraws their own proposal; the manager cancels a need. */
  withdraw?: boolean;
};

/** Cancels an open need with a reason, which stays in the plan's history. */
export function CancelNeedModal({ need, onClose, onReload, withdraw = false }: CancelNeedModalProps) {
  const title = withdraw ? 'Withdraw proposal' : 'Cancel development need';
  return (
    <Modal opened={!!need} onClose={onClose} title={title}>
      {need && <CancelNeedForm key={`${need.id}:${need.version}`} need={need} withdraw={withdraw} onDone={onClose} onReload={onReload} />}
    </Modal>
  );
}

function CancelNeedForm({
  need,
  withdraw,
  onDone,
  onReload,
}: {
  need: DevelopmentNeed;
  withdraw: boolean;
  onDone: () => void;
  onReload: () => void;
}) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const cancel = useCancelDevelopmentNeed();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: {
      reason: rules(
        required('Say why the need is cancelled; the reason stays in the plan\'s history.'),
        maxLength(REASON_MAX_LENGTH, 'Reason'),
      ),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await cancel.mutateAsync({ id: need.id, version: need.version, reason: values.reason.trim() });
      notifications.show({ color: 'green', message: `${need.title} ${withdraw ? 'withdrawn' : 'cancelled'}` });
      onDone();
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This need was changed by someone else — reload and try again',
        }),
      );
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
        <Text size="sm">
          <Text span fw={600}>
            {need.title}
          </Text>{' '}
          will stay in the plan as {withdraw ? 'withdrawn' : 'cancelled'}.
        </Text>
        <Textarea label="Reason" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Keep the need
          </Button>
          <Button type="submit" color="red" loading={form.submitting}>
            {withdraw ? 'Withdraw proposal' : 'Cancel need'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
