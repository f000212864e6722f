import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { Meeting } from './get-set-meetings';
import { invalidateSetMeetings, learningSetKeys } from './query-keys';

export type CreateMeetingInput = components['schemas']['CreateMeetingRequest'] & { setId: string };

/**
 * The facilitator or HR schedules a meeting: its agenda is generated from the previous meeting's
 * committed actions; a forming set starts running.
 */
export const createMeeting = async ({ setId, ...body }: CreateMeetingInput): Promise<Meeting> =>
  unwrap(api.POST('/api/learning-sets/{id}/meetings', { params: { path: { id: setId } }, body }));

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMeeting,
    onSuccess: (meeting) => {
      queryClient.setQueryData(learningSetKeys.meeting(meeting.id), meeting);
      return invalidateSetMeetings(queryClient, meeting.setId);
    },
  });
}
