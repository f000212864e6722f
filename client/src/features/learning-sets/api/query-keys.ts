import type { QueryClient } from '@tanstack/react-query';

/** Query keys of learning sets and their meetings: everything starts with `learning-sets`, so one invalidation reaches them all. */
export const learningSetKeys = {
  all: ['learning-sets'] as const,
  list: () => [...learningSetKeys.all, 'list'] as const,
  detail: (id: string) => [...learningSetKeys.all, 'detail', id] as const,
  /** A set's meetings, oldest first, and the suggested next coordinator. */
  meetings: (setId: string) => [...learningSetKeys.all, 'detail', setId, 'meetings'] as const,
  meeting: (id: string) => [...learningSetKeys.all, 'meeting', id] as const,
  /** The members' one-to-ones with the facilitator (all of them, or only the caller's own). */
  oneToOnes: (setId: string) => [...learningSetKeys.all, 'detail', setId, 'one-to-ones'] as const,
  /** The set's programme review results. */
  programmeReview: (setId: string) => [...learningSetKeys.all, 'detail', setId, 'programme-review'] as const,
};

/** Programme reviews across sets: the caller's invitations, one response, and HR's overview of every set. */
export const programmeReviewKeys = {
  all: ['programme-reviews'] as const,
  mine: () => [...programmeReviewKeys.all, 'mine'] as const,
  overview: () => [...programmeReviewKeys.all, 'overview'] as const,
  response: (id: string) => [...programmeReviewKeys.all, 'response', id] as const,
};

/** A set changed (details, status, members): the list shows its status and member count. */
export const invalidateSetLists = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: learningSetKeys.list() });

/**
 * A meeting was scheduled or recorded: the set's meetings (agenda, commitments, the next coordinator) are
 * suspect, and so is the set (its first meeting starts it running).
 */
export const invalidateSetMeetings = (queryClient: QueryClient, setId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: learningSetKeys.detail(setId) }),
    invalidateSetLists(queryClient),
  ]);
