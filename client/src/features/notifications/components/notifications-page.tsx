import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';

import { type Notification, useNotifications } from '../api/get-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { CalendarFeedSettings } from './calendar-feed-settings';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

const formatDay = (day: string) => dateFormat.format(new Date(`${day}T00:00:00`));

function NotificationCard({ notification }: { notification: Notification }) {
  const markRead = useMarkNotificationRead();
  const unread = !notification.readAt;
  return (
    <Card withBorder component="li" aria-label={notification.title} bg={unread ? 'blue.0' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            {unread && (
              <Badge color="blue" variant="filled" size="sm">
                Unread
              </Badge>
            )}
            <Badge color={notification.state === 'Overdue' ? 'red' : 'yellow'} variant="light" size="sm">
              {notification.state}
            </Badge>
          </Group>
          <Text component={Link} to={notification.link} fw={unread ? 700 : 400} c="inherit">
            {notification.title}
          </Text>
          <Text size="sm" c="dimmed">
            Date: {formatDay(notification.dueOn)}
          </Text>
        </Stack>
        {unread && (
          <Button size="xs" variant="default" loading={markRead.isPending} onClick={() => markRead.mutate(notification.id)}>
            Mark as read
          </Button>
        )}
      </Group>
      {markRead.isError && <QueryError title="Could not mark it read" error={markRead.error} />}
    </Card>
  );
}

/** The signed-in person's reminders (reviews and ideas that became due or overdue), and their calendar feed link. */
export function NotificationsPage() {
  const query = useNotifications();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = query.data?.pages[0]?.unread ?? 0;

  return (
    <Stack>
      <Title order={1}>Notifications</Title>
      {query.isPending ? (
        <LoadingState label="Loading notifications" />
      ) : query.isError && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <Text>No notifications yet. You will be reminded here when a review is due or overdue.</Text>
      ) : (
        <>
          <Text>{unread === 0 ? 'All read.' : `${unread} unread`}</Text>
          <Stack component="ul" aria-label="Notifications" gap="sm" p={0} style={{ listStyle: 'none' }}>
            {items.map((notification) => (
              <NotificationCard key={notification.id} notification={notification} />
            ))}
          </Stack>
          <LoadMore query={query} what="notifications" />
        </>
      )}
      <CalendarFeedSettings />
    </Stack>
  );
}
