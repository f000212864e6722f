import { Anchor, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { NeedStatusBadge } from '@/components/ui/need-status-badge';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatDate, formatDateTime } from '@/lib/dates';

import { useDiscussion } from '../api/get-discussion';

import { EditDiscussion } from './discussion-editor';
import { discussionKindLabel } from './discussion-vocabulary';
import { LearnerCommentForm } from './learner-comment-form';

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

type DiscussionDetailsProps = {
  id: string;
  /** The signed-in user: the learner may comment, their line manager may edit. */
  viewerId: string;
};

/** The record of one 1:1: what was discussed and agreed, the needs it identified, and the learner's comment. */
export function DiscussionDetails({ id, viewerId }: DiscussionDetailsProps) {
  const discussion = useDiscussion(id);
  const [editing, setEditing] = useState(false);

  if (discussion.isPending) return <LoadingState label="Loading 1:1" />;
  if (discussion.isError) return <QueryError error={discussion.error} onRetry={() => void discussion.refetch()} />;

  const record = discussion.data;
  const isLearner = record.learnerId === viewerId;
  const isManager = record.managerId === viewerId;
  const planHref = isLearner ? paths.plan.href() : paths.personPlan.href(record.learnerId);

  if (editing) return <EditDiscussion id={record.id} onDone={() => setEditing(false)} />;

  return (
    <Stack gap="lg" maw={880}>
      <Card withBorder padding="lg">
        <Stack>
          <Group justify="space-between" align="flex-start">
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="lg" style={{ flex: 1 }}>
              <Detail label="Kind">{discussionKindLabel(record.kind)}</Detail>
              <Detail label="Held on">{formatDate(record.heldOn)}</Detail>
              <Detail label="Learner">{record.learnerName}</Detail>
              <Detail label="Manager">{record.managerName}</Detail>
              <Detail label="Next discussion">{formatDate(record.nextDiscussionOn)}</Detail>
            </SimpleGrid>
            {isManager && (
              <Button variant="default" onClick={() => setEditing(true)}>
                Edit 1:1
              </Button>
            )}
          </Group>
          <Detail label="Summary">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {record.summary}
            </Text>
          </Detail>
          <Detail label="Agreed outcomes">
            {record.agreedOutcomes.length === 0 ? (
              <Text size="sm" c="dimmed">
                None recorded.
              </Text>
            ) : (
              <List type="ordered" size="sm" spacing={4}>
                {record.agreedOutcomes.map((outcome, index) => (
                  <List.Item key={index}>{outcome}</List.Item>
                ))}
              </List>
            )}
          </Detail>
        </Stack>
      </Card>

      <Stack gap="xs" component="section" aria-labelledby="discussion-needs-heading">
        <Group justify="space-between">
          <Title order={2} size="h4" id="discussion-needs-heading">
            Development needs identified
          </Title>
          <Anchor component={Link} to={planHref} size="sm">
            {isLearner ? 'Open my development plan' : `Open ${record.learnerName}'s plan`}
          </Anchor>
        </Group>
        {record.identifiedNeeds.length === 0 ? (
          <Text size="sm" c="dimmed">
            No development needs were recorded in this discussion.
          </Text>
        ) : (
          <List spacing={6} listStyleType="none" pl={0}>
            {record.identifiedNeeds.map((need) => (
              <List.Item key={need.id}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {need.title}
                  </Text>
                  <NeedStatusBadge status={need.status} size="sm" />
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="learner-comment-heading">
        <Title order={2} size="h4" id="learner-comment-heading">
          {isLearner ? 'Your comment' : `${record.learnerName}'s comment`}
        </Title>
        {isLearner ? (
          <LearnerCommentForm
            key={`${record.id}:${record.version}`}
            discussion={record}
            onReload={() => void discussion.refetch()}
          />
        ) : record.learnerComment ? (
          <>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {record.learnerComment}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(record.learnerCommentedAt)}
            </Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {record.learnerName} has not commented yet.
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
