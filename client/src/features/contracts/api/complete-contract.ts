import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import type { Contract } from './get-contract';
import { contractKeys, invalidateContractRecords } from './query-keys';

export type CompleteContractInput = paths['/api/contracts/{id}/complete']['post']['requestBody']['content']['application/json'];

/** The line manager records that the learning finished (today or earlier), fully or partly. */
export const completeContract = async ({ id, ...body }: CompleteContractInput & { id: string }): Promise<Contract> =>
  unwrap(api.POST('/api/contracts/{id}/complete', { params: { path: { id } }, body }));

export function useCompleteContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeContract,
    onSuccess: (contract) => {
      queryClient.setQueryData(contractKeys.detail(contract.id), contract);
      return invalidateContractRecords(queryClient);
    },
  });
}
