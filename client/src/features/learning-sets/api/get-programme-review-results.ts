import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { components, paths } from '@/lib/api/schema';

import { learningSetKeys } from './query-keys';

export type ProgrammeReviewResults = Present<
  paths['/api/learning-sets/{id}/programme-review']['get']['responses'][200]['content']['application/json']
>;
/** Whole percentages of the answered responses (null when there is nothing to divide by), with the counts. */
export type ReviewFigures = Present<components['schemas']['ReviewFigures']>;
export type RoleFigures = ProgrammeReviewResults['byRole'][number];

/**
 * A set's programme review results: overall and by respondent role, who answered (never what) and the
 * comments by role. The facilitator, HR and Admin; a member gets 403; 404 while no review is open.
 */
export const getProgrammeReviewResults = async (setId: string, signal?: AbortSignal): Promise<ProgrammeReviewResults> =>
  unwrap(api.GET('/api/learning-sets/{id}/programme-review', { params: { path: { id: setId } }, signal }));

export const programmeReviewResultsQueryOptions = (setId: string) =>
  queryOptions({
    queryKey: learningSetKeys.programmeReview(setId),
    queryFn: ({ signal }) => getProgrammeReviewResults(setId, signal),
  });

export const useProgrammeReviewResults = (setId: string, enabled = true) =>
  useQuery({ ...programmeReviewResultsQueryOptions(setId), enabled });
