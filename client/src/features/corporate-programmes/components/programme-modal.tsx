import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useCreateProgramme } from '../api/create-programme';
import { useProgramme } from '../api/get-programme';
import { useUpdateProgramme } from '../api/update-programme';

import { ProgrammeForm, type ProgrammeFormValues } from './programme-form';
import type { OfferingChoice, PersonChoice } from './programme-vocabulary';

type Choices = { offerings: readonly OfferingChoice[]; managers: readonly PersonChoice[] };

type CreateProgrammeModalProps = Choices & {
  opened: boolean;
  onClose: () => void;
  /** What the programme starts from, e.g. a cluster's competency and its managers. */
  initial?: Partial<ProgrammeFormValues>;
  onCreated?: (id: string) => void;
};

export function CreateProgrammeModal({ opened, onClose, initial, offerings, managers, onCreated }: CreateProgrammeModalProps) {
  const create = useCreateProgramme();
  return (
    <Modal opened={opened} onClose={onClose} title="New corporate programme" size="xl">
      <ProgrammeForm
        initial={initial}
        offerings={offerings}
        managers={managers}
        submitLabel="Create programme"
        onCancel={onClose}
        onSubmit={async ({ status: _status, ...values }) => {
          const created = await create.mutateAsync(values);
          notifications.show({ color: 'green', message: `${created.title} created` });
          onClose();
          onCreated?.(created.id);
        }}
      />
    </Modal>
  );
}

type EditProgrammeModalProps = Choices & {
  /** The programme to edit; the modal is closed without one. */
  programmeId: string | null;
  onClose: () => void;
};

export function EditProgrammeModal({ programmeId, onClose, offerings, managers }: EditProgrammeModalProps) {
  return (
    <Modal opened={!!programmeId} onClose={onClose} title="Edit corporate programme" size="xl">
      {programmeId && <EditProgramme id={programmeId} offerings={offerings} managers={managers} onDone={onClose} />}
    </Modal>
  );
}

function EditProgramme({ id, offerings, managers, onDone }: Choices & { id: string; onDone: () => void }) {
  // Read the programme afresh so the version we send is the latest one.
  const programme = useProgramme(id);
  const update = useUpdateProgramme();

  if (programme.isPending) return <LoadingState label="Loading programme" />;
  if (programme.isError) return <QueryError error={programme.error} onRetry={() => void programme.refetch()} />;

  const current = programme.data;
  return (
    <ProgrammeForm
      key={`${current.id}:${current.version}`}
      programme={current}
      offerings={offerings}
      managers={managers}
      submitLabel="Save changes"
      onCancel={onDone}
      onReload={() => void programme.refetch()}
      onSubmit={async ({ competencyTag: _tag, ...values }) => {
        const saved = await update.mutateAsync({ id: current.id, version: current.version, ...values });
        notifications.show({ color: 'green', message: `${saved.title} saved` });
        onDone();
      }}
    />
  );
}
