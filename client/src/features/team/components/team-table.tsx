import { Anchor, Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { NEED_STATUSES, NeedStatusBadge } from '@/components/ui/need-status-badge';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatDate, todayIso } from '@/lib/dates';

import { type TeamMember, useTeam } from '../api/get-team';

function OpenNeeds({ member }: { member: TeamMember }) {
  if (member.openNeeds === 0) {
    return (
      <Text size="sm" c="dimmed">
        None open
      </Text>
    );
  }
  const stages = NEED_STATUSES.filter((status) => (member.openNeedsByStatus[status] ?? 0) > 0);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {member.openNeeds} open
      </Text>
      <Group gap={4} aria-label={`Open needs of ${member.displayName} by stage`}>
        {stages.map((status) => (
          <NeedStatusBadge key={status} status={status} count={member.openNeedsByStatus[status]} size="sm" />
        ))}
      </Group>
    </Stack>
  );
}

function NextDiscussion({ date }: { date: string | null }) {
  if (!date) return <Text size="sm">—</Text>;
  const overdue = date < todayIso();
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(date)}
      </Text>
      {overdue && (
        <Badge color="red" variant="light" size="xs">
          Overdue
        </Badge>
      )}
    </Group>
  );
}

/** The direct reports of one person, with where their development stands and what to do next. */
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
    <Table.ScrollContainer minWidth={880}>
      <Table striped highlightOnHover aria-label="Your direct reports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Development needs</Table.Th>
            <Table.Th scope="col">Last 1:1</Table.Th>
            <Table.Th scope="col">Next 1:1</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {team.data.items.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {member.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {member.jobTitle || '—'} ·{' '}
                  <Anchor href={`mailto:${member.email}`} size="xs">
                    {member.email}
                  </Anchor>
                </Text>
              </Table.Td>
              <Table.Td>
                <OpenNeeds member={member} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {member.lastDiscussionOn ? formatDate(member.lastDiscussionOn) : 'None yet'}
                </Text>
              </Table.Td>
              <Table.Td>
                <NextDiscussion date={member.nextDiscussionOn} />
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap" justify="flex-end">
                  <Button
                    component={Link}
                    to={paths.recordDiscussion.href(member.id)}
                    size="xs"
                    aria-label={`Record 1:1 with ${member.displayName}`}
                  >
                    Record 1:1
                  </Button>
                  <Button
                    component={Link}
                    to={paths.personPlan.href(member.id)}
                    size="xs"
                    variant="default"
                    aria-label={`View plan of ${member.displayName}`}
                  >
                    View plan
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
