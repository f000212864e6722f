import {
  Anchor,
  Badge,
  Button,
  Card,
  Fieldset,
  Group,
  Input,
  List,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useId, useRef, useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem, isStateConflict } from '@/components/ui/form-errors';
import { TextListInput } from '@/components/ui/text-list-input';
import { formatDate, todayIso } from '@/lib/dates';

import type { ProgressReview, ReviewOutcome } from '../api/get-progress-review';
import { useUpdateProgressReview } from '../api/update-progress-review';

import { EvidenceFiles } from './evidence-files';
import { ReadOnlyField } from './read-only-field';
import { ActionsEditor, ActionsTable, type OwnerOption } from './review-actions';
import {
  REVIEW_ITEM_FIELDS,
  reviewFormValues,
  type ReviewFormValues,
  toLearnerRequest,
  toManagerRequest,
  validateLearner,
  validateManager,
} from './review-form-values';
import { OverallStatusBadge } from './review-state-badge';
import { formatHours, OUTCOME_RATINGS, OVERALL_STATUSES, ratingColour, ratingLabel, REVIEW_LIMITS } from './review-vocabulary';

export const REVIEW_CONFLICT_MESSAGE = 'This review was changed by someone else — reload and try again';

type ReviewFormProps = {
  review: ProgressReview;
  /** The signed-in person: they delete the files they uploaded, and may own an action as the learner's current manager. */
  user: { id: string; displayName: string };
  /** Re-reads the review, e.g. after a version conflict. */
  onReload: () => void;
};

type Submission = 'learner' | 'draft' | 'record';

/** Who may own an action: the learner, their manager, the mentor (and the current line manager, if someone else now). */
export function actionOwners(review: ProgressReview, user: { id: string; displayName: string }): OwnerOption[] {
  const owners: OwnerOption[] = [
    { value: review.learnerId, label: `${review.learnerName} (learner)` },
    { value: review.managerId, label: `${review.managerName} (manager)` },
  ];
  if (review.mentorId) owners.push({ value: review.mentorId, label: `${review.mentorName ?? 'Mentor'} (mentor)` });
  if (review.can.writeManagerPart && !owners.some((owner) => owner.value === user.id)) {
    owners.push({ value: user.id, label: `${user.displayName} (you)` });
  }
  return owners;
}

function RatingView({ rating }: { rating: string | null }) {
  return rating ? (
    <Badge color={ratingColour(rating)} variant="light">
      {ratingLabel(rating)}
    </Badge>
  ) : (
    <Text size="sm" c="dimmed">
      Not rated yet.
    </Text>
  );
}

function LinksView({ links }: { links: readonly string[] }) {
  if (links.length === 0) return null;
  return (
    <List size="sm" spacing={2}>
      {links.map((link) => (
        <List.Item key={link}>
          <Anchor href={link} target="_blank" rel="noopener noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
            {link}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

/**
 * A progress review as one form: a row per learning outcome (the learner's evidence, the
 * manager's rating), the learner's reflection, and the manager's record with the actions. Each
 * side edits only its own part, as `can` says; the other part is shown read-only.
 */
export function ReviewForm({ review, user, onReload }: ReviewFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState<Submission | null>(null);
  const update = useUpdateProgressReview();
  const formRef = useRef<HTMLFormElement>(null);
  const outcomesHeadingId = useId();
  const learnerHeadingId = useId();
  const managerHeadingId = useId();
  const form = useForm<ReviewFormValues>({ mode: 'controlled', initialValues: reviewFormValues(review) });
  const { can } = review;
  const learnerEdits = !!can.writeLearnerPart;
  const managerEdits = !!can.writeManagerPart;
  const outcomesError = form.errors['manager.outcomes'] ?? form.errors['learner.outcomes'];

  // A long form: take the keyboard (and the eye) to the first field the rules stopped.
  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (submission: Submission) => {
    setProblem(null);
    form.clearErrors();
    const values = form.getValues();
    const errors =
      submission === 'learner' ? validateLearner(values.learner) : validateManager(values.manager, submission === 'record', todayIso());
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError();
      return;
    }
    setBusy(submission);
    try {
      if (submission === 'learner') {
        await update.mutateAsync({ id: review.id, version: review.version, learner: toLearnerRequest(values.learner) });
        notifications.show({ color: 'green', message: 'Your part of the review is saved' });
      } else {
        const record = submission === 'record';
        await update.mutateAsync({ id: review.id, version: review.version, manager: toManagerRequest(values.manager, record) });
        notifications.show({
          color: 'green',
          message: record ? `Review recorded as held on ${formatDate(values.manager.heldOn)}` : 'Draft of the review saved',
        });
      }
    } catch (error) {
      const found = applyServerErrors(form, error, { conflictMessage: REVIEW_CONFLICT_MESSAGE, itemFields: REVIEW_ITEM_FIELDS });
      // Held or cancelled meanwhile: reloading shows what happened.
      setProblem(found && isStateConflict(error) ? { ...found, conflict: true } : found);
      focusFirstError();
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (learnerEdits) void submit('learner');
    else if (managerEdits) void submit('draft');
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit}>
      <Stack gap="xl">
        <FormErrorAlert problem={problem} onReload={onReload} />

        <Stack gap="md" component="section" aria-labelledby={outcomesHeadingId}>
          <div>
            <Title order={2} size="h3" id={outcomesHeadingId}>
              Learning outcomes
            </Title>
            <Text size="sm" c="dimmed">
              {learnerEdits
                ? 'Show your progress on each outcome: describe it, link to it or attach files. Your manager rates each one at the review.'
                : managerEdits
                  ? `Rate ${review.learnerName}’s progress on each outcome, with their evidence in front of you.`
                  : 'The learner’s evidence and the manager’s rating for each outcome.'}
            </Text>
          </div>
          {outcomesError && <Input.Error role="alert">{outcomesError}</Input.Error>}
          {review.outcomes.map((outcome, position) => (
            <OutcomeRow
              key={outcome.index}
              outcome={outcome}
              position={position}
              form={form}
              review={review}
              userId={user.id}
              learnerEdits={learnerEdits}
              managerEdits={managerEdits}
            />
          ))}
        </Stack>

        <Card withBorder padding="lg" component="section" aria-labelledby={learnerHeadingId}>
          <Stack gap="md">
            <Title order={2} size="h3" id={learnerHeadingId}>
              {learnerEdits ? 'Your reflection' : `${review.learnerName}’s reflection`}
            </Title>
            {learnerEdits ? (
              <>
                <Textarea
                  label="Reflection"
                  description="What have you learned since the last review, and how have you used it at work?"
                  autosize
                  minRows={3}
                  maxLength={REVIEW_LIMITS.text}
                  {...form.getInputProps('learner.reflection')}
                />
                <Textarea
                  label="What stops you learning?"
                  description="Barriers: time, workload, access to the work you need to practise on…"
                  autosize
                  minRows={2}
                  maxLength={REVIEW_LIMITS.text}
                  {...form.getInputProps('learner.barriers')}
                />
                <Textarea
                  label="Support needed"
                  description="What would help, from your manager or anyone else."
                  autosize
                  minRows={2}
                  maxLength={REVIEW_LIMITS.text}
                  {...form.getInputProps('learner.supportNeeded')}
                />
                <Group justify="flex-end" gap="sm">
                  <Text size="xs" c="dimmed">
                    Saves your evidence, links and reflection; files are kept as soon as you attach them.
                  </Text>
                  <Button onClick={() => void submit('learner')} loading={busy === 'learner'}>
                    Save my part
                  </Button>
                </Group>
              </>
            ) : (
              <SimpleGrid cols={{ base: 1, md: 3 }}>
                <ReadOnlyField label="Reflection">{review.reflection}</ReadOnlyField>
                <ReadOnlyField label="What stops them learning?" empty="Nothing said.">
                  {review.barriers}
                </ReadOnlyField>
                <ReadOnlyField label="Support needed" empty="Nothing asked for.">
                  {review.supportNeeded}
                </ReadOnlyField>
              </SimpleGrid>
            )}
          </Stack>
        </Card>

        <Card withBorder padding="lg" component="section" aria-labelledby={managerHeadingId}>
          <Stack gap="md">
            <Title order={2} size="h3" id={managerHeadingId}>
              {managerEdits ? 'Your record of the review' : `${review.managerName}’s record of the review`}
            </Title>
            {managerEdits ? (
              <ManagerFields form={form} review={review} owners={actionOwners(review, user)} />
            ) : (
              <ManagerView review={review} />
            )}
            {managerEdits && (
              <Stack gap="xs">
                <Group justify="flex-end">
                  <Button variant="default" onClick={() => void submit('draft')} loading={busy === 'draft'} disabled={busy === 'record'}>
                    Save draft
                  </Button>
                  <Button onClick={() => void submit('record')} loading={busy === 'record'} disabled={busy === 'draft'}>
                    Record review
                  </Button>
                </Group>
                <Text size="xs" c="dimmed" ta="right">
                  Recording the review as held closes it for you both: rate every outcome and give the overall status first.
                </Text>
              </Stack>
            )}
          </Stack>
        </Card>
      </Stack>
    </form>
  );
}

type OutcomeRowProps = {
  outcome: ReviewOutcome;
  position: number;
  form: UseFormReturnType<ReviewFormValues>;
  review: ProgressReview;
  userId: string;
  learnerEdits: boolean;
  managerEdits: boolean;
};

/** One learning outcome: the learner's evidence (text, links, files) beside the manager's rating. */
function OutcomeRow({ outcome, position, form, review, userId, learnerEdits, managerEdits }: OutcomeRowProps) {
  const number = outcome.index + 1;
  const links = form.values.learner.outcomes[position]?.links ?? [];
  return (
    <Fieldset legend={`Outcome ${number}: ${outcome.outcome}`} variant="filled">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Stack gap="sm" style={{ gridColumn: 'span 2' }}>
          {learnerEdits ? (
            <>
              <Textarea
                label="Evidence"
                description="What you did and what it shows."
                autosize
                minRows={2}
                maxLength={REVIEW_LIMITS.text}
                {...form.getInputProps(`learner.outcomes.${position}.evidence`)}
              />
              <TextListInput
                label="Links"
                description="Full web addresses, e.g. to a document or a piece of work."
                itemLabel={(index) => `Link ${index + 1} for outcome ${number}`}
                addLabel="Add a link"
                placeholder="https://"
                count={links.length}
                getItemProps={(index) => form.getInputProps(`learner.outcomes.${position}.links.${index}`)}
                onAdd={() => form.insertListItem(`learner.outcomes.${position}.links`, '')}
                onRemove={(index) => form.removeListItem(`learner.outcomes.${position}.links`, index)}
                error={form.errors[`learner.outcomes.${position}.links`]}
                max={REVIEW_LIMITS.linksPerOutcome}
              />
            </>
          ) : (
            <>
              <ReadOnlyField label="Evidence" empty="No evidence written yet.">
                {outcome.evidence}
              </ReadOnlyField>
              {outcome.links.length > 0 && (
                <ReadOnlyField label="Links">
                  <LinksView links={outcome.links} />
                </ReadOnlyField>
              )}
            </>
          )}
          <EvidenceFiles review={review} outcome={outcome} userId={userId} />
        </Stack>
        <Stack gap="xs">
          {managerEdits ? (
            <Radio.Group
              label="Rating"
              description="Progress on this outcome so far."
              {...form.getInputProps(`manager.outcomes.${position}.rating`)}
            >
              <Stack gap={6} mt="xs">
                {OUTCOME_RATINGS.map((rating) => (
                  <Radio key={rating.value} value={rating.value} label={rating.label} />
                ))}
              </Stack>
            </Radio.Group>
          ) : (
            <ReadOnlyField label="Rating">
              <RatingView rating={outcome.rating} />
            </ReadOnlyField>
          )}
        </Stack>
      </SimpleGrid>
    </Fieldset>
  );
}

function ManagerFields({
  form,
  review,
  owners,
}: {
  form: UseFormReturnType<ReviewFormValues>;
  review: ProgressReview;
  owners: OwnerOption[];
}) {
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Held on"
          description="The day you met: today or earlier."
          type="date"
          max={todayIso()}
          {...form.getInputProps('manager.heldOn')}
        />
        <NumberInput
          label="Time given (hours)"
          description={`The contract allows ${formatHours(review.timeAllowedHours)} for this period.`}
          min={0}
          max={REVIEW_LIMITS.timeGivenHours}
          decimalScale={1}
          {...form.getInputProps('manager.timeGivenHours')}
        />
      </SimpleGrid>
      <Radio.Group label="Overall status" description="Is the learning on track?" {...form.getInputProps('manager.overallStatus')}>
        <Group mt="xs">
          {OVERALL_STATUSES.map((status) => (
            <Radio key={status.value} value={status.value} label={status.label} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label="Manager’s notes"
        description="What you discussed and agreed; the learner sees these notes."
        autosize
        minRows={3}
        maxLength={REVIEW_LIMITS.text}
        {...form.getInputProps('manager.managerNotes')}
      />
      <ActionsEditor form={form} owners={owners} carriedOver={review.carriedOver} />
    </Stack>
  );
}

function ManagerView({ review }: { review: ProgressReview }) {
  const open = review.status === 'Scheduled';
  return (
    <Stack gap="md">
      {open && !review.managerNotes && !review.overallStatus && (
        <Text size="sm" c="dimmed">
          {review.managerName} records the review once you have met.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <ReadOnlyField label="Held on" empty="Not held yet.">
          {review.heldOn ? formatDate(review.heldOn) : null}
        </ReadOnlyField>
        <ReadOnlyField label="Time given" empty="Not recorded yet.">
          {review.timeGivenHours === null
            ? null
            : `${formatHours(review.timeGivenHours)} of ${formatHours(review.timeAllowedHours)} allowed`}
        </ReadOnlyField>
        <ReadOnlyField label="Overall status" empty="Not given yet.">
          {review.overallStatus ? <OverallStatusBadge status={review.overallStatus} /> : null}
        </ReadOnlyField>
      </SimpleGrid>
      <ReadOnlyField label="Manager’s notes">{review.managerNotes}</ReadOnlyField>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Actions carried over
        </Title>
        <ActionsTable actions={review.carriedOver} label="Actions carried over" />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Actions agreed at this review
        </Title>
        <ActionsTable actions={review.actions} label="Actions agreed at this review" />
      </Stack>
    </Stack>
  );
}
