import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { optionKeys } from './query-keys';

export type SolutionOptionPage = Present<
  paths['/api/development-needs/{id}/options']['get']['responses'][200]['content']['application/json']
>;
export type SolutionOption = SolutionOptionPage['items'][number];

/** A need has a handful of options, compared side by side: the server sends them as one page, oldest first. */
export const getNeedOptions = (needId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/development-needs/{id}/options', { params: { path: { id: needId } }, signal }));

export const needOptionsQueryOptions = (needId: string) =>
  queryOptions({
    queryKey: optionKeys.ofNeed(needId),
    queryFn: async ({ signal }) => (await getNeedOptions(needId, signal)).items,
  });

export const useNeedOptions = (needId: string) => useQuery(needOptionsQueryOptions(needId));
