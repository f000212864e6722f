import { Anchor } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useProgramme } from '@/features/corporate-programmes/api/get-programme';
import { ProgrammeDetails } from '@/features/corporate-programmes/components/programme-details';
import { hasRole, ROLES, useUser } from '@/lib/auth';

import { useOfferingChoices } from './use-solution-choices';

export default function CorporateProgrammeRoute() {
  const { id = '' } = useParams();
  const user = useUser();
  const isHr = hasRole(user, ROLES.hr);
  const programme = useProgramme(id);
  const offerings = useOfferingChoices(isHr);

  return (
    <>
      <PageHeader
        title={programme.data?.title ?? 'Corporate programme'}
        actions={
          <Anchor component={Link} to={paths.programmes.href()} size="sm">
            All programmes
          </Anchor>
        }
      />
      <ProgrammeDetails id={id} canEdit={isHr} offerings={offerings} />
    </>
  );
}
