import { Stack, Title } from '@mantine/core';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { ProgrammeCandidates } from '@/features/corporate-programmes/components/programme-candidates';
import { ProgrammesTable } from '@/features/corporate-programmes/components/programmes-table';
import { hasRole, ROLES, useUser } from '@/lib/auth';

import { useOfferingChoices } from './use-solution-choices';

/** HR turns clusters of shared needs into programmes; managers and Admin read the programmes. */
export default function CorporateProgrammesRoute() {
  const user = useUser();
  const navigate = useNavigate();
  const isHr = hasRole(user, ROLES.hr);
  const offerings = useOfferingChoices(isHr);

  return (
    <>
      <PageHeader
        title="Corporate programmes"
        description="When several people share a need, one programme procured for all of them, in consultation with their managers."
      />
      <Stack gap="xl">
        {isHr && (
          <Stack gap="sm" component="section" aria-labelledby="programme-candidates-heading">
            <Title order={2} size="h3" id="programme-candidates-heading">
              Shared needs
            </Title>
            <ProgrammeCandidates offerings={offerings} onCreated={(id) => navigate(paths.programme.href(id))} />
          </Stack>
        )}
        <Stack gap="sm" component="section" aria-labelledby="programmes-heading">
          <Title order={2} size="h3" id="programmes-heading">
            Programmes
          </Title>
          <ProgrammesTable />
        </Stack>
      </Stack>
    </>
  );
}
