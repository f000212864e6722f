import { infiniteQueryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { notificationKeys } from './query-keys';

export type NotificationPage = Present<paths['/api/me/notifications']['get']['responses'][200]['content']['application/json']>;
export type Notification = NotificationPage['items'][number];

export const PAGE_SIZE = 50;

export const getNotifications = (after: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/me/notifications', { params: { query: { limit: PAGE_SIZE, after } }, signal }));

export const notificationsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: notificationKeys.list(),
    queryFn: ({ pageParam, signal }) => getNotifications(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: NotificationPage) => last.next ?? undefined,
  });

/** The caller's reminders, newest first, a page at a time. */
export const useNotifications = () => useInfiniteQuery(notificationsQueryOptions());

/** How many of the caller's reminders are unread, for the navigation; quietly zero when it cannot be read. */
export function useUnreadNotificationsCount() {
  const query = useQuery({
    queryKey: [...notificationKeys.list(), 'unread'],
    queryFn: ({ signal }) => getNotifications(undefined, signal),
    retry: false,
  });
  return query.data?.unread ?? 0;
}
