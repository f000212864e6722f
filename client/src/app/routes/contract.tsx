import { Button } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { type Contract, useContract } from '@/features/contracts/api/get-contract';
import { ContractDetails } from '@/features/contracts/components/contract-details';
import type { ContractViewer } from '@/features/contracts/components/contract-state';
import { usePerson } from '@/features/people/api/get-person';
import { useUser } from '@/lib/auth';

/**
 * Whether the user signs this contract as its learner or their line manager, or only reads it
 * (a mentor, a manager further up, HR). The line may have changed since the contract was
 * drafted, so the learner's current manager counts too.
 */
function viewerOf(contract: Contract, userId: string, learnerManagerId: string | null | undefined): ContractViewer {
  if (contract.learnerId === userId) return 'learner';
  if (contract.managerId === userId || learnerManagerId === userId) return 'manager';
  return 'reader';
}

export function ContractRoute() {
  const { id = '' } = useParams();
  const user = useUser();
  const contract = useContract(id);
  const learnerId = contract.data && contract.data.learnerId !== user.id ? contract.data.learnerId : null;
  const learner = usePerson(learnerId);
  const record = contract.data;

  return (
    <>
      <PageHeader
        title={record ? `Contract: ${record.needTitle}` : 'Contract'}
        description={record ? `${record.learnerName} with ${record.managerName}` : undefined}
        actions={
          record && (
            <Button component={Link} to={paths.contractPrint.href(record.id)} variant="default">
              Print view
            </Button>
          )
        }
      />
      {contract.isPending ? (
        <LoadingState label="Loading the contract" />
      ) : contract.isError ? (
        <QueryError error={contract.error} onRetry={() => void contract.refetch()} />
      ) : (
        <ContractDetails
          contract={contract.data}
          viewer={viewerOf(contract.data, user.id, learner.data?.managerId)}
          onReload={() => void contract.refetch()}
        />
      )}
    </>
  );
}
