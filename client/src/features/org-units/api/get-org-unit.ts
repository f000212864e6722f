import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { orgUnitKeys } from './get-org-units';

export const getOrgUnit = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/org-units/{id}', { params: { path: { id } }, signal }));

export const orgUnitQueryOptions = (id: string) =>
  queryOptions({
    queryKey: orgUnitKeys.detail(id),
    queryFn: ({ signal }) => getOrgUnit(id, signal),
  });

export const useOrgUnit = (id: string) => useQuery(orgUnitQueryOptions(id));
