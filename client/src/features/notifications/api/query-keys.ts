export const notificationKeys = {
  all: ['notifications'] as const,
  list: () => [...notificationKeys.all, 'list'] as const,
  calendarFeed: ['calendar-feed'] as const,
};
