import { Button, Group, VisuallyHidden } from '@mantine/core';

import { planExportUrl } from '../api/export-development-plan';

/** The portable plan, to take to a new job: a JSON file to keep and a page to print. */
export function PlanExportLinks({ personId }: { personId: string }) {
  return (
    <Group gap="xs">
      <Button component="a" href={planExportUrl(personId, 'json')} download variant="default" size="sm">
        Download plan (JSON)
      </Button>
      <Button
        component="a"
        href={planExportUrl(personId, 'html')}
        target="_blank"
        rel="noopener"
        variant="default"
        size="sm"
      >
        Printable plan
        <VisuallyHidden> (opens in a new tab)</VisuallyHidden>
      </Button>
    </Group>
  );
}
