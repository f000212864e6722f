import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { ProgressReview } from './get-progress-review';
import { invalidateReviewRecords, progressReviewKeys } from './query-keys';

export type LearnerPartInput = components['schemas']['LearnerPartInput'];
export type ManagerPartInput = components['schemas']['ManagerPartInput'];
export type ActionInput = components['schemas']['ActionInput'];

/** One part of the review at a time: the learner's or the manager's (the server refuses both, or neither). */
export type UpdateProgressReviewInput = { id: string; version: number } & (
  | { learner: LearnerPartInput; manager?: never }
  | { manager: ManagerPartInput; learner?: never }
);

type RequestBody = components['schemas']['UpdateProgressReviewRequest'];

/**
 * The learner writes their part; the line manager writes theirs and, with `record: true`, records
 * the review as held, which closes it for both.
 */
export const updateProgressReview = async ({ id, ...body }: UpdateProgressReviewInput): Promise<ProgressReview> =>
  // The document lists both parts as required (it cannot mark a referenced schema nullable); the
  // server takes both as optional and wants exactly one, the other left out.
  unwrap(api.PUT('/api/progress-reviews/{id}', { params: { path: { id } }, body: body as unknown as RequestBody }));

export function useUpdateProgressReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgressReview,
    onSuccess: (review) => {
      queryClient.setQueryData(progressReviewKeys.detail(review.id), review);
      return invalidateReviewRecords(queryClient);
    },
  });
}
