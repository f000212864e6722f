import type { QueryClient } from '@tanstack/react-query';

/** Query keys of progress reviews: everything starts with `progress-reviews`, so one invalidation reaches them all. */
export const progressReviewKeys = {
  all: ['progress-reviews'] as const,
  /** A contract's schedule: its reviews, the next date and the open actions. */
  schedule: (contractId: string) => [...progressReviewKeys.all, 'schedule', contractId] as const,
  detail: (id: string) => [...progressReviewKeys.all, 'detail', id] as const,
};

/**
 * A review changed: its schedule (states, held dates, open actions) and every review of the
 * contract (actions carry over from one review to the next) are suspect.
 */
export const invalidateReviewRecords = (queryClient: QueryClient) =>
  queryClient.invalidateQueries({ queryKey: progressReviewKeys.all });
