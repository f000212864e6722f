import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { maxLength, required, rules } from '@/lib/validation';

import type { Contract } from '../api/get-contract';
import { useRequestContractChanges } from '../api/request-contract-changes';

const COMMENT_MAX_LENGTH = 2000;

type RequestChangesModalProps = {
  /** The contract whose proposal goes back; the modal is closed without one. */
  contract: Contract | null;
  onClose: () => void;
  onReload: () => void;
};

/** The learner sends the proposed terms back to their manager, saying what they would like changed. */
export function RequestChangesModal({ contract, onClose, onReload }: RequestChangesModalProps) {
  return (
    <Modal opened={!!contract} onClose={onClose} title="Ask for changes">
      {contract && (
        <RequestChangesForm key={`${contract.id}:${contract.version}`} contract={contract} onDone={onClose} onReload={onReload} />
      )}
    </Modal>
  );
}

function RequestChangesForm({ contract, onDone, onReload }: { contract: Contract; onDone: () => void; onReload: () => void }) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const requestChanges = useRequestContractChanges();
  const form = useForm({
    mode: 'controlled',
    initialValues: { comment: '' },
    validate: {
      comment: rules(required('Say what you would like changed.'), maxLength(COMMENT_MAX_LENGTH, 'Your comment')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await requestChanges.mutateAsync({ id: contract.id, version: contract.version, comment: values.comment.trim() });
      notifications.show({ color: 'green', message: `Your comments went back to ${contract.managerName}` });
      onDone();
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, { conflictMessage: 'This contract was changed by someone else — reload and try again' }),
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
          The proposed terms go back to {contract.managerName} as a draft, with your comment. You sign once they propose
          them again.
        </Text>
        <Textarea label="What would you like changed?" required autosize minRows={3} data-autofocus {...form.getInputProps('comment')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Send back for changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
