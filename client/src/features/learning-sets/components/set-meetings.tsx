import { Anchor, Button, Card, Group, Modal, NativeSelect, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { Link } from 'react-router';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { formatDate, parseIsoDate, todayIso } from '@/lib/dates';

import { useCreateMeeting } from '../api/create-meeting';
import type { LearningSet } from '../api/get-learning-sets';
import type { SetMeetings } from '../api/get-set-meetings';

import { MEETING_MODES, meetingModeLabel } from './set-vocabulary';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

type SetMeetingsSectionProps = {
  set: LearningSet;
  meetings: SetMeetings;
  meetingHref: (id: string) => string;
};

/** The set's meetings, oldest first; the facilitator and HR schedule the next one. */
export function SetMeetingsSection({ set, meetings, meetingHref }: SetMeetingsSectionProps) {
  const headingId = useId();
  const [scheduling, setScheduling] = useState(false);
  const schedules = set.canManage && set.status !== 'Closed';

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id={headingId}>
            Meetings
          </Title>
          {schedules && (
            <Button onClick={() => setScheduling(true)} disabled={set.members.length === 0}>
              Schedule meeting
            </Button>
          )}
        </Group>
        {schedules && set.members.length === 0 && (
          <Text size="sm" c="dimmed">
            Add members first: a member coordinates each meeting.
          </Text>
        )}
        {meetings.meetings.length === 0 ? (
          <Text size="sm" c="dimmed">
            No meetings yet. Each meeting’s commitments become the next meeting’s agenda.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-labelledby={headingId} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Date</Table.Th>
                  <Table.Th scope="col">Mode</Table.Th>
                  <Table.Th scope="col">Coordinator</Table.Th>
                  <Table.Th scope="col">Agenda</Table.Th>
                  <Table.Th scope="col">Presentations</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {meetings.meetings.map((meeting) => (
                  <Table.Tr key={meeting.id}>
                    <Table.Td>
                      <Anchor component={Link} to={meetingHref(meeting.id)} size="sm" fw={500}>
                        Meeting on {formatDate(meeting.heldOn)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{meetingModeLabel(meeting.mode)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{meeting.coordinatorName}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{meeting.agenda.length === 0 ? '—' : plural(meeting.agenda.length, 'account', 'accounts')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{meeting.presentations.length === 0 ? '—' : meeting.presentations.length}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal opened={scheduling} onClose={() => setScheduling(false)} title="Schedule a meeting">
        <ScheduleMeetingForm
          set={set}
          suggestedCoordinatorId={meetings.suggestedCoordinatorId}
          onDone={() => setScheduling(false)}
        />
      </Modal>
    </Card>
  );
}

type ScheduleValues = { heldOn: string; mode: string; coordinatorId: string };

type ScheduleMeetingFormProps = {
  set: LearningSet;
  suggestedCoordinatorId: string | null;
  onDone: () => void;
};

/** Date, mode and coordinator of the set's next meeting; the coordinator suggested by rotation comes preselected. */
export function ScheduleMeetingForm({ set, suggestedCoordinatorId, onDone }: ScheduleMeetingFormProps) {
  const create = useCreateMeeting();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const suggested = set.members.some((member) => member.id === suggestedCoordinatorId) ? suggestedCoordinatorId! : '';
  const form = useForm<ScheduleValues>({
    mode: 'controlled',
    initialValues: { heldOn: todayIso(), mode: 'InPerson', coordinatorId: suggested },
    validate: {
      heldOn: (value) => (parseIsoDate(value) ? null : 'Say when the meeting is held.'),
      mode: (value) => (MEETING_MODES.some((mode) => mode.value === value) ? null : 'Choose how the set meets.'),
      coordinatorId: (value) => (set.members.some((member) => member.id === value) ? null : 'Choose a member to coordinate it.'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const meeting = await create.mutateAsync({ setId: set.id, ...values });
      notifications.show({ color: 'green', message: `Meeting on ${formatDate(meeting.heldOn)} scheduled, coordinated by ${meeting.coordinatorName}` });
      onDone();
    } catch (error) {
      setProblem(applyServerErrors(form, error));
    }
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} />
        <TextInput label="Date" type="date" required data-autofocus {...form.getInputProps('heldOn')} />
        <Radio.Group label="Mode" description="Members may join by phone or video." required {...form.getInputProps('mode')}>
          <Group gap="md" mt="xs">
            {MEETING_MODES.map((mode) => (
              <Radio key={mode.value} value={mode.value} label={mode.label} />
            ))}
          </Group>
        </Radio.Group>
        <NativeSelect
          label="Coordinator"
          description={
            suggested
              ? 'The member who has coordinated least is suggested; choose another if you agree it between you.'
              : 'A member coordinates the meeting and records its main points.'
          }
          required
          data={[
            ...(suggested ? [] : [{ value: '', label: 'Choose a member' }]),
            ...set.members.map((member) => ({
              value: member.id,
              label: member.id === suggested ? `${member.name} (suggested)` : member.name,
            })),
          ]}
          {...form.getInputProps('coordinatorId')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={form.submitting}>
            Schedule meeting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
