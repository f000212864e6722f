import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { developmentKeys } from './query-keys';

export type DevelopmentPlan = Present<
  paths['/api/people/{id}/plan']['get']['responses'][200]['content']['application/json']
>;
export type DevelopmentNeed = DevelopmentPlan['needs'][number];
export type NeedEvent = DevelopmentNeed['history'][number];

export const getDevelopmentPlan = (personId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/people/{id}/plan', { params: { path: { id: personId } }, signal }));

export const developmentPlanQueryOptions = (personId: string) =>
  queryOptions({
    queryKey: developmentKeys.plan(personId),
    queryFn: ({ signal }) => getDevelopmentPlan(personId, signal),
  });

export const useDevelopmentPlan = (personId: string) => useQuery(developmentPlanQueryOptions(personId));
