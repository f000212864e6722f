import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { progressReviewKeys } from './query-keys';

export type ProgressReview = Present<paths['/api/progress-reviews/{id}']['get']['responses'][200]['content']['application/json']>;
export type ReviewOutcome = ProgressReview['outcomes'][number];
export type ReviewAction = ProgressReview['actions'][number];
export type EvidenceFile = ReviewOutcome['files'][number];
export type MentoringNote = ProgressReview['mentoringNotes'][number];
export type ReviewPermissions = ProgressReview['can'];

/** A review: one row per learning outcome, both parts, the actions carried over and agreed, the mentor's notes and what the caller may do. */
export const getProgressReview = async (id: string, signal?: AbortSignal): Promise<ProgressReview> =>
  unwrap(api.GET('/api/progress-reviews/{id}', { params: { path: { id } }, signal }));

export const progressReviewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: progressReviewKeys.detail(id),
    queryFn: ({ signal }) => getProgressReview(id, signal),
  });

export const useProgressReview = (id: string) => useQuery(progressReviewQueryOptions(id));
