import { Badge, Button, Checkbox, CloseButton, Group, Input, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useId, useRef, useState } from 'react';

import { formatDate } from '@/lib/dates';

import type { ReviewAction } from '../api/get-progress-review';

import { newAction, type ReviewFormValues } from './review-form-values';
import { REVIEW_LIMITS } from './review-vocabulary';

export type OwnerOption = { value: string; label: string };

function ActionStatus({ action }: { action: Pick<ReviewAction, 'status'> }) {
  return action.status === 'Done' ? (
    <Badge color="green" variant="light">
      Done
    </Badge>
  ) : (
    <Badge color="blue" variant="light">
      Open
    </Badge>
  );
}

/** Actions as read: what, who, by when, and whether done. */
export function ActionsTable({ actions, label }: { actions: readonly ReviewAction[]; label: string }) {
  if (actions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        None.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Owner</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>
                <Text size="sm">{action.description}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{action.ownerName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(action.dueOn)}</Text>
              </Table.Td>
              <Table.Td>
                <ActionStatus action={action} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type ActionsEditorProps = {
  form: UseFormReturnType<ReviewFormValues>;
  owners: readonly OwnerOption[];
  /** Names of the owners of carried-over actions, who may no longer be among the options. */
  carriedOver: readonly ReviewAction[];
};

/**
 * The manager's actions: those carried over from earlier reviews, each with a "Done" box, and
 * the actions agreed at this review, added and removed freely (a new row takes the focus).
 */
export function ActionsEditor({ form, owners, carriedOver }: ActionsEditorProps) {
  const actions = form.values.manager.actions;
  const descriptions = useRef<Record<string, HTMLInputElement | null>>({});
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const listError = form.errors['manager.actions'];
  const carriedHeadingId = useId();
  const ownHeadingId = useId();

  useEffect(() => {
    if (focusKey === null) return;
    (focusKey === '' ? addButton.current : descriptions.current[focusKey])?.focus();
    setFocusKey(null);
  }, [focusKey, actions.length]);

  const carried = actions.map((action, position) => ({ action, position })).filter(({ action }) => action.carried);
  const own = actions.map((action, position) => ({ action, position })).filter(({ action }) => !action.carried);
  const ownerOptions = [{ value: '', label: 'Choose who owns it' }, ...owners];

  const add = () => {
    const action = newAction();
    form.insertListItem('manager.actions', action);
    setFocusKey(action.key);
  };

  return (
    <Stack gap="md">
      <Stack gap="xs" role="group" aria-labelledby={carriedHeadingId}>
        <Title order={3} size="h5" id={carriedHeadingId}>
          Actions carried over
        </Title>
        {carried.length === 0 ? (
          <Text size="sm" c="dimmed">
            No open actions from earlier reviews.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table aria-label="Actions carried over">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Action</Table.Th>
                  <Table.Th scope="col">Owner</Table.Th>
                  <Table.Th scope="col">Due</Table.Th>
                  <Table.Th scope="col">Done</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {carried.map(({ action, position }) => {
                  const original = carriedOver.find((item) => item.id === action.id);
                  return (
                    <Table.Tr key={action.key}>
                      <Table.Td>
                        <Text size="sm">{action.description}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{original?.ownerName ?? owners.find((owner) => owner.value === action.ownerId)?.label ?? '—'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatDate(action.dueOn)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Checkbox
                          aria-label={`Done: ${action.description}`}
                          {...form.getInputProps(`manager.actions.${position}.done`, { type: 'checkbox' })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      <Stack gap="xs" role="group" aria-labelledby={ownHeadingId}>
        <Title order={3} size="h5" id={ownHeadingId}>
          Actions agreed at this review
        </Title>
        {own.length === 0 && (
          <Text size="sm" c="dimmed">
            None yet.
          </Text>
        )}
        {own.map(({ action, position }, number) => {
          const name = `Action ${number + 1}`;
          return (
            <Paper key={action.key} withBorder p="sm" role="group" aria-label={name}>
              <Group align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  ref={(node) => {
                    descriptions.current[action.key] = node;
                  }}
                  label={name}
                  required
                  maxLength={REVIEW_LIMITS.actionDescription}
                  style={{ flex: '1 1 260px' }}
                  {...form.getInputProps(`manager.actions.${position}.description`)}
                />
                <NativeSelect
                  label={`Owner of action ${number + 1}`}
                  required
                  data={ownerOptions}
                  style={{ flex: '0 1 220px' }}
                  {...form.getInputProps(`manager.actions.${position}.ownerId`)}
                />
                <TextInput
                  label={`Due date of action ${number + 1}`}
                  type="date"
                  required
                  style={{ flex: '0 1 170px' }}
                  {...form.getInputProps(`manager.actions.${position}.dueOn`)}
                />
                <CloseButton
                  aria-label={`Remove action ${number + 1}`}
                  mt={26}
                  onClick={() => {
                    form.removeListItem('manager.actions', position);
                    const next = own[number + 1] ?? own[number - 1];
                    setFocusKey(next ? next.action.key : '');
                  }}
                />
              </Group>
            </Paper>
          );
        })}
        {listError && <Input.Error>{listError}</Input.Error>}
        <Group>
          <Button ref={addButton} variant="light" size="xs" onClick={add} disabled={actions.length >= REVIEW_LIMITS.actions}>
            Add an action
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
