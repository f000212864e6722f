import type { QueryClient } from '@tanstack/react-query';

/** Query keys of impact reviews: everything starts with `impact-reviews`, so one invalidation reaches them all. */
export const impactReviewKeys = {
  all: ['impact-reviews'] as const,
  list: (status: string) => [...impactReviewKeys.all, 'list', status] as const,
  detail: (id: string) => [...impactReviewKeys.all, 'detail', id] as const,
  /** A contract's review, read by the contract's id. */
  ofContract: (contractId: string) => [...impactReviewKeys.all, 'contract', contractId] as const,
};

/**
 * A review changed: the lists (statuses, ROI) are suspect, and so is the learner's plan (recording
 * moves the need to ImpactReviewed; a second phase adds a need). The review itself is set from
 * the response by the caller, so it is not read again.
 */
export const invalidateImpactReviews = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: [...impactReviewKeys.all, 'list'] }),
    // The plans' keys (features/development): `['people', 'detail', personId, 'plan']`.
    queryClient.invalidateQueries({ queryKey: ['people'] }),
  ]);
