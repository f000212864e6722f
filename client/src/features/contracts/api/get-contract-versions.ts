import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { contractKeys } from './query-keys';

/** Every version of a contract, oldest first, with who signed and when (one page: a contract has few). */
export const getContractVersions = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/contracts/{id}/versions', { params: { path: { id } }, signal }));

export const contractVersionsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: contractKeys.versions(id),
    queryFn: ({ signal }) => getContractVersions(id, signal),
  });

export const useContractVersions = (id: string) => useQuery(contractVersionsQueryOptions(id));
