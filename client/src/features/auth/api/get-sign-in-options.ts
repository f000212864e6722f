import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

export type SignInOptions = Present<
  paths['/api/auth/options']['get']['responses'][200]['content']['application/json']
>;

export const getSignInOptions = (signal?: AbortSignal) => unwrap(api.GET('/api/auth/options', { signal }));

export const signInOptionsQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'options'] as const,
    queryFn: ({ signal }) => getSignInOptions(signal),
    staleTime: Infinity,
    retry: false,
  });

export const useSignInOptions = () => useQuery(signInOptionsQueryOptions());
