import { Anchor, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';

import { isOpenNeedStatus, NeedStatusBadge } from '@/components/ui/need-status-badge';
import { paths } from '@/config/paths';

import type { DevelopmentNeed } from '../api/get-development-plan';

import { NeedHistory } from './need-history';
import { originLabel } from './need-values';

/** How the viewer stands to the learner: the learner, their line manager, or someone who may only read. */
export type PlanViewer = 'learner' | 'manager' | 'reader';

type NeedCardProps = {
  need: DevelopmentNeed;
  viewer: PlanViewer;
  onEdit: (need: DevelopmentNeed) => void;
  onCancel: (need: DevelopmentNeed) => void;
  onConfirm: (need: DevelopmentNeed) => void;
  confirming?: boolean;
  /** More actions on the need, from the route that shows the plan (e.g. its learning contract). */
  actions?: ReactNode;
};

function Detail({ label, children }: { label: string; children: ReactNode }) {
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

/** One need of a development plan: its outcomes, why it matters, where it stands and what happened to it. */
export function NeedCard({ need, viewer, onEdit, onCancel, onConfirm, confirming, actions }: NeedCardProps) {
  const titleId = useId();
  const open = isOpenNeedStatus(need.status);
  const proposed = need.status === 'Proposed';
  const canManage = viewer === 'manager' && open;
  const ownProposal = viewer === 'learner' && proposed;

  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Title order={3} size="h4" id={titleId}>
              {need.title}
            </Title>
            <Group gap={6}>
              <NeedStatusBadge status={need.status} />
              <Badge variant="outline" color="gray">
                {originLabel(need.origin)}
              </Badge>
              <Badge variant="outline" color="gray">
                {need.priority} priority
              </Badge>
              {need.isPrivate && (
                <Badge variant="filled" color="dark">
                  Private
                </Badge>
              )}
            </Group>
          </Stack>
          {(canManage || ownProposal || actions) && (
            <Group gap="xs">
              {actions}
              {canManage && proposed && (
                <Button size="xs" onClick={() => onConfirm(need)} loading={confirming} aria-label={`Confirm ${need.title}`}>
                  Confirm
                </Button>
              )}
              {(canManage || ownProposal) && (
                <>
                  <Button size="xs" variant="default" onClick={() => onEdit(need)} aria-label={`Edit ${need.title}`}>
                    Edit
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => onCancel(need)}
                    aria-label={`${ownProposal ? 'Withdraw' : 'Cancel'} ${need.title}`}
                  >
                    {ownProposal ? 'Withdraw' : 'Cancel'}
                  </Button>
                </>
              )}
            </Group>
          )}
        </Group>
        {proposed && (
          <Text size="sm" c="grape.8">
            {viewer === 'manager'
              ? 'Proposed by the learner: confirm it to add it to the plan, edit it first, or cancel it.'
              : 'Waiting for the manager to confirm this aspiration.'}
          </Text>
        )}

        <Detail label="Learning outcomes">
          <List type="ordered" size="sm" spacing={2} aria-label={`Learning outcomes of ${need.title}`}>
            {need.learningOutcomes.map((outcome, index) => (
              <List.Item key={index}>{outcome}</List.Item>
            ))}
          </List>
        </Detail>
        <Detail label="Expected improvement">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {need.performanceImprovement}
          </Text>
        </Detail>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Detail label="Target role">{need.targetRole || '—'}</Detail>
          <Detail label="Business need">{need.businessNeedTitle || '—'}</Detail>
          <Detail label="Identified in">
            {need.discussionId ? (
              <Anchor component={Link} to={paths.discussion.href(need.discussionId)} size="sm">
                a 1:1 discussion
              </Anchor>
            ) : need.createdBy === need.learnerId ? (
              'The learner’s proposal'
            ) : (
              '—'
            )}
          </Detail>
        </SimpleGrid>
        {need.competencyTags.length > 0 && (
          <Group gap={4} aria-label="Competency tags">
            {need.competencyTags.map((tag) => (
              <Badge key={tag} variant="light" color="gray" size="sm" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
        {need.status === 'Cancelled' && need.cancelReason && (
          <Detail label="Why it was cancelled">{need.cancelReason}</Detail>
        )}
        {!proposed && (
          <Group gap="xs">
            <Anchor
              component={Link}
              to={paths.needSolutions.href(need.id)}
              size="sm"
              fw={500}
              aria-label={`Solution options for ${need.title}`}
            >
              {canManage && (need.status === 'Identified' || need.status === 'SolutionSelected')
                ? 'Appraise solution options'
                : 'Solution options'}
            </Anchor>
          </Group>
        )}
        <NeedHistory history={need.history} />
      </Stack>
    </Card>
  );
}
