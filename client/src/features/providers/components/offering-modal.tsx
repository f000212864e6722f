import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useCreateOffering } from '../api/create-offering';
import { useOffering } from '../api/get-offering';
import { type SolutionType, useSolutionTypes } from '../api/get-solution-types';
import { useUpdateOffering } from '../api/update-offering';

import { OfferingForm } from './offering-form';

type OfferingModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The provider a new offering belongs to. */
  providerId: string;
  /** The offering to edit; absent to add a new one. */
  editId?: string | null;
};

export function OfferingModal({ opened, onClose, providerId, editId }: OfferingModalProps) {
  const types = useSolutionTypes();
  return (
    <Modal opened={opened} onClose={onClose} title={editId ? 'Edit offering' : 'New offering'} size="xl">
      {types.isPending ? (
        <LoadingState label="Loading solution types" />
      ) : types.isError ? (
        <QueryError error={types.error} onRetry={() => void types.refetch()} />
      ) : editId ? (
        <EditOffering id={editId} solutionTypes={types.data} onDone={onClose} />
      ) : (
        <CreateOffering providerId={providerId} solutionTypes={types.data} onDone={onClose} />
      )}
    </Modal>
  );
}

type Types = readonly SolutionType[];

function CreateOffering({ providerId, solutionTypes, onDone }: { providerId: string; solutionTypes: Types; onDone: () => void }) {
  const create = useCreateOffering();
  return (
    <OfferingForm
      solutionTypes={solutionTypes}
      submitLabel="Add offering"
      onCancel={onDone}
      onSubmit={async (values) => {
        const created = await create.mutateAsync({ providerId, ...values });
        notifications.show({ color: 'green', message: `${created.title} added` });
        onDone();
      }}
    />
  );
}

function EditOffering({ id, solutionTypes, onDone }: { id: string; solutionTypes: Types; onDone: () => void }) {
  // Read the offering afresh so the version we send is the latest one.
  const offering = useOffering(id);
  const update = useUpdateOffering();

  if (offering.isPending) return <LoadingState label="Loading offering" />;
  if (offering.isError) return <QueryError error={offering.error} onRetry={() => void offering.refetch()} />;

  const current = offering.data;
  return (
    <OfferingForm
      key={`${current.id}:${current.version}`}
      offering={current}
      solutionTypes={solutionTypes}
      submitLabel="Save changes"
      onCancel={onDone}
      onReload={() => void offering.refetch()}
      onSubmit={async (values) => {
        const saved = await update.mutateAsync({ id: current.id, version: current.version, ...values });
        notifications.show({ color: 'green', message: `${saved.title} saved` });
        onDone();
      }}
    />
  );
}
