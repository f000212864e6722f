import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import type { Contract } from './get-contract';
import { contractKeys, invalidateContractRecords } from './query-keys';

export type CreateContractInput = paths['/api/contracts']['post']['requestBody']['content']['application/json'];
export type ContractTermsInput = CreateContractInput['terms'];

/** The line manager drafts a contract for a need whose solution is selected. */
export const createContract = async (body: CreateContractInput): Promise<Contract> =>
  unwrap(api.POST('/api/contracts', { body }));

export function useCreateContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContract,
    onSuccess: (contract) => {
      queryClient.setQueryData(contractKeys.detail(contract.id), contract);
      return invalidateContractRecords(queryClient);
    },
  });
}
