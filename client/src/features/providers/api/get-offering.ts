import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { offeringKeys } from './query-keys';

export const getOffering = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/offerings/{id}', { params: { path: { id } }, signal }));

export const offeringQueryOptions = (id: string) =>
  queryOptions({
    queryKey: offeringKeys.detail(id),
    queryFn: ({ signal }) => getOffering(id, signal),
  });

export const useOffering = (id: string) => useQuery(offeringQueryOptions(id));
