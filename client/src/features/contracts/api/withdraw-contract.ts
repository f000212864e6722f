import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import type { Contract } from './get-contract';
import { contractKeys, invalidateContractRecords } from './query-keys';

export type WithdrawContractInput = paths['/api/contracts/{id}/withdraw']['post']['requestBody']['content']['application/json'];

/** The line manager withdraws the contract with a reason; the need returns to its selected solution. */
export const withdrawContract = async ({ id, ...body }: WithdrawContractInput & { id: string }): Promise<Contract> =>
  unwrap(api.POST('/api/contracts/{id}/withdraw', { params: { path: { id } }, body }));

export function useWithdrawContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawContract,
    onSuccess: (contract) => {
      queryClient.setQueryData(contractKeys.detail(contract.id), contract);
      return invalidateContractRecords(queryClient);
    },
  });
}
