import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

export type BusinessNeedsQuery = NonNullable<paths['/api/business-needs']['get']['parameters']['query']>;
export type BusinessNeedPage = Present<
  paths['/api/business-needs']['get']['responses'][200]['content']['application/json']
>;
export type BusinessNeed = BusinessNeedPage['items'][number];

export type BusinessNeedsFilter = { orgUnitId?: string | null; status?: string | null };

export const businessNeedKeys = {
  all: ['business-needs'] as const,
  lists: () => [...businessNeedKeys.all, 'list'] as const,
  list: (filter: BusinessNeedsFilter) => [...businessNeedKeys.lists(), filter] as const,
  open: () => [...businessNeedKeys.all, 'open'] as const,
  detail: (id: string) => [...businessNeedKeys.all, 'detail', id] as const,
};

export const PAGE_SIZE = 50;

/** The largest page the server hands out. */
const MAX_PAGE_SIZE = 200;

export const getBusinessNeeds = (query: BusinessNeedsQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/business-needs', { params: { query }, signal }));

const clean = (filter: BusinessNeedsFilter) => ({
  orgUnitId: filter.orgUnitId || undefined,
  status: filter.status || undefined,
});

/** The business needs the user may read, by title, one page at a time. */
export const businessNeedsInfiniteQueryOptions = (filter: BusinessNeedsFilter) => {
  const cleaned = clean(filter);
  return infiniteQueryOptions({
    queryKey: businessNeedKeys.list(cleaned),
    queryFn: ({ pageParam, signal }) => getBusinessNeeds({ ...cleaned, limit: PAGE_SIZE, after: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
};

export const useBusinessNeeds = (filter: BusinessNeedsFilter) =>
  useInfiniteQuery({ ...businessNeedsInfiniteQueryOptions(filter), placeholderData: keepPreviousData });

/** Every open business need the user may read, following the cursor to the end: a development need links to one. */
export async function getOpenBusinessNeeds(signal?: AbortSignal): Promise<BusinessNeed[]> {
  const needs: BusinessNeed[] = [];
  let after: string | undefined;
  do {
    const page = await getBusinessNeeds({ status: 'Open', limit: MAX_PAGE_SIZE, after }, signal);
    needs.push(...page.items);
    after = page.next ?? undefined;
  } while (after);
  return needs;
}

export const openBusinessNeedsQueryOptions = () =>
  queryOptions({
    queryKey: businessNeedKeys.open(),
    queryFn: ({ signal }) => getOpenBusinessNeeds(signal),
  });

export const useOpenBusinessNeeds = () => useQuery(openBusinessNeedsQueryOptions());
