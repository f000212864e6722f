import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { programmeReviewKeys } from './query-keys';

export type ProgrammeReviewAnswer = Present<
  paths['/api/programme-review-responses/{id}']['get']['responses'][200]['content']['application/json']
>;

/** One invitation with what its respondent answered so far; 404 to anyone but the respondent. */
export const getProgrammeReviewAnswer = async (id: string, signal?: AbortSignal): Promise<ProgrammeReviewAnswer> =>
  unwrap(api.GET('/api/programme-review-responses/{id}', { params: { path: { id } }, signal }));

export const programmeReviewAnswerQueryOptions = (id: string) =>
  queryOptions({
    queryKey: programmeReviewKeys.response(id),
    queryFn: ({ signal }) => getProgrammeReviewAnswer(id, signal),
  });

export const useProgrammeReviewAnswer = (id: string) => useQuery(programmeReviewAnswerQueryOptions(id));
