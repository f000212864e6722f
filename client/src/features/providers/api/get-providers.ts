import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { providerKeys, type ProvidersFilter } from './query-keys';

export type ProvidersQuery = NonNullable<paths['/api/providers']['get']['parameters']['query']>;
export type ProviderPage = Present<paths['/api/providers']['get']['responses'][200]['content']['application/json']>;
export type Provider = ProviderPage['items'][number];

export const PAGE_SIZE = 50;

export const getProviders = (query: ProvidersQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/providers', { params: { query }, signal }));

const clean = (filter: ProvidersFilter): ProvidersFilter => ({
  q: filter.q?.trim() || undefined,
  kind: filter.kind || undefined,
  preferred: filter.preferred ?? undefined,
  active: filter.active ?? undefined,
});

/** The provider register by name, filtered, one page at a time. */
export const providersInfiniteQueryOptions = (filter: ProvidersFilter) => {
  const cleaned = clean(filter);
  return infiniteQueryOptions({
    queryKey: providerKeys.list(cleaned),
    queryFn: ({ pageParam, signal }) =>
      getProviders(
        {
          q: cleaned.q,
          kind: cleaned.kind ?? undefined,
          preferred: cleaned.preferred ?? undefined,
          active: cleaned.active ?? undefined,
          limit: PAGE_SIZE,
          after: pageParam,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
};

export const useProviders = (filter: ProvidersFilter) =>
  useInfiniteQuery({ ...providersInfiniteQueryOptions(filter), placeholderData: keepPreviousData });
