import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateOptions } from './query-keys';

export type AddSolutionOptionInput = paths['/api/development-needs/{id}/options']['post']['requestBody']['content']['application/json'];

/** The learner's line manager adds a way to meet the need, appraised now or later. */
export const addSolutionOption = ({ needId, ...body }: AddSolutionOptionInput & { needId: string }) =>
  unwrap(api.POST('/api/development-needs/{id}/options', { params: { path: { id: needId } }, body }));

export function useAddSolutionOption() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addSolutionOption,
    onSuccess: () => invalidateOptions(queryClient),
  });
}
