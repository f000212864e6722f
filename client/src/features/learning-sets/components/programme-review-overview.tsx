import { Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useProgrammeReviewOverview } from '../api/get-programme-review-overview';

import { FiguresTable, headline, PercentBar, responseLine } from './review-figures';
import { formatPercent, respondentRoleLabel } from './review-vocabulary';
import { SetStatusBadge } from './set-vocabulary';

/** HR's view of every programme review: all responses pooled, by role, and a row per set with a review. */
export function ProgrammeReviewOverview({ setHref }: { setHref: (id: string) => string }) {
  const headingId = useId();
  const query = useProgrammeReviewOverview();

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          Programme review results
        </Title>
        {query.isPending ? (
          <LoadingState label="Loading the programme review results" />
        ) : query.isError ? (
          <QueryError title="Could not load the programme review results" error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.sets.length === 0 ? (
          <Text size="sm" c="dimmed">
            No set has opened its programme review yet. The facilitator or HR opens it from the set’s page once the set is running.
          </Text>
        ) : (
          <>
            <Group gap="lg" align="center">
              <Text size="lg" fw={700}>
                All sets: {headline(query.data.overall)}
              </Text>
              <Text size="sm">{responseLine(query.data.overall)}</Text>
            </Group>
            <Table.ScrollContainer minWidth={720}>
              <Table striped>
                <Table.Caption>Programme review results by set</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Set</Table.Th>
                    <Table.Th scope="col">Answered</Table.Th>
                    <Table.Th scope="col">Good or excellent</Table.Th>
                    <Table.Th scope="col" ta="right">
                      Achieved their goal
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      Started a second phase
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.sets.map((row) => (
                    <Table.Tr key={row.setId}>
                      <Table.Th scope="row" fw={400}>
                        <Group gap="xs">
                          <Anchor component={Link} to={setHref(row.setId)} size="sm" fw={500}>
                            {row.setName}
                          </Anchor>
                          <SetStatusBadge status={row.setStatus} size="xs" />
                        </Group>
                      </Table.Th>
                      <Table.Td>
                        <Text size="sm">{responseLine(row.figures)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Text size="sm" w={48}>
                            {formatPercent(row.figures.goodOrExcellentPercent)}
                          </Text>
                          <PercentBar value={row.figures.goodOrExcellentPercent} colour="var(--mantine-color-teal-6)" />
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">{formatPercent(row.figures.achievedGoalPercent)}</Table.Td>
                      <Table.Td ta="right">{formatPercent(row.figures.startedSecondPhasePercent)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <FiguresTable
              caption="Every set's responses together, by respondent role"
              columns={[
                { label: 'Overall', figures: query.data.overall },
                ...query.data.byRole.map((role) => ({ label: respondentRoleLabel(role.respondentRole), figures: role.figures })),
              ]}
            />
          </>
        )}
      </Stack>
    </Card>
  );
}
