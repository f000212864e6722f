import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateDecision } from './query-keys';

export type SelectSolutionOptionInput = paths['/api/solution-options/{id}/select']['post']['requestBody']['content']['application/json'];

/** Chooses the option with a rationale: the need moves to "Solution selected" and an earlier choice goes back to proposed. */
export const selectSolutionOption = ({ id, ...body }: SelectSolutionOptionInput & { id: string }) =>
  unwrap(api.POST('/api/solution-options/{id}/select', { params: { path: { id } }, body }));

export function useSelectSolutionOption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: selectSolutionOption,
    onSuccess: () => invalidateDecision(queryClient),
  });
}
