import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { formatDate, formatDateTime } from '@/lib/dates';

import { type Idea, useIdeas } from '../api/get-ideas';

import { IdeaStatusBadge } from './idea-status-badge';
import { ideaStatus } from './idea-vocabulary';
import { RaiseIdeaForm } from './raise-idea-form';
import { RespondToIdeaModal } from './respond-to-idea-modal';

type IdeasBoardProps = {
  contractId: string;
  learnerName: string;
  /** The learner, on their active contract, may raise ideas. */
  canRaise: boolean;
};

function IdeaCard({ idea, onRespond }: { idea: Idea; onRespond: () => void }) {
  const titleId = useId();
  const answered = idea.status !== 'Open';
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Title order={3} size="h5" id={titleId}>
              {idea.title}
            </Title>
            <Text size="xs" c="dimmed">
              Raised by {idea.learnerName} on {formatDateTime(idea.raisedAt)}
              {idea.status === 'Open' && ` · answer by ${formatDate(idea.answerBy)}`}
            </Text>
          </Stack>
          <Group gap={6} wrap="nowrap">
            {idea.overdue && (
              <Badge color="red" variant="filled">
                Overdue for a response
              </Badge>
            )}
            <IdeaStatusBadge status={idea.status} />
          </Group>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {idea.description}
        </Text>
        {answered && (
          <Card withBorder padding="sm" bg="gray.0" aria-label={`Answer to ${idea.title}`}>
            <Text size="sm" fw={500}>
              {ideaStatus(idea.status).label} by {idea.respondedByName ?? 'the manager'}
              {idea.respondedAt && ` on ${formatDateTime(idea.respondedAt)}`}
            </Text>
            {idea.response && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {idea.status === 'Declined' ? 'Reason: ' : ''}
                {idea.response}
              </Text>
            )}
          </Card>
        )}
        {idea.canRespond && (
          <Group>
            <Button size="xs" variant={idea.status === 'Open' ? 'filled' : 'light'} onClick={onRespond} aria-label={`Respond to ${idea.title}`}>
              Respond
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/**
 * A contract's ideas board: the learner raises ideas that challenge current practice, the line
 * manager champions them or says why they cannot be implemented. An unanswered idea is overdue
 * after 14 days, and shows it.
 */
export function IdeasBoard({ contractId, learnerName, canRaise }: IdeasBoardProps) {
  const ideas = useIdeas(contractId);
  const [raising, setRaising] = useState(false);
  const [responding, setResponding] = useState<Idea | null>(null);
  const items = ideas.data?.pages.flatMap((page) => page.items) ?? [];
  const overdue = items.filter((idea) => idea.overdue).length;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} size="h3">
            Ideas
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            Ideas from {learnerName} that challenge current practice. The line manager champions each one or says why it cannot be
            implemented, within 14 days.
          </Text>
        </Stack>
        {canRaise && !raising && <Button onClick={() => setRaising(true)}>Raise an idea</Button>}
      </Group>

      {raising && (
        <Card withBorder padding="lg">
          <RaiseIdeaForm contractId={contractId} onDone={() => setRaising(false)} />
        </Card>
      )}

      {overdue > 0 && (
        <Text size="sm" c="red.8" fw={500} role="status">
          {overdue === 1 ? '1 idea is overdue for a response.' : `${overdue} ideas are overdue for a response.`}
        </Text>
      )}

      {ideas.isPending ? (
        <LoadingState label="Loading the ideas" />
      ) : ideas.isError && items.length === 0 ? (
        <QueryError title="Could not load the ideas" error={ideas.error} onRetry={() => void ideas.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState
          title="No ideas yet"
          description={
            canRaise
              ? 'Has your learning shown you something the team could do better? Raise it as an idea.'
              : `${learnerName} has not raised any ideas on this contract.`
          }
        />
      ) : (
        <Stack gap="sm">
          {items.map((idea) => (
            <IdeaCard key={idea.id} idea={idea} onRespond={() => setResponding(idea)} />
          ))}
        </Stack>
      )}
      <LoadMore query={ideas} what="ideas" />
      <RespondToIdeaModal idea={responding} onClose={() => setResponding(null)} onReload={() => void ideas.refetch()} />
    </Stack>
  );
}
