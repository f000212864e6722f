import { Badge, Button, Group, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { formatDate } from '@/lib/dates';

import { type BusinessNeed, useBusinessNeeds } from '../api/get-business-needs';

import { BUSINESS_NEED_STATUSES, describeMeasure, PRIORITY_COLOUR, STATUS_COLOUR } from './business-need-vocabulary';

type BusinessNeedsTableProps = {
  /** Every unit, to filter by. */
  units: readonly { value: string; label: string }[];
  onEdit: (need: BusinessNeed) => void;
};

/** The business needs the user may read, filtered by unit and status, one page at a time. */
export function BusinessNeedsTable({ units, onEdit }: BusinessNeedsTableProps) {
  const [orgUnitId, setOrgUnitId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const needs = useBusinessNeeds({ orgUnitId, status });
  const rows = needs.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = !!orgUnitId || !!status;

  return (
    <Stack>
      <Group align="flex-end">
        <Select
          label="Unit"
          placeholder="All units"
          data={[...units]}
          value={orgUnitId}
          onChange={setOrgUnitId}
          searchable
          clearable
          nothingFoundMessage="No unit matches"
          w={320}
        />
        <Select
          label="Status"
          placeholder="Any status"
          data={[...BUSINESS_NEED_STATUSES]}
          value={status}
          onChange={setStatus}
          clearable
          w={180}
        />
      </Group>
      {needs.isPending ? (
        <LoadingState label="Loading business needs" />
      ) : needs.isError && rows.length === 0 ? (
        <QueryError error={needs.error} onRetry={() => void needs.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={filtered ? 'No business needs match' : 'No business needs yet'}
          description={
            filtered
              ? 'Try another unit or status.'
              : 'Business needs come from reviewing business plans: what the organisation, a department or a team must achieve, and how progress is measured.'
          }
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={880}>
            <Table striped highlightOnHover aria-label="Business needs" aria-busy={needs.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Title</Table.Th>
                  <Table.Th scope="col">Unit</Table.Th>
                  <Table.Th scope="col">Measure</Table.Th>
                  <Table.Th scope="col">Period</Table.Th>
                  <Table.Th scope="col">Priority</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Development needs</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((need) => (
                  <Table.Tr key={need.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {need.title}
                      </Text>
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        {need.businessObjective}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{need.orgUnitName}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{describeMeasure(need)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(need.periodStart)} – {formatDate(need.periodEnd)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={PRIORITY_COLOUR[need.priority] ?? 'gray'} fw={500}>
                        {need.priority}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLOUR[need.status] ?? 'gray'} size="sm">
                        {need.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{need.linkedDevelopmentNeeds}</Text>
                    </Table.Td>
                    <Table.Td>
                      {need.canEdit && (
                        <Button variant="subtle" size="xs" onClick={() => onEdit(need)} aria-label={`Edit ${need.title}`}>
                          Edit
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore query={needs} what="business needs" />
        </>
      )}
    </Stack>
  );
}
