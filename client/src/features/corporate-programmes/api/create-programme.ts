import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { programmeKeys } from './query-keys';

export type CreateProgrammeInput = paths['/api/corporate-programmes']['post']['requestBody']['content']['application/json'];

export const createProgramme = (body: CreateProgrammeInput) => unwrap(api.POST('/api/corporate-programmes', { body }));

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgramme,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
  });
}
