import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { developmentKeys } from './query-keys';

export const getDevelopmentNeed = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/development-needs/{id}', { params: { path: { id } }, signal }));

export const developmentNeedQueryOptions = (id: string) =>
  queryOptions({
    queryKey: developmentKeys.need(id),
    queryFn: ({ signal }) => getDevelopmentNeed(id, signal),
  });

export const useDevelopmentNeed = (id: string) => useQuery(developmentNeedQueryOptions(id));
