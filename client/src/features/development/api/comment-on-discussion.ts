import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { developmentKeys } from './query-keys';

export type CommentOnDiscussionInput = paths['/api/discussions/{id}/learner-comment']['put']['requestBody']['content']['application/json'];

/** The learner adds or changes their own comment on the record of a 1:1. */
export const commentOnDiscussion = ({ id, ...body }: CommentOnDiscussionInput & { id: string }) =>
  unwrap(api.PUT('/api/discussions/{id}/learner-comment', { params: { path: { id } }, body }));

export function useCommentOnDiscussion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: commentOnDiscussion,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: developmentKeys.discussions }),
  });
}
