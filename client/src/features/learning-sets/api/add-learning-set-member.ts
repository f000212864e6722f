import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { LearningSet } from './get-learning-sets';
import { invalidateSetLists, learningSetKeys } from './query-keys';

export type AddMemberInput = { setId: string; personId: string; version: number };

/** The facilitator or HR adds an active person to a set that is not closed; returns the set. */
export const addLearningSetMember = async ({ setId, ...body }: AddMemberInput): Promise<LearningSet> =>
  unwrap(api.POST('/api/learning-sets/{id}/members', { params: { path: { id: setId } }, body }));

export function useAddLearningSetMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addLearningSetMember,
    onSuccess: (set) => {
      queryClient.setQueryData(learningSetKeys.detail(set.id), set);
      return Promise.all([
        invalidateSetLists(queryClient),
        // A new member changes who is suggested to coordinate next.
        queryClient.invalidateQueries({ queryKey: learningSetKeys.meetings(set.id) }),
      ]);
    },
  });
}
