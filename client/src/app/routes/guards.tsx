import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { hasRole, type Role, useMe, UserProvider, useUser } from '@/lib/auth';

import { ForbiddenRoute } from './forbidden';

/** Renders its children for a signed-in user; sends anyone else to sign in, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading WbL" />
      </Center>
    );
  }
  if (me.isError) {
    return (
      <Center h="100vh" p="md">
        <QueryError title="WbL could not start" error={me.error} onRetry={() => void me.refetch()} />
      </Center>
    );
  }
  if (!me.data) return <Navigate to={paths.signIn.href()} replace state={{ from: location }} />;
  return <UserProvider user={me.data}>{children}</UserProvider>;
}

/**
 * The server refuses the data anyway; this spares the user a page of errors. With several
 * roles, any one of them will do.
 */
export function RequireRole({ role, children }: { role: Role | readonly Role[]; children: ReactNode }) {
  const user = useUser();
  const roles: readonly Role[] = typeof role === 'string' ? [role] : role;
  if (!roles.some((candidate) => hasRole(user, candidate))) return <ForbiddenRoute />;
  return children;
}
