import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { orgUnitKeys } from './get-org-units';

export type UpdateOrgUnitInput = paths['/api/org-units/{id}']['put']['requestBody']['content']['application/json'];

export const updateOrgUnit = ({ id, ...body }: UpdateOrgUnitInput & { id: string }) =>
  unwrap(api.PUT('/api/org-units/{id}', { params: { path: { id } }, body }));

export function useUpdateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrgUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitKeys.all }),
  });
}
