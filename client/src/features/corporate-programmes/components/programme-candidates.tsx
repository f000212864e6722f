import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, QueryError } from '@/components/ui/query-state';

import { type ProgrammeCandidate, useProgrammeCandidates } from '../api/get-programme-candidates';

import { CreateProgrammeModal } from './programme-modal';
import type { OfferingChoice } from './programme-vocabulary';

type ProgrammeCandidatesProps = {
  offerings: readonly OfferingChoice[];
  /** Called with the new programme's id after one was created from a cluster. */
  onCreated?: (id: string) => void;
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Clusters of needs that share a competency and still wait for a solution: candidates for one programme. */
export function ProgrammeCandidates({ offerings, onCreated }: ProgrammeCandidatesProps) {
  const candidates = useProgrammeCandidates();
  const [creating, setCreating] = useState<ProgrammeCandidate | null>(null);

  if (candidates.isPending) return <LoadingState label="Loading candidates" />;
  if (candidates.isError) return <QueryError error={candidates.error} onRetry={() => void candidates.refetch()} />;

  if (candidates.data.length === 0) {
    return (
      <EmptyState
        title="No clusters of shared needs at the moment"
        description="When several identified needs without a solution share a competency tag, they appear here as a candidate for one corporate programme."
      />
    );
  }

  return (
    <Stack>
      {candidates.data.map((candidate) => (
        <Card key={candidate.competencyTag} withBorder padding="lg" component="article" aria-label={`Cluster: ${candidate.competencyTag}`}>
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Title order={3} size="h4">
                  Competency: {candidate.competencyTag}
                </Title>
                <Text size="sm" c="dimmed">
                  {plural(candidate.needCount, 'need', 'needs')} across {plural(candidate.teamCount, 'team', 'teams')}
                </Text>
              </Stack>
              <Button onClick={() => setCreating(candidate)} aria-label={`Create programme from the ${candidate.competencyTag} cluster`}>
                Create programme from this cluster
              </Button>
            </Group>
            <Table.ScrollContainer minWidth={640}>
              <Table striped aria-label={`Needs sharing ${candidate.competencyTag}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Need</Table.Th>
                    <Table.Th scope="col">Learner</Table.Th>
                    <Table.Th scope="col">Unit</Table.Th>
                    <Table.Th scope="col">Manager</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {candidate.needs.map((need) => (
                    <Table.Tr key={need.needId}>
                      <Table.Td>
                        <Text size="sm">{need.title}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{need.learnerName}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{need.orgUnitName}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{need.managerName || '—'}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="sm">
              <Text span fw={600}>
                Managers to consult:
              </Text>{' '}
              {candidate.managersToConsult.map((manager) => manager.displayName).join(', ') || '—'}
            </Text>
          </Stack>
        </Card>
      ))}
      <CreateProgrammeModal
        // A new form for each cluster, prefilled from it.
        key={creating?.competencyTag ?? 'none'}
        opened={!!creating}
        onClose={() => setCreating(null)}
        initial={
          creating
            ? {
                competencyTag: creating.competencyTag,
                managersConsulted: creating.managersToConsult.map((manager) => manager.id),
              }
            : undefined
        }
        managers={(creating?.managersToConsult ?? []).map((manager) => ({ value: manager.id, label: manager.displayName }))}
        offerings={offerings}
        onCreated={onCreated}
      />
    </Stack>
  );
}
