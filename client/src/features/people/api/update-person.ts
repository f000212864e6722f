import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';
import { meQueryKey } from '@/lib/auth';

import { peopleKeys } from './get-people';

export type UpdatePersonInput = paths['/api/people/{id}']['put']['requestBody']['content']['application/json'];

export const updatePerson = ({ id, ...body }: UpdatePersonInput & { id: string }) =>
  unwrap(api.PUT('/api/people/{id}', { params: { path: { id } }, body }));

export function useUpdatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePerson,
    // Reporting lines may have moved: every list, detail and team view is suspect.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleKeys.all }),
        // An administrator may have edited themselves.
        queryClient.invalidateQueries({ queryKey: meQueryKey }),
      ]),
  });
}
