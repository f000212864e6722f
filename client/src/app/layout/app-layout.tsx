import { Anchor, AppShell, Burger, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { useUser } from '@/lib/auth';

import { MainNav } from './main-nav';
import classes from './app-layout.module.css';

export function AppLayout() {
  const user = useUser();
  const [navOpened, nav] = useDisclosure(false);
  const navigate = useNavigate();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="lg"
    >
      <a href="#main" className={classes.skipLink}>
        Skip to content
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Anchor component={Link} to={paths.home.href()} underline="never" fw={800} size="xl" c="blue.7">
              WbL
              <VisuallyHidden> — Home</VisuallyHidden>
            </Anchor>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Text size="sm" fw={500} truncate data-testid="current-user">
              {user.displayName}
            </Text>
            <Button variant="default" size="xs" onClick={() => navigate(paths.signOut.href())}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNav user={user} onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
