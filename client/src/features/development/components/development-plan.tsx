import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { describeProblem, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { isOpenNeedStatus, NEED_STATUSES, NeedStatusBadge } from '@/components/ui/need-status-badge';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { formatDateTime } from '@/lib/dates';

import { useConfirmDevelopmentNeed } from '../api/confirm-development-need';
import { type DevelopmentNeed, useDevelopmentPlan } from '../api/get-development-plan';

import { CancelNeedModal } from './cancel-need-modal';
import { NeedCard, type PlanViewer } from './need-card';
import type { BusinessNeedOption } from './need-fields';
import { EditNeedModal } from './need-modal';
import { PlanExportLinks } from './plan-export-links';

type DevelopmentPlanViewProps = {
  personId: string;
  viewer: PlanViewer;
  /** Open business needs a need may be linked to when edited. */
  businessNeeds: readonly BusinessNeedOption[];
  /** More actions on each need, composed by the route (e.g. its learning contract). */
  needActions?: (need: DevelopmentNeed) => ReactNode;
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** A learner's development plan: their needs over time, with outcomes, status and history. */
export function DevelopmentPlanView({ personId, viewer, businessNeeds, needActions }: DevelopmentPlanViewProps) {
  const plan = useDevelopmentPlan(personId);
  const confirm = useConfirmDevelopmentNeed();
  const [editing, setEditing] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<DevelopmentNeed | null>(null);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  if (plan.isPending) return <LoadingState label="Loading the development plan" />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;

  const { learner, needs, needsByStatus, hiddenPrivate, generatedAt } = plan.data;
  const current = needs.filter((need) => isOpenNeedStatus(need.status));
  const earlier = needs.filter((need) => !isOpenNeedStatus(need.status));
  const isOwn = viewer === 'learner';

  const confirmNeed = async (need: DevelopmentNeed) => {
    setProblem(null);
    try {
      await confirm.mutateAsync({ id: need.id, version: need.version });
      notifications.show({ color: 'green', message: `${need.title} confirmed` });
    } catch (error) {
      setProblem(describeProblem(error, { conflictMessage: 'This need was changed by someone else — reload and try again' }));
    }
  };

  const cards = (list: readonly DevelopmentNeed[]) =>
    list.map((need) => (
      <NeedCard
        key={need.id}
        need={need}
        viewer={viewer}
        onEdit={(chosen) => setEditing(chosen.id)}
        onCancel={setCancelling}
        onConfirm={(chosen) => void confirmNeed(chosen)}
        confirming={confirm.isPending && confirm.variables?.id === need.id}
        actions={needActions?.(need)}
      />
    ));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Stack gap={6}>
          <Group gap={6} aria-label="Needs by status">
            {NEED_STATUSES.filter((status) => (needsByStatus[status] ?? 0) > 0).map((status) => (
              <NeedStatusBadge key={status} status={status} count={needsByStatus[status]} />
            ))}
          </Group>
          <Text size="xs" c="dimmed">
            {learner.displayName}
            {learner.jobTitle ? `, ${learner.jobTitle}` : ''} · as of {formatDateTime(generatedAt)}
          </Text>
        </Stack>
        <PlanExportLinks personId={personId} />
      </Group>

      {hiddenPrivate > 0 && (
        <Alert color="gray" title="Private aspirations">
          {plural(hiddenPrivate, 'private aspiration is', 'private aspirations are')} not shown: only{' '}
          {learner.displayName} and their manager can see them.
        </Alert>
      )}

      <FormErrorAlert
        problem={problem}
        onReload={() => {
          setProblem(null);
          void plan.refetch();
        }}
      />

      {needs.length === 0 ? (
        <EmptyState
          title="No development needs yet"
          description={
            isOwn
              ? 'Needs you agree with your manager in a 1:1 appear here. You can also propose an aspiration of your own.'
              : viewer === 'manager'
                ? `Record a 1:1 with ${learner.displayName} to identify their first development needs.`
                : `${learner.displayName} has no development needs yet.`
          }
        />
      ) : (
        <>
          <Stack gap="sm" component="section" aria-labelledby="current-needs-heading">
            <Title order={2} size="h3" id="current-needs-heading">
              Current needs
            </Title>
            {current.length === 0 ? (
              <Text size="sm" c="dimmed">
                No needs are open at the moment.
              </Text>
            ) : (
              cards(current)
            )}
          </Stack>
          {earlier.length > 0 && (
            <Stack gap="sm" component="section" aria-labelledby="earlier-needs-heading">
              <Title order={2} size="h3" id="earlier-needs-heading">
                Completed and cancelled
              </Title>
              {cards(earlier)}
            </Stack>
          )}
        </>
      )}

      <EditNeedModal
        needId={editing}
        onClose={() => setEditing(null)}
        fixedOrigin={viewer === 'learner'}
        businessNeeds={businessNeeds}
      />
      <CancelNeedModal
        need={cancelling}
        withdraw={viewer === 'learner'}
        onClose={() => setCancelling(null)}
        onReload={() => void plan.refetch()}
      />
    </Stack>
  );
}
