import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { impactReviewKeys } from './query-keys';

export type ImpactReviewPage = Present<paths['/api/impact-reviews']['get']['responses'][200]['content']['application/json']>;
export type ImpactReviewSummary = ImpactReviewPage['items'][number];

/** The filters of the list, as the API spells them. */
export const IMPACT_LIST_STATUSES = ['pending', 'due', 'overdue', 'completed'] as const;
export type ImpactListStatus = (typeof IMPACT_LIST_STATUSES)[number];

export const PAGE_SIZE = 50;

export const getImpactReviews = (status: ImpactListStatus, after: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/impact-reviews', { params: { query: { status, limit: PAGE_SIZE, after } }, signal }));

/** The reviews the caller may see with one status, the window closing soonest first, one page at a time. */
export const impactReviewsInfiniteQueryOptions = (status: ImpactListStatus) =>
  infiniteQueryOptions({
    queryKey: impactReviewKeys.list(status),
    queryFn: ({ pageParam, signal }) => getImpactReviews(status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });

export const useImpactReviews = (status: ImpactListStatus) =>
  useInfiniteQuery({ ...impactReviewsInfiniteQueryOptions(status), placeholderData: keepPreviousData });
