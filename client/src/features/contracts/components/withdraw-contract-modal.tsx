import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { maxLength, required, rules } from '@/lib/validation';

import type { Contract } from '../api/get-contract';
import { useWithdrawContract } from '../api/withdraw-contract';

const REASON_MAX_LENGTH = 2000;

type WithdrawContractModalProps = {
  contract: Contract | null;
  onClose: () => void;
  onReload: () => void;
};

/** The line manager withdraws a contract with a reason; the need goes back to its selected solution. */
export function WithdrawContractModal({ contract, onClose, onReload }: WithdrawContractModalProps) {
  return (
    <Modal opened={!!contract} onClose={onClose} title="Withdraw contract">
      {contract && (
        <WithdrawForm key={`${contract.id}:${contract.version}`} contract={contract} onDone={onClose} onReload={onReload} />
      )}
    </Modal>
  );
}

function WithdrawForm({ contract, onDone, onReload }: { contract: Contract; onDone: () => void; onReload: () => void }) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const withdraw = useWithdrawContract();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: {
      reason: rules(required('Say why the contract is withdrawn.'), maxLength(REASON_MAX_LENGTH, 'Reason')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await withdraw.mutateAsync({ id: contract.id, version: contract.version, reason: values.reason.trim() });
      notifications.show({ color: 'green', message: `Contract for ${contract.needTitle} withdrawn` });
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
          The contract for{' '}
          <Text span fw={600}>
            {contract.needTitle}
          </Text>{' '}
          stays readable as withdrawn, and the need goes back to its selected solution, ready for another contract.
        </Text>
        <Textarea label="Reason" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Keep the contract
          </Button>
          <Button type="submit" color="red" loading={form.submitting}>
            Withdraw contract
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
