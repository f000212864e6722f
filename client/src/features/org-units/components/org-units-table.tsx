import { Badge, Box, Button, Table, Text, VisuallyHidden } from '@mantine/core';

import type { OrgUnit } from '../api/get-org-units';

import { flattenTree } from './org-unit-tree';

const KIND_COLOUR: Record<string, string> = { Organisation: 'indigo', Department: 'blue', Team: 'teal' };

type OrgUnitsTableProps = {
  units: readonly OrgUnit[];
  onEdit: (unit: OrgUnit) => void;
};

/** The org-unit tree as an indented table, each unit under its parent. */
export function OrgUnitsTable({ units, onEdit }: OrgUnitsTableProps) {
  const rows = flattenTree(units);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table highlightOnHover aria-label="Organisation structure">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Parent</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ unit, depth, parent }) => (
            <Table.Tr key={unit.id}>
              <Table.Td>
                <Text size="sm" fw={depth === 0 ? 600 : 400} pl={`calc(${depth} * var(--mantine-spacing-lg))`}>
                  {depth > 0 && (
                    <Box component="span" c="dimmed" aria-hidden="true" mr={6}>
                      └
                    </Box>
                  )}
                  {unit.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={KIND_COLOUR[unit.kind] ?? 'gray'}>
                  {unit.kind}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={parent ? undefined : 'dimmed'}>
                  {parent?.name ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Button size="xs" variant="subtle" onClick={() => onEdit(unit)} aria-label={`Edit ${unit.name}`}>
                  Edit
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
