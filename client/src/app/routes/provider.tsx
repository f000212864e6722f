import { Anchor, Box } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useProvider } from '@/features/providers/api/get-provider';
import { ProviderDetails } from '@/features/providers/components/provider-details';
import { ProviderOutcomes } from '@/features/providers/components/provider-outcomes';
import { hasRole, ROLES, useUser } from '@/lib/auth';

export default function ProviderRoute() {
  const { id = '' } = useParams();
  const user = useUser();
  const provider = useProvider(id);

  return (
    <>
      <PageHeader
        title={provider.data?.name ?? 'Provider'}
        actions={
          <Anchor component={Link} to={paths.providers.href()} size="sm">
            Back to the register
          </Anchor>
        }
      />
      <ProviderDetails id={id} canEdit={hasRole(user, ROLES.hr)} />
      {(hasRole(user, ROLES.hr) || hasRole(user, ROLES.admin)) && (
        <Box mt="lg">
          <ProviderOutcomes providerId={id} />
        </Box>
      )}
    </>
  );
}
