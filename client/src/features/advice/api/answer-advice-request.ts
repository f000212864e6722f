import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { adviceKeys } from './query-keys';

export type AnswerAdviceRequestInput = paths['/api/advice-requests/{id}/response']['post']['requestBody']['content']['application/json'];

/** HR answers (or refines the answer to) a request, recommending offerings from the register. */
export const answerAdviceRequest = ({ id, ...body }: AnswerAdviceRequestInput & { id: string }) =>
  unwrap(api.POST('/api/advice-requests/{id}/response', { params: { path: { id } }, body }));

export function useAnswerAdviceRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: answerAdviceRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adviceKeys.all }),
  });
}
