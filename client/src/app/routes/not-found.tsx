import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text>
        There is no page at this address.{' '}
        <Anchor component={Link} to={paths.home.href()}>
          Go to Home
        </Anchor>
      </Text>
    </>
  );
}
