import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { businessNeedKeys } from './get-business-needs';

export type UpdateBusinessNeedInput = paths['/api/business-needs/{id}']['put']['requestBody']['content']['application/json'];

export const updateBusinessNeed = ({ id, ...body }: UpdateBusinessNeedInput & { id: string }) =>
  unwrap(api.PUT('/api/business-needs/{id}', { params: { path: { id } }, body }));

export function useUpdateBusinessNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateBusinessNeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: businessNeedKeys.all }),
  });
}
