import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { LearningSet } from './get-learning-sets';
import { invalidateSetLists, learningSetKeys } from './query-keys';

export type CreateLearningSetInput = components['schemas']['CreateLearningSetRequest'];

/** HR or a facilitator forms a set; it starts Forming. */
export const createLearningSet = async (body: CreateLearningSetInput): Promise<LearningSet> =>
  unwrap(api.POST('/api/learning-sets', { body }));

export function useCreateLearningSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLearningSet,
    onSuccess: (set) => {
      queryClient.setQueryData(learningSetKeys.detail(set.id), set);
      return invalidateSetLists(queryClient);
    },
  });
}
