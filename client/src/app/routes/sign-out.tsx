import { Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Navigate } from 'react-router';

import { paths } from '@/config/paths';
import { useLogout } from '@/features/auth/api/logout';
import { useMe } from '@/lib/auth';

/**
 * Signing out is a page of its own, outside the sign-in guard: the session ends only after the
 * app has left the page the user was on, so the next person to sign in on this browser starts
 * at Home rather than where the previous user was.
 */
export function SignOutRoute() {
  const me = useMe();
  const logout = useLogout();
  const started = useRef(false);
  const signedIn = !!me.data;

  useEffect(() => {
    if (!signedIn || started.current) return;
    started.current = true;
    logout.mutate();
  }, [signedIn, logout]);

  if (!me.isPending && !me.data) return <Navigate to={paths.signIn.href()} replace />;

  return (
    <Center h="100vh">
      <Stack align="center" gap="xs">
        <Loader aria-label="Signing out" />
        <Text c="dimmed" size="sm">
          Signing out…
        </Text>
      </Stack>
    </Center>
  );
}
