import { notifications } from '@mantine/notifications';

import { LoadingState, QueryError } from '@/components/ui/query-state';

import { useCreatePerson } from '../api/create-person';
import { usePerson } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';

import { type OrgUnitOption, PersonForm } from './person-form';

type EditorProps = {
  orgUnits: readonly OrgUnitOption[];
  onDone: () => void;
};

export function CreatePerson({ orgUnits, onDone }: EditorProps) {
  const create = useCreatePerson();
  return (
    <PersonForm
      orgUnits={orgUnits}
      submitLabel="Create person"
      onCancel={onDone}
      onSubmit={async (values) => {
        const created = await create.mutateAsync(values);
        notifications.show({ color: 'green', message: `${created.displayName} added` });
        onDone();
      }}
    />
  );
}

export function EditPerson({ id, orgUnits, onDone }: EditorProps & { id: string }) {
  const person = usePerson(id);
  const update = useUpdatePerson();

  if (person.isPending) return <LoadingState label="Loading person" />;
  if (person.isError) return <QueryError error={person.error} onRetry={() => void person.refetch()} />;

  const current = person.data;
  return (
    <PersonForm
      // A reload after a conflict brings a new version: start the form again from it.
      key={`${current.id}:${current.version}`}
      person={current}
      orgUnits={orgUnits}
      submitLabel="Save changes"
      onCancel={onDone}
      onReload={() => void person.refetch()}
      onSubmit={async (values) => {
        const saved = await update.mutateAsync({ id: current.id, version: current.version, ...values });
        notifications.show({ color: 'green', message: `${saved.displayName} saved` });
        onDone();
      }}
    />
  );
}
