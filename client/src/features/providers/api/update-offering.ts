import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateRegister } from './query-keys';

export type UpdateOfferingInput = paths['/api/offerings/{id}']['put']['requestBody']['content']['application/json'];

export const updateOffering = ({ id, ...body }: UpdateOfferingInput & { id: string }) =>
  unwrap(api.PUT('/api/offerings/{id}', { params: { path: { id } }, body }));

export function useUpdateOffering() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOffering,
    onSuccess: () => invalidateRegister(queryClient),
  });
}
