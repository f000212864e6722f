import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { adviceKeys } from './query-keys';

export type RequestAdviceInput = paths['/api/advice-requests']['post']['requestBody']['content']['application/json'];

/** The learner's line manager asks HR about a need: policy, preferred suppliers or research on solutions. */
export const requestAdvice = (body: RequestAdviceInput) => unwrap(api.POST('/api/advice-requests', { body }));

export function useRequestAdvice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestAdvice,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adviceKeys.all }),
  });
}
