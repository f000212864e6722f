import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import type { Contract } from './get-contract';
import { contractKeys, invalidateContractRecords } from './query-keys';

export type ProposeContractInput = paths['/api/contracts/{id}/propose']['post']['requestBody']['content']['application/json'];

/** The line manager puts the draft terms to the learner. */
export const proposeContract = async ({ id, ...body }: ProposeContractInput & { id: string }): Promise<Contract> =>
  unwrap(api.POST('/api/contracts/{id}/propose', { params: { path: { id } }, body }));

export function useProposeContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: proposeContract,
    onSuccess: (contract) => {
      queryClient.setQueryData(contractKeys.detail(contract.id), contract);
      return invalidateContractRecords(queryClient);
    },
  });
}
