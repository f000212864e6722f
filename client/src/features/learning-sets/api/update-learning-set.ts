import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { LearningSet } from './get-learning-sets';
import { invalidateSetLists, learningSetKeys } from './query-keys';

export type UpdateLearningSetInput = components['schemas']['UpdateLearningSetRequest'] & { id: string };

/** The facilitator or HR changes the set's details and moves its status forward; a closed set no longer changes. */
export const updateLearningSet = async ({ id, ...body }: UpdateLearningSetInput): Promise<LearningSet> =>
  unwrap(api.PUT('/api/learning-sets/{id}', { params: { path: { id } }, body }));

export function useUpdateLearningSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLearningSet,
    onSuccess: (set) => {
      queryClient.setQueryData(learningSetKeys.detail(set.id), set);
      return Promise.all([
        invalidateSetLists(queryClient),
        // A closed set's meetings are no longer editable: their `canManage` stays, but the page reads the status.
        queryClient.invalidateQueries({ queryKey: learningSetKeys.meetings(set.id) }),
      ]);
    },
  });
}
