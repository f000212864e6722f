import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { programmeKeys } from './query-keys';

export type UpdateProgrammeInput = paths['/api/corporate-programmes/{id}']['put']['requestBody']['content']['application/json'];

/** Changes a programme; its status only moves forward: proposed → procuring → running → completed. */
export const updateProgramme = ({ id, ...body }: UpdateProgrammeInput & { id: string }) =>
  unwrap(api.PUT('/api/corporate-programmes/{id}', { params: { path: { id } }, body }));

export function useUpdateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProgramme,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}
