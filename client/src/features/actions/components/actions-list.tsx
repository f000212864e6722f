import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { formatDate } from '@/lib/dates';

import { type ActionItem, useMyActions, useMyActionCounts } from '../api/get-my-actions';

const URGENCIES = [
  { key: 'Overdue', heading: 'Overdue', color: 'red' },
  { key: 'Due', heading: 'Due now', color: 'orange' },
  { key: 'Open', heading: 'Waiting for you', color: 'blue' },
  { key: 'Upcoming', heading: 'Coming up', color: 'gray' },
] as const;

function When({ item }: { item: ActionItem }) {
  if (item.dueOn) {
    return (
      <Text size="xs" c="dimmed">
        {item.urgency === 'Overdue' ? 'Was due' : 'Due'} {formatDate(item.dueOn)}
      </Text>
    );
  }
  if (item.openSince) {
    return (
      <Text size="xs" c="dimmed">
        Waiting since {formatDate(item.openSince)}
      </Text>
    );
  }
  return null;
}

/** What needs the signed-in person's action, most urgent first, grouped by urgency; each item links to where it is done. */
export function ActionsList() {
  const actions = useMyActions();

  if (actions.isPending) return <LoadingState label="Loading what needs your action" />;
  if (actions.isError) return <QueryError error={actions.error} onRetry={() => void actions.refetch()} />;

  const items = actions.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return <EmptyState title="Nothing needs your action" description="When a review, a signature or an answer waits for you, it will be listed here." />;
  }
  const counts = actions.data.pages[0].counts.byUrgency;

  return (
    <Stack gap="lg">
      {URGENCIES.map(({ key, heading, color }) => {
        const group = items.filter((item) => item.urgency === key);
        if (group.length === 0) return null;
        const headingId = `actions-${key.toLowerCase()}`;
        return (
          <section key={key} aria-labelledby={headingId}>
            <Group gap="xs" mb="xs">
              <Title order={2} size="h4" id={headingId}>
                {heading}
              </Title>
              <Badge color={color} variant="light" aria-label={`${counts[key] ?? group.length} ${heading.toLowerCase()}`}>
                {counts[key] ?? group.length}
              </Badge>
            </Group>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {group.map((item) => (
                <Card component="li" withBorder padding="sm" key={`${item.kind}-${item.recordId}`}>
                  <Anchor component={Link} to={item.link} fw={500}>
                    {item.title}
                  </Anchor>
                  <When item={item} />
                </Card>
              ))}
            </Stack>
          </section>
        );
      })}
      <LoadMore query={actions} what="actions" />
    </Stack>
  );
}

/** How many items wait for the person (for the navigation badge); 0 while loading or on error. */
export function useActionCount() {
  const counts = useMyActionCounts();
  return counts.data?.total ?? 0;
}
