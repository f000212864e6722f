import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useProviderOutcomes } from '../api/get-provider-outcomes';

const decimal = (value: number | null, places: number, suffix = '') =>
  value === null ? '—' : `${value.toLocaleString('en-GB', { minimumFractionDigits: places, maximumFractionDigits: places })}${suffix}`;

/** Which providers actually deliver results: contracts learnt with them and what the impact reviews found. */
export function ProviderOutcomes({ providerId }: { providerId: string }) {
  const outcomes = useProviderOutcomes(providerId, true);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="provider-outcomes-heading">
      <Title order={2} size="h4" id="provider-outcomes-heading" mb="sm">
        Outcome record
      </Title>
      {outcomes.isPending ? (
        <LoadingState label="Loading the outcome record…" />
      ) : outcomes.isError ? (
        <QueryError error={outcomes.error} onRetry={() => outcomes.refetch()} title="Could not load the outcome record" />
      ) : outcomes.data.contracts === 0 ? (
        <Text c="dimmed" size="sm">
          No agreed contract has used this provider yet.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
          {[
            ['Contracts', String(outcomes.data.contracts)],
            ['Active', String(outcomes.data.active)],
            ['Completed', String(outcomes.data.completed)],
            ['Withdrawn', String(outcomes.data.withdrawn)],
            ['Completion rate', decimal(outcomes.data.completionRatePercent, 1, ' %')],
            ['Impact reviews', String(outcomes.data.impactReviewsCompleted)],
            ['Average ROI', decimal(outcomes.data.averageRoiPercent, 1, ' %')],
            ['Average BCR', decimal(outcomes.data.averageBenefitCostRatio, 2)],
            ['Average transfer rating', decimal(outcomes.data.averageTransferRating, 2)],
          ].map(([term, value]) => (
            <Stack key={term} gap={0}>
              <Text component="dt" size="xs" c="dimmed">
                {term}
              </Text>
              <Text component="dd" m={0} fw={600}>
                {value}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
