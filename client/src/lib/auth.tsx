import { queryOptions, useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';

import { api, ApiError, isApiError, type Present, unwrap } from './api-client';
import type { paths } from './api/schema';

export type Me = Present<paths['/api/auth/me']['get']['responses'][200]['content']['application/json']>;

export const ROLES = {
  learner: 'Learner',
  manager: 'Manager',
  hr: 'HR',
  admin: 'Admin',
  facilitator: 'Facilitator',
} as const;

export type Role = (typeof ROLES)[keyof typeof ROLES];

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or `null` when nobody is signed in. */
export async function getMe(): Promise<Me | null> {
  try {
    return await unwrap(api.GET('/api/auth/me'));
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: getMe,
    staleTime: Infinity,
    retry: (failureCount, error) => !(error instanceof ApiError) && failureCount < 2,
  });

/** The session query: `data` is the user, `null` when signed out, `undefined` while loading. */
export const useMe = () => useQuery(meQueryOptions());

const UserContext = createContext<Me | null>(null);

/**
 * Provides the signed-in user to the authenticated part of the app. The route guard renders it
 * with the session it has just checked, so everything below sees the same user in the same render.
 */
export function UserProvider({ user, children }: { user: Me; children: ReactNode }) {
  return <UserContext.Provider value={user}>{children}</UserContext.Provider>;
}

/** The signed-in user; only for components rendered inside {@link UserProvider}. */
export function useUser(): Me {
  const user = useContext(UserContext);
  if (!user) throw new Error('useUser() needs a signed-in user; render it behind the sign-in guard.');
  return user;
}

export const hasRole = (user: Pick<Me, 'roles'> | null | undefined, role: Role): boolean =>
  !!user && user.roles.includes(role);
