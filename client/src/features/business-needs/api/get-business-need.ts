import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { businessNeedKeys } from './get-business-needs';

export const getBusinessNeed = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/business-needs/{id}', { params: { path: { id } }, signal }));

export const businessNeedQueryOptions = (id: string) =>
  queryOptions({
    queryKey: businessNeedKeys.detail(id),
    queryFn: ({ signal }) => getBusinessNeed(id, signal),
  });

export const useBusinessNeed = (id: string) => useQuery(businessNeedQueryOptions(id));
