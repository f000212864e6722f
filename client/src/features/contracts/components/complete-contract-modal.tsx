import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { formatDate, parseIsoDate, todayIso } from '@/lib/dates';

import { useCompleteContract } from '../api/complete-contract';
import type { Contract } from '../api/get-contract';

import { COMPLETION_OUTCOMES } from './contract-vocabulary';

type CompleteContractModalProps = {
  contract: Contract | null;
  onClose: () => void;
  onReload: () => void;
};

/** The line manager records that the learning finished: when, and whether fully or partly. */
export function CompleteContractModal({ contract, onClose, onReload }: CompleteContractModalProps) {
  return (
    <Modal opened={!!contract} onClose={onClose} title="Complete contract">
      {contract && (
        <CompleteForm key={`${contract.id}:${contract.version}`} contract={contract} onDone={onClose} onReload={onReload} />
      )}
    </Modal>
  );
}

/** The server's rules: a date, not in the future, not before the learning started. */
export function validateCompletion(values: { completedOn: string; outcome: string }, startDate: string | null, today = todayIso()) {
  const errors: Record<string, string> = {};
  const date = parseIsoDate(values.completedOn);
  if (!date) errors.completedOn = 'Give the date the learning was completed.';
  else if (values.completedOn > today) errors.completedOn = 'The completion date cannot be in the future.';
  else if (startDate && values.completedOn < startDate) errors.completedOn = 'The learning cannot finish before it started.';
  if (!COMPLETION_OUTCOMES.some((outcome) => outcome.value === values.outcome)) errors.outcome = 'Say whether the learning was completed.';
  return errors;
}

function CompleteForm({ contract, onDone, onReload }: { contract: Contract; onDone: () => void; onReload: () => void }) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const complete = useCompleteContract();
  const startDate = contract.inForce?.terms.startDate ?? null;
  const form = useForm({
    mode: 'controlled',
    initialValues: { completedOn: todayIso(), outcome: 'Completed' },
    validate: (values) => validateCompletion(values, startDate),
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await complete.mutateAsync({ id: contract.id, version: contract.version, ...values });
      notifications.show({ color: 'green', message: `Contract for ${contract.needTitle} completed` });
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
        {startDate && <Text size="sm">The learning started on {formatDate(startDate)}.</Text>}
        <TextInput
          label="Completed on"
          type="date"
          required
          min={startDate ?? undefined}
          max={todayIso()}
          data-autofocus
          {...form.getInputProps('completedOn')}
        />
        <Radio.Group label="Outcome" required {...form.getInputProps('outcome')}>
          <Group mt="xs">
            {COMPLETION_OUTCOMES.map((outcome) => (
              <Radio key={outcome.value} value={outcome.value} label={outcome.label} />
            ))}
          </Group>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Complete contract
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
