import { Table, Text } from '@mantine/core';

import { LoadingState, QueryError } from '@/components/ui/query-state';
import { formatMoney } from '@/lib/money';

import { type TeamDashboardFigures, useTeamDashboard } from '../api/get-team-dashboard';

function OnTime({ figures }: { figures: TeamDashboardFigures }) {
  if (figures.reviewsHeldOnTimePercent === null) {
    return (
      <Text size="sm" c="dimmed">
        No reviews yet
      </Text>
    );
  }
  return (
    <Text size="sm">
      {figures.reviewsHeldOnTimePercent} % ({figures.reviewsHeldOnTime} of {figures.reviewsDue})
    </Text>
  );
}

function FigureCells({ figures }: { figures: TeamDashboardFigures }) {
  return (
    <>
      <Table.Td>
        {formatMoney(figures.budgetCommitted)}
        <Text size="xs" c="dimmed">
          {figures.contractsInForce} {figures.contractsInForce === 1 ? 'contract' : 'contracts'}
        </Text>
      </Table.Td>
      <Table.Td>
        {formatMoney(figures.benefitRealised)}
        <Text size="xs" c="dimmed">
          {figures.impactReviewsRecorded} impact {figures.impactReviewsRecorded === 1 ? 'review' : 'reviews'}
        </Text>
      </Table.Td>
      <Table.Td>
        <OnTime figures={figures} />
      </Table.Td>
    </>
  );
}

/** Each direct report's budget committed against benefit realised, and how many of their progress reviews were held on time. */
export function TeamDashboard({ managerId }: { managerId: string }) {
  const dashboard = useTeamDashboard(managerId);

  if (dashboard.isPending) return <LoadingState label="Loading the team dashboard" />;
  if (dashboard.isError) return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (dashboard.data.members.length === 0) return null;

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label="Team development figures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Budget committed</Table.Th>
            <Table.Th scope="col">Benefit realised</Table.Th>
            <Table.Th scope="col">Reviews held on time</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {dashboard.data.members.map((member) => (
            <Table.Tr key={member.personId}>
              <Table.Th scope="row" fw={500}>
                {member.displayName}
              </Table.Th>
              <FigureCells figures={member.figures} />
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">Team total</Table.Th>
            <FigureCells figures={dashboard.data.totals} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
