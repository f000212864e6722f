import type { QueryClient } from '@tanstack/react-query';

/** Query keys of learner contracts: everything starts with `contracts`, so one invalidation reaches them all. */
export const contractKeys = {
  all: ['contracts'] as const,
  lists: () => [...contractKeys.all, 'list'] as const,
  list: (status: string | null) => [...contractKeys.lists(), { status }] as const,
  /** Every contract the user is party to, all pages: the source of "to sign" and of the links on plans. */
  everything: () => [...contractKeys.all, 'everything'] as const,
  detail: (id: string) => [...contractKeys.all, 'detail', id] as const,
  versions: (id: string) => [...contractKeys.all, 'detail', id, 'versions'] as const,
  /** The solution selected for a need, which a new contract draws its cost and description from. */
  needSolution: (needId: string) => [...contractKeys.all, 'need-solution', needId] as const,
};

/**
 * A contract changed: the contract lists and details are suspect, and so are the need it serves
 * (its status follows the contract: Contracted, In progress, Completed), the plans that show it
 * and the team overview that counts needs by stage.
 */
export const invalidateContractRecords = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: contractKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['development-needs'] }),
    queryClient.invalidateQueries({ queryKey: ['people'] }),
  ]);
