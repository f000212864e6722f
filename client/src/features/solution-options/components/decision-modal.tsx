import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { maxLength, required, rules } from '@/lib/validation';

import type { SolutionOption } from '../api/get-need-options';
import { useRejectSolutionOption } from '../api/reject-solution-option';
import { useSelectSolutionOption } from '../api/select-solution-option';

import { OPTION_LIMITS } from './option-vocabulary';

export type Decision = 'select' | 'reject';

type DecisionModalProps = {
  /** The option decided on, with the name the page gives it; the modal is closed without one. */
  target: { option: SolutionOption; name: string; decision: Decision } | null;
  onClose: () => void;
  /** Re-reads the options after a version conflict. */
  onReload: () => void;
};

const WORDING = {
  select: {
    title: 'Select option',
    field: 'Rationale',
    description: 'Why this option was chosen over the others; it stays on the record.',
    missing: 'Say why this option was chosen over the others.',
    submit: 'Select option',
    done: 'selected',
    colour: 'blue',
  },
  reject: {
    title: 'Reject option',
    field: 'Reason',
    description: 'Why this option will not be taken; it stays on the record.',
    missing: 'Say why this option was rejected.',
    submit: 'Reject option',
    done: 'rejected',
    colour: 'red',
  },
} as const;

/** Selects an option with a rationale, or rejects one with a reason. */
export function DecisionModal({ target, onClose, onReload }: DecisionModalProps) {
  return (
    <Modal opened={!!target} onClose={onClose} title={target ? WORDING[target.decision].title : ''}>
      {target && (
        <DecisionForm
          key={`${target.option.id}:${target.option.version}:${target.decision}`}
          {...target}
          onDone={onClose}
          onReload={onReload}
        />
      )}
    </Modal>
  );
}

function DecisionForm({
  option,
  name,
  decision,
  onDone,
  onReload,
}: {
  option: SolutionOption;
  name: string;
  decision: Decision;
  onDone: () => void;
  onReload: () => void;
}) {
  const wording = WORDING[decision];
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const select = useSelectSolutionOption();
  const reject = useRejectSolutionOption();
  const field = decision === 'select' ? 'rationale' : 'reason';
  const form = useForm({
    mode: 'controlled',
    initialValues: { [field]: '' } as Record<string, string>,
    validate: { [field]: rules(required(wording.missing), maxLength(OPTION_LIMITS.decisionNote, wording.field)) },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    const note = (values[field] ?? '').trim();
    try {
      if (decision === 'select') await select.mutateAsync({ id: option.id, version: option.version, rationale: note });
      else await reject.mutateAsync({ id: option.id, version: option.version, reason: note });
      notifications.show({ color: 'green', message: `${name} ${wording.done}` });
      onDone();
    } catch (error) {
      setProblem(
        applyServerErrors(form, error, {
          conflictMessage: 'This option was changed by someone else — reload and try again',
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
        <Text size="sm" fw={600}>
          {name}
        </Text>
        {decision === 'select' && (
          <Text size="sm" c="dimmed">
            The need moves to “Solution selected”; an option chosen before goes back to proposed.
          </Text>
        )}
        <Textarea
          label={wording.field}
          description={wording.description}
          required
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps(field)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color={wording.colour} loading={form.submitting}>
            {wording.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
