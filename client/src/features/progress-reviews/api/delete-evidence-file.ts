import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { progressReviewKeys } from './query-keys';

/** The person who attached a file removes it, while the review is still scheduled. */
export const deleteEvidenceFile = async ({ fileId }: { fileId: string; reviewId: string }) =>
  unwrap(api.DELETE('/api/evidence-files/{id}', { params: { path: { id: fileId } } }));

export function useDeleteEvidenceFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteEvidenceFile,
    onSuccess: (_result, { reviewId }) => queryClient.invalidateQueries({ queryKey: progressReviewKeys.detail(reviewId) }),
  });
}
