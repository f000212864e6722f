import { NotificationsPage } from '@/features/notifications/components/notifications-page';

/** The signed-in person's reminders and calendar feed link. */
export default function NotificationsRoute() {
  return <NotificationsPage />;
}
