import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

export type TeamDashboard = Present<paths['/api/people/{id}/team/dashboard']['get']['responses'][200]['content']['application/json']>;
export type TeamDashboardFigures = TeamDashboard['totals'];

export const teamDashboardQueryKey = (personId: string) => ['people', 'detail', personId, 'team', 'dashboard'] as const;

export const getTeamDashboard = (personId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/people/{id}/team/dashboard', { params: { path: { id: personId } }, signal }));

export const teamDashboardQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: teamDashboardQueryKey(personId),
    queryFn: ({ signal }) => getTeamDashboard(personId, signal),
  });

export const useTeamDashboard = (personId: string) => useQuery(teamDashboardQueryOptions(personId));
