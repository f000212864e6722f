import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { solutionTypeKeys } from './query-keys';

export type SolutionTypePage = Present<
  paths['/api/solution-types']['get']['responses'][200]['content']['application/json']
>;
export type SolutionType = SolutionTypePage['items'][number];

/** The active kinds of solution in HR's order: an extensible list, always one page. */
export const getSolutionTypes = (signal?: AbortSignal) => unwrap(api.GET('/api/solution-types', { signal }));

export const solutionTypesQueryOptions = () =>
  queryOptions({
    queryKey: solutionTypeKeys.all,
    queryFn: async ({ signal }) => (await getSolutionTypes(signal)).items,
    // HR changes the list rarely.
    staleTime: 5 * 60_000,
  });

export const useSolutionTypes = () => useQuery(solutionTypesQueryOptions());
