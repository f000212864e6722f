import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

export type MyActions = Present<paths['/api/me/actions']['get']['responses'][200]['content']['application/json']>;
export type ActionItem = MyActions['items'][number];

export const myActionsQueryKey = ['me', 'actions'] as const;

export const getMyActions = (after?: string, limit?: number, signal?: AbortSignal) =>
  unwrap(api.GET('/api/me/actions', { params: { query: { after, limit } }, signal }));

/** The list itself, a page at a time. */
export const myActionsInfiniteOptions = () =>
  infiniteQueryOptions({
    queryKey: [...myActionsQueryKey, 'list'],
    queryFn: ({ pageParam, signal }) => getMyActions(pageParam, undefined, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next ?? undefined,
  });

export const useMyActions = () => useInfiniteQuery(myActionsInfiniteOptions());

/** Only the counts, for the navigation badge: the smallest page, refreshed now and then. */
export const myActionCountsOptions = () =>
  queryOptions({
    queryKey: [...myActionsQueryKey, 'counts'],
    queryFn: ({ signal }) => getMyActions(undefined, 1, signal),
    select: (data) => data.counts,
    staleTime: 60_000,
  });

export const useMyActionCounts = () => useQuery(myActionCountsOptions());
