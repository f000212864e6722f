import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useAddSolutionOption } from '../api/add-solution-option';
import { useSolutionOption } from '../api/get-solution-option';
import { useUpdateSolutionOption } from '../api/update-solution-option';

import { OptionForm } from './option-form';
import type { OfferingChoice, SolutionTypeChoice } from './option-vocabulary';

type Choices = {
  solutionTypes: readonly SolutionTypeChoice[];
  offerings: readonly OfferingChoice[];
};

type AddOptionModalProps = Choices & {
  opened: boolean;
  onClose: () => void;
  needId: string;
};

export function AddOptionModal({ opened, onClose, needId, solutionTypes, offerings }: AddOptionModalProps) {
  const add = useAddSolutionOption();
  return (
    <Modal opened={opened} onClose={onClose} title="Add option" size="xl">
      <OptionForm
        solutionTypes={solutionTypes}
        offerings={offerings}
        submitLabel="Add option"
        onCancel={onClose}
        onSubmit={async (values) => {
          await add.mutateAsync({ needId, ...values });
          notifications.show({ color: 'green', message: 'Option added to the appraisal' });
          onClose();
        }}
      />
    </Modal>
  );
}

type EditOptionModalProps = Choices & {
  /** The option to edit; the modal is closed without one. */
  optionId: string | null;
  onClose: () => void;
};

export function EditOptionModal({ optionId, onClose, solutionTypes, offerings }: EditOptionModalProps) {
  return (
    <Modal opened={!!optionId} onClose={onClose} title="Edit option" size="xl">
      {optionId && <EditOption id={optionId} solutionTypes={solutionTypes} offerings={offerings} onDone={onClose} />}
    </Modal>
  );
}

function EditOption({ id, solutionTypes, offerings, onDone }: Choices & { id: string; onDone: () => void }) {
  // Read the option afresh so the version we send is the latest one.
  const option = useSolutionOption(id);
  const update = useUpdateSolutionOption();

  if (option.isPending) return <LoadingState label="Loading option" />;
  if (option.isError) return <QueryError error={option.error} onRetry={() => void option.refetch()} />;

  const current = option.data;
  return (
    <OptionForm
      key={`${current.id}:${current.version}`}
      option={current}
      solutionTypes={solutionTypes}
      offerings={offerings}
      submitLabel="Save changes"
      onCancel={onDone}
      onReload={() => void option.refetch()}
      onSubmit={async (values) => {
        await update.mutateAsync({ id: current.id, version: current.version, ...values });
        notifications.show({ color: 'green', message: 'Option saved' });
        onDone();
      }}
    />
  );
}
