import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi, noContent, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

const signedInAs = (me: ReturnType<typeof testUser>) =>
  mockApi({
    'GET /api/auth/me': () => json(me),
    'POST /api/auth/logout': () => noContent(),
    'GET /api/org-units': () => json({ items: [], next: null }),
    'GET /api/people': () => json({ items: [], next: null }),
    'GET /api/people/:id/team': () => json({ items: [], next: null }),
  });

const mainNav = async () => screen.findByRole('navigation', { name: 'Main' });

describe('app shell', () => {
  it('shows a learner only Home: no team, no administration', async () => {
    signedInAs(testUser({ roles: ['Learner', 'HR'], isManager: false }));
    renderApp();

    const nav = await mainNav();
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).queryByText('Administration')).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'People' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Organisation' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'My team' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'My plan' })).toHaveAttribute('href', '/plan');
    // HR works with business needs.
    expect(within(nav).getByRole('link', { name: 'Business needs' })).toHaveAttribute('href', '/business-needs');
  });

  it('gives a learner without other roles their plan, their contracts, their learning sets and nothing else', async () => {
    signedInAs(testUser({ roles: ['Learner'], isManager: false }));
    renderApp();

    const nav = await mainNav();
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Home', 'Notifications', 'My plan', 'Contracts', 'Learning sets']);
  });

  it('shows administrators the Administration section and managers their team', async () => {
    signedInAs(testUser({ roles: ['Learner', 'Manager', 'Admin'], isManager: true }));
    renderApp({ route: '/admin/people' });

    const nav = await mainNav();
    const admin = within(nav).getByRole('group', { name: 'Administration' });
    expect(within(admin).getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    expect(within(admin).getByRole('link', { name: 'Organisation' })).not.toHaveAttribute('aria-current');
    expect(within(nav).getByRole('link', { name: 'My team' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Business needs' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(await screen.findByRole('heading', { name: 'People' })).toBeInTheDocument();
  });

  it('keeps a non-administrator out of administration pages typed into the address bar', async () => {
    const server = signedInAs(testUser({ roles: ['Learner'] }));
    renderApp({ route: '/admin/org-units' });

    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(server.calls('GET', '/api/org-units')).toHaveLength(0);
  });

  it('shows "Page not found" for an unknown address', async () => {
    signedInAs(testUser());
    renderApp({ route: '/no/such/page' });

    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  it('greets the user by name and signs them out', async () => {
    const server = signedInAs(testUser({ displayName: 'Sam Learner' }));
    const { user } = renderApp();

    expect(await screen.findByRole('heading', { name: 'Welcome, Sam Learner' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Sam Learner');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(server.calls('POST', '/api/auth/logout')).toHaveLength(1);
  });

  it('starts the next person at Home, not on the page the previous user left', async () => {
    let current: ReturnType<typeof testUser> | null = testUser({ displayName: 'Ada Admin', roles: ['Admin'] });
    mockApi({
      'GET /api/auth/me': () => (current ? json(current) : problem(401)),
      'POST /api/auth/logout': () => {
        current = null;
        return noContent();
      },
      'POST /api/auth/login': () => {
        current = testUser({ displayName: 'Lee Learner' });
        return json(current);
      },
      'GET /api/people': () => json({ items: [], next: null }),
      'GET /api/org-units': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/admin/people' });

    expect(await screen.findByRole('heading', { name: 'People' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await user.type(await screen.findByRole('textbox', { name: /E-mail/ }), 'lee@example.com');
    await user.type(screen.getByLabelText(/Password/), 'a good long password');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'Welcome, Lee Learner' })).toBeInTheDocument();
  });

  it('returns to sign-in when the session expires mid-visit', async () => {
    mockApi({
      'GET /api/auth/me': () => json(testUser({ isManager: true })),
      // The session ended on the server after the page loaded.
      'GET /api/people/:id/team': () => problem(401),
    });
    const { user } = renderApp();

    await user.click(await screen.findByRole('link', { name: 'My team' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });
});
