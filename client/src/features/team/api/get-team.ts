import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

export type TeamPage = Present<paths['/api/people/{id}/team']['get']['responses'][200]['content']['application/json']>;
export type TeamMember = TeamPage['items'][number];

export const teamQueryKey = (personId: string) => ['people', 'detail', personId, 'team'] as const;

export const getTeam = (personId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/people/{id}/team', { params: { path: { id: personId } }, signal }));

export const teamQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: teamQueryKey(personId),
    queryFn: ({ signal }) => getTeam(personId, signal),
  });

export const useTeam = (personId: string) => useQuery(teamQueryOptions(personId));
