import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { formatDate, todayIso } from '@/lib/dates';

import type { LearningSet } from '../api/get-learning-sets';
import { type MemberOneToOne, type OneToOne, useOneToOnes } from '../api/get-one-to-ones';
import { useRecordOneToOne } from '../api/record-one-to-one';

import { oneToOneValues, type OneToOneValues, validateOneToOne } from './one-to-one-values';
import { ReadOnlyField } from './read-only-field';
import { SET_LIMITS } from './set-vocabulary';

const CONFLICT_MESSAGE = 'Someone else changed this one-to-one first — reload to see their changes, then try again';

type SetOneToOnesProps = {
  set: LearningSet;
  userId: string;
};

/**
 * Each member's one-to-one with the facilitator before the first meeting: the facilitator and HR record them
 * and see who has had theirs; a member reads their own.
 */
export function SetOneToOnes({ set, userId }: SetOneToOnesProps) {
  const headingId = useId();
  const query = useOneToOnes(set.id);
  const [editing, setEditing] = useState<MemberOneToOne | null>(null);
  // A member who does not manage the set is sent only their own entry.
  const ownOnly = !set.canManage && set.members.some((member) => member.id === userId);
  const title = ownOnly ? 'My one-to-one' : 'One-to-ones';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {ownOnly
              ? 'Before the first meeting you talk with the facilitator about your development project and reframe it into something achievable.'
              : 'Before the first meeting the facilitator talks with each member about their development project and reframes it into something achievable.'}
          </Text>
        </div>
        {query.isPending ? (
          <LoadingState label="Loading the one-to-ones" />
        ) : query.isError ? (
          <QueryError title="Could not load the one-to-ones" error={query.error} onRetry={() => void query.refetch()} />
        ) : ownOnly ? (
          <OwnOneToOne oneToOne={query.data.members.find((entry) => entry.member.id === userId)?.oneToOne ?? null} />
        ) : query.data.members.length === 0 ? (
          <Text size="sm" c="dimmed">
            No members yet: each member has a one-to-one once they join.
          </Text>
        ) : (
          <OneToOnesTable
            entries={query.data.members}
            labelledBy={headingId}
            records={query.data.canManage && set.status !== 'Closed'}
            onRecord={setEditing}
          />
        )}
      </Stack>
      <Modal
        opened={!!editing}
        onClose={() => setEditing(null)}
        title={editing ? `One-to-one with ${editing.member.name}` : ''}
        size="lg"
      >
        {editing && (
          <OneToOneForm
            setId={set.id}
            entry={editing}
            onDone={() => setEditing(null)}
            onReload={() => {
              void query.refetch();
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </Card>
  );
}

function OwnOneToOne({ oneToOne }: { oneToOne: OneToOne | null }) {
  if (!oneToOne)
    return (
      <Text size="sm" c="dimmed">
        Your one-to-one with the facilitator has not been recorded yet.
      </Text>
    );
  return (
    <Stack gap="sm">
      <ReadOnlyField label="Held on">{formatDate(oneToOne.heldOn)}</ReadOnlyField>
      <ReadOnlyField label="My development project">{oneToOne.developmentProject}</ReadOnlyField>
      <ReadOnlyField label="Reframed into something achievable">{oneToOne.reframedProject}</ReadOnlyField>
      <ReadOnlyField label="Notes" empty="No notes.">
        {oneToOne.notes}
      </ReadOnlyField>
      <Text size="xs" c="dimmed">
        Recorded by {oneToOne.recordedBy.name}
      </Text>
    </Stack>
  );
}

type OneToOnesTableProps = {
  entries: readonly MemberOneToOne[];
  labelledBy: string;
  records: boolean;
  onRecord: (entry: MemberOneToOne) => void;
};

function OneToOnesTable({ entries, labelledBy, records, onRecord }: OneToOnesTableProps) {
  const held = entries.filter((entry) => entry.oneToOne).length;
  return (
    <Stack gap="xs">
      <Text size="sm">
        {held === entries.length
          ? `Every member has had their one-to-one (${held} of ${entries.length}).`
          : `${held} of ${entries.length} members have had their one-to-one.`}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-labelledby={labelledBy} striped verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Member</Table.Th>
              <Table.Th scope="col">One-to-one</Table.Th>
              <Table.Th scope="col">Development project, reframed</Table.Th>
              {records && (
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.member.id}>
                <Table.Td>
                  <Text size="sm">{entry.member.name}</Text>
                  {entry.member.jobTitle && (
                    <Text size="xs" c="dimmed">
                      {entry.member.jobTitle}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {entry.oneToOne ? (
                    <Badge variant="light" color="green">
                      Held {formatDate(entry.oneToOne.heldOn)}
                    </Badge>
                  ) : (
                    <Badge variant="light" color="orange">
                      Not yet held
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {entry.oneToOne ? (
                    <Stack gap={2}>
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                        {entry.oneToOne.reframedProject}
                      </Text>
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        As they put it: {entry.oneToOne.developmentProject}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                {records && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant={entry.oneToOne ? 'default' : 'light'}
                      onClick={() => onRecord(entry)}
                      aria-label={`${entry.oneToOne ? 'Edit' : 'Record'} the one-to-one with ${entry.member.name}`}
                    >
                      {entry.oneToOne ? 'Edit' : 'Record one-to-one'}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

type OneToOneFormProps = {
  setId: string;
  entry: MemberOneToOne;
  onDone: () => void;
  onReload: () => void;
};

/** When the one-to-one was held, the member's project as they put it and reframed, and notes. */
export function OneToOneForm({ setId, entry, onDone, onReload }: OneToOneFormProps) {
  const record = useRecordOneToOne();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm<OneToOneValues>({
    mode: 'controlled',
    initialValues: oneToOneValues(entry.oneToOne),
    validate: validateOneToOne,
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      await record.mutateAsync({
        setId,
        personId: entry.member.id,
        heldOn: values.heldOn,
        developmentProject: values.developmentProject.trim(),
        reframedProject: values.reframedProject.trim(),
        notes: values.notes.trim(),
        version: entry.oneToOne?.version ?? 0,
      });
      notifications.show({ color: 'green', message: `One-to-one with ${entry.member.name} saved` });
      onDone();
    } catch (error) {
      setProblem(applyServerErrors(form, error, { conflictMessage: CONFLICT_MESSAGE }));
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} onReload={onReload} />
        <TextInput label="Held on" type="date" required data-autofocus max={todayIso()} {...form.getInputProps('heldOn')} />
        <Textarea
          label="Development project"
          description="The project as the member describes it."
          required
          autosize
          minRows={2}
          maxLength={SET_LIMITS.text}
          {...form.getInputProps('developmentProject')}
        />
        <Textarea
          label="Reframed project"
          description="The same project reframed into something achievable within the set."
          required
          autosize
          minRows={2}
          maxLength={SET_LIMITS.text}
          {...form.getInputProps('reframedProject')}
        />
        <Textarea label="Notes" autosize minRows={2} maxLength={SET_LIMITS.text} {...form.getInputProps('notes')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Save one-to-one
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
