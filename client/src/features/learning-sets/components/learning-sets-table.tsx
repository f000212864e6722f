import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';

import { useLearningSets } from '../api/get-learning-sets';

import { SetStatusBadge } from './set-vocabulary';

type LearningSetsTableProps = {
  userId: string;
  setHref: (id: string) => string;
  /** What the empty list offers, e.g. forming a set for those who may. */
  emptyAction?: ReactNode;
  emptyDescription: string;
};

/** The sets the caller sees, by name: status, facilitator, member count, and the caller's part in each. */
export function LearningSetsTable({ userId, setHref, emptyAction, emptyDescription }: LearningSetsTableProps) {
  const query = useLearningSets();
  const sets = query.data?.pages.flatMap((page) => page.items) ?? [];

  if (query.isPending) return <LoadingState label="Loading learning sets" />;
  if (query.isError && !query.isFetchNextPageError) return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  if (sets.length === 0) return <EmptyState title="No learning sets yet" description={emptyDescription} action={emptyAction} />;

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Learning sets" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Set</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Facilitator</Table.Th>
              <Table.Th scope="col">Members</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sets.map((set) => {
              const part = set.facilitator.id === userId ? 'You facilitate' : set.members.some((member) => member.id === userId) ? 'You are a member' : null;
              return (
                <Table.Tr key={set.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component={Link} to={setHref(set.id)} size="sm" fw={500}>
                        {set.name}
                      </Anchor>
                      {part && (
                        <Badge size="xs" variant="outline">
                          {part}
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {set.meetingCadence}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <SetStatusBadge status={set.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{set.facilitator.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{set.members.length}</Text>
                    {set.warnings.length > 0 && (
                      <Text size="xs" c="orange.9">
                        Outside the best size
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore query={query} what="learning sets" />
    </Stack>
  );
}
