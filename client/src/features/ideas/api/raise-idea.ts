import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { ideaKeys } from './query-keys';

export type RaiseIdeaInput = paths['/api/contracts/{id}/ideas']['post']['requestBody']['content']['application/json'];

/** The learner raises an idea on their own active contract; the line manager answers within 14 days. */
export const raiseIdea = async ({ contractId, ...body }: RaiseIdeaInput & { contractId: string }) =>
  unwrap(api.POST('/api/contracts/{id}/ideas', { params: { path: { id: contractId } }, body }));

export function useRaiseIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: raiseIdea,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ideaKeys.all }),
  });
}
