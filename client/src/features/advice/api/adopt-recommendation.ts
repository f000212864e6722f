import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { adviceKeys } from './query-keys';

/** The line manager turns an offering HR recommended into an option for the need, in one step. */
export const adoptRecommendation = ({ requestId, offeringId }: { requestId: string; offeringId: string }) =>
  unwrap(
    api.POST('/api/advice-requests/{id}/recommendations/{offeringId}/option', {
      params: { path: { id: requestId, offeringId } },
    }),
  );

export function useAdoptRecommendation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adoptRecommendation,
    // The recommendation now names its option, and the need has one more option to appraise.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adviceKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['solution-options'] }),
      ]),
  });
}
