import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { progressReviewKeys } from './query-keys';

export type ProgressSchedule = Present<
  paths['/api/contracts/{id}/progress-reviews']['get']['responses'][200]['content']['application/json']
>;
export type ReviewSummary = ProgressSchedule['reviews'][number];

/** A contract's review schedule, each review upcoming, due (within a week), overdue, held or cancelled. */
export const getProgressSchedule = async (contractId: string, signal?: AbortSignal): Promise<ProgressSchedule> =>
  unwrap(api.GET('/api/contracts/{id}/progress-reviews', { params: { path: { id: contractId } }, signal }));

export const progressScheduleQueryOptions = (contractId: string) =>
  queryOptions({
    queryKey: progressReviewKeys.schedule(contractId),
    queryFn: ({ signal }) => getProgressSchedule(contractId, signal),
  });

export const useProgressSchedule = (contractId: string) => useQuery(progressScheduleQueryOptions(contractId));
