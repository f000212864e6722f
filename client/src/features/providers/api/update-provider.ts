import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateRegister } from './query-keys';

export type UpdateProviderInput = paths['/api/providers/{id}']['put']['requestBody']['content']['application/json'];

export const updateProvider = ({ id, ...body }: UpdateProviderInput & { id: string }) =>
  unwrap(api.PUT('/api/providers/{id}', { params: { path: { id } }, body }));

export function useUpdateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProvider,
    onSuccess: () => invalidateRegister(queryClient),
  });
}
