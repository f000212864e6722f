import { Anchor, Table } from '@mantine/core';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useTeam } from '../api/get-team';

/** The direct reports of one person. */
export function TeamTable({ managerId }: { managerId: string }) {
  const team = useTeam(managerId);

  if (team.isPending) return <LoadingState label="Loading your team" />;
  if (team.isError) return <QueryError error={team.error} onRetry={() => void team.refetch()} />;

  if (team.data.items.length === 0) {
    return (
      <EmptyState
        title="No direct reports"
        description="Nobody reports to you at the moment. When someone does, they will be listed here."
      />
    );
  }

  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped highlightOnHover aria-label="Your direct reports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Job title</Table.Th>
            <Table.Th scope="col">E-mail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {team.data.items.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>{member.displayName}</Table.Td>
              <Table.Td>{member.jobTitle || '—'}</Table.Td>
              <Table.Td>
                <Anchor href={`mailto:${member.email}`} size="sm">
                  {member.email}
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
