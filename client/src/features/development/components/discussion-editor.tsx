import { notifications } from '@mantine/notifications';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useDiscussion } from '../api/get-discussion';
import type { Discussion } from '../api/get-discussions';
import { useRecordDiscussion } from '../api/record-discussion';
import { useUpdateDiscussion } from '../api/update-discussion';

import { DiscussionForm } from './discussion-form';
import type { BusinessNeedOption } from './need-fields';

type RecordDiscussionProps = {
  learnerId: string;
  businessNeeds: readonly BusinessNeedOption[];
  onRecorded: (discussion: Discussion) => void;
  onCancel: () => void;
};

/** The line manager records a 1:1 and the needs it identified, in one step. */
export function RecordDiscussion({ learnerId, businessNeeds, onRecorded, onCancel }: RecordDiscussionProps) {
  const record = useRecordDiscussion();
  return (
    <DiscussionForm
      businessNeeds={businessNeeds}
      submitLabel="Record 1:1"
      onCancel={onCancel}
      onSubmit={async (values) => {
        const recorded = await record.mutateAsync({ learnerId, ...values });
        const needs = recorded.identifiedNeeds.length;
        notifications.show({
          color: 'green',
          message: `1:1 with ${recorded.learnerName} recorded${needs > 0 ? `, with ${needs} development need${needs === 1 ? '' : 's'}` : ''}`,
        });
        onRecorded(recorded);
      }}
    />
  );
}

/** The line manager corrects the record of a 1:1 (its needs are edited on the plan). */
export function EditDiscussion({ id, onDone }: { id: string; onDone: () => void }) {
  const discussion = useDiscussion(id);
  const update = useUpdateDiscussion();

  if (discussion.isPending) return <LoadingState label="Loading 1:1" />;
  if (discussion.isError) return <QueryError error={discussion.error} onRetry={() => void discussion.refetch()} />;

  const current = discussion.data;
  return (
    <DiscussionForm
      // A reload after a conflict brings a new version: start the form again from it.
      key={`${current.id}:${current.version}`}
      discussion={current}
      submitLabel="Save changes"
      onCancel={onDone}
      onReload={() => void discussion.refetch()}
      onSubmit={async ({ identifiedNeeds: _needs, ...values }) => {
        await update.mutateAsync({ id: current.id, version: current.version, ...values });
        notifications.show({ color: 'green', message: '1:1 saved' });
        onDone();
      }}
    />
  );
}
