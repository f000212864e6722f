import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { programmeKeys } from './query-keys';

export type EnrolNeedsInput = paths['/api/corporate-programmes/{id}/enrolments']['post']['requestBody']['content']['application/json'];

/** HR enrols needs in a programme, all or none: each gets a place as its selected option. */
export const enrolNeeds = ({ id, ...body }: EnrolNeedsInput & { id: string }) =>
  unwrap(api.POST('/api/corporate-programmes/{id}/enrolments', { params: { path: { id } }, body }));

export function useEnrolNeeds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enrolNeeds,
    // Each need now has a selected solution: its options, its plan and the team overview change.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: programmeKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['solution-options'] }),
        queryClient.invalidateQueries({ queryKey: ['development-needs'] }),
        queryClient.invalidateQueries({ queryKey: ['people'] }),
      ]),
  });
}
