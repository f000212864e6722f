import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { type AdviceRequestsFilter, adviceKeys } from './query-keys';

export type AdviceRequestsQuery = NonNullable<paths['/api/advice-requests']['get']['parameters']['query']>;
export type AdviceRequestPage = Present<paths['/api/advice-requests']['get']['responses'][200]['content']['application/json']>;
export type AdviceRequest = AdviceRequestPage['items'][number];
export type Recommendation = AdviceRequest['recommendations'][number];

export const PAGE_SIZE = 50;

export const getAdviceRequests = (query: AdviceRequestsQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/advice-requests', { params: { query }, signal }));

const clean = (filter: AdviceRequestsFilter) => ({
  status: filter.status || undefined,
  needId: filter.needId || undefined,
});

/** HR: the whole queue; anyone else: the requests they made. Oldest first, one page at a time. */
export const adviceRequestsInfiniteQueryOptions = (filter: AdviceRequestsFilter) => {
  const cleaned = clean(filter);
  return infiniteQueryOptions({
    queryKey: adviceKeys.list(cleaned),
    queryFn: ({ pageParam, signal }) => getAdviceRequests({ ...cleaned, limit: PAGE_SIZE, after: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
};

export const useAdviceRequests = (filter: AdviceRequestsFilter) =>
  useInfiniteQuery({ ...adviceRequestsInfiniteQueryOptions(filter), placeholderData: keepPreviousData });
