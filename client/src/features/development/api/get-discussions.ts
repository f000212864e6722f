import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { developmentKeys } from './query-keys';

export type DiscussionsQuery = NonNullable<paths['/api/discussions']['get']['parameters']['query']>;
export type DiscussionPage = Present<paths['/api/discussions']['get']['responses'][200]['content']['application/json']>;
export type Discussion = DiscussionPage['items'][number];

export const PAGE_SIZE = 20;

export const getDiscussions = (query: DiscussionsQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/discussions', { params: { query }, signal }));

/** One learner's 1:1s, newest first, one page at a time. */
export const discussionsInfiniteQueryOptions = (learnerId: string) =>
  infiniteQueryOptions({
    queryKey: developmentKeys.discussionList(learnerId),
    queryFn: ({ pageParam, signal }) => getDiscussions({ learnerId, limit: PAGE_SIZE, after: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });

export const useDiscussions = (learnerId: string) => useInfiniteQuery(discussionsInfiniteQueryOptions(learnerId));
