import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateDecision } from './query-keys';

export type RejectSolutionOptionInput = paths['/api/solution-options/{id}/reject']['post']['requestBody']['content']['application/json'];

/** Rejects an option with a reason; the selected option cannot be rejected (select another first). */
export const rejectSolutionOption = ({ id, ...body }: RejectSolutionOptionInput & { id: string }) =>
  unwrap(api.POST('/api/solution-options/{id}/reject', { params: { path: { id } }, body }));

export function useRejectSolutionOption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectSolutionOption,
    onSuccess: () => invalidateDecision(queryClient),
  });
}
