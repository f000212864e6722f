import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { AppRoutes } from '@/app/router';
import type { Me } from '@/lib/auth';

export const testUser = (overrides: Partial<Me> = {}): Me => ({
  id: '00000000-0000-0000-0000-000000000001',
  email: 'sam.learner@example.com',
  displayName: 'Sam Learner',
  roles: ['Learner'],
  isManager: false,
  ...overrides,
});

function testQueryClient(): QueryClient {
  const client = createQueryClient();
  client.setDefaultOptions({
    queries: { ...client.getDefaultOptions().queries, retry: false, staleTime: Infinity },
    mutations: { retry: false },
  });
  return client;
}

type Options = {
  route?: string;
  queryClient?: QueryClient;
};

/** Renders any element inside the app's providers and a memory router. */
export function renderWithProviders(ui: ReactElement, { route = '/', queryClient = testQueryClient() }: Options = {}) {
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient} env="test">
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </AppProvider>,
  );
  return { user, queryClient, ...result };
}

/** Renders the whole app (routes, guards, shell) at `route`. */
export const renderApp = (options: Options = {}) => renderWithProviders(<AppRoutes />, options);
