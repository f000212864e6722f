import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { ideaKeys } from './query-keys';

export type RespondToIdeaInput = paths['/api/ideas/{id}/response']['post']['requestBody']['content']['application/json'];

/** The line manager champions an idea, reports it implemented, or declines it with the reason. */
export const respondToIdea = async ({ id, ...body }: RespondToIdeaInput & { id: string }) =>
  unwrap(api.POST('/api/ideas/{id}/response', { params: { path: { id } }, body }));

export function useRespondToIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: respondToIdea,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ideaKeys.all }),
  });
}
