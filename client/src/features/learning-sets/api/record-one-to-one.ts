import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { OneToOne } from './get-one-to-ones';
import { learningSetKeys } from './query-keys';

export type RecordOneToOneInput = components['schemas']['RecordOneToOneRequest'] & { setId: string; personId: string };

/**
 * The facilitator or HR records a member's one-to-one (version 0 the first time, afterwards the
 * version read): when it was held, the project as the member put it and reframed into something achievable.
 */
export const recordOneToOne = async ({ setId, personId, ...body }: RecordOneToOneInput): Promise<OneToOne> =>
  unwrap(api.PUT('/api/learning-sets/{id}/members/{personId}/one-to-one', { params: { path: { id: setId, personId } }, body }));

export function useRecordOneToOne() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordOneToOne,
    // The set says who has had theirs (held flags and the warning naming those still without one).
    onSuccess: (oneToOne) => queryClient.invalidateQueries({ queryKey: learningSetKeys.detail(oneToOne.setId) }),
  });
}
