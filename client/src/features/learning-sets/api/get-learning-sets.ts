import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { learningSetKeys } from './query-keys';

export type LearningSetPage = Present<paths['/api/learning-sets']['get']['responses'][200]['content']['application/json']>;
export type LearningSet = LearningSetPage['items'][number];
export type SetPerson = LearningSet['facilitator'];
/** A member; `oneToOneHeld` is null where the caller may not know it (another member's one-to-one). */
export type SetMember = LearningSet['members'][number];

export const PAGE_SIZE = 50;

export const getLearningSets = (after: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/learning-sets', { params: { query: { limit: PAGE_SIZE, after } }, signal }));

/** The sets the caller sees, by name: all of them for HR and Admin, otherwise those they facilitate or belong to. */
export const learningSetsInfiniteQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: learningSetKeys.list(),
    queryFn: ({ pageParam, signal }) => getLearningSets(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });

export const useLearningSets = () => useInfiniteQuery(learningSetsInfiniteQueryOptions());
