import { Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { formatDateTime } from '@/lib/dates';

import { useContractVersions } from '../api/get-contract-versions';

import { ContractStatusBadge } from './contract-status-badge';
import { versionStatusLabel } from './contract-vocabulary';
import { VersionDiff } from './version-diff';

const signature = (name: string | null, at: string | null) => (at ? `${name ?? ''}, ${formatDateTime(at)}` : '—');

/** Every version of a contract, oldest first, and the differences between any two of them. */
export function VersionHistory({ contractId }: { contractId: string }) {
  const versions = useContractVersions(contractId);
  const [chosen, setChosen] = useState<{ from: string | null; to: string | null }>({ from: null, to: null });

  if (versions.isPending) return <LoadingState label="Loading the versions" />;
  if (versions.isError) return <QueryError error={versions.error} onRetry={() => void versions.refetch()} />;

  const items = versions.data.items;
  if (items.length === 0) return <EmptyState title="No versions yet" />;

  const numbers = items.map((version) => String(version.number));
  // By default, the latest version against the one before it.
  const from = chosen.from ?? numbers[Math.max(0, numbers.length - 2)]!;
  const to = chosen.to ?? numbers[numbers.length - 1]!;
  const before = items.find((version) => String(version.number) === from);
  const after = items.find((version) => String(version.number) === to);
  const options = items.map((version) => ({
    value: String(version.number),
    label: `Version ${version.number} (${versionStatusLabel(version.status).toLowerCase()})`,
  }));

  return (
    <Stack gap="md">
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label="Versions of the contract">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Version</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col">Drafted</Table.Th>
              <Table.Th scope="col">Learner signed</Table.Th>
              <Table.Th scope="col">Manager signed</Table.Th>
              <Table.Th scope="col">Changes asked for</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((version) => (
              <Table.Tr key={version.number}>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    Version {version.number}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ContractStatusBadge status={versionStatusLabel(version.status)} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(version.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{signature(version.learnerSignedByName, version.learnerSignedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{signature(version.managerSignedByName, version.managerSignedAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {version.changeComment || '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      {items.length < 2 ? (
        <Text size="sm" c="dimmed">
          There is only one version so far: amendments appear here, and can be compared with it.
        </Text>
      ) : (
        <Stack gap="sm" component="section" aria-labelledby="compare-versions-heading">
          <Title order={3} size="h5" id="compare-versions-heading">
            Compare versions
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} maw={520}>
            <Select
              label="Compare"
              data={options}
              value={from}
              allowDeselect={false}
              onChange={(value) => setChosen((current) => ({ ...current, from: value }))}
            />
            <Select
              label="with"
              data={options}
              value={to}
              allowDeselect={false}
              onChange={(value) => setChosen((current) => ({ ...current, to: value }))}
            />
          </SimpleGrid>
          {before && after && <VersionDiff before={before} after={after} />}
        </Stack>
      )}
    </Stack>
  );
}
