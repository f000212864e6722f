import { Button } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import type { Contract } from '@/features/contracts/api/get-contract';
import { useAllContracts } from '@/features/contracts/api/get-contracts';
import type { DevelopmentNeed } from '@/features/development/api/get-development-plan';

/**
 * The contract actions on each need of a plan (needs live in `development`, contracts in
 * `contracts`): a link to the need's contract (and, once the learning runs, to its progress
 * reviews), or — for the line manager, once a solution is selected and no contract is under
 * way — "Draft contract".
 */
export function useContractNeedActions(canDraft: boolean): (need: DevelopmentNeed) => ReactNode {
  const contracts = useAllContracts();

  // The need's current contract; a withdrawn one only when there is nothing newer.
  const byNeed = useMemo(() => {
    const map = new Map<string, Contract>();
    for (const contract of contracts.data ?? []) {
      const known = map.get(contract.needId);
      if (!known || (known.status === 'Withdrawn' && contract.status !== 'Withdrawn')) map.set(contract.needId, contract);
    }
    return map;
  }, [contracts.data]);

  return (need) => {
    const contract = byNeed.get(need.id);
    if (contract && contract.status !== 'Withdrawn') {
      const running = contract.status === 'Active' || contract.status === 'Completed';
      return (
        <>
          <Button
            component={Link}
            to={paths.contract.href(contract.id)}
            size="xs"
            variant="light"
            aria-label={`Contract for ${need.title}`}
          >
            Contract
          </Button>
          {running && (
            <Button
              component={Link}
              to={paths.contractReviews.href(contract.id)}
              size="xs"
              variant="light"
              aria-label={`Progress reviews for ${need.title}`}
            >
              Progress reviews
            </Button>
          )}
        </>
      );
    }
    if (canDraft && !contracts.isPending && need.status === 'SolutionSelected') {
      return (
        <Button component={Link} to={paths.newContract.href(need.id)} size="xs" aria-label={`Draft contract for ${need.title}`}>
          Draft contract
        </Button>
      );
    }
    if (contract) {
      return (
        <Button
          component={Link}
          to={paths.contract.href(contract.id)}
          size="xs"
          variant="subtle"
          color="gray"
          aria-label={`Withdrawn contract for ${need.title}`}
        >
          Withdrawn contract
        </Button>
      );
    }
    return null;
  };
}
