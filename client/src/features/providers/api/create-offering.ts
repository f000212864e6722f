import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateRegister } from './query-keys';

export type CreateOfferingInput = paths['/api/providers/{id}/offerings']['post']['requestBody']['content']['application/json'];

export const createOffering = ({ providerId, ...body }: CreateOfferingInput & { providerId: string }) =>
  unwrap(api.POST('/api/providers/{id}/offerings', { params: { path: { id: providerId } }, body }));

export function useCreateOffering() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOffering,
    onSuccess: () => invalidateRegister(queryClient),
  });
}
