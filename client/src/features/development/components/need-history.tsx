import { Button, Collapse, List, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';

import { needStatusLabel } from '@/components/ui/need-status-badge';
import { formatDateTime } from '@/lib/dates';

import type { NeedEvent } from '../api/get-development-plan';

const describe = (event: NeedEvent) => {
  const change =
    event.fromStatus && event.fromStatus !== event.toStatus
      ? `${needStatusLabel(event.fromStatus)} → ${needStatusLabel(event.toStatus)}`
      : needStatusLabel(event.toStatus);
  return `${event.action} by ${event.byName} (${change})`;
};

/** What happened to a need and who did it, oldest first; folded away until asked for. */
export function NeedHistory({ history }: { history: readonly NeedEvent[] }) {
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();

  if (history.length === 0) return null;
  return (
    <Stack gap={4}>
      <div>
        <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={opened} aria-controls={panelId}>
          {opened ? 'Hide history' : `Show history (${history.length})`}
        </Button>
      </div>
      <Collapse in={opened} id={panelId}>
        <List size="sm" spacing={4}>
          {history.map((event, index) => (
            <List.Item key={`${event.at}-${index}`}>
              <Text size="sm" span>
                {formatDateTime(event.at)} — {describe(event)}
              </Text>
              {event.note && (
                <Text size="sm" c="dimmed">
                  “{event.note}”
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Collapse>
    </Stack>
  );
}
