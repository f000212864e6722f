import { Anchor, Button, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';

import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/dates';

import { type Contract, type ContractVersion, useContract } from '../api/get-contract';

import { ContractTermsView, Detail } from './contract-terms-view';
import { completionOutcomeLabel, solutionTypeLabel, versionStatusLabel } from './contract-vocabulary';
import classes from './contracts.module.css';

function SignatureBox({ role, name, signedBy, signedAt }: { role: string; name: string; signedBy: string | null; signedAt: string | null }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {role}: {name}
      </Text>
      <div className={classes.signatureLine}>
        <Text size="sm" pt="xs">
          {signedAt ? `Signed by ${signedBy || name} on ${formatDateTime(signedAt)}` : ''}
        </Text>
      </div>
      <Text size="xs" c="dimmed">
        {signedAt ? 'Signed in WbL' : 'Not signed yet'}
      </Text>
    </Stack>
  );
}

function PrintedVersion({ contract, version, heading }: { contract: Contract; version: ContractVersion; heading: string }) {
  return (
    <Stack gap="md" className={classes.printSection} component="section" aria-label={heading}>
      <Title order={2} size="h3">
        {heading}
      </Title>
      <ContractTermsView version={version} name={`version ${version.number}`} learnerName={contract.learnerName} />
      <SimpleGrid cols={2} spacing="xl">
        <SignatureBox
          role="Learner"
          name={contract.learnerName}
          signedBy={version.learnerSignedByName}
          signedAt={version.learnerSignedAt}
        />
        <SignatureBox
          role="Line manager"
          name={contract.managerName}
          signedBy={version.managerSignedByName}
          signedAt={version.managerSignedAt}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** A plain, printable copy of a contract: the terms in force and any pending version, with signatures. */
export function ContractPrint({ id }: { id: string }) {
  const contract = useContract(id);
  useDocumentTitle(contract.data ? `Learning contract – ${contract.data.learnerName}` : 'Learning contract');

  if (contract.isPending) return <LoadingState label="Loading the contract" />;
  if (contract.isError) return <QueryError error={contract.error} onRetry={() => void contract.refetch()} />;

  const current = contract.data;
  const { inForce, pending } = current;
  return (
    <main className={classes.printPage}>
      <Stack gap="lg">
        <Group justify="space-between" className={classes.screenOnly}>
          <Anchor component={Link} to={paths.contract.href(current.id)} size="sm">
            Back to the contract
          </Anchor>
          <Button onClick={() => window.print()}>Print</Button>
        </Group>
        <Stack gap={4}>
          <Title order={1}>Learning contract</Title>
          <Text size="lg">{current.needTitle}</Text>
        </Stack>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Detail label="Learner">{current.learnerName}</Detail>
          <Detail label="Line manager">{current.managerName}</Detail>
          <Detail label="Status">{current.status}</Detail>
          <Detail label="Solution">
            {solutionTypeLabel(current.solutionType)}: {current.solutionDescription}
          </Detail>
        </SimpleGrid>
        {current.status === 'Completed' && (
          <Text size="sm">
            Completed on {formatDate(current.completedOn)} ({completionOutcomeLabel(current.completionOutcome).toLowerCase()}).
          </Text>
        )}
        {current.status === 'Withdrawn' && <Text size="sm">Withdrawn: {current.withdrawalReason}</Text>}
        <Divider />
        {inForce && <PrintedVersion contract={current} version={inForce} heading={`Agreed terms (version ${inForce.number})`} />}
        {inForce && pending && <Divider />}
        {pending && (
          <PrintedVersion
            contract={current}
            version={pending}
            heading={`${inForce ? 'Proposed amendment' : 'Terms'} (version ${pending.number}, ${versionStatusLabel(pending.status).toLowerCase()} — not yet agreed)`}
          />
        )}
        <Text size="xs" c="dimmed">
          Printed from WbL on {formatDateTime(new Date().toISOString())}.
        </Text>
      </Stack>
    </main>
  );
}
