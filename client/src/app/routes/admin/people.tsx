import { Button } from '@mantine/core';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { PeopleTable } from '@/features/people/components/people-table';

import { useOrgUnitOptions } from './use-org-unit-options';

export default function PeopleRoute() {
  const { nameOf } = useOrgUnitOptions();
  return (
    <>
      <PageHeader
        title="People"
        description="Everyone in WbL, their org unit, manager and roles."
        actions={
          <>
            <Button component={Link} to={paths.admin.importPeople.href()} variant="default">
              Import people
            </Button>
            <Button component={Link} to={paths.admin.newPerson.href()}>
              New person
            </Button>
          </>
        }
      />
      <PeopleTable orgUnitName={nameOf} />
    </>
  );
}
