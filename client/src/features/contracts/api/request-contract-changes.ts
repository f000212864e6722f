import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import type { Contract } from './get-contract';
import { contractKeys, invalidateContractRecords } from './query-keys';

export type RequestContractChangesInput = paths['/api/contracts/{id}/request-changes']['post']['requestBody']['content']['application/json'];

/** The learner sends the proposed terms back to draft with a comment; any signature goes with them. */
export const requestContractChanges = async ({ id, ...body }: RequestContractChangesInput & { id: string }): Promise<Contract> =>
  unwrap(api.POST('/api/contracts/{id}/request-changes', { params: { path: { id } }, body }));

export function useRequestContractChanges() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestContractChanges,
    onSuccess: (contract) => {
      queryClient.setQueryData(contractKeys.detail(contract.id), contract);
      return invalidateContractRecords(queryClient);
    },
  });
}
