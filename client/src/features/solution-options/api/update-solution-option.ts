import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateOptions } from './query-keys';

export type UpdateSolutionOptionInput = paths['/api/solution-options/{id}']['put']['requestBody']['content']['application/json'];

export const updateSolutionOption = ({ id, ...body }: UpdateSolutionOptionInput & { id: string }) =>
  unwrap(api.PUT('/api/solution-options/{id}', { params: { path: { id } }, body }));

export function useUpdateSolutionOption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSolutionOption,
    onSuccess: () => invalidateOptions(queryClient),
  });
}
