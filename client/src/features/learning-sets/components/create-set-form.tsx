import { Button, CloseButton, Group, Input, List, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';

import { useCreateLearningSet } from '../api/create-learning-set';

import type { PickedPerson, RenderPersonPicker } from './person-picker';
import { type SetFormValues, validateSet } from './set-form-values';
import { SET_LIMITS, SET_SIZE, sizeWarning } from './set-vocabulary';

type CreateSetFormProps = {
  /** The signed-in user: a facilitator who is not HR forms the sets they run. */
  user: { id: string; displayName: string; isHr: boolean; isFacilitator: boolean };
  renderPersonPicker: RenderPersonPicker;
  onCreated: (id: string) => void;
  onCancel: () => void;
};

/** Forms an action learning set: what it is for, who facilitates it, who its members are and how often it meets. */
export function CreateSetForm({ user, renderPersonPicker, onCreated, onCancel }: CreateSetFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const create = useCreateLearningSet();
  const membersHeadingId = useId();
  // Names of the people picked, to show them; the form holds their ids, as the server spells the fields.
  const [names, setNames] = useState<Record<string, string>>(() => ({ [user.id]: user.displayName }));
  const form = useForm<SetFormValues>({
    mode: 'controlled',
    initialValues: {
      name: '',
      purpose: '',
      meetingCadence: 'every 4 weeks',
      facilitatorId: user.isFacilitator ? user.id : null,
      memberIds: [],
    },
    validate: validateSet,
  });
  const { facilitatorId, memberIds } = form.values;
  const remember = (person: PickedPerson) => setNames((known) => ({ ...known, [person.id]: person.name }));
  const warning = sizeWarning(memberIds.length);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const created = await create.mutateAsync({
        name: values.name.trim(),
        purpose: values.purpose.trim(),
        meetingCadence: values.meetingCadence.trim(),
        facilitatorId: values.facilitatorId,
        memberIds: values.memberIds,
      });
      notifications.show({ color: 'green', message: `${created.name} formed` });
      onCreated(created.id);
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} />
        <TextInput label="Name" required data-autofocus autoComplete="off" maxLength={SET_LIMITS.name} {...form.getInputProps('name')} />
        <Textarea
          label="Purpose"
          description="What the members bring to the set and hope to get from it."
          required
          autosize
          minRows={2}
          maxLength={SET_LIMITS.purpose}
          {...form.getInputProps('purpose')}
        />
        <TextInput
          label="Meeting cadence"
          description="How often the set means to meet, e.g. “every 4 weeks”."
          required
          autoComplete="off"
          maxLength={SET_LIMITS.cadence}
          {...form.getInputProps('meetingCadence')}
        />
        {user.isHr ? (
          renderPersonPicker({
            label: 'Facilitator',
            description: 'An active person with the Facilitator role; not one of the members.',
            placeholder: 'Search by name',
            role: 'Facilitator',
            required: true,
            value: facilitatorId ? { id: facilitatorId, name: names[facilitatorId] ?? '' } : null,
            onChange: (person) => {
              if (person) remember(person);
              form.setFieldValue('facilitatorId', person?.id ?? null);
            },
            error: form.errors.facilitatorId,
            excludeIds: memberIds,
          })
        ) : (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              Facilitator
            </Text>
            <Text size="sm">You ({user.displayName}) — a facilitator forms the sets they run.</Text>
            {form.errors.facilitatorId && <Input.Error>{form.errors.facilitatorId}</Input.Error>}
          </Stack>
        )}

        <Stack gap="xs" role="group" aria-labelledby={membersHeadingId}>
          <Text id={membersHeadingId} size="sm" fw={500}>
            Members
          </Text>
          {memberIds.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nobody yet. Members can also be added later.
            </Text>
          ) : (
            <List listStyleType="none" spacing={4} aria-label="Members chosen">
              {memberIds.map((id) => (
                <List.Item key={id}>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">{names[id] ?? id}</Text>
                    <CloseButton
                      size="sm"
                      aria-label={`Remove ${names[id] ?? 'this member'}`}
                      onClick={() => form.setFieldValue('memberIds', memberIds.filter((member) => member !== id))}
                    />
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
          {renderPersonPicker({
            label: 'Add a member',
            description: `Peers, ideally ${SET_SIZE.fewest} to ${SET_SIZE.most} of them; not the facilitator.`,
            placeholder: 'Search by name',
            value: null,
            onChange: (person) => {
              if (!person || memberIds.includes(person.id)) return;
              remember(person);
              form.setFieldValue('memberIds', [...memberIds, person.id]);
            },
            error: form.errors.memberIds,
            excludeIds: facilitatorId ? [...memberIds, facilitatorId] : memberIds,
          })}
          <Text size="sm" c={warning ? 'orange.9' : 'dimmed'} aria-live="polite">
            {warning ? `${warning} It can still be formed.` : `${memberIds.length} members.`}
          </Text>
        </Stack>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Create set
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type CreateSetModalProps = Omit<CreateSetFormProps, 'onCancel'> & { opened: boolean; onClose: () => void };

export function CreateSetModal({ opened, onClose, ...props }: CreateSetModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New learning set" size="lg">
      <CreateSetForm {...props} onCancel={onClose} />
    </Modal>
  );
}
