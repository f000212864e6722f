import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/schema';

import type { Meeting } from './get-set-meetings';
import { invalidateSetMeetings, learningSetKeys } from './query-keys';

export type UpdateMeetingRequest = components['schemas']['UpdateMeetingRequest'];
export type UpdateMeetingInput = UpdateMeetingRequest & { id: string };

/**
 * Records a meeting. The facilitator, HR or the meeting's coordinator write it all; a member sends
 * the meeting as read with only their own committed action and account changed.
 */
export const updateMeeting = async ({ id, ...body }: UpdateMeetingInput): Promise<Meeting> =>
  unwrap(api.PUT('/api/meetings/{id}', { params: { path: { id } }, body }));

export function useUpdateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMeeting,
    onSuccess: (meeting) => {
      queryClient.setQueryData(learningSetKeys.meeting(meeting.id), meeting);
      return invalidateSetMeetings(queryClient, meeting.setId);
    },
  });
}
