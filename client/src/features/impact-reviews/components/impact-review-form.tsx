import {
  Button,
  Card,
  Fieldset,
  Group,
  Input,
  NativeSelect,
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
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem, isStateConflict } from '@/components/ui/form-errors';
import { formatDate, formatDateTime, todayIso } from '@/lib/dates';
import { formatMoney } from '@/lib/money';

import type { ImpactReview } from '../api/get-impact-review';
import { useUpdateImpactReview } from '../api/update-impact-review';

import {
  type ImpactFormValues,
  impactFormValues,
  type ManagerValues,
  toLearnerRequest,
  toManagerRequest,
  validateLearner,
  validateManager,
} from './impact-form-values';
import { IMPACT_LIMITS, ISOLATION_METHODS, isolationLabel, RATINGS } from './impact-vocabulary';
import { ReadOnlyField } from './read-only-field';
import { RoiFigures } from './roi-figures';
import { previewRoi } from './roi-preview';

export const IMPACT_CONFLICT_MESSAGE = 'This impact review was changed by someone else — reload and try again';

type Submission = 'learner' | 'draft' | 'record';
type Form = UseFormReturnType<ImpactFormValues>;

type ImpactReviewFormProps = {
  review: ImpactReview;
  /** Re-reads the review, e.g. after a version conflict. */
  onReload: () => void;
};

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

const ratingText = (rating: number | null) => (rating === null ? null : `${rating} of 5`);

function RatingInput({ form, path, label, description }: { form: Form; path: string; label: string; description: string }) {
  return (
    <Radio.Group label={label} description={description} {...form.getInputProps(path)}>
      <Group gap="md" mt="xs">
        {RATINGS.map((rating) => (
          <Radio key={rating} value={rating} label={rating} />
        ))}
      </Group>
    </Radio.Group>
  );
}

function TextArea({ form, path, label, description }: { form: Form; path: string; label: string; description?: string }) {
  return (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      maxLength={IMPACT_LIMITS.text}
      {...form.getInputProps(path)}
    />
  );
}

function MoneyInput({ form, field, label, description }: { form: Form; field: keyof ManagerValues['money']; label: string; description?: string }) {
  return (
    <NumberInput
      label={label}
      description={description}
      prefix="£"
      min={0}
      max={IMPACT_LIMITS.money}
      decimalScale={2}
      allowNegative={false}
      {...form.getInputProps(`manager.money.${field}`)}
    />
  );
}

/**
 * An impact review as one form, laid out by Kirkpatrick's levels and Phillips' ROI: the learner's
 * reaction, then the manager's learning, behaviour, results, isolation, money and what next. Each
 * side edits only its own part, as `can` says; the other part is shown read-only. While the
 * manager types, the ROI is worked out as a preview; the stored figures are the server's.
 */
export function ImpactReviewForm({ review, onReload }: ImpactReviewFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState<Submission | null>(null);
  const update = useUpdateImpactReview();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<ImpactFormValues>({ mode: 'controlled', initialValues: impactFormValues(review) });
  const { can } = review;
  const learnerEdits = !!can.writeLearnerPart;
  const managerEdits = !!can.writeManagerPart;
  const values = form.values.manager;
  const outcomesError = form.errors['manager.outcomes'];

  const focusFirstError = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (submission: Submission) => {
    setProblem(null);
    form.clearErrors();
    const current = form.getValues();
    const errors =
      submission === 'learner'
        ? validateLearner(current.learner)
        : validateManager(current.manager, submission === 'record', review.results.baselineDate, todayIso());
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstError();
      return;
    }
    setBusy(submission);
    try {
      if (submission === 'learner') {
        await update.mutateAsync({ id: review.id, version: review.version, learner: toLearnerRequest(current.learner) });
        notifications.show({ color: 'green', message: 'Your part of the impact review is saved' });
      } else {
        const record = submission === 'record';
        await update.mutateAsync({ id: review.id, version: review.version, manager: toManagerRequest(current.manager, record) });
        notifications.show({ color: 'green', message: record ? 'Impact review recorded' : 'Draft of the impact review saved' });
      }
    } catch (error) {
      const found = applyServerErrors(form, error, { conflictMessage: IMPACT_CONFLICT_MESSAGE });
      // Recorded meanwhile, or too early: the message says which; reloading shows the review as it is.
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

  const preview = previewRoi({ ...values.money, ...values.isolation });
  const { results, money, isolation, behaviour, reaction } = review;
  const unit = results.measureUnit;

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit}>
      <Stack gap="xl">
        <FormErrorAlert problem={problem} onReload={onReload} />

        <Section
          title="Reaction"
          description={
            learnerEdits
              ? 'How relevant and valuable was the learning to you? Your manager sees your view.'
              : `${review.learnerName}’s view of the learning’s relevance and value.`
          }
        >
          {learnerEdits ? (
            <>
              <RatingInput form={form} path="learner.reactionRating" label="Relevance and value" description="1 (poor) to 5 (excellent)." />
              <TextArea form={form} path="learner.reactionComment" label="Comment" description="What was useful, what was not." />
              <Group justify="flex-end">
                <Button onClick={() => void submit('learner')} loading={busy === 'learner'}>
                  Save my part
                </Button>
              </Group>
            </>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <ReadOnlyField label="Relevance and value" empty="Not rated yet.">
                {ratingText(reaction.rating)}
              </ReadOnlyField>
              <div style={{ gridColumn: 'span 2' }}>
                <ReadOnlyField label="Comment" empty="No comment yet.">
                  {reaction.comment}
                </ReadOnlyField>
              </div>
              {reaction.writtenAt && (
                <Text size="xs" c="dimmed">
                  Written by {reaction.writtenByName} on {formatDateTime(reaction.writtenAt)}
                </Text>
              )}
            </SimpleGrid>
          )}
        </Section>

        <Section title="Learning" description="Was each learning outcome achieved? With the evidence.">
          {outcomesError && <Input.Error role="alert">{outcomesError}</Input.Error>}
          {review.outcomes.map((outcome, position) => (
            <Fieldset key={outcome.index} legend={`Outcome ${outcome.index + 1}: ${outcome.outcome}`} variant="filled">
              {managerEdits ? (
                <SimpleGrid cols={{ base: 1, md: 3 }}>
                  <Radio.Group label="Achieved?" {...form.getInputProps(`manager.outcomes.${position}.achieved`)}>
                    <Group gap="md" mt="xs">
                      <Radio value="yes" label="Yes" />
                      <Radio value="no" label="No" />
                    </Group>
                  </Radio.Group>
                  <div style={{ gridColumn: 'span 2' }}>
                    <TextArea form={form} path={`manager.outcomes.${position}.evidence`} label="Evidence" />
                  </div>
                </SimpleGrid>
              ) : (
                <SimpleGrid cols={{ base: 1, md: 3 }}>
                  <ReadOnlyField label="Achieved?" empty="Not assessed yet.">
                    {outcome.achieved === null ? null : outcome.achieved ? 'Yes' : 'No'}
                  </ReadOnlyField>
                  <div style={{ gridColumn: 'span 2' }}>
                    <ReadOnlyField label="Evidence">{outcome.evidence}</ReadOnlyField>
                  </div>
                </SimpleGrid>
              )}
            </Fieldset>
          ))}
        </Section>

        <Section title="Behaviour" description="Is the learning applied at work?">
          {managerEdits ? (
            <>
              <TextArea form={form} path="manager.behaviour.examples" label="Examples" description="Where the learning has been applied." />
              <RatingInput
                form={form}
                path="manager.behaviour.transferRating"
                label="Transfer rating"
                description="How far the learning transferred to the job: 1 (not at all) to 5 (fully)."
              />
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                <TextArea form={form} path="manager.behaviour.barriers" label="Barriers" />
                <TextArea form={form} path="manager.behaviour.enablers" label="Enablers" />
              </SimpleGrid>
            </>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <ReadOnlyField label="Examples">{behaviour.examples}</ReadOnlyField>
              <ReadOnlyField label="Transfer rating" empty="Not rated yet.">
                {ratingText(behaviour.transferRating)}
              </ReadOnlyField>
              <ReadOnlyField label="Barriers">{behaviour.barriers}</ReadOnlyField>
              <ReadOnlyField label="Enablers">{behaviour.enablers}</ReadOnlyField>
            </SimpleGrid>
          )}
        </Section>

        <Section title="Results" description="The contract’s business measure, against its baseline.">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <ReadOnlyField label="Measure">{results.measureName}</ReadOnlyField>
            <ReadOnlyField label="Unit">{unit}</ReadOnlyField>
            <ReadOnlyField label="Baseline value">{String(results.baselineValue)}</ReadOnlyField>
            <ReadOnlyField label="Baseline date">{formatDate(results.baselineDate)}</ReadOnlyField>
          </SimpleGrid>
          {managerEdits ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput label={`Value now (${unit})`} decimalScale={4} {...form.getInputProps('manager.results.valueNow')} />
              <TextInput
                label="Measured on"
                description="Today or earlier, not before the baseline."
                type="date"
                min={results.baselineDate}
                max={todayIso()}
                {...form.getInputProps('manager.results.valueNowOn')}
              />
            </SimpleGrid>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <ReadOnlyField label="Value now" empty="Not measured yet.">
                {results.valueNow === null ? null : `${results.valueNow} ${unit}`}
              </ReadOnlyField>
              <ReadOnlyField label="Measured on" empty="—">
                {results.valueNowOn && formatDate(results.valueNowOn)}
              </ReadOnlyField>
              <ReadOnlyField label="Change" empty="—">
                {results.change === null ? null : `${results.change > 0 ? '+' : ''}${results.change} ${unit}`}
              </ReadOnlyField>
            </SimpleGrid>
          )}
        </Section>

        <Section title="Isolation" description="How much of the change is due to the learning, and how sure that estimate is.">
          {managerEdits ? (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                label="Method"
                data={[{ value: '', label: 'Choose a method' }, ...ISOLATION_METHODS]}
                {...form.getInputProps('manager.isolation.method')}
              />
              <NumberInput
                label="Attribution (%)"
                description="Share of the change due to the learning."
                min={0}
                max={100}
                decimalScale={2}
                allowNegative={false}
                suffix=" %"
                {...form.getInputProps('manager.isolation.attributionPercent')}
              />
              <NumberInput
                label="Confidence (%)"
                description="How sure you are of that share."
                min={0}
                max={100}
                decimalScale={2}
                allowNegative={false}
                suffix=" %"
                {...form.getInputProps('manager.isolation.confidencePercent')}
              />
            </SimpleGrid>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <ReadOnlyField label="Method" empty="Not chosen yet.">
                {isolation.method && isolationLabel(isolation.method)}
              </ReadOnlyField>
              <ReadOnlyField label="Attribution" empty="—">
                {isolation.attributionPercent === null ? null : `${isolation.attributionPercent} %`}
              </ReadOnlyField>
              <ReadOnlyField label="Confidence" empty="—">
                {isolation.confidencePercent === null ? null : `${isolation.confidencePercent} %`}
              </ReadOnlyField>
            </SimpleGrid>
          )}
        </Section>

        <Section title="Money" description="The benefit, and the fully loaded costs of the learning. Intangibles are listed, not given a value.">
          {managerEdits ? (
            <>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <MoneyInput form={form} field="benefitPerUnit" label={`Benefit per unit (${unit})`} />
                <MoneyInput form={form} field="annualisedBenefit" label="Annualised benefit" description="Before attribution and confidence." />
              </SimpleGrid>
              <Title order={3} size="h5">
                Costs
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                <MoneyInput form={form} field="fees" label="Fees" description="From the contract; correct it if needed." />
                <MoneyInput form={form} field="travel" label="Travel" />
                <MoneyInput form={form} field="materials" label="Materials" />
                <NumberInput
                  label="Learner hours"
                  min={0}
                  max={IMPACT_LIMITS.hours}
                  decimalScale={2}
                  allowNegative={false}
                  {...form.getInputProps('manager.money.learnerHours')}
                />
                <MoneyInput form={form} field="loadedHourlyRate" label="Loaded hourly rate" description="Pay with on-costs, per hour." />
                <MoneyInput form={form} field="backfill" label="Backfill" />
                <MoneyInput form={form} field="managerTime" label="Manager time" />
              </SimpleGrid>
              <TextArea form={form} path="manager.money.intangibles" label="Intangibles" description="Benefits not given a money value, e.g. morale, customer satisfaction." />
              <RoiFigures
                preview
                title="ROI preview"
                description="Worked out as you type, the way the server does it. The stored figures are the server’s, after saving."
                figures={preview}
              />
            </>
          ) : (
            <>
              <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }}>
                <ReadOnlyField label="Benefit per unit" empty="—">{money.benefitPerUnit === null ? null : formatMoney(money.benefitPerUnit)}</ReadOnlyField>
                <ReadOnlyField label="Annualised benefit" empty="—">{money.annualisedBenefit === null ? null : formatMoney(money.annualisedBenefit)}</ReadOnlyField>
                <ReadOnlyField label="Fees" empty="—">{money.fees === null ? null : formatMoney(money.fees)}</ReadOnlyField>
                <ReadOnlyField label="Travel" empty="—">{money.travel === null ? null : formatMoney(money.travel)}</ReadOnlyField>
                <ReadOnlyField label="Materials" empty="—">{money.materials === null ? null : formatMoney(money.materials)}</ReadOnlyField>
                <ReadOnlyField label="Learner hours" empty="—">{money.learnerHours === null ? null : String(money.learnerHours)}</ReadOnlyField>
                <ReadOnlyField label="Loaded hourly rate" empty="—">{money.loadedHourlyRate === null ? null : formatMoney(money.loadedHourlyRate)}</ReadOnlyField>
                <ReadOnlyField label="Backfill" empty="—">{money.backfill === null ? null : formatMoney(money.backfill)}</ReadOnlyField>
                <ReadOnlyField label="Manager time" empty="—">{money.managerTime === null ? null : formatMoney(money.managerTime)}</ReadOnlyField>
              </SimpleGrid>
              <ReadOnlyField label="Intangibles" empty="None listed.">
                {money.intangibles}
              </ReadOnlyField>
            </>
          )}
          <RoiFigures
            title={review.status === 'Completed' ? 'ROI (recorded)' : 'ROI (as saved)'}
            description="The server’s figures, from what was last saved."
            figures={review.figures}
          />
        </Section>

        <Section title="What next" description="Further development, or how to keep the learning in use.">
          {managerEdits ? (
            <TextArea form={form} path="manager.whatNext" label="What next" />
          ) : (
            <ReadOnlyField label="What next">{review.whatNext}</ReadOnlyField>
          )}
        </Section>

        {managerEdits && (
          <Stack gap="xs">
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void submit('draft')} loading={busy === 'draft'} disabled={busy === 'record'}>
                Save draft
              </Button>
              <Button onClick={() => void submit('record')} loading={busy === 'record'} disabled={busy === 'draft'}>
                Record impact review
              </Button>
            </Group>
            <Text size="xs" c="dimmed" ta="right">
              {can.record
                ? 'Recording closes the review for you both: mark every outcome, rate the transfer, give the value now with its date and the isolation first.'
                : `The review can be recorded from ${formatDate(review.windowOpensOn)}; until then, save drafts.`}
            </Text>
          </Stack>
        )}
      </Stack>
    </form>
  );
}
