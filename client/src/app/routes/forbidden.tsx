import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';

export function ForbiddenRoute() {
  return (
    <>
      <PageHeader title="Not allowed" />
      <Text>
        This page is for administrators. If you need access, ask one of your WbL administrators.{' '}
        <Anchor component={Link} to={paths.home.href()}>
          Go to Home
        </Anchor>
      </Text>
    </>
  );
}
