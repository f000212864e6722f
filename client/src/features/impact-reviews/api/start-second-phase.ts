import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { ImpactReview } from './get-impact-review';
import { impactReviewKeys, invalidateImpactReviews } from './query-keys';

export type StartSecondPhaseRequest = components['schemas']['StartSecondPhaseRequest'];

/** What next: the line manager starts a second phase, a new need for the learner that follows the reviewed one. Once per review. */
export const startSecondPhase = async ({ id, ...body }: StartSecondPhaseRequest & { id: string }): Promise<ImpactReview> =>
  unwrap(api.POST('/api/impact-reviews/{id}/second-phase', { params: { path: { id } }, body }));

export function useStartSecondPhase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startSecondPhase,
    onSuccess: (review) => {
      queryClient.setQueryData(impactReviewKeys.detail(review.id), review);
      queryClient.setQueryData(impactReviewKeys.ofContract(review.contractId), review);
      return invalidateImpactReviews(queryClient);
    },
  });
}
