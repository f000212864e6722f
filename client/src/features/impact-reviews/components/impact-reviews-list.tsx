import { Anchor, Badge, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState, LoadMore, QueryError } from '@/components/ui/query-state';
import { formatDate, parseIsoDate, todayIso } from '@/lib/dates';

import { IMPACT_LIST_STATUSES, type ImpactListStatus, type ImpactReviewSummary, useImpactReviews } from '../api/get-impact-reviews';

import { ImpactStatusBadge } from './impact-vocabulary';
import { formatPercent, formatRatio } from './roi-preview';

const TAB_LABELS: Record<ImpactListStatus, string> = {
  pending: 'Pending',
  due: 'Due',
  overdue: 'Overdue',
  completed: 'Completed',
};

const EMPTY: Record<ImpactListStatus, { title: string; description: string }> = {
  pending: { title: 'No reviews waiting to open', description: 'A review opens a month after learning is completed.' },
  due: { title: 'Nothing due', description: 'No impact review’s window is open now.' },
  overdue: { title: 'Nothing overdue', description: 'Every review whose window has closed has been recorded.' },
  completed: { title: 'No impact reviews recorded yet', description: 'Recorded reviews appear here with their ROI.' },
};

/** Whole days from one `YYYY-MM-DD` date to another. */
export function daysBetween(from: string, to: string): number {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (!start || !end) return 0;
  return Math.round((Date.UTC(end.getFullYear(), end.getMonth(), end.getDate()) - Date.UTC(start.getFullYear(), start.getMonth(), start.getDate())) / 86_400_000);
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The one date a row needs: when the window opens, when it closes, how long overdue, or the ROI. */
function When({ review, today }: { review: ImpactReviewSummary; today: string }) {
  switch (review.status) {
    case 'Pending':
      return <Text size="sm">Opens {formatDate(review.windowOpensOn)}</Text>;
    case 'Due':
      return <Text size="sm">Due by {formatDate(review.windowClosesOn)}</Text>;
    case 'Overdue': {
      // Overdue from the day after the window closed.
      const days = Math.max(1, daysBetween(review.windowClosesOn, today));
      return (
        <Text size="sm" c="red.8" fw={600}>
          Overdue by {plural(days, 'day', 'days')} (closed {formatDate(review.windowClosesOn)})
        </Text>
      );
    }
    case 'Completed':
      return (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {review.roiPercent === null ? 'ROI undefined' : `ROI ${formatPercent(review.roiPercent)}`}
          </Text>
          {review.benefitCostRatio !== null && (
            <Text size="xs" c="dimmed">
              BCR {formatRatio(review.benefitCostRatio)}
            </Text>
          )}
        </Stack>
      );
    default:
      return null;
  }
}

type ImpactReviewsListProps = {
  status: ImpactListStatus;
  onStatusChange: (status: ImpactListStatus) => void;
  reviewHref: (id: string) => string;
};

/** Impact reviews by status — pending, due, overdue, completed — the window closing soonest first. */
export function ImpactReviewsList({ status, onStatusChange, reviewHref }: ImpactReviewsListProps) {
  const query = useImpactReviews(status);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const today = todayIso();

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Status"
        value={status}
        onChange={(value) => onStatusChange(value as ImpactListStatus)}
        data={IMPACT_LIST_STATUSES.map((value) => ({ value, label: TAB_LABELS[value] }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {query.isPending ? (
        <LoadingState label="Loading impact reviews" />
      ) : query.isError && !query.isFetchNextPageError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState {...EMPTY[status]} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table aria-label={`${TAB_LABELS[status]} impact reviews`} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Learning</Table.Th>
                  <Table.Th scope="col">Learner</Table.Th>
                  <Table.Th scope="col">Manager</Table.Th>
                  <Table.Th scope="col">Finished</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">{status === 'completed' ? 'Return' : 'When'}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((review) => (
                  <Table.Tr key={review.id}>
                    <Table.Td>
                      <Anchor component={Link} to={reviewHref(review.id)} size="sm" fw={500}>
                        {review.needTitle}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {review.solutionDescription}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{review.learnerName}</Text>
                      {review.reactionWritten && (
                        <Badge size="xs" variant="light" color="blue">
                          Reaction given
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{review.managerName}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(review.learningCompletedOn)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <ImpactStatusBadge status={review.status} late={review.late} />
                    </Table.Td>
                    <Table.Td>
                      <When review={review} today={today} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <LoadMore query={query} what="impact reviews" />
        </>
      )}
    </Stack>
  );
}
