import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { optionKeys } from './query-keys';

export const getSolutionOption = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/solution-options/{id}', { params: { path: { id } }, signal }));

export const solutionOptionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: optionKeys.detail(id),
    queryFn: ({ signal }) => getSolutionOption(id, signal),
  });

export const useSolutionOption = (id: string) => useQuery(solutionOptionQueryOptions(id));
