import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { offeringKeys } from './query-keys';

export type ProviderOfferingsQuery = NonNullable<paths['/api/providers/{id}/offerings']['get']['parameters']['query']>;
export type OfferingPage = Present<
  paths['/api/providers/{id}/offerings']['get']['responses'][200]['content']['application/json']
>;
export type Offering = OfferingPage['items'][number];

export const PAGE_SIZE = 50;

export const getProviderOfferings = (providerId: string, query: ProviderOfferingsQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/providers/{id}/offerings', { params: { path: { id: providerId }, query }, signal }));

/** One provider's offerings by title; HR also sees those no longer offered. */
export const providerOfferingsInfiniteQueryOptions = (providerId: string, includeInactive: boolean) =>
  infiniteQueryOptions({
    queryKey: offeringKeys.ofProvider(providerId, includeInactive),
    queryFn: ({ pageParam, signal }) =>
      getProviderOfferings(providerId, { includeInactive, limit: PAGE_SIZE, after: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });

export const useProviderOfferings = (providerId: string, includeInactive: boolean) =>
  useInfiniteQuery(providerOfferingsInfiniteQueryOptions(providerId, includeInactive));
