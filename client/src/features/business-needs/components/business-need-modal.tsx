import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useCreateBusinessNeed } from '../api/create-business-need';
import { useBusinessNeed } from '../api/get-business-need';
import { useUpdateBusinessNeed } from '../api/update-business-need';

import { BusinessNeedForm, type UnitOption } from './business-need-form';

type BusinessNeedModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The units the user may record business needs for. */
  units: readonly UnitOption[];
  /** The need to edit; absent to record a new one. */
  editId?: string | null;
};

export function BusinessNeedModal({ opened, onClose, units, editId }: BusinessNeedModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={editId ? 'Edit business need' : 'New business need'} size="xl">
      {editId ? (
        <EditBusinessNeed id={editId} onDone={onClose} />
      ) : (
        <CreateBusinessNeed units={units} onDone={onClose} />
      )}
    </Modal>
  );
}

function CreateBusinessNeed({ units, onDone }: { units: readonly UnitOption[]; onDone: () => void }) {
  const create = useCreateBusinessNeed();
  return (
    <BusinessNeedForm
      units={units}
      submitLabel="Create business need"
      onCancel={onDone}
      onSubmit={async ({ status: _status, ...values }) => {
        const created = await create.mutateAsync(values);
        notifications.show({ color: 'green', message: `${created.title} recorded` });
        onDone();
      }}
    />
  );
}

function EditBusinessNeed({ id, onDone }: { id: string; onDone: () => void }) {
  // Read the need afresh so the version we send is the latest one.
  const need = useBusinessNeed(id);
  const update = useUpdateBusinessNeed();

  if (need.isPending) return <LoadingState label="Loading business need" />;
  if (need.isError) return <QueryError error={need.error} onRetry={() => void need.refetch()} />;

  const current = need.data;
  return (
    <BusinessNeedForm
      // A reload after a conflict brings a new version: start the form again from it.
      key={`${current.id}:${current.version}`}
      need={current}
      units={[]}
      submitLabel="Save changes"
      onCancel={onDone}
      onReload={() => void need.refetch()}
      onSubmit={async ({ orgUnitId: _orgUnitId, ...values }) => {
        const saved = await update.mutateAsync({ id: current.id, version: current.version, ...values });
        notifications.show({ color: 'green', message: `${saved.title} saved` });
        onDone();
      }}
    />
  );
}
