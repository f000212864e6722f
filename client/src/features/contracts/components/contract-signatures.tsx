import { Group, Text } from '@mantine/core';

import { formatDateTime } from '@/lib/dates';

import type { ContractVersion } from '../api/get-contract';

type SignaturesProps = {
  version: ContractVersion;
  learnerName: string;
  managerName: string;
};

function Signature({ role, name, signedBy, signedAt }: { role: string; name: string; signedBy: string | null; signedAt: string | null }) {
  return (
    <Text size="sm">
      <Text span fw={600}>
        {role}:
      </Text>{' '}
      {signedAt ? `signed by ${signedBy || name} on ${formatDateTime(signedAt)}` : `not signed yet (${name})`}
    </Text>
  );
}

/** Who signed a version and when: the learner first, then the manager. */
export function ContractSignatures({ version, learnerName, managerName }: SignaturesProps) {
  return (
    <Group gap="xl" aria-label={`Signatures on version ${version.number}`} role="group">
      <Signature role="Learner" name={learnerName} signedBy={version.learnerSignedByName} signedAt={version.learnerSignedAt} />
      <Signature role="Manager" name={managerName} signedBy={version.managerSignedByName} signedAt={version.managerSignedAt} />
    </Group>
  );
}
