import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import type { Contract } from './get-contract';
import { contractKeys, invalidateContractRecords } from './query-keys';

export type AmendContractInput = paths['/api/contracts/{id}/amend']['post']['requestBody']['content']['application/json'];

/** The line manager starts a new draft version of agreed terms; the agreed version stays in force until both sign the new one. */
export const amendContract = async ({ id, ...body }: AmendContractInput & { id: string }): Promise<Contract> =>
  unwrap(api.POST('/api/contracts/{id}/amend', { params: { path: { id } }, body }));

export function useAmendContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: amendContract,
    onSuccess: (contract) => {
      queryClient.setQueryData(contractKeys.detail(contract.id), contract);
      return invalidateContractRecords(queryClient);
    },
  });
}
