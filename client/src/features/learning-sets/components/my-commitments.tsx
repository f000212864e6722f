import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';

import { formatDate } from '@/lib/dates';

import type { Meeting } from '../api/get-set-meetings';

import { memberCommitments } from './commitments';

type MyCommitmentsProps = {
  meetings: readonly Meeting[];
  memberId: string;
  meetingHref: (id: string) => string;
};

/** A member's own actions: what they committed to at each meeting and the account they gave at the next. */
export function MyCommitments({ meetings, memberId, meetingHref }: MyCommitmentsProps) {
  const headingId = useId();
  const commitments = memberCommitments(meetings, memberId);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            My commitments
          </Title>
          <Text size="sm" c="dimmed">
            The action you commit to at a meeting is on the next meeting’s agenda, where you give an account of what you did and
            what came of it.
          </Text>
        </div>
        {commitments.length === 0 ? (
          <Text size="sm" c="dimmed">
            You have not committed to an action at a meeting yet.
          </Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {commitments.map(({ meeting, action, accountMeeting, account }) => (
              <Card key={meeting.id} component="li" withBorder padding="sm" aria-label={`Committed on ${formatDate(meeting.heldOn)}`}>
                <Stack gap={6}>
                  <Group justify="space-between" gap="xs">
                    <Text size="sm" fw={600}>
                      At the meeting on{' '}
                      <Anchor component={Link} to={meetingHref(meeting.id)} size="sm" fw={600}>
                        {formatDate(meeting.heldOn)}
                      </Anchor>
                    </Text>
                    <Badge variant="light" color={account ? 'green' : 'orange'}>
                      {account ? 'Account given' : 'Account to give'}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    <Text span size="sm" c="dimmed">
                      Action:{' '}
                    </Text>
                    {action}
                  </Text>
                  {account ? (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      <Text span size="sm" c="dimmed">
                        My account:{' '}
                      </Text>
                      {account}
                    </Text>
                  ) : accountMeeting ? (
                    <Text size="sm">
                      <Anchor component={Link} to={meetingHref(accountMeeting.id)} size="sm">
                        Record my account at the meeting on {formatDate(accountMeeting.heldOn)}
                      </Anchor>
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      You give your account at the next meeting, once it is scheduled.
                    </Text>
                  )}
                  {account && accountMeeting && (
                    <Anchor component={Link} to={meetingHref(accountMeeting.id)} size="xs">
                      Change my account (meeting on {formatDate(accountMeeting.heldOn)})
                    </Anchor>
                  )}
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
