import { Anchor, Badge, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';

import { LoadMore, QueryError } from '@/components/ui/query-state';
import { formatDateTime } from '@/lib/dates';

import { type ProgrammeReviewInvitation, useMyProgrammeReviews } from '../api/get-my-programme-reviews';

type MyProgrammeReviewsProps = {
  answerHref: (responseId: string) => string;
  /** Only the invitations about this set (on the set's page); all of them otherwise. */
  setId?: string;
};

/** What the caller is asked about, in words: their own set, the set they facilitate, or a report's set. */
export const invitationAbout = (invitation: ProgrammeReviewInvitation) =>
  invitation.respondentRole === 'Facilitator'
    ? 'As the facilitator'
    : invitation.respondentRole === 'SponsoringManager'
      ? `As ${invitation.aboutMember?.name ?? 'a member'}’s line manager`
      : 'As a member';

/**
 * The programme reviews the caller is asked to answer — as a member, the facilitator or a member's line
 * manager — with a link to answer each. Nothing shows while there are none.
 */
export function MyProgrammeReviews({ answerHref, setId }: MyProgrammeReviewsProps) {
  const headingId = useId();
  const query = useMyProgrammeReviews();
  const invitations = (query.data?.pages.flatMap((page) => page.items) ?? []).filter((item) => !setId || item.setId === setId);

  if (query.isPending) return null;
  if (query.isError && !query.isFetchNextPageError)
    return <QueryError title="Could not load your programme reviews" error={query.error} onRetry={() => void query.refetch()} />;
  if (invitations.length === 0) return null;
  const waiting = invitations.filter((invitation) => !invitation.answered).length;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            Programme reviews to answer
          </Title>
          <Text size="sm" c="dimmed">
            {waiting === 0
              ? 'You have answered every review you were asked; you may still change an answer.'
              : `${waiting} waiting for your answer. Your answers are counted with everyone else’s; only your comments are shown, by role.`}
          </Text>
        </div>
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {invitations.map((invitation) => (
            <Card key={invitation.id} component="li" withBorder padding="sm" aria-label={`${invitation.setName}: ${invitationAbout(invitation)}`}>
              <Group justify="space-between" gap="xs">
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {invitation.setName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {invitationAbout(invitation)} · opened {formatDateTime(invitation.openedAt)}
                  </Text>
                </Stack>
                <Group gap="sm">
                  <Badge variant="light" color={invitation.answered ? 'green' : 'orange'}>
                    {invitation.answered ? `Answered ${formatDateTime(invitation.answeredAt)}` : 'Waiting for your answer'}
                  </Badge>
                  <Anchor component={Link} to={answerHref(invitation.id)} size="sm">
                    {invitation.answered ? 'Change my answer' : 'Answer'}
                    <VisuallyHidden>{` the review of ${invitation.setName}`}</VisuallyHidden>
                  </Anchor>
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
        <LoadMore query={query} what="programme reviews" />
      </Stack>
    </Card>
  );
}
