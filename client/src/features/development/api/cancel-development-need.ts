import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateDevelopmentRecords } from './query-keys';

export type CancelDevelopmentNeedInput = paths['/api/development-needs/{id}/cancel']['post']['requestBody']['content']['application/json'];

export const cancelDevelopmentNeed = ({ id, ...body }: CancelDevelopmentNeedInput & { id: string }) =>
  unwrap(api.POST('/api/development-needs/{id}/cancel', { params: { path: { id } }, body }));

export function useCancelDevelopmentNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelDevelopmentNeed,
    onSuccess: () => invalidateDevelopmentRecords(queryClient),
  });
}
