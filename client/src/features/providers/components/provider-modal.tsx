import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useCreateProvider } from '../api/create-provider';
import { useProvider } from '../api/get-provider';
import { useUpdateProvider } from '../api/update-provider';

import { ProviderForm } from './provider-form';

type ProviderModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The provider to edit; absent to add a new one. */
  editId?: string | null;
  /** Called with the new provider's id after it was added. */
  onCreated?: (id: string) => void;
};

export function ProviderModal({ opened, onClose, editId, onCreated }: ProviderModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={editId ? 'Edit provider' : 'New provider'} size="xl">
      {editId ? (
        <EditProvider id={editId} onDone={onClose} />
      ) : (
        <CreateProvider
          onDone={onClose}
          onCreated={(id) => {
            onClose();
            onCreated?.(id);
          }}
        />
      )}
    </Modal>
  );
}

function CreateProvider({ onDone, onCreated }: { onDone: () => void; onCreated: (id: string) => void }) {
  const create = useCreateProvider();
  return (
    <ProviderForm
      submitLabel="Add provider"
      onCancel={onDone}
      onSubmit={async (values) => {
        const created = await create.mutateAsync(values);
        notifications.show({ color: 'green', message: `${created.name} added to the register` });
        onCreated(created.id);
      }}
    />
  );
}

function EditProvider({ id, onDone }: { id: string; onDone: () => void }) {
  // Read the provider afresh so the version we send is the latest one.
  const provider = useProvider(id);
  const update = useUpdateProvider();

  if (provider.isPending) return <LoadingState label="Loading provider" />;
  if (provider.isError) return <QueryError error={provider.error} onRetry={() => void provider.refetch()} />;

  const current = provider.data;
  return (
    <ProviderForm
      // A reload after a conflict brings a new version: start the form again from it.
      key={`${current.id}:${current.version}`}
      provider={current}
      submitLabel="Save changes"
      onCancel={onDone}
      onReload={() => void provider.refetch()}
      onSubmit={async (values) => {
        const saved = await update.mutateAsync({ id: current.id, version: current.version, ...values });
        notifications.show({ color: 'green', message: `${saved.name} saved` });
        onDone();
      }}
    />
  );
}
