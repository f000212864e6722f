import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { contractKeys } from './query-keys';

type ContractBody = Present<paths['/api/contracts/{id}']['get']['responses'][200]['content']['application/json']>;

/** One version of the terms with its signatures. */
export type ContractVersion = ContractBody['inForce'];
export type ContractTerms = ContractVersion['terms'];

/**
 * A contract with the version in force (once agreed) and the pending one (a draft or a proposal
 * awaiting signatures). The OpenAPI document lists both without `nullable`, but the server sends
 * `null` when there is none, so they are typed as it sends them.
 */
export type Contract = Omit<ContractBody, 'inForce' | 'pending'> & {
  inForce: ContractVersion | null;
  pending: ContractVersion | null;
};

export const getContract = async (id: string, signal?: AbortSignal): Promise<Contract> =>
  unwrap(api.GET('/api/contracts/{id}', { params: { path: { id } }, signal }));

export const contractQueryOptions = (id: string) =>
  queryOptions({
    queryKey: contractKeys.detail(id),
    queryFn: ({ signal }) => getContract(id, signal),
  });

export const useContract = (id: string) => useQuery(contractQueryOptions(id));
