import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

export type PeopleQuery = NonNullable<paths['/api/people']['get']['parameters']['query']>;
export type PersonPage = Present<paths['/api/people']['get']['responses'][200]['content']['application/json']>;
export type Person = PersonPage['items'][number];

export type PeopleFilter = { q?: string; orgUnitId?: string; managerId?: string };

export const peopleKeys = {
  all: ['people'] as const,
  lists: () => [...peopleKeys.all, 'list'] as const,
  list: (filter: PeopleFilter) => [...peopleKeys.lists(), filter] as const,
  search: (q: string) => [...peopleKeys.all, 'search', q] as const,
  detail: (id: string) => [...peopleKeys.all, 'detail', id] as const,
};

export const PAGE_SIZE = 50;

export const getPeople = (query: PeopleQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/people', { params: { query }, signal }));

const clean = (filter: PeopleFilter): PeopleFilter => ({
  q: filter.q?.trim() || undefined,
  orgUnitId: filter.orgUnitId || undefined,
  managerId: filter.managerId || undefined,
});

/** The paged people list: each page follows the previous page's `next` cursor. */
export const peopleInfiniteQueryOptions = (filter: PeopleFilter) => {
  const cleaned = clean(filter);
  return infiniteQueryOptions({
    queryKey: peopleKeys.list(cleaned),
    queryFn: ({ pageParam, signal }) => getPeople({ ...cleaned, limit: PAGE_SIZE, after: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
};

export const usePeople = (filter: PeopleFilter) =>
  useInfiniteQuery({ ...peopleInfiniteQueryOptions(filter), placeholderData: keepPreviousData });

/** A short list of people matching a search, for pickers. */
export const peopleSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: peopleKeys.search(q.trim()),
    queryFn: ({ signal }) => getPeople({ q: q.trim() || undefined, limit: 20 }, signal),
    staleTime: 30_000,
  });

export const usePeopleSearch = (q: string) =>
  useQuery({ ...peopleSearchQueryOptions(q), placeholderData: keepPreviousData });
