import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { businessNeedKeys } from './get-business-needs';

export type CreateBusinessNeedInput = paths['/api/business-needs']['post']['requestBody']['content']['application/json'];

export const createBusinessNeed = (body: CreateBusinessNeedInput) => unwrap(api.POST('/api/business-needs', { body }));

export function useCreateBusinessNeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBusinessNeed,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: businessNeedKeys.all }),
  });
}
