import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { invalidateDevelopmentRecords } from './query-keys';

/** The line manager confirms an aspiration the learner proposed: Proposed → Identified. */
export const confirmDevelopmentNeed = ({ id, version }: { id: string; version: number }) =>
  unwrap(api.POST('/api/development-needs/{id}/confirm', { params: { path: { id } }, body: { version } }));

export function useConfirmDevelopmentNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmDevelopmentNeed,
    onSuccess: () => invalidateDevelopmentRecords(queryClient),
  });
}
