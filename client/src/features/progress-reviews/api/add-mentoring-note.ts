import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { progressReviewKeys } from './query-keys';

/** The contract's mentor adds a note to a review; notes are kept in order and never edited. */
export const addMentoringNote = async ({ reviewId, note }: { reviewId: string; note: string }) =>
  unwrap(api.POST('/api/progress-reviews/{id}/mentoring-notes', { params: { path: { id: reviewId } }, body: { note } }));

export function useAddMentoringNote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addMentoringNote,
    onSuccess: (_note, { reviewId }) => queryClient.invalidateQueries({ queryKey: progressReviewKeys.detail(reviewId) }),
  });
}
