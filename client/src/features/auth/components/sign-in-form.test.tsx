import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, renderWithProviders, testUser } from '@/testing/test-utils';

import { SignInForm } from './sign-in-form';

describe('SignInForm', () => {
  it('asks for both fields before calling the server', async () => {
    const server = mockApi({ 'POST /api/auth/login': () => json(testUser()) });
    const { user } = renderWithProviders(<SignInForm />);

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Enter your e-mail address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(screen.getByLabelText(/E-mail/)).toHaveAttribute('aria-invalid', 'true');
    expect(server.calls('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('rejects an e-mail address without an @', async () => {
    const server = mockApi({ 'POST /api/auth/login': () => json(testUser()) });
    const { user } = renderWithProviders(<SignInForm />);

    await user.type(screen.getByLabelText(/E-mail/), 'sam.example.com');
    await user.type(screen.getByLabelText(/Password/), 'correct horse battery');
    await user.keyboard('{Enter}');

    expect(await screen.findByText('Enter a valid e-mail address')).toBeInTheDocument();
    expect(server.calls('POST', '/api/auth/login')).toHaveLength(0);
  });

  it('says the credentials are wrong when the server answers 401', async () => {
    const server = mockApi({ 'POST /api/auth/login': () => problem(401, { title: 'Unauthorized' }) });
    const { user } = renderWithProviders(<SignInForm />);

    await user.type(screen.getByLabelText(/E-mail/), ' sam@example.com ');
    await user.type(screen.getByLabelText(/Password/), 'not the password');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('E-mail or password is incorrect');
    expect(server.calls('POST', '/api/auth/login')[0]!.body).toEqual({
      email: 'sam@example.com',
      password: 'not the password',
    });
  });

  it('asks the user to wait when sign-in is rate limited', async () => {
    mockApi({ 'POST /api/auth/login': () => problem(429) });
    const { user } = renderWithProviders(<SignInForm />);

    await user.type(screen.getByLabelText(/E-mail/), 'sam@example.com');
    await user.type(screen.getByLabelText(/Password/), 'whatever it is');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts — wait a minute and try again');
  });
});

describe('signing in', () => {
  it('sends a signed-out visitor to sign in, then on to the page they asked for', async () => {
    const me = testUser({ displayName: 'Morgan Manager', isManager: true });
    let signedIn = false;
    mockApi({
      'GET /api/auth/me': () => (signedIn ? json(me) : problem(401)),
      'POST /api/auth/login': () => {
        signedIn = true;
        return json(me);
      },
      'GET /api/people/:id/team': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/team' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/E-mail/), 'morgan@example.com');
    await user.type(screen.getByLabelText(/Password/), 'a good long password');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'My team' })).toBeInTheDocument();
    expect(screen.getByText('Morgan Manager')).toBeInTheDocument();
    expect(await screen.findByText('No direct reports')).toBeInTheDocument();
  });
});

describe('sign-in options', () => {
  it('offers single sign-on, back to the page asked for, when the server has only that switched on', async () => {
    mockApi({
      'GET /api/auth/me': () => problem(401),
      'GET /api/auth/options': () => json({ password: false, singleSignOn: true }),
    });
    renderApp({ route: '/admin/people?q=sam' });

    const link = await screen.findByRole('link', { name: 'Sign in with your organisation account' });
    expect(link).toHaveAttribute('href', '/api/auth/oidc/login?returnUrl=%2Fadmin%2Fpeople%3Fq%3Dsam');
    expect(screen.queryByRole('textbox', { name: /E-mail/ })).not.toBeInTheDocument();
  });

  it('shows only the password form when single sign-on is off', async () => {
    mockApi({
      'GET /api/auth/me': () => problem(401),
      'GET /api/auth/options': () => json({ password: true, singleSignOn: false }),
    });
    renderApp();

    expect(await screen.findByRole('textbox', { name: /E-mail/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /organisation account/ })).not.toBeInTheDocument();
  });
});
