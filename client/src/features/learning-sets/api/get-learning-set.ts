import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { LearningSet } from './get-learning-sets';
import { learningSetKeys } from './query-keys';

/** One set with its facilitator, members, size warnings and whether the caller manages it; 404 to outsiders. */
export const getLearningSet = async (id: string, signal?: AbortSignal): Promise<LearningSet> =>
  unwrap(api.GET('/api/learning-sets/{id}', { params: { path: { id } }, signal }));

export const learningSetQueryOptions = (id: string) =>
  queryOptions({
    queryKey: learningSetKeys.detail(id),
    queryFn: ({ signal }) => getLearningSet(id, signal),
  });

export const useLearningSet = (id: string | undefined) => useQuery({ ...learningSetQueryOptions(id ?? ''), enabled: !!id });
