import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';

import type { Contract } from '../api/get-contract';
import { useAllContracts } from '../api/get-contracts';

import { ContractSignPanel } from './contract-sign-panel';
import { ContractSignatures } from './contract-signatures';
import { contractsToSign } from './contract-state';
import { ContractStatusBadge } from './contract-status-badge';
import { ContractTermsView } from './contract-terms-view';
import { solutionTypeLabel } from './contract-vocabulary';

function ContractToSign({ contract, personId, onReload }: { contract: Contract; personId: string; onReload: () => void }) {
  const headingId = useId();
  const pending = contract.pending!;
  const asLearner = contract.learnerId === personId;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" id={headingId}>
              {contract.needTitle}
            </Title>
            <Text size="sm" c="dimmed">
              {asLearner ? `Proposed by ${contract.managerName}` : `For ${contract.learnerName}`} · version {pending.number} ·{' '}
              {solutionTypeLabel(contract.solutionType)}: {contract.solutionDescription}
            </Text>
          </Stack>
          <Group gap="xs">
            <ContractStatusBadge status={contract.status} />
            <Anchor component={Link} to={paths.contract.href(contract.id)} size="sm">
              Open contract
            </Anchor>
          </Group>
        </Group>
        {contract.inForce && (
          <Text size="sm">
            This amends version {contract.inForce.number}, which stays in force until both of you sign version {pending.number}.
            The contract page shows what changed.
          </Text>
        )}
        <ContractTermsView version={pending} name={`version ${pending.number}`} learnerName={contract.learnerName} />
        <ContractSignatures version={pending} learnerName={contract.learnerName} managerName={contract.managerName} />
        <ContractSignPanel contract={contract} viewer={asLearner ? 'learner' : 'manager'} onReload={onReload} />
      </Stack>
    </Card>
  );
}

/** The proposed terms waiting for this person's signature, in full: the learner's to sign, the manager's to countersign. */
export function ContractsToSign({ personId }: { personId: string }) {
  const contracts = useAllContracts();

  if (contracts.isPending) return <LoadingState label="Loading contracts to sign" />;
  if (contracts.isError) return <QueryError error={contracts.error} onRetry={() => void contracts.refetch()} />;

  const toSign = contractsToSign(contracts.data, personId);
  if (toSign.length === 0) {
    return (
      <EmptyState
        title="Nothing to sign"
        description="When your manager proposes a learning contract, or a report signs one you drafted, it waits for you here."
        action={
          <Anchor component={Link} to={paths.contracts.href()} size="sm">
            All contracts
          </Anchor>
        }
      />
    );
  }
  return (
    <Stack gap="lg">
      {toSign.map((contract) => (
        <ContractToSign key={contract.id} contract={contract} personId={personId} onReload={() => void contracts.refetch()} />
      ))}
    </Stack>
  );
}

/** How many contracts wait for this person's signature, for a badge; `0` while loading or when the list cannot be read. */
export function useContractsToSignCount(personId: string) {
  const contracts = useAllContracts();
  return contracts.data ? contractsToSign(contracts.data, personId).length : 0;
}
