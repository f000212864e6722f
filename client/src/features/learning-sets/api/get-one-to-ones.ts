import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { learningSetKeys } from './query-keys';

export type SetOneToOnes = Present<paths['/api/learning-sets/{id}/one-to-ones']['get']['responses'][200]['content']['application/json']>;
export type MemberOneToOne = SetOneToOnes['members'][number];
export type OneToOne = NonNullable<MemberOneToOne['oneToOne']>;

/**
 * The members by name, each with their one-to-one (null until recorded): every member for the
 * facilitator, HR and Admin, only their own entry for a member.
 */
export const getOneToOnes = async (setId: string, signal?: AbortSignal): Promise<SetOneToOnes> =>
  unwrap(api.GET('/api/learning-sets/{id}/one-to-ones', { params: { path: { id: setId } }, signal }));

export const oneToOnesQueryOptions = (setId: string) =>
  queryOptions({
    queryKey: learningSetKeys.oneToOnes(setId),
    queryFn: ({ signal }) => getOneToOnes(setId, signal),
  });

export const useOneToOnes = (setId: string) => useQuery(oneToOnesQueryOptions(setId));
