import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { ApiError, isApiError } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';

/**
 * One client per app (and per test). A 401 from any request means the session has ended:
 * the session query is set to "signed out" and the route guard sends the user to sign in.
 */
export function createQueryClient() {
  const signedOut = (error: unknown) => {
    if (isApiError(error, 401) && queryClient.getQueryData(meQueryKey)) {
      queryClient.setQueryData(meQueryKey, null);
    }
  };

  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: signedOut }),
    mutationCache: new MutationCache({ onError: signedOut }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not fix itself; network blips and 5xx get one more try.
        retry: (failureCount, error) => !(error instanceof ApiError && error.status < 500) && failureCount < 1,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
