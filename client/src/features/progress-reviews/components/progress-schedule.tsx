import { Alert, Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/dates';

import { type ProgressSchedule as Schedule, type ReviewSummary, useProgressSchedule } from '../api/get-progress-schedule';

import { OverallStatusBadge, ReviewStateBadge } from './review-state-badge';
import { formatHours, plural, reviewName } from './review-vocabulary';

type ProgressScheduleProps = {
  contractId: string;
  contractStatus: string;
  /** When the learning starts (or started): the empty schedule says so. */
  startDate: string | null;
};

function Summary({ schedule }: { schedule: Schedule }) {
  const facts = [
    { term: 'Next review', value: schedule.nextReviewOn ? formatDate(schedule.nextReviewOn) : 'None scheduled' },
    { term: 'Reviews', value: schedule.reviewCadenceWeeks ? `Every ${plural(schedule.reviewCadenceWeeks, 'week', 'weeks')}` : '—' },
    { term: 'Time allowed', value: schedule.hoursPerWeek ? `${formatHours(schedule.hoursPerWeek)} a week` : '—' },
    { term: 'Open actions', value: String(schedule.openActions) },
  ];
  return (
    <Group component="dl" gap="xl" m={0} aria-label="Schedule summary">
      {facts.map((fact) => (
        <div key={fact.term}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={700}>
            {fact.term}
          </Text>
          <Text component="dd" size="sm" fw={500} m={0}>
            {fact.value}
          </Text>
        </div>
      ))}
    </Group>
  );
}

/** Reviews waiting to be held: overdue ones first, then those due this week. */
function Attention({ reviews }: { reviews: readonly ReviewSummary[] }) {
  const overdue = reviews.filter((review) => review.state === 'Overdue');
  const due = reviews.filter((review) => review.state === 'Due');
  if (overdue.length === 0 && due.length === 0) return null;
  const describe = (review: ReviewSummary) => `${reviewName(review.sequence)} (${formatDate(review.scheduledOn)})`;
  return (
    <Stack gap="xs">
      {overdue.length > 0 && (
        <Alert color="red" variant="light" title={overdue.length === 1 ? 'A review is overdue' : `${overdue.length} reviews are overdue`}>
          <Text size="sm">{overdue.map(describe).join(', ')}: the date has passed and it has not been recorded as held.</Text>
        </Alert>
      )}
      {due.length > 0 && (
        <Alert color="orange" variant="light" title={due.length === 1 ? 'A review is due this week' : `${due.length} reviews are due this week`}>
          <Text size="sm">{due.map(describe).join(', ')}.</Text>
        </Alert>
      )}
    </Stack>
  );
}

function ScheduleTable({ reviews }: { reviews: readonly ReviewSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label="Progress reviews">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Review</Table.Th>
            <Table.Th scope="col">Date</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            <Table.Th scope="col">Held on</Table.Th>
            <Table.Th scope="col">Overall</Table.Th>
            <Table.Th scope="col">Learner’s part</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reviews.map((review) => (
            <Table.Tr key={review.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={paths.progressReview.href(review.id)} size="sm">
                  {reviewName(review.sequence)}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Text size="sm" td={review.state === 'Cancelled' ? 'line-through' : undefined}>
                  {formatDate(review.scheduledOn)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <ReviewStateBadge state={review.state} />
                  {review.cancelledReason && (
                    <Text size="xs" c="dimmed">
                      {review.cancelledReason}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(review.heldOn)}</Text>
              </Table.Td>
              <Table.Td>{review.overallStatus ? <OverallStatusBadge status={review.overallStatus} /> : <Text size="sm">—</Text>}</Table.Td>
              <Table.Td>
                <Text size="sm">{review.learnerPartWritten ? 'Written' : review.state === 'Cancelled' ? '—' : 'Not yet'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A contract's progress reviews: what is due next, what is overdue, and every review to open. */
export function ProgressScheduleView({ contractId, contractStatus, startDate }: ProgressScheduleProps) {
  const schedule = useProgressSchedule(contractId);

  if (schedule.isPending) return <LoadingState label="Loading the progress reviews" />;
  if (schedule.isError) {
    return <QueryError title="Could not load the progress reviews" error={schedule.error} onRetry={() => void schedule.refetch()} />;
  }
  const { reviews } = schedule.data;

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        Progress reviews
      </Title>
      {reviews.length === 0 ? (
        <EmptyState
          title="No reviews scheduled yet"
          description={
            contractStatus === 'Withdrawn'
              ? 'The contract was withdrawn before any review was scheduled.'
              : startDate
              ? `Reviews are scheduled when the learning starts on ${formatDate(startDate)}, from the first review date and cadence agreed in the contract.`
              : 'Reviews are scheduled when the learning starts, from the first review date and cadence agreed in the contract.'
          }
        />
      ) : (
        <>
          <Summary schedule={schedule.data} />
          <Attention reviews={reviews} />
          <ScheduleTable reviews={reviews} />
        </>
      )}
    </Stack>
  );
}
