import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import type { Meeting } from './get-set-meetings';
import { learningSetKeys } from './query-keys';

/** One meeting with its agenda, attendance, air time, presentations and main points; 404 to whoever does not read its set. */
export const getMeeting = async (id: string, signal?: AbortSignal): Promise<Meeting> =>
  unwrap(api.GET('/api/meetings/{id}', { params: { path: { id } }, signal }));

export const meetingQueryOptions = (id: string) =>
  queryOptions({
    queryKey: learningSetKeys.meeting(id),
    queryFn: ({ signal }) => getMeeting(id, signal),
  });

export const useMeeting = (id: string) => useQuery(meetingQueryOptions(id));
