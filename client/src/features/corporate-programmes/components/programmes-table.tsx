import { Anchor, Badge, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatMoney } from '@/lib/money';

import { useProgrammes } from '../api/get-programmes';

import { PROGRAMME_STATUS_COLOUR, PROGRAMME_STATUSES } from './programme-vocabulary';

/** Corporate programmes, filtered by status, one page at a time. */
export function ProgrammesTable() {
  const [status, setStatus] = useState<string | null>(null);
  const programmes = useProgrammes({ status });
  const rows = programmes.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack>
      <Select
        label="Status"
        placeholder="Any status"
        data={[...PROGRAMME_STATUSES]}
        value={status}
        onChange={setStatus}
        clearable
        w={200}
      />
      {programmes.isPending ? (
        <LoadingState label="Loading programmes" />
      ) : programmes.isError && rows.length === 0 ? (
        <QueryError error={programmes.error} onRetry={() => void programmes.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={status ? 'No programmes with this status' : 'No corporate programmes yet'}
          description={
            status
              ? 'Try another status.'
              : 'When several people share a need, HR procures one programme for all of them, in consultation with their managers.'
          }
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover aria-label="Corporate programmes" aria-busy={programmes.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Title</Table.Th>
                  <Table.Th scope="col">Competency</Table.Th>
                  <Table.Th scope="col">Offering</Table.Th>
                  <Table.Th scope="col">Cost per head</Table.Th>
                  <Table.Th scope="col">Total cost</Table.Th>
                  <Table.Th scope="col">Places</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((programme) => (
                  <Table.Tr key={programme.id}>
                    <Table.Td>
                      <Anchor component={Link} to={paths.programme.href(programme.id)} size="sm" fw={500}>
                        {programme.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{programme.competencyTag}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{programme.offeringTitle ?? '—'}</Text>
                      {programme.providerName && (
                        <Text size="xs" c="dimmed">
                          {programme.providerName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatMoney(programme.costPerHead)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatMoney(programme.totalCost)}</Text>
                      {!programme.totalCostAgreed && (
                        <Text size="xs" c="dimmed">
                          estimated
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{programme.enrolments.length}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={PROGRAMME_STATUS_COLOUR[programme.status] ?? 'gray'} size="sm">
                        {programme.status}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore query={programmes} what="programmes" />
        </>
      )}
    </Stack>
  );
}
