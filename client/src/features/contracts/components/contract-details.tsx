import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { describeProblem, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { paths } from '@/config/paths';

import { useAmendContract } from '../api/amend-contract';
import type { Contract, ContractVersion } from '../api/get-contract';
import { useProposeContract } from '../api/propose-contract';

import { CompleteContractModal } from './complete-contract-modal';
import { ContractSignPanel, CONFLICT_MESSAGE } from './contract-sign-panel';
import { ContractSignatures } from './contract-signatures';
import { type ContractViewer, contractSituation, managerActions } from './contract-state';
import { ContractStatusBadge } from './contract-status-badge';
import { ContractTermsView } from './contract-terms-view';
import { solutionTypeLabel, versionStatusLabel } from './contract-vocabulary';
import { VersionHistory } from './version-history';
import { WithdrawContractModal } from './withdraw-contract-modal';

type ContractDetailsProps = {
  contract: Contract;
  viewer: ContractViewer;
  /** Re-reads the contract, e.g. after a version conflict. */
  onReload: () => void;
};

function VersionCard({
  title,
  version,
  contract,
  children,
}: {
  title: string;
  version: ContractVersion;
  contract: Contract;
  children?: ReactNode;
}) {
  const headingId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          <ContractStatusBadge status={versionStatusLabel(version.status)} />
        </Group>
        {version.changeComment && version.status === 'Draft' && (
          <Alert color="grape" title={`${contract.learnerName} asked for changes`}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {version.changeComment}
            </Text>
          </Alert>
        )}
        <ContractTermsView version={version} name={`version ${version.number}`} learnerName={contract.learnerName} />
        <ContractSignatures version={version} learnerName={contract.learnerName} managerName={contract.managerName} />
        {children}
      </Stack>
    </Card>
  );
}

/** A contract: where it stands, the terms in force and pending, what the viewer may do, and every version. */
export function ContractDetails({ contract, viewer, onReload }: ContractDetailsProps) {
  const navigate = useNavigate();
  const propose = useProposeContract();
  const amend = useAmendContract();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [completing, setCompleting] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const can = viewer === 'manager' ? managerActions(contract) : null;
  const { pending, inForce } = contract;

  const act = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(describeProblem(error, { conflictMessage: CONFLICT_MESSAGE }));
    }
  };

  const proposeNow = () =>
    act(async () => {
      await propose.mutateAsync({ id: contract.id, version: contract.version });
      notifications.show({ color: 'green', message: `Contract proposed to ${contract.learnerName} to sign` });
    });

  const amendNow = () =>
    act(async () => {
      const amended = await amend.mutateAsync({ id: contract.id, version: contract.version });
      notifications.show({ color: 'green', message: `Version ${amended.pending?.number ?? ''} drafted from the agreed terms` });
      navigate(paths.editContract.href(contract.id));
    });

  const situation = contractSituation(contract, viewer);
  const pendingTitle = pending
    ? inForce
      ? `Amendment: version ${pending.number}`
      : `${pending.status === 'Draft' ? 'Draft terms' : 'Proposed terms'}: version ${pending.number}`
    : '';

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group gap="sm">
          <ContractStatusBadge status={contract.status} size="lg" />
          <Text size="sm" fw={500}>
            {solutionTypeLabel(contract.solutionType)}: {contract.solutionDescription}
          </Text>
        </Group>
        {situation && (
          <Text size="sm" role="status">
            {situation}
          </Text>
        )}
      </Stack>

      <FormErrorAlert
        problem={problem}
        onReload={() => {
          setProblem(null);
          onReload();
        }}
      />

      {can && (can.edit || can.propose || can.amend || can.complete || can.withdraw) && (
        <Group gap="sm" aria-label="Contract actions" role="group">
          {can.edit && (
            <Button component={Link} to={paths.editContract.href(contract.id)} variant="default">
              Edit terms
            </Button>
          )}
          {can.propose && (
            <Button onClick={() => void proposeNow()} loading={propose.isPending}>
              Propose to {contract.learnerName}
            </Button>
          )}
          {can.amend && (
            <Button variant="default" onClick={() => void amendNow()} loading={amend.isPending}>
              Amend
            </Button>
          )}
          {can.complete && <Button onClick={() => setCompleting(true)}>Complete</Button>}
          {can.withdraw && (
            <Button variant="subtle" color="red" onClick={() => setWithdrawing(true)}>
              Withdraw
            </Button>
          )}
        </Group>
      )}

      {pending && (
        <VersionCard title={pendingTitle} version={pending} contract={contract}>
          <ContractSignPanel contract={contract} viewer={viewer} onReload={onReload} />
        </VersionCard>
      )}
      {inForce && <VersionCard title={`Terms in force: version ${inForce.number}`} version={inForce} contract={contract} />}
      {!pending && !inForce && (
        <Text size="sm" c="dimmed">
          No terms remain: the contract was withdrawn before anything was agreed.
        </Text>
      )}

      <Stack gap="sm" component="section" aria-labelledby="contract-versions-heading">
        <Title order={2} size="h3" id="contract-versions-heading">
          Version history
        </Title>
        <VersionHistory contractId={contract.id} />
      </Stack>

      <CompleteContractModal contract={completing ? contract : null} onClose={() => setCompleting(false)} onReload={onReload} />
      <WithdrawContractModal contract={withdrawing ? contract : null} onClose={() => setWithdrawing(false)} onReload={onReload} />
    </Stack>
  );
}
