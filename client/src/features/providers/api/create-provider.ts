import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateRegister } from './query-keys';

export type CreateProviderInput = paths['/api/providers']['post']['requestBody']['content']['application/json'];

export const createProvider = (body: CreateProviderInput) => unwrap(api.POST('/api/providers', { body }));

export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProvider,
    onSuccess: () => invalidateRegister(queryClient),
  });
}
