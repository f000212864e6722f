import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import type { Contract } from './get-contract';
import { contractKeys, invalidateContractRecords } from './query-keys';

export type UpdateContractInput = paths['/api/contracts/{id}']['put']['requestBody']['content']['application/json'];

/** The line manager edits the pending draft (a new contract's, or an amendment's). */
export const updateContract = async ({ id, ...body }: UpdateContractInput & { id: string }): Promise<Contract> =>
  unwrap(api.PUT('/api/contracts/{id}', { params: { path: { id } }, body }));

export function useUpdateContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContract,
    onSuccess: (contract) => {
      queryClient.setQueryData(contractKeys.detail(contract.id), contract);
      return invalidateContractRecords(queryClient);
    },
  });
}
