import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { adviceKeys } from './query-keys';

export const getAdviceRequest = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/advice-requests/{id}', { params: { path: { id } }, signal }));

export const adviceRequestQueryOptions = (id: string) =>
  queryOptions({
    queryKey: adviceKeys.detail(id),
    queryFn: ({ signal }) => getAdviceRequest(id, signal),
  });

export const useAdviceRequest = (id: string) => useQuery(adviceRequestQueryOptions(id));
