import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateDevelopmentRecords } from './query-keys';

export type UpdateDevelopmentNeedInput = paths['/api/development-needs/{id}']['put']['requestBody']['content']['application/json'];

export const updateDevelopmentNeed = ({ id, ...body }: UpdateDevelopmentNeedInput & { id: string }) =>
  unwrap(api.PUT('/api/development-needs/{id}', { params: { path: { id } }, body }));

export function useUpdateDevelopmentNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDevelopmentNeed,
    onSuccess: () => invalidateDevelopmentRecords(queryClient),
  });
}
