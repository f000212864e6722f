import { Anchor, Badge, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';

import { usePeople } from '../api/get-people';

type PeopleTableProps = {
  /** Resolves an org unit id to its name; the id is shown when it cannot. */
  orgUnitName?: (id: string) => string | undefined;
};

/** The people directory: searchable, one page at a time with "Load more". */
export function PeopleTable({ orgUnitName }: PeopleTableProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const people = usePeople({ q });

  const rows = people.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <TextInput
        label="Search people"
        placeholder="Name or e-mail"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={360}
      />
      {people.isPending ? (
        <LoadingState label="Loading people" />
      ) : people.isError && rows.length === 0 ? (
        <QueryError error={people.error} onRetry={() => void people.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={q.trim() ? 'Nobody matches your search' : 'No people yet'}
          description={q.trim() ? 'Try part of a name or an e-mail address.' : 'Add the first person with "New person".'}
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover aria-label="People" aria-busy={people.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">E-mail</Table.Th>
                  <Table.Th scope="col">Job title</Table.Th>
                  <Table.Th scope="col">Org unit</Table.Th>
                  <Table.Th scope="col">Roles</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.admin.person.href(person.id)} size="sm">
                        {person.displayName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{person.email}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{person.jobTitle || '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{orgUnitName?.(person.orgUnitId) ?? '—'}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {person.isManager && (
                          <Badge variant="outline" size="sm">
                            Manager
                          </Badge>
                        )}
                        {person.roles.map((role) => (
                          <Badge key={role} variant="light" size="sm">
                            {role}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={person.active ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                        {person.active ? 'Active' : 'Inactive'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore query={people} what="people" />
        </>
      )}
    </Stack>
  );
}
