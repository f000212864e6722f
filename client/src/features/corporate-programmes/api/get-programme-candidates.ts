import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { programmeKeys } from './query-keys';

export type ProgrammeCandidatePage = Present<
  paths['/api/corporate-programmes/candidates']['get']['responses'][200]['content']['application/json']
>;
export type ProgrammeCandidate = ProgrammeCandidatePage['items'][number];
export type CandidateNeed = ProgrammeCandidate['needs'][number];

/**
 * Identified, non-private needs still without a solution that share a competency tag, in
 * clusters big enough for one programme (HR only). A handful at most: always one page.
 */
export const getProgrammeCandidates = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/corporate-programmes/candidates', { signal }));

export const programmeCandidatesQueryOptions = () =>
  queryOptions({
    queryKey: programmeKeys.candidates(),
    queryFn: async ({ signal }) => (await getProgrammeCandidates(signal)).items,
  });

export const useProgrammeCandidates = ({ enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...programmeCandidatesQueryOptions(), enabled });
