import { Badge, Button } from '@mantine/core';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { ContractsTable } from '@/features/contracts/components/contracts-table';
import { useContractsToSignCount } from '@/features/contracts/components/contracts-to-sign';
import { useUser } from '@/lib/auth';

/** Every contract the user is party to: their own, their direct reports' and those they mentor. */
export function ContractsRoute() {
  const user = useUser();
  const toSign = useContractsToSignCount(user.id);
  return (
    <>
      <PageHeader
        title="Contracts"
        description="Learning contracts: yours, your reports' and those you mentor."
        actions={
          <Button
            component={Link}
            to={paths.contractsToSign.href()}
            variant={toSign > 0 ? 'filled' : 'default'}
            rightSection={
              toSign > 0 ? (
                <Badge color="red" variant="white" size="sm" aria-hidden="true">
                  {toSign}
                </Badge>
              ) : undefined
            }
            aria-label={toSign > 0 ? `Contracts to sign (${toSign})` : 'Contracts to sign'}
          >
            Contracts to sign
          </Button>
        }
      />
      <ContractsTable personId={user.id} />
    </>
  );
}
