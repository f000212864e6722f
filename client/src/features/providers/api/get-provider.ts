import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { providerKeys } from './query-keys';

export const getProvider = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/providers/{id}', { params: { path: { id } }, signal }));

export const providerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: providerKeys.detail(id),
    queryFn: ({ signal }) => getProvider(id, signal),
  });

export const useProvider = (id: string) => useQuery(providerQueryOptions(id));
