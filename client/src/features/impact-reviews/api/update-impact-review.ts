import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { ImpactReview } from './get-impact-review';
import { impactReviewKeys, invalidateImpactReviews } from './query-keys';

export type ImpactLearnerPartInput = components['schemas']['ImpactLearnerPartInput'];
export type ImpactManagerPartInput = components['schemas']['ImpactManagerPartInput'];

/** One part at a time: the learner's reaction or the manager's levels (the server refuses both, or neither). */
export type UpdateImpactReviewInput = { id: string; version: number } & (
  | { learner: ImpactLearnerPartInput; manager?: never }
  | { manager: ImpactManagerPartInput; learner?: never }
);

/**
 * The learner writes their reaction; the line manager saves a draft of the rest or, with
 * `record: true`, records the review (from the day its window opens), which closes it for both.
 */
export const updateImpactReview = async ({ id, ...body }: UpdateImpactReviewInput): Promise<ImpactReview> =>
  unwrap(api.PUT('/api/impact-reviews/{id}', { params: { path: { id } }, body }));

export function useUpdateImpactReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateImpactReview,
    onSuccess: (review) => {
      queryClient.setQueryData(impactReviewKeys.detail(review.id), review);
      queryClient.setQueryData(impactReviewKeys.ofContract(review.contractId), review);
      return invalidateImpactReviews(queryClient);
    },
  });
}
