import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useCreateOrgUnit } from '../api/create-org-unit';
import { useOrgUnit } from '../api/get-org-unit';
import type { OrgUnit } from '../api/get-org-units';
import { useUpdateOrgUnit } from '../api/update-org-unit';

import { OrgUnitForm } from './org-unit-form';

type OrgUnitModalProps = {
  opened: boolean;
  onClose: () => void;
  units: readonly OrgUnit[];
  /** The unit to edit; absent to create a new one. */
  editId?: string | null;
};

export function OrgUnitModal({ opened, onClose, units, editId }: OrgUnitModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={editId ? 'Edit unit' : 'New unit'} size="lg">
      {editId ? <EditOrgUnit id={editId} units={units} onDone={onClose} /> : <CreateOrgUnit units={units} onDone={onClose} />}
    </Modal>
  );
}

function CreateOrgUnit({ units, onDone }: { units: readonly OrgUnit[]; onDone: () => void }) {
  const create = useCreateOrgUnit();
  return (
    <OrgUnitForm
      units={units}
      submitLabel="Create unit"
      onCancel={onDone}
      onSubmit={async (values) => {
        const created = await create.mutateAsync(values);
        notifications.show({ color: 'green', message: `${created.name} created` });
        onDone();
      }}
    />
  );
}

function EditOrgUnit({ id, units, onDone }: { id: string; units: readonly OrgUnit[]; onDone: () => void }) {
  // Read the unit afresh so the version we send is the latest one.
  const unit = useOrgUnit(id);
  const update = useUpdateOrgUnit();

  if (unit.isPending) return <LoadingState label="Loading unit" />;
  if (unit.isError) return <QueryError error={unit.error} onRetry={() => void unit.refetch()} />;

  const current = unit.data;
  return (
    <OrgUnitForm
      // A reload after a conflict brings a new version: start the form again from it.
      key={`${current.id}:${current.version}`}
      units={units}
      unit={current}
      submitLabel="Save changes"
      onCancel={onDone}
      onReload={() => void unit.refetch()}
      onSubmit={async (values) => {
        const saved = await update.mutateAsync({ id: current.id, version: current.version, ...values });
        notifications.show({ color: 'green', message: `${saved.name} saved` });
        onDone();
      }}
    />
  );
}
