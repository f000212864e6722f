import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { programmeReviewKeys } from './query-keys';

export type MyProgrammeReviewPage = Present<paths['/api/programme-reviews/mine']['get']['responses'][200]['content']['application/json']>;
export type ProgrammeReviewInvitation = MyProgrammeReviewPage['items'][number];

const PAGE_SIZE = 50;

export const getMyProgrammeReviews = (after: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/programme-reviews/mine', { params: { query: { limit: PAGE_SIZE, after } }, signal }));

/** The caller's programme review invitations by set name: as a member, the facilitator or a member's line manager. */
export const myProgrammeReviewsInfiniteQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: programmeReviewKeys.mine(),
    queryFn: ({ pageParam, signal }) => getMyProgrammeReviews(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });

export const useMyProgrammeReviews = () => useInfiniteQuery(myProgrammeReviewsInfiniteQueryOptions());
