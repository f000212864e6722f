import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { invalidateDevelopmentRecords } from './query-keys';

export type RecordDiscussionInput = paths['/api/discussions']['post']['requestBody']['content']['application/json'];
export type IdentifiedNeedInput = NonNullable<RecordDiscussionInput['identifiedNeeds']>[number];

/** Records a 1:1 and the needs it identified, all or nothing. */
export const recordDiscussion = (body: RecordDiscussionInput) => unwrap(api.POST('/api/discussions', { body }));

export function useRecordDiscussion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordDiscussion,
    onSuccess: () => invalidateDevelopmentRecords(queryClient),
  });
}
