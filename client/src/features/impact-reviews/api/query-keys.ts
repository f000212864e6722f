import type { QueryClient } from '@tanstack/react-query';

/** Query keys of impact reviews: everything starts with `impact-reviews`, so one invalidation reaches them all. */
export const impactReviewKeys = {
  all: ['impact-reviews'] as const,
  list: (status: string) => [...impactReviewKeys.all, 'list', status] as const,
  detail: (id: string) => [...impactReviewKeys.all, 'detail', id] as const,
  /** A contract's review, read by the contract's id. */
  ofContract: (contractId: string) => [...impactReviewKeys.all, 'contract', contractId] as const,
};

/** A review changed: the lists (statuses, ROI) and the contract's view of it are suspect. */
export const invalidateImpactReviews = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: impactReviewKeys.all });
