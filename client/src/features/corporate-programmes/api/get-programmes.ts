import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { programmeKeys, type ProgrammesFilter } from './query-keys';

export type ProgrammesQuery = NonNullable<paths['/api/corporate-programmes']['get']['parameters']['query']>;
export type ProgrammePage = Present<paths['/api/corporate-programmes']['get']['responses'][200]['content']['application/json']>;
export type Programme = ProgrammePage['items'][number];

export const PAGE_SIZE = 50;

export const getProgrammes = (query: ProgrammesQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/corporate-programmes', { params: { query }, signal }));

/** Corporate programmes, filtered by status, one page at a time. */
export const programmesInfiniteQueryOptions = (filter: ProgrammesFilter) => {
  const cleaned = { status: filter.status || undefined };
  return infiniteQueryOptions({
    queryKey: programmeKeys.list(cleaned),
    queryFn: ({ pageParam, signal }) => getProgrammes({ ...cleaned, limit: PAGE_SIZE, after: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
};

export const useProgrammes = (filter: ProgrammesFilter) =>
  useInfiniteQuery({ ...programmesInfiniteQueryOptions(filter), placeholderData: keepPreviousData });
