import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';

import { LoadingState, QueryError } from '@/components/ui/query-state';
import { formatDateTime } from '@/lib/dates';
import { formatMoney } from '@/lib/money';

import { useProgramme } from '../api/get-programme';
import { useProgrammeCandidates } from '../api/get-programme-candidates';

import { EnrolForm } from './enrol-form';
import { EditProgrammeModal } from './programme-modal';
import { type OfferingChoice, type PersonChoice, PROGRAMME_STATUS_COLOUR } from './programme-vocabulary';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

type ProgrammeDetailsProps = {
  id: string;
  /** HR edits the programme and enrols needs; managers and Admin read. */
  canEdit: boolean;
  offerings: readonly OfferingChoice[];
};

/** One corporate programme: what is bought and for how much, who was consulted, and the needs enrolled. */
export function ProgrammeDetails({ id, canEdit, offerings }: ProgrammeDetailsProps) {
  const programme = useProgramme(id);
  // The cluster the programme serves: the needs that may still be enrolled, and their managers.
  const candidates = useProgrammeCandidates({ enabled: canEdit });
  const [editing, setEditing] = useState(false);

  if (programme.isPending) return <LoadingState label="Loading programme" />;
  if (programme.isError) return <QueryError error={programme.error} onRetry={() => void programme.refetch()} />;

  const current = programme.data;
  const cluster = candidates.data?.find((candidate) => candidate.competencyTag === current.competencyTag);
  const managers: PersonChoice[] = (cluster?.managersToConsult ?? []).map((manager) => ({
    value: manager.id,
    label: manager.displayName,
  }));
  const open = current.status !== 'Completed';

  return (
    <Stack gap="lg" maw={1040}>
      <Card withBorder padding="lg" component="section" aria-label="Programme details">
        <Stack>
          <Group justify="space-between" align="flex-start">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="lg" style={{ flex: 1 }}>
              <Detail label="Status">
                <Badge variant="light" color={PROGRAMME_STATUS_COLOUR[current.status] ?? 'gray'}>
                  {current.status}
                </Badge>
              </Detail>
              <Detail label="Competency">{current.competencyTag}</Detail>
              <Detail label="Offering">
                {current.offeringTitle ? `${current.offeringTitle}${current.providerName ? ` — ${current.providerName}` : ''}` : '—'}
              </Detail>
              <Detail label="Cost">
                {formatMoney(current.costPerHead)} per head · {formatMoney(current.totalCost)}{' '}
                {current.totalCostAgreed ? 'agreed in total' : 'in total (estimated)'}
              </Detail>
            </SimpleGrid>
            {canEdit && (
              <Button variant="default" onClick={() => setEditing(true)}>
                Edit programme
              </Button>
            )}
          </Group>
          <Detail label="Managers consulted">
            {current.managersConsulted.map((manager) => manager.displayName).join(', ') || '—'}
          </Detail>
          <Detail label="Notes">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {current.notes || '—'}
            </Text>
          </Detail>
        </Stack>
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="programme-enrolments-heading">
        <Title order={2} size="h3" id="programme-enrolments-heading">
          Enrolled ({current.enrolments.length})
        </Title>
        {current.enrolments.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody is enrolled yet.
          </Text>
        ) : (
          <Table striped aria-label="Enrolments" maw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Learner</Table.Th>
                <Table.Th scope="col">Enrolled</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {current.enrolments.map((enrolment) => (
                <Table.Tr key={enrolment.needId}>
                  <Table.Td>
                    <Text size="sm">{enrolment.learnerName}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(enrolment.enrolledAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>

      {canEdit && open && (
        <Card withBorder padding="lg" component="section" aria-labelledby="programme-enrol-heading">
          <Stack>
            <Title order={2} size="h3" id="programme-enrol-heading">
              Enrol the cluster’s needs
            </Title>
            {candidates.isPending ? (
              <LoadingState label="Loading the cluster" />
            ) : candidates.isError ? (
              <QueryError error={candidates.error} onRetry={() => void candidates.refetch()} />
            ) : (
              <EnrolForm programmeId={current.id} needs={cluster?.needs ?? []} />
            )}
          </Stack>
        </Card>
      )}

      {canEdit && (
        <EditProgrammeModal
          programmeId={editing ? current.id : null}
          onClose={() => setEditing(false)}
          offerings={offerings}
          managers={managers}
        />
      )}
    </Stack>
  );
}
