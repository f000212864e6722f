import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { programmeReviewKeys } from './query-keys';

export type ProgrammeReviewOverview = Present<paths['/api/programme-reviews']['get']['responses'][200]['content']['application/json']>;
export type SetReviewFigures = ProgrammeReviewOverview['sets'][number];

/** Every set's responses pooled, by respondent role, and a row per set with a review, by name. HR and Admin. */
export const getProgrammeReviewOverview = async (signal?: AbortSignal): Promise<ProgrammeReviewOverview> =>
  unwrap(api.GET('/api/programme-reviews', { signal }));

export const programmeReviewOverviewQueryOptions = () =>
  queryOptions({
    queryKey: programmeReviewKeys.overview(),
    queryFn: ({ signal }) => getProgrammeReviewOverview(signal),
  });

export const useProgrammeReviewOverview = () => useQuery(programmeReviewOverviewQueryOptions());
