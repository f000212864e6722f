import {
  Button,
  Card,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useId, useRef, useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem, isStateConflict } from '@/components/ui/form-errors';
import { formatDate } from '@/lib/dates';
import { numberOrNull } from '@/lib/validation';

import type { LearningSet } from '../api/get-learning-sets';
import type { Meeting } from '../api/get-set-meetings';
import { useUpdateMeeting } from '../api/update-meeting';

import { AirTimeTimer } from './air-time-timer';
import {
  blankPresentation,
  type MeetingEditor,
  meetingEditor,
  type MeetingFormValues,
  meetingFormValues,
  type PresentationValues,
  toFullRequest,
  toMemberRequest,
  validateMeeting,
} from './meeting-values';
import { ReadOnlyField } from './read-only-field';
import { meetingModeLabel, SET_LIMITS } from './set-vocabulary';

export const MEETING_CONFLICT_MESSAGE = 'Someone else saved this meeting first — reload to see their changes, then make yours again';

type Form = UseFormReturnType<MeetingFormValues>;

function Section({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Card>
  );
}

const OWN_FIELDS: readonly (keyof PresentationValues)[] = ['committedAction', 'accountOfLastAction'];

/** Whether the editor may change one field of one member's presentation — the server's rule. */
const canEditField = (editor: MeetingEditor, memberId: string, field: keyof PresentationValues) =>
  editor.kind === 'all' || (editor.kind === 'member' && editor.memberId === memberId && OWN_FIELDS.includes(field));

type PresentationFieldProps = {
  form: Form;
  editor: MeetingEditor;
  memberId: string;
  field: keyof PresentationValues;
  label: string;
  description?: string;
  /** What a reader sees when nothing was recorded. */
  empty?: string;
};

function PresentationField({ form, editor, memberId, field, label, description, empty }: PresentationFieldProps) {
  const path = `presentations.${memberId}.${field}`;
  if (!canEditField(editor, memberId, field)) {
    return (
      <ReadOnlyField label={label} empty={empty}>
        {form.values.presentations[memberId]?.[field] ?? ''}
      </ReadOnlyField>
    );
  }
  return <Textarea label={label} description={description} autosize minRows={2} maxLength={SET_LIMITS.text} {...form.getInputProps(path)} />;
}

type MeetingRunnerProps = {
  meeting: Meeting;
  set: LearningSet;
  userId: string;
  /** Re-reads the meeting, e.g. after a version conflict; resolves to the meeting as stored now. */
  onReload: () => Promise<Meeting | undefined>;
};

/**
 * Runs a learning set meeting: the agenda carried from last time (each member's committed action,
 * with their account and its result), attendance, air time agreed at the start with a timer per
 * member, each presenting member's problem and the action they commit to, and the coordinator's
 * main points. The facilitator, HR and the coordinator record it all; a member records only their
 * own committed action and account, as the server allows.
 */
export function MeetingRunner({ meeting, set, userId, onReload }: MeetingRunnerProps) {
  const editor = meetingEditor(meeting, set, userId);
  const editsAll = editor.kind === 'all';
  const update = useUpdateMeeting();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const memberIds = set.members.map((member) => member.id);

  const initialValues = () => {
    const values = meetingFormValues(meeting);
    // A member who has not presented can still commit to an action.
    if (editor.kind === 'member' && !values.presentations[editor.memberId]) values.presentations[editor.memberId] = blankPresentation();
    return values;
  };
  const form = useForm<MeetingFormValues>({ mode: 'controlled', initialValues: initialValues(), validate: validateMeeting });
  const [newPresenter, setNewPresenter] = useState('');

  const nameOf = (id: string) =>
    set.members.find((member) => member.id === id)?.name ??
    meeting.agenda.find((item) => item.memberId === id)?.memberName ??
    'A former member';

  const inForm = Object.keys(form.values.presentations);
  const stored = (memberId: string) => meeting.presentations.find((presentation) => presentation.memberId === memberId);
  // Editors see a place for everyone the agenda asks for; readers only what was recorded.
  const presenters = inForm.filter(
    (memberId) => editsAll || (editor.kind === 'member' && editor.memberId === memberId) || !!stored(memberId),
  );
  const notPresenting = set.members.filter((member) => !inForm.includes(member.id));
  const agendaIds = meeting.agenda.map((item) => item.memberId);

  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const reload = async () => {
    const fresh = await onReload();
    if (!fresh) return;
    setProblem(null);
    const values = meetingFormValues(fresh);
    if (editor.kind === 'member' && !values.presentations[editor.memberId]) values.presentations[editor.memberId] = blankPresentation();
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  };

  const submit = form.onSubmit(
    async (values) => {
      if (editor.kind === 'none') return;
      setProblem(null);
      try {
        const body =
          editor.kind === 'all'
            ? toFullRequest(values, meeting.version, memberIds)
            : toMemberRequest(meeting, editor.memberId, values.presentations[editor.memberId] ?? blankPresentation());
        await update.mutateAsync({ id: meeting.id, ...body });
        notifications.show({ color: 'green', message: editsAll ? 'Meeting saved' : 'Your action and account are saved' });
      } catch (error) {
        const found = applyServerErrors(form, error, { conflictMessage: MEETING_CONFLICT_MESSAGE });
        // The set was closed meanwhile: reloading shows the meeting as it now is, read-only.
        setProblem(found && isStateConflict(error) ? { ...found, conflict: true } : found);
        focusFirstError();
      }
    },
    () => focusFirstError(),
  );

  const addPresenter = () => {
    if (!newPresenter) return;
    form.setFieldValue(`presentations.${newPresenter}`, blankPresentation());
    const added = newPresenter;
    setNewPresenter('');
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>(`[data-presenter="${added}"] textarea`)?.focus(),
    );
  };

  const toggleAttendance = (memberId: string, present: boolean) =>
    form.setFieldValue(
      'attendance',
      present ? [...form.values.attendance, memberId] : form.values.attendance.filter((id) => id !== memberId),
    );

  const roleNote =
    set.status === 'Closed'
      ? 'This set is closed; its meetings no longer change.'
      : editor.kind === 'all'
        ? 'You record this meeting.'
        : editor.kind === 'member'
          ? 'You record your own committed action and the account of your last action; the coordinator records the rest.'
          : 'You can read this meeting.';

  return (
    <form ref={formRef} noValidate onSubmit={submit}>
      <Stack gap="lg" maw={1040}>
        <Card withBorder padding="lg" component="section" aria-label="About this meeting">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <ReadOnlyField label="Date">{formatDate(meeting.heldOn)}</ReadOnlyField>
              <ReadOnlyField label="Mode">{meetingModeLabel(meeting.mode)}</ReadOnlyField>
              <ReadOnlyField label="Coordinator">{meeting.coordinatorName}</ReadOnlyField>
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {roleNote}
            </Text>
          </Stack>
        </Card>

        <FormErrorAlert problem={problem} onReload={() => void reload()} />

        <Section
          title="Agenda from last time"
          description="Each member gives an account of the action they committed to at the last meeting, and what came of it."
        >
          {meeting.agenda.length === 0 ? (
            <Text size="sm" c="dimmed">
              Nothing carried over: this is the set’s first meeting, or nobody committed to an action last time.
            </Text>
          ) : (
            meeting.agenda.map((item) => (
              <Fieldset key={item.memberId} legend={item.memberName} variant="filled">
                <Stack gap="sm">
                  <ReadOnlyField label="Committed action">{item.committedAction}</ReadOnlyField>
                  <PresentationField
                    form={form}
                    editor={editor}
                    memberId={item.memberId}
                    field="accountOfLastAction"
                    label="Account and result"
                    description="What was done, and what came of it."
                    empty="No account given yet."
                  />
                </Stack>
              </Fieldset>
            ))
          )}
        </Section>

        <Section
          title="Attendance and air time"
          description="Who is here — in the room, by phone or by video — and the minutes of air time each member is given, agreed at the start."
        >
          {set.members.length === 0 ? (
            <Text size="sm" c="dimmed">
              The set has no members.
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label="Attendance and air time">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Member</Table.Th>
                    <Table.Th scope="col">Present</Table.Th>
                    <Table.Th scope="col">Air time (minutes)</Table.Th>
                    {editsAll && <Table.Th scope="col">Timer</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {set.members.map((member) => {
                    const present = form.values.attendance.includes(member.id);
                    const minutes = form.values.airTime[member.id] ?? '';
                    return (
                      <Table.Tr key={member.id}>
                        <Table.Th scope="row" fw={500}>
                          {member.name}
                        </Table.Th>
                        <Table.Td>
                          {editsAll ? (
                            <Checkbox
                              aria-label={`${member.name} is present`}
                              checked={present}
                              onChange={(event) => toggleAttendance(member.id, event.currentTarget.checked)}
                            />
                          ) : (
                            <Text size="sm">{present ? 'Present' : 'Not present'}</Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {editsAll ? (
                            <NumberInput
                              aria-label={`Air time for ${member.name} (minutes)`}
                              min={0}
                              max={SET_LIMITS.airTimeMinutes}
                              allowDecimal={false}
                              allowNegative={false}
                              w={110}
                              {...form.getInputProps(`airTime.${member.id}`)}
                            />
                          ) : (
                            <Text size="sm">{minutes === '' ? '—' : `${minutes} min`}</Text>
                          )}
                        </Table.Td>
                        {editsAll && (
                          <Table.Td>
                            <AirTimeTimer memberName={member.name} minutes={numberOrNull(minutes)} />
                          </Table.Td>
                        )}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Section>

        <Section
          title="Presentations"
          description="Each presenting member: the problem or question they bring, its background, what they have tried, what the set asked, and the action they commit to — next meeting’s agenda."
        >
          {presenters.length === 0 && (
            <Text size="sm" c="dimmed">
              {editsAll ? 'Nobody has presented yet. Add each member as they present.' : 'No presentations recorded.'}
            </Text>
          )}
          {presenters.map((memberId) => {
            const own = editor.kind === 'member' && editor.memberId === memberId;
            return (
              <Fieldset
                key={memberId}
                legend={own ? `Presentation: ${nameOf(memberId)} (you)` : `Presentation: ${nameOf(memberId)}`}
                data-presenter={memberId}
              >
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    <PresentationField form={form} editor={editor} memberId={memberId} field="problem" label="Problem or question" />
                    <PresentationField form={form} editor={editor} memberId={memberId} field="background" label="Background" />
                    <PresentationField form={form} editor={editor} memberId={memberId} field="approach" label="Approach so far" description="What they have tried or plan to try." />
                    <PresentationField form={form} editor={editor} memberId={memberId} field="questionsAsked" label="What the set asked" />
                  </SimpleGrid>
                  <PresentationField
                    form={form}
                    editor={editor}
                    memberId={memberId}
                    field="committedAction"
                    label="Committed action"
                    description="The action committed to before the next meeting; it goes on that meeting’s agenda."
                    empty="No action committed to."
                  />
                  {!agendaIds.includes(memberId) && !!stored(memberId)?.accountOfLastAction && (
                    <PresentationField form={form} editor={editor} memberId={memberId} field="accountOfLastAction" label="Account of last action" />
                  )}
                </Stack>
              </Fieldset>
            );
          })}
          {editsAll && notPresenting.length > 0 && (
            <Group align="flex-end" gap="sm">
              <NativeSelect
                label="Another member presents"
                data={[{ value: '', label: 'Choose a member' }, ...notPresenting.map((member) => ({ value: member.id, label: member.name }))]}
                value={newPresenter}
                onChange={(event) => setNewPresenter(event.currentTarget.value)}
              />
              <Button variant="default" onClick={addPresenter} disabled={!newPresenter}>
                Add presentation
              </Button>
            </Group>
          )}
        </Section>

        <Section title="Main points" description="The coordinator’s record of what the set drew from this meeting.">
          {editsAll ? (
            <Textarea
              label="Main points"
              autosize
              minRows={3}
              maxLength={SET_LIMITS.mainPoints}
              {...form.getInputProps('mainPoints')}
            />
          ) : (
            <ReadOnlyField label="Main points">{meeting.mainPoints}</ReadOnlyField>
          )}
        </Section>

        {editor.kind !== 'none' && (
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {editsAll ? 'Save meeting' : 'Save my action and account'}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
