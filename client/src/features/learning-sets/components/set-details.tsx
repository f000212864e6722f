import { Alert, Button, Card, Group, List, Modal, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';

import { applyServerErrors, describeProblem, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';

import type { LearningSet } from '../api/get-learning-sets';
import { useUpdateLearningSet } from '../api/update-learning-set';

import { validateSetDetails } from './set-form-values';
import { nextStatuses, SET_LIMITS, SetStatusBadge } from './set-vocabulary';

const isSizeWarning = (warning: string) => warning.startsWith('A set works best');

export const SET_CONFLICT_MESSAGE = 'Someone else changed this set first — reload to see their changes, then try again';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

const STATUS_ACTIONS: Record<string, { label: string; done: string }> = {
  Running: { label: 'Mark as running', done: 'The set is running' },
  Closed: { label: 'Close the set', done: 'The set is closed' },
};

type SetDetailsProps = {
  set: LearningSet;
  /** Re-reads the set, e.g. after a version conflict. */
  onReload: () => void;
};

/**
 * What the set is, who facilitates it and where it stands, with the size warnings. The facilitator
 * and HR edit the details and move the status forward; closing is final, so it is confirmed first.
 */
export function SetDetails({ set, onReload }: SetDetailsProps) {
  const update = useUpdateLearningSet();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  const moves = set.canManage ? nextStatuses(set.status) : [];
  // The server warns about the set's size and, to those who see every member's, about one-to-ones not yet held.
  const sizeWarnings = set.warnings.filter(isSizeWarning);
  const otherWarnings = set.warnings.filter((warning) => !isSizeWarning(warning));

  const move = async (status: string) => {
    setProblem(null);
    try {
      await update.mutateAsync({
        id: set.id,
        version: set.version,
        name: set.name,
        purpose: set.purpose,
        meetingCadence: set.meetingCadence,
        status,
      });
      notifications.show({ color: 'green', message: STATUS_ACTIONS[status]?.done ?? `The set is ${status}` });
    } catch (error) {
      setProblem(describeProblem(error, { conflictMessage: SET_CONFLICT_MESSAGE }));
    } finally {
      setConfirmClose(false);
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-label="About this set">
      <Stack gap="md">
        <FormErrorAlert problem={problem} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg">
          <Detail label="Status">
            <SetStatusBadge status={set.status} />
          </Detail>
          <Detail label="Facilitator">
            {set.facilitator.name}
            {set.facilitator.jobTitle && (
              <Text size="xs" c="dimmed">
                {set.facilitator.jobTitle}
              </Text>
            )}
          </Detail>
          <Detail label="Meets">{set.meetingCadence}</Detail>
          <Detail label="Members">{set.members.length}</Detail>
        </SimpleGrid>
        <Detail label="Purpose">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {set.purpose}
          </Text>
        </Detail>
        {sizeWarnings.length > 0 && (
          <Alert color="orange" title="Set size">
            <List size="sm">
              {sizeWarnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {otherWarnings.length > 0 && (
          <Alert color="orange" title="Before the first meeting">
            <List size="sm">
              {otherWarnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {set.canManage && set.status !== 'Closed' && (
          <Group gap="sm">
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit details
            </Button>
            {moves.map((status) =>
              status === 'Closed' ? (
                <Button key={status} variant="light" color="red" onClick={() => setConfirmClose(true)}>
                  {STATUS_ACTIONS.Closed!.label}
                </Button>
              ) : (
                <Button key={status} variant="light" onClick={() => void move(status)} loading={update.isPending}>
                  {STATUS_ACTIONS[status]?.label ?? `Move to ${status}`}
                </Button>
              ),
            )}
          </Group>
        )}
      </Stack>

      <Modal opened={confirmClose} onClose={() => setConfirmClose(false)} title="Close the set?">
        <Stack>
          <Text size="sm">
            A closed set takes no new members and holds no more meetings, and its meetings can no longer be changed. This cannot
            be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmClose(false)} data-autofocus>
              Keep it open
            </Button>
            <Button color="red" onClick={() => void move('Closed')} loading={update.isPending}>
              Close the set
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={editing} onClose={() => setEditing(false)} title="Edit the set" size="lg">
        <EditSetForm set={set} onDone={() => setEditing(false)} onReload={onReload} />
      </Modal>
    </Card>
  );
}

function EditSetForm({ set, onDone, onReload }: { set: LearningSet; onDone: () => void; onReload: () => void }) {
  const update = useUpdateLearningSet();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: set.name, purpose: set.purpose, meetingCadence: set.meetingCadence },
    validate: validateSetDetails,
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await update.mutateAsync({
        id: set.id,
        version: set.version,
        name: values.name.trim(),
        purpose: values.purpose.trim(),
        meetingCadence: values.meetingCadence.trim(),
        status: set.status,
      });
      notifications.show({ color: 'green', message: 'Set saved' });
      onDone();
    } catch (error) {
      setProblem(applyServerErrors(form, error, { conflictMessage: SET_CONFLICT_MESSAGE }));
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
        <TextInput label="Name" required data-autofocus autoComplete="off" maxLength={SET_LIMITS.name} {...form.getInputProps('name')} />
        <Textarea label="Purpose" required autosize minRows={2} maxLength={SET_LIMITS.purpose} {...form.getInputProps('purpose')} />
        <TextInput
          label="Meeting cadence"
          description="How often the set means to meet, e.g. “every 4 weeks”."
          required
          autoComplete="off"
          maxLength={SET_LIMITS.cadence}
          {...form.getInputProps('meetingCadence')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
