import { Button, Checkbox, Group, Input, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';

import { useEnrolNeeds } from '../api/enrol-needs';
import type { CandidateNeed } from '../api/get-programme-candidates';

type EnrolFormProps = {
  programmeId: string;
  /** The needs that may be enrolled: the programme's cluster. */
  needs: readonly CandidateNeed[];
};

const MAX_AT_ONCE = 200;

/**
 * Enrols needs of the programme's cluster, all or none. A need the server refuses is named by
 * its place in the request (`needIds[1]`): the message lands on that need's checkbox.
 */
export function EnrolForm({ programmeId, needs }: EnrolFormProps) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const enrol = useEnrolNeeds();
  const groupLabelId = useId();
  const groupErrorId = useId();
  const errorIdPrefix = useId();
  const form = useForm({
    mode: 'controlled',
    initialValues: { needIds: [] as string[] },
    validate: {
      needIds: (value) =>
        value.length === 0
          ? 'Choose the needs to enrol.'
          : value.length > MAX_AT_ONCE
            ? `Enrol at most ${MAX_AT_ONCE} needs at a time.`
            : null,
    },
  });

  const chosen = new Set(form.values.needIds);
  // The request lists the needs in the order they are shown, so that a message about `needIds[i]` finds its need.
  const setChosen = (next: Set<string>) => {
    form.clearErrors();
    form.setFieldValue(
      'needIds',
      needs.map((need) => need.needId).filter((id) => next.has(id)),
    );
  };
  const toggle = (needId: string, checked: boolean) => {
    const next = new Set(chosen);
    if (checked) next.add(needId);
    else next.delete(needId);
    setChosen(next);
  };
  const allChosen = needs.length > 0 && needs.every((need) => chosen.has(need.needId));

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const programme = await enrol.mutateAsync({ id: programmeId, needIds: values.needIds });
      notifications.show({
        color: 'green',
        message: `${values.needIds.length} ${values.needIds.length === 1 ? 'need' : 'needs'} enrolled in ${programme.title}`,
      });
      form.reset();
    } catch (error) {
      setProblem(applyServerErrors(form, error, { itemFields: ['needIds'] }));
    }
  });

  if (needs.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No needs of this programme’s competency are waiting for a solution.
      </Text>
    );
  }

  const groupError = form.errors.needIds;
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <FormErrorAlert problem={problem} />
        <Stack gap="xs" role="group" aria-labelledby={groupLabelId} aria-describedby={groupError ? groupErrorId : undefined}>
          <Input.Label id={groupLabelId} component="div">
            Needs to enrol
          </Input.Label>
          <Checkbox
            label="All needs of the cluster"
            checked={allChosen}
            indeterminate={!allChosen && chosen.size > 0}
            onChange={(event) => setChosen(event.currentTarget.checked ? new Set(needs.map((need) => need.needId)) : new Set())}
          />
          {needs.map((need) => {
            const index = form.values.needIds.indexOf(need.needId);
            const error = index >= 0 ? form.errors[`needIds.${index}`] : undefined;
            const errorId = `${errorIdPrefix}-${need.needId}`;
            return (
              <Checkbox
                key={need.needId}
                ml="lg"
                label={`${need.title} — ${need.learnerName} (${need.orgUnitName})`}
                checked={chosen.has(need.needId)}
                onChange={(event) => toggle(need.needId, event.currentTarget.checked)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                error={error ? <span id={errorId}>{error}</span> : undefined}
              />
            );
          })}
          {groupError && <Input.Error id={groupErrorId}>{groupError}</Input.Error>}
        </Stack>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {chosen.size > 0 ? `Enrol ${chosen.size} ${chosen.size === 1 ? 'need' : 'needs'}` : 'Enrol needs'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
