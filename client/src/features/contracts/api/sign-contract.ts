import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import type { Contract } from './get-contract';
import { contractKeys, invalidateContractRecords } from './query-keys';

export type SignContractInput = paths['/api/contracts/{id}/sign']['post']['requestBody']['content']['application/json'];

/** The learner signs the proposed terms, then the line manager countersigns. The signature is bound to `versionNumber`: signing anything but the proposed version is a 409. */
export const signContract = async ({ id, ...body }: SignContractInput & { id: string }): Promise<Contract> =>
  unwrap(api.POST('/api/contracts/{id}/sign', { params: { path: { id } }, body }));

export function useSignContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signContract,
    onSuccess: (contract) => {
      queryClient.setQueryData(contractKeys.detail(contract.id), contract);
      return invalidateContractRecords(queryClient);
    },
  });
}
