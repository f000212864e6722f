import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api/schema';

import { contractKeys } from './query-keys';

/** One version of the terms with its signatures. */
export type ContractVersion = Present<components['schemas']['ContractVersionResponse']>;
export type ContractTerms = ContractVersion['terms'];

/**
 * A contract with the version in force (once agreed) and the pending one (a draft or a proposal
 * awaiting signatures); either is null when there is none.
 */
export type Contract = Present<paths['/api/contracts/{id}']['get']['responses'][200]['content']['application/json']>;

export const getContract = async (id: string, signal?: AbortSignal): Promise<Contract> =>
  unwrap(api.GET('/api/contracts/{id}', { params: { path: { id } }, signal }));

export const contractQueryOptions = (id: string) =>
  queryOptions({
    queryKey: contractKeys.detail(id),
    queryFn: ({ signal }) => getContract(id, signal),
  });

export const useContract = (id: string) => useQuery(contractQueryOptions(id));
