import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { notificationKeys } from './query-keys';

export type CalendarFeed = Present<paths['/api/me/calendar-feed']['get']['responses'][200]['content']['application/json']>;
export type CalendarFeedLink = Present<paths['/api/me/calendar-feed']['post']['responses'][200]['content']['application/json']>;

export const getCalendarFeed = (signal?: AbortSignal) => unwrap(api.GET('/api/me/calendar-feed', { signal }));

export const calendarFeedQueryOptions = () =>
  queryOptions({ queryKey: notificationKeys.calendarFeed, queryFn: ({ signal }) => getCalendarFeed(signal) });

/** Whether the caller has a calendar feed link. */
export const useCalendarFeed = () => useQuery(calendarFeedQueryOptions());

/** Creates the link, or replaces it: the old one stops working. The link is shown only in this answer. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/calendar-feed')),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.calendarFeed }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { error, response } = await api.DELETE('/api/me/calendar-feed');
      if (error || !response.ok) throw new Error('The calendar link could not be revoked.');
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.calendarFeed }),
  });
}
