import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useCreateDevelopmentNeed } from '../api/create-development-need';
import { useDevelopmentNeed } from '../api/get-development-need';
import { useUpdateDevelopmentNeed } from '../api/update-development-need';

import type { BusinessNeedOption } from './need-fields';
import { NeedForm } from './need-form';
import { PERSONAL_ASPIRATION } from './need-values';

type ProposeAspirationModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The learner proposing, for themselves. */
  learnerId: string;
  businessNeeds: readonly BusinessNeedOption[];
};

/** A learner proposes a personal aspiration of their own; their manager confirms it. */
export function ProposeAspirationModal({ opened, onClose, learnerId, businessNeeds }: ProposeAspirationModalProps) {
  const create = useCreateDevelopmentNeed();
  return (
    <Modal opened={opened} onClose={onClose} title="Propose an aspiration" size="xl">
      <NeedForm
        origin={PERSONAL_ASPIRATION}
        fixedOrigin
        businessNeeds={businessNeeds}
        submitLabel="Propose aspiration"
        onCancel={onClose}
        onSubmit={async (values) => {
          const created = await create.mutateAsync({ learnerId, ...values });
          notifications.show({
            color: 'green',
            message: `${created.title} proposed; your manager will confirm it`,
          });
          onClose();
        }}
      />
    </Modal>
  );
}

type EditNeedModalProps = {
  /** The need to edit; the modal is closed without one. */
  needId: string | null;
  onClose: () => void;
  /** The learner editing their own proposal may not change its origin. */
  fixedOrigin?: boolean;
  businessNeeds: readonly BusinessNeedOption[];
};

export function EditNeedModal({ needId, onClose, fixedOrigin, businessNeeds }: EditNeedModalProps) {
  return (
    <Modal opened={!!needId} onClose={onClose} title="Edit development need" size="xl">
      {needId && <EditNeed id={needId} fixedOrigin={fixedOrigin} businessNeeds={businessNeeds} onDone={onClose} />}
    </Modal>
  );
}

function EditNeed({
  id,
  fixedOrigin,
  businessNeeds,
  onDone,
}: {
  id: string;
  fixedOrigin?: boolean;
  businessNeeds: readonly BusinessNeedOption[];
  onDone: () => void;
}) {
  // Read the need afresh so the version we send is the latest one.
  const need = useDevelopmentNeed(id);
  const update = useUpdateDevelopmentNeed();

  if (need.isPending) return <LoadingState label="Loading development need" />;
  if (need.isError) return <QueryError error={need.error} onRetry={() => void need.refetch()} />;

  const current = need.data;
  return (
    <NeedForm
      key={`${current.id}:${current.version}`}
      need={current}
      fixedOrigin={fixedOrigin}
      businessNeeds={businessNeeds}
      submitLabel="Save changes"
      onCancel={onDone}
      onReload={() => void need.refetch()}
      onSubmit={async (values) => {
        const saved = await update.mutateAsync({ id: current.id, version: current.version, ...values });
        notifications.show({ color: 'green', message: `${saved.title} saved` });
        onDone();
      }}
    />
  );
}
