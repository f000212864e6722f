import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { learningSetKeys } from './query-keys';

export type SetMeetings = Present<paths['/api/learning-sets/{id}/meetings']['get']['responses'][200]['content']['application/json']>;
export type Meeting = SetMeetings['meetings'][number];
export type Presentation = Meeting['presentations'][number];
export type AgendaItem = Meeting['agenda'][number];
export type AirTime = Meeting['airTimeMinutes'][number];

/** A set's meetings, oldest first, and the member suggested to coordinate the next one. */
export const getSetMeetings = async (setId: string, signal?: AbortSignal): Promise<SetMeetings> =>
  unwrap(api.GET('/api/learning-sets/{id}/meetings', { params: { path: { id: setId } }, signal }));

export const setMeetingsQueryOptions = (setId: string) =>
  queryOptions({
    queryKey: learningSetKeys.meetings(setId),
    queryFn: ({ signal }) => getSetMeetings(setId, signal),
  });

export const useSetMeetings = (setId: string) => useQuery(setMeetingsQueryOptions(setId));
