import { Badge, Group } from '@mantine/core';

import { PageHeader } from '@/components/ui/page-header';
import { ActionsList } from '@/features/actions/components/actions-list';
import { ROLES, useUser } from '@/lib/auth';

/** The home page is what needs the person's action now, across every part of their development work. */
export function HomeRoute() {
  const user = useUser();
  const granted = user.roles.filter((role) => role !== ROLES.learner && role !== ROLES.manager);

  return (
    <>
      <PageHeader
        title={`Welcome, ${user.displayName}`}
        description={
          <Group gap={4}>
            What needs your action, most urgent first.
            {user.isManager && <Badge size="xs" variant="outline">Manager</Badge>}
            {granted.map((role) => (
              <Badge key={role} size="xs" variant="light">
                {role}
              </Badge>
            ))}
          </Group>
        }
      />
      <ActionsList />
    </>
  );
}
