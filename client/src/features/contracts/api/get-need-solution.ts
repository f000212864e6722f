import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { contractKeys } from './query-keys';

export type SolutionOption = Present<
  paths['/api/development-needs/{id}/options']['get']['responses'][200]['content']['application/json']
>['items'][number];

/**
 * The option selected for a need (`null` when none is), read from the need's options
 * (`GET /api/development-needs/{id}/options`): a new contract takes its cost and describes it.
 */
export async function getNeedSolution(needId: string, signal?: AbortSignal): Promise<SolutionOption | null> {
  const options = await unwrap(api.GET('/api/development-needs/{id}/options', { params: { path: { id: needId } }, signal }));
  return options.items.find((option) => option.status === 'Selected') ?? null;
}

export const needSolutionQueryOptions = (needId: string) =>
  queryOptions({
    queryKey: contractKeys.needSolution(needId),
    queryFn: ({ signal }) => getNeedSolution(needId, signal),
  });

export const useNeedSolution = (needId: string) => useQuery(needSolutionQueryOptions(needId));
