import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { peopleKeys } from './get-people';

export type CreatePersonInput = paths['/api/people']['post']['requestBody']['content']['application/json'];

export const createPerson = (body: CreatePersonInput) => unwrap(api.POST('/api/people', { body }));

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    // A new person may also change someone's team (their manager's direct reports).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
