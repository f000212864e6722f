import { PageHeader } from '@/components/ui/page-header';
import { TeamTable } from '@/features/team/components/team-table';
import { useUser } from '@/lib/auth';

export function TeamRoute() {
  const user = useUser();
  return (
    <>
      <PageHeader title="My team" description="The people who report directly to you." />
      <TeamTable managerId={user.id} />
    </>
  );
}
