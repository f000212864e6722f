import { Alert, Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { type CalendarFeedLink, useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../api/calendar-feed';

/** Create, copy, replace or revoke the secret link a calendar app subscribes to. The link is shown once, right after it is made. */
export function CalendarFeedSettings() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [link, setLink] = useState<CalendarFeedLink | null>(null);

  const exists = feed.data?.exists ?? false;
  const onCreate = () => create.mutate(undefined, { onSuccess: (created) => setLink(created) });
  const onRevoke = () => revoke.mutate(undefined, { onSuccess: () => setLink(null) });

  return (
    <Card withBorder component="section" aria-labelledby="calendar-feed-heading">
      <Stack gap="sm">
        <Title order={2} id="calendar-feed-heading">
          Calendar feed
        </Title>
        <Text size="sm">
          Subscribe to your progress review dates and impact review windows in your calendar app. Keep the link private: anyone
          who has it can read those dates.
        </Text>
        {feed.isPending ? (
          <LoadingState label="Loading calendar feed" />
        ) : feed.isError ? (
          <QueryError error={feed.error} onRetry={() => void feed.refetch()} />
        ) : (
          <>
            {link ? (
              <Stack gap="xs">
                <TextInput label="Your calendar link" value={link.url} readOnly onFocus={(event) => event.currentTarget.select()} />
                <Group>
                  <CopyButton value={link.url}>
                    {({ copied, copy }) => (
                      <Button size="xs" variant="light" onClick={copy}>
                        {copied ? 'Copied' : 'Copy link'}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
                <Text size="sm" c="dimmed">
                  This link is shown only now. If you lose it, create a new one.
                </Text>
              </Stack>
            ) : (
              <Text size="sm">{exists ? 'You have a calendar link. To see it again, create a new one: the old one stops working.' : 'You have no calendar link.'}</Text>
            )}
            <Group>
              <Button onClick={onCreate} loading={create.isPending}>
                {exists ? 'Create a new link' : 'Create calendar link'}
              </Button>
              {exists && (
                <Button color="red" variant="light" onClick={onRevoke} loading={revoke.isPending}>
                  Revoke link
                </Button>
              )}
            </Group>
            {(create.isError || revoke.isError) && (
              <Alert color="red" role="alert" title="The calendar link could not be changed">
                Try again in a moment.
              </Alert>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
