import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { orgUnitKeys } from './get-org-units';

export type CreateOrgUnitInput = paths['/api/org-units']['post']['requestBody']['content']['application/json'];

export const createOrgUnit = (body: CreateOrgUnitInput) => unwrap(api.POST('/api/org-units', { body }));

export function useCreateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrgUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitKeys.all }),
  });
}
