import { Alert, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { formatDate } from '@/lib/dates';

import type { ProgressReview } from '../api/get-progress-review';

import { MentoringNotes } from './mentoring-notes';
import { ReviewForm } from './review-form';
import { ReviewStateBadge } from './review-state-badge';
import { formatHours, reviewName } from './review-vocabulary';

/** "Progress review 2", for the page title. */
export const reviewTitle = (review: Pick<ProgressReview, 'sequence'>) =>
  review.sequence ? `Progress review ${review.sequence}` : 'Cancelled progress review';

type ProgressReviewViewProps = {
  review: ProgressReview;
  user: { id: string; displayName: string };
  onReload: () => void;
};

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={700}>
        {term}
      </Text>
      <Text component="dd" size="sm" fw={500} m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Where the review stands: its date and state, the period it covers and the time allowed against the time given. */
function ReviewFacts({ review }: { review: ProgressReview }) {
  const periodTo = review.heldOn ?? review.scheduledOn;
  return (
    <Paper withBorder p="md" radius="md">
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 6 }} m={0} aria-label="About this review">
        <Fact term="Learner">{review.learnerName}</Fact>
        <Fact term="Manager">{review.managerName}</Fact>
        {review.mentorName && <Fact term="Mentor">{review.mentorName}</Fact>}
        <Fact term="Scheduled for">{formatDate(review.scheduledOn)}</Fact>
        <Fact term="State">
          <ReviewStateBadge state={review.state} />
        </Fact>
        <Fact term="Period">
          {formatDate(review.periodFrom)} – {formatDate(periodTo)}
        </Fact>
        <Fact term="Time allowed">{formatHours(review.timeAllowedHours)}</Fact>
        <Fact term="Time given">{review.timeGivenHours === null ? 'Not recorded yet' : formatHours(review.timeGivenHours)}</Fact>
      </SimpleGrid>
    </Paper>
  );
}

function Situation({ review }: { review: ProgressReview }) {
  switch (review.state) {
    case 'Held':
      return (
        <Alert color="green" variant="light" title={`Held on ${formatDate(review.heldOn)}`} role="status">
          The review is recorded and can no longer be changed.
        </Alert>
      );
    case 'Cancelled':
      return (
        <Alert color="gray" variant="light" title="This review was cancelled" role="status">
          {review.cancelledReason ?? 'No reason was given.'}
        </Alert>
      );
    case 'Overdue':
      return (
        <Alert color="red" variant="light" title={`${reviewName(review.sequence)} is overdue`} role="status">
          It was due on {formatDate(review.scheduledOn)} and has not been recorded as held.
        </Alert>
      );
    case 'Due':
      return (
        <Alert color="orange" variant="light" title={`${reviewName(review.sequence)} is due`} role="status">
          It is due on {formatDate(review.scheduledOn)}.
        </Alert>
      );
    default:
      return null;
  }
}

/** A progress review: its facts, the two parts as one form and the mentor's notes. */
export function ProgressReviewView({ review, user, onReload }: ProgressReviewViewProps) {
  return (
    <Stack gap="lg">
      <ReviewFacts review={review} />
      <Situation review={review} />
      {/* A new version (saved, recorded) starts the form again from what the server holds. */}
      <ReviewForm key={`${review.id}:${review.version}`} review={review} user={user} onReload={onReload} />
      <MentoringNotes review={review} />
    </Stack>
  );
}
