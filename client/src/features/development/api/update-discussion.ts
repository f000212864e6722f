import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateDevelopmentRecords } from './query-keys';

export type UpdateDiscussionInput = paths['/api/discussions/{id}']['put']['requestBody']['content']['application/json'];

export const updateDiscussion = ({ id, ...body }: UpdateDiscussionInput & { id: string }) =>
  unwrap(api.PUT('/api/discussions/{id}', { params: { path: { id } }, body }));

export function useUpdateDiscussion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDiscussion,
    // The dates of the last and next 1:1 show on the team overview.
    onSuccess: () => invalidateDevelopmentRecords(queryClient),
  });
}
