import { Stack, Title } from '@mantine/core';

import { PageHeader } from '@/components/ui/page-header';
import { TeamDashboard } from '@/features/team/components/team-dashboard';
import { TeamTable } from '@/features/team/components/team-table';
import { useUser } from '@/lib/auth';

export function TeamRoute() {
  const user = useUser();
  return (
    <>
      <PageHeader title="My team" description="The people who report directly to you." />
      <Stack gap="xl">
        <TeamTable managerId={user.id} />
        <Stack gap="sm" component="section" aria-labelledby="team-dashboard-heading">
          <Title order={2} size="h3" id="team-dashboard-heading">
            Development dashboard
          </Title>
          <TeamDashboard managerId={user.id} />
        </Stack>
      </Stack>
    </>
  );
}
