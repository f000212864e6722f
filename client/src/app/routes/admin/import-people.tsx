import { Anchor } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { orgUnitKeys } from '@/features/org-units/api/get-org-units';
import { PeopleImport } from '@/features/people/components/people-import';

export default function ImportPeopleRoute() {
  const queryClient = useQueryClient();
  return (
    <>
      <PageHeader
        title="Import people"
        description={
          <>
            Add and update people and org units from an HRIS export. Back to{' '}
            <Anchor component={Link} to={paths.admin.people.href()}>
              People
            </Anchor>
            .
          </>
        }
      />
      {/* An import may add departments and teams as well as people. */}
      <PeopleImport onApplied={() => void queryClient.invalidateQueries({ queryKey: orgUnitKeys.all })} />
    </>
  );
}
