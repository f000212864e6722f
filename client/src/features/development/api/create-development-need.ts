import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateDevelopmentRecords } from './query-keys';

export type CreateDevelopmentNeedInput = paths['/api/development-needs']['post']['requestBody']['content']['application/json'];

export const createDevelopmentNeed = (body: CreateDevelopmentNeedInput) =>
  unwrap(api.POST('/api/development-needs', { body }));

export function useCreateDevelopmentNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDevelopmentNeed,
    onSuccess: () => invalidateDevelopmentRecords(queryClient),
  });
}
