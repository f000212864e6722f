import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

import { formatDate, formatDateTime } from '@/lib/dates';

import type { ImpactReview } from '../api/get-impact-review';

import { ImpactReviewForm } from './impact-review-form';
import { ImpactStatusBadge } from './impact-vocabulary';
import { SecondPhase } from './second-phase';

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

function Situation({ review }: { review: ImpactReview }) {
  switch (review.status) {
    case 'Completed':
      return (
        <Alert color="green" variant="light" title={`Recorded on ${formatDateTime(review.completedAt)}${review.late ? ' — late' : ''}`} role="status">
          {review.completedByName ? `Recorded by ${review.completedByName}. ` : ''}
          {review.late
            ? `It was recorded after its window closed on ${formatDate(review.windowClosesOn)}. `
            : ''}
          The review can no longer be changed.
        </Alert>
      );
    case 'Overdue':
      return (
        <Alert color="red" variant="light" title="Overdue" role="status">
          The window closed on {formatDate(review.windowClosesOn)}. It can still be recorded, and will be marked late.
        </Alert>
      );
    case 'Due':
      return (
        <Alert color="orange" variant="light" title="Due" role="status">
          The review is due by {formatDate(review.windowClosesOn)}.
        </Alert>
      );
    case 'Pending':
      return (
        <Alert color="gray" variant="light" title="Not open yet" role="status">
          The window opens on {formatDate(review.windowOpensOn)}, a month after the learning finished; drafts can be saved before then.
        </Alert>
      );
    default:
      return null;
  }
}

type ImpactReviewViewProps = {
  review: ImpactReview;
  /** The learner's plan, where a second phase appears. */
  planHref: string;
  onReload: () => void;
};

/** An impact review: where it stands (window, status, late), the form by level, and what next. */
export function ImpactReviewView({ review, planHref, onReload }: ImpactReviewViewProps) {
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 6 }} m={0} aria-label="About this impact review">
          <Fact term="Learner">{review.learnerName}</Fact>
          <Fact term="Manager">{review.managerName}</Fact>
          <Fact term="Learning finished">{formatDate(review.learningCompletedOn)}</Fact>
          <Fact term="Window opens">{formatDate(review.windowOpensOn)}</Fact>
          <Fact term="Window closes">{formatDate(review.windowClosesOn)}</Fact>
          <Fact term="Status">
            <ImpactStatusBadge status={review.status} late={review.late} />
          </Fact>
        </SimpleGrid>
      </Paper>
      <Situation review={review} />
      {/* A new version (saved, recorded) starts the form again from what the server holds. */}
      <ImpactReviewForm key={`${review.id}:${review.version}`} review={review} onReload={onReload} />
      {(review.followOnNeedId || review.can.startSecondPhase) && (
        <Stack gap="xs" component="section" aria-labelledby="second-phase-heading">
          <Title order={2} size="h3" id="second-phase-heading">
            Second phase
          </Title>
          <SecondPhase review={review} planHref={planHref} onReload={onReload} />
        </Stack>
      )}
    </Stack>
  );
}
