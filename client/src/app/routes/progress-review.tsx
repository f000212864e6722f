import { Button } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useProgressReview } from '@/features/progress-reviews/api/get-progress-review';
import { ProgressReviewView, reviewTitle } from '@/features/progress-reviews/components/progress-review-view';
import { useUser } from '@/lib/auth';

/** One progress review: the learner writes their part, the line manager records it, the mentor adds notes. */
export function ProgressReviewRoute() {
  const { id = '' } = useParams();
  const user = useUser();
  const review = useProgressReview(id);
  const record = review.data;

  return (
    <>
      <PageHeader
        title={record ? `${reviewTitle(record)}: ${record.learnerName}` : 'Progress review'}
        description={record ? `${record.solutionDescription} · ${record.learnerName} with ${record.managerName}` : undefined}
        actions={
          record && (
            <Button component={Link} to={paths.contractReviews.href(record.contractId)} variant="default">
              All reviews of this contract
            </Button>
          )
        }
      />
      {review.isPending ? (
        <LoadingState label="Loading the review" />
      ) : review.isError ? (
        <QueryError error={review.error} onRetry={() => void review.refetch()} />
      ) : (
        <ProgressReviewView review={review.data} user={user} onReload={() => void review.refetch()} />
      )}
    </>
  );
}
