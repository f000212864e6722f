import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { providerKeys } from './query-keys';

export type ProviderOutcomes = Present<paths['/api/reports/provider-outcomes']['get']['responses'][200]['content']['application/json']>;

export const getProviderOutcomes = (providerId: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/reports/provider-outcomes', { params: { query: { providerId } }, signal }));

export const providerOutcomesQueryOptions = (providerId: string) =>
  queryOptions({
    queryKey: [...providerKeys.detail(providerId), 'outcomes'] as const,
    queryFn: ({ signal }) => getProviderOutcomes(providerId, signal),
  });

/** The provider's outcome record; HR and Admin only, so others do not ask. */
export const useProviderOutcomes = (providerId: string, enabled: boolean) =>
  useQuery({ ...providerOutcomesQueryOptions(providerId), enabled });
