import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

const learner = testUser({ id: 'learner-1', displayName: 'Rae Report' });

const notification = (overrides: Record<string, unknown> = {}) => ({
  id: 'n-1',
  title: 'Your progress review was due on 14 December 2026',
  link: '/progress-reviews/review-1',
  state: 'Overdue',
  dueOn: '2026-12-14',
  createdAt: '2026-12-15T07:00:00Z',
  readAt: null,
  emailedAt: null,
  ...overrides,
});

describe('notifications', () => {
  it('lists reminders with the unread ones marked, counts them in the navigation, and marks one read', async () => {
    let read = false;
    mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/me/notifications': () =>
        json({
          items: [
            notification({ readAt: read ? '2026-12-15T08:00:00Z' : null }),
            notification({ id: 'n-2', state: 'Due', title: 'Your progress review is due on 14 December 2026', readAt: '2026-12-09T08:00:00Z' }),
          ],
          next: null,
          unread: read ? 0 : 1,
        }),
      'POST /api/me/notifications/n-1/read': () => {
        read = true;
        return json(notification({ readAt: '2026-12-15T08:00:00Z' }));
      },
      'GET /api/me/calendar-feed': () => json({ exists: false, createdAt: null }),
    });
    const { user } = renderApp({ route: '/notifications' });

    expect(await screen.findByRole('heading', { name: 'Notifications', level: 1 })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: /Notifications.*1 unread/ })).toHaveAttribute('aria-current', 'page');
    const overdue = await screen.findByRole('listitem', { name: 'Your progress review was due on 14 December 2026' });
    expect(within(overdue).getByText('Unread')).toBeInTheDocument();
    expect(within(overdue).getByRole('link', { name: /was due/ })).toHaveAttribute('href', '/progress-reviews/review-1');
    const due = screen.getByRole('listitem', { name: 'Your progress review is due on 14 December 2026' });
    expect(within(due).queryByText('Unread')).not.toBeInTheDocument();

    await user.click(within(overdue).getByRole('button', { name: 'Mark as read' }));

    expect(await screen.findByText('All read.')).toBeInTheDocument();
    expect(within(overdue).queryByText('Unread')).not.toBeInTheDocument();
  });

  it('says so when there are none, and creates, shows and revokes the calendar link', async () => {
    let exists = false;
    mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/me/notifications': () => json({ items: [], next: null, unread: 0 }),
      'GET /api/me/calendar-feed': () => json({ exists, createdAt: exists ? '2026-12-15T08:00:00Z' : null }),
      'POST /api/me/calendar-feed': () => {
        exists = true;
        return json({ url: 'https://wbl.example/api/calendar/secret-token.ics', createdAt: '2026-12-15T08:00:00Z' });
      },
      'DELETE /api/me/calendar-feed': () => {
        exists = false;
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp({ route: '/notifications' });

    expect(await screen.findByText(/No notifications yet/)).toBeInTheDocument();
    const feed = screen.getByRole('region', { name: 'Calendar feed' });
    expect(await within(feed).findByText('You have no calendar link.')).toBeInTheDocument();

    await user.click(within(feed).getByRole('button', { name: 'Create calendar link' }));

    expect(await within(feed).findByLabelText('Your calendar link')).toHaveValue('https://wbl.example/api/calendar/secret-token.ics');
    expect(within(feed).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();

    await user.click(await within(feed).findByRole('button', { name: 'Revoke link' }));

    expect(await within(feed).findByText('You have no calendar link.')).toBeInTheDocument();
    expect(within(feed).queryByLabelText('Your calendar link')).not.toBeInTheDocument();
  });
});
