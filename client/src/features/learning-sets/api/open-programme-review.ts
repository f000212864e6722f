import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { ProgrammeReviewResults } from './get-programme-review-results';
import { invalidateSetLists, learningSetKeys, programmeReviewKeys } from './query-keys';

/**
 * The facilitator or HR opens the set's programme review, once, on a running or closed set: it invites the
 * members, the facilitator and each member's line manager. Returns the results, all unanswered.
 */
export const openProgrammeReview = async (setId: string): Promise<ProgrammeReviewResults> =>
  unwrap(api.POST('/api/learning-sets/{id}/programme-review', { params: { path: { id: setId } } }));

export function useOpenProgrammeReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openProgrammeReview,
    onSuccess: (results) => {
      queryClient.setQueryData(learningSetKeys.programmeReview(results.setId), results);
      return Promise.all([
        // The set now says its review is open.
        queryClient.invalidateQueries({ queryKey: learningSetKeys.detail(results.setId), exact: true }),
        invalidateSetLists(queryClient),
        // The opener may be invited too (the facilitator is).
        queryClient.invalidateQueries({ queryKey: programmeReviewKeys.all }),
      ]);
    },
  });
}
