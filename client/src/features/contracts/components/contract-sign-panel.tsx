import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { describeProblem, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';

import type { Contract } from '../api/get-contract';
import { useSignContract } from '../api/sign-contract';

import { awaitsLearner, awaitsManager, type ContractViewer } from './contract-state';
import { RequestChangesModal } from './request-changes-modal';

type ContractSignPanelProps = {
  contract: Contract;
  viewer: ContractViewer;
  /** Re-reads the contract after a version conflict. */
  onReload: () => void;
};

export const CONFLICT_MESSAGE = 'This contract was changed by someone else — reload and try again';

/**
 * Signing the proposed terms: the learner signs or asks for changes, then the manager countersigns.
 * The signature names the version read (`versionNumber`), so nobody signs terms they have not seen.
 */
export function ContractSignPanel({ contract, viewer, onReload }: ContractSignPanelProps) {
  const sign = useSignContract();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [askingForChanges, setAskingForChanges] = useState(false);
  const pending = contract.pending;
  const learnerSigns = viewer === 'learner' && awaitsLearner(contract);
  const managerSigns = viewer === 'manager' && awaitsManager(contract);
  if (!pending || (!learnerSigns && !managerSigns)) return null;

  const signNow = async () => {
    setProblem(null);
    try {
      const signed = await sign.mutateAsync({ id: contract.id, versionNumber: pending.number, version: contract.version });
      notifications.show({
        color: 'green',
        message: learnerSigns
          ? `You signed version ${pending.number}; ${contract.managerName} countersigns next`
          : signed.status === 'Active'
            ? `Contract agreed and active`
            : `Contract agreed`,
      });
    } catch (error) {
      setProblem(describeProblem(error, { conflictMessage: CONFLICT_MESSAGE }));
    }
  };

  return (
    <Stack gap="sm">
      <FormErrorAlert
        problem={problem}
        onReload={() => {
          setProblem(null);
          onReload();
        }}
      />
      <Text size="sm">
        {learnerSigns
          ? `By signing you agree to the terms of version ${pending.number} with ${contract.managerName}.`
          : `${contract.learnerName} has signed version ${pending.number}. Countersign to agree it.`}
      </Text>
      <Group gap="sm">
        <Button onClick={() => void signNow()} loading={sign.isPending}>
          {learnerSigns ? `Sign version ${pending.number}` : `Countersign version ${pending.number}`}
        </Button>
        {learnerSigns && (
          <Button variant="default" onClick={() => setAskingForChanges(true)} disabled={sign.isPending}>
            Ask for changes
          </Button>
        )}
      </Group>
      {learnerSigns && (
        <RequestChangesModal
          contract={askingForChanges ? contract : null}
          onClose={() => setAskingForChanges(false)}
          onReload={onReload}
        />
      )}
    </Stack>
  );
}
