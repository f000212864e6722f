import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

export type OpenLearningSetPage = Present<paths['/api/learning-sets/open']['get']['responses'][200]['content']['application/json']>;
export type OpenLearningSet = OpenLearningSetPage['items'][number];

/** The largest page the server hands out. */
const MAX_PAGE_SIZE = 200;

/** Query keys under the learning sets' own, so that any change to a set refreshes the catalogue too. */
export const openLearningSetKeys = {
  all: ['learning-sets', 'open'] as const,
};

/** Every set that still takes people (forming or running), by name, following the cursor to the end. */
export async function getOpenLearningSets(signal?: AbortSignal): Promise<OpenLearningSet[]> {
  const sets: OpenLearningSet[] = [];
  let after: string | undefined;
  do {
    const page = await unwrap(api.GET('/api/learning-sets/open', { params: { query: { limit: MAX_PAGE_SIZE, after } }, signal }));
    sets.push(...page.items);
    after = page.next ?? undefined;
  } while (after);
  return sets;
}

export const openLearningSetsQueryOptions = () =>
  queryOptions({
    queryKey: openLearningSetKeys.all,
    queryFn: ({ signal }) => getOpenLearningSets(signal),
  });

/** Anyone signed in may browse the catalogue; it is only needed while an option of the set type is being edited. */
export const useOpenLearningSets = ({ enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...openLearningSetsQueryOptions(), enabled });
