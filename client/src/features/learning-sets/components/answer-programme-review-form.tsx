import { Alert, Button, Card, Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { applyServerErrors, FormErrorAlert, type FormProblem } from '@/components/ui/form-errors';
import { formatDateTime } from '@/lib/dates';

import { useAnswerProgrammeReview } from '../api/answer-programme-review';
import type { ProgrammeReviewAnswer } from '../api/get-programme-review-answer';

import { answerValues, type AnswerValues, toAnswerRequest, validateAnswer } from './answer-values';
import { REVIEW_ISSUES, REVIEW_LIMITS, VALUE_RATINGS } from './review-vocabulary';

const CONFLICT_MESSAGE = 'This answer was changed elsewhere first — reload to see it, then try again';

/** Who the goal questions are about, in the words of the one answering. */
function goalQuestions(answer: ProgrammeReviewAnswer) {
  if (answer.respondentRole === 'Member')
    return { achieved: 'Did you achieve your development goal?', second: 'Have you started a second phase of development?' };
  const name = answer.aboutMember?.name ?? 'the member';
  return { achieved: `Did ${name} achieve their development goal?`, second: `Has ${name} started a second phase of development?` };
}

const roleIntro = (answer: ProgrammeReviewAnswer) =>
  answer.respondentRole === 'Facilitator'
    ? 'You answer as the set’s facilitator.'
    : answer.respondentRole === 'SponsoringManager'
      ? `You answer as ${answer.aboutMember?.name ?? 'a member'}’s line manager, who sponsored their place in the set.`
      : 'You answer as a member of the set.';

type AnswerProgrammeReviewFormProps = {
  answer: ProgrammeReviewAnswer;
  onReload: () => void;
};

/** The respondent's answer: the programme's value, its strengths and issues and, when asked, the member's goal. */
export function AnswerProgrammeReviewForm({ answer, onReload }: AnswerProgrammeReviewFormProps) {
  const save = useAnswerProgrammeReview();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const form = useForm<AnswerValues>({
    mode: 'controlled',
    initialValues: answerValues(answer),
    validate: validateAnswer(answer.asksAboutGoal),
  });
  const questions = goalQuestions(answer);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const saved = await save.mutateAsync({ id: answer.id, ...toAnswerRequest(values, answer) });
      notifications.show({ color: 'green', message: 'Thank you — your answer is saved' });
      form.resetDirty(answerValues(saved));
    } catch (error) {
      setProblem(applyServerErrors(form, error, { conflictMessage: CONFLICT_MESSAGE }));
    }
  });

  return (
    <Card withBorder padding="lg" maw={760}>
      <form noValidate onSubmit={submit} aria-label="Programme review">
        <Stack gap="lg">
          <Text size="sm">{roleIntro(answer)} Your ratings are counted with everyone else’s; your comments are shown by role, never by name.</Text>
          {answer.answered && (
            <Alert color="green" title="You have answered">
              <Text size="sm">Answered {formatDateTime(answer.answeredAt)}. You may change your answer.</Text>
            </Alert>
          )}
          <FormErrorAlert problem={problem} onReload={onReload} />
          <Radio.Group label="How valuable was the programme?" required {...form.getInputProps('valueRating')}>
            <Group mt="xs">
              {VALUE_RATINGS.map((rating) => (
                <Radio key={rating.value} value={rating.value} label={rating.label} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label="Strengths"
            description="What worked well."
            autosize
            minRows={2}
            maxLength={REVIEW_LIMITS.text}
            {...form.getInputProps('strengths')}
          />
          <Checkbox.Group label="Issues" description="Anything that got in the way." {...form.getInputProps('issues')}>
            <Stack gap="xs" mt="xs">
              {REVIEW_ISSUES.map((issue) => (
                <Checkbox key={issue.value} value={issue.value} label={issue.label} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Textarea
            label="About the issues"
            description="Required when you tick Other."
            required={form.values.issues.includes('Other')}
            autosize
            minRows={2}
            maxLength={REVIEW_LIMITS.text}
            {...form.getInputProps('issuesNote')}
          />
          {answer.asksAboutGoal && (
            <>
              <Radio.Group label={questions.achieved} required {...form.getInputProps('achievedGoal')}>
                <Group mt="xs">
                  <Radio value="yes" label="Yes" />
                  <Radio value="no" label="No" />
                </Group>
              </Radio.Group>
              <Radio.Group label={questions.second} required {...form.getInputProps('startedSecondPhase')}>
                <Group mt="xs">
                  <Radio value="yes" label="Yes" />
                  <Radio value="no" label="No" />
                </Group>
              </Radio.Group>
            </>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              {answer.answered ? 'Save my changed answer' : 'Send my answer'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
