import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';

import { describeProblem, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { isApiError } from '@/lib/api-client';

import { useAddLearningSetMember } from '../api/add-learning-set-member';
import type { LearningSet } from '../api/get-learning-sets';

import type { PickedPerson, RenderPersonPicker } from './person-picker';
import { SET_CONFLICT_MESSAGE } from './set-details';
import { SET_SIZE } from './set-vocabulary';

type SetMembersProps = {
  set: LearningSet;
  renderPersonPicker: RenderPersonPicker;
  onReload: () => void;
};

/** The set's members; the facilitator and HR add people while the set is not closed. */
export function SetMembers({ set, renderPersonPicker, onReload }: SetMembersProps) {
  const headingId = useId();
  const add = useAddLearningSetMember();
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const adds = set.canManage && set.status !== 'Closed';
  const full = set.members.length >= SET_SIZE.limit;

  const submit = async () => {
    setProblem(null);
    setFieldError(null);
    if (!person) {
      setFieldError('Choose who joins the set.');
      return;
    }
    try {
      await add.mutateAsync({ setId: set.id, personId: person.id, version: set.version });
      notifications.show({ color: 'green', message: `${person.name} joined the set` });
      setPerson(null);
    } catch (error) {
      const personError = isApiError(error, 400) ? error.problem.errors?.personId?.join(' ') : undefined;
      if (personError) setFieldError(personError);
      else setProblem(describeProblem(error, { conflictMessage: SET_CONFLICT_MESSAGE }));
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          Members
        </Title>
        {set.members.length === 0 ? (
          <Text size="sm" c="dimmed">
            No members yet.{adds ? ' Add the peers who will work together in this set.' : ''}
          </Text>
        ) : (
          <Table aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Job title</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {set.members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <Text size="sm">{member.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{member.jobTitle || '—'}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {adds && !full && (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <Stack gap="xs">
              <FormErrorAlert problem={problem} onReload={onReload} />
              <Group align="flex-end" gap="sm">
                <div style={{ flex: 1, minWidth: 240 }}>
                  {renderPersonPicker({
                    label: 'New member',
                    description: 'An active person; not the facilitator or someone already in the set.',
                    placeholder: 'Search by name',
                    value: person,
                    onChange: (next) => {
                      setPerson(next);
                      setFieldError(null);
                    },
                    error: fieldError,
                    excludeIds: [set.facilitator.id, ...set.members.map((member) => member.id)],
                  })}
                </div>
                <Button type="submit" loading={add.isPending}>
                  Add member
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
