import { Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate, useLocation } from 'react-router';

import { paths } from '@/config/paths';
import { SignInPanel } from '@/features/auth/components/sign-in-panel';
import { useMe } from '@/lib/auth';

type FromState = { from?: { pathname?: string; search?: string; hash?: string } } | null;

/** Where the user was heading before being asked to sign in. */
function destination(state: unknown): string {
  const from = (state as FromState)?.from;
  if (!from?.pathname || from.pathname === paths.signIn.path) return paths.home.href();
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

export function SignInRoute() {
  useDocumentTitle('Sign in · WbL');
  const me = useMe();
  const location = useLocation();

  const to = destination(location.state);
  if (me.data) return <Navigate to={to} replace />;

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={420} component="main">
        <Stack>
          <div>
            <Text fw={700} c="blue.7" size="lg">
              WbL
            </Text>
            <Title order={1} size="h2">
              Sign in
            </Title>
            <Text c="dimmed" size="sm">
              Work-based learning, supported by your manager.
            </Text>
          </div>
          {me.isPending ? <Loader aria-label="Checking your session" /> : <SignInPanel returnUrl={to} />}
        </Stack>
      </Paper>
    </Center>
  );
}
