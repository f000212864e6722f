import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import type { Contract } from './get-contract';
import { contractKeys } from './query-keys';

export type ContractsQuery = NonNullable<paths['/api/contracts']['get']['parameters']['query']>;
export type ContractPage = { items: Contract[]; next: string | null };

export const PAGE_SIZE = 50;

/** Contracts the caller is party to: their own, their direct reports' and those they mentor. */
export const getContracts = async (query: ContractsQuery, signal?: AbortSignal): Promise<ContractPage> =>
  unwrap(api.GET('/api/contracts', { params: { query }, signal }));

/** One page at a time, optionally of one status, for the Contracts page. */
export const contractsInfiniteQueryOptions = (status: string | null) =>
  infiniteQueryOptions({
    queryKey: contractKeys.list(status),
    queryFn: ({ pageParam, signal }) =>
      getContracts({ status: status ?? undefined, limit: PAGE_SIZE, after: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });

export const useContracts = (status: string | null) => useInfiniteQuery(contractsInfiniteQueryOptions(status));

/** Every page: a person is party to a handful of contracts, and "to sign" must not miss one on page two. */
export async function getAllContracts(signal?: AbortSignal): Promise<Contract[]> {
  const all: Contract[] = [];
  let after: string | undefined;
  do {
    const page = await getContracts({ limit: 200, after }, signal);
    all.push(...page.items);
    after = page.next ?? undefined;
  } while (after);
  return all;
}

export const allContractsQueryOptions = () =>
  queryOptions({
    queryKey: contractKeys.everything(),
    queryFn: ({ signal }) => getAllContracts(signal),
  });

export const useAllContracts = (options: { enabled?: boolean } = {}) =>
  useQuery({ ...allContractsQueryOptions(), ...options });
