import { Button } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useImpactReview } from '@/features/impact-reviews/api/get-impact-review';
import { ImpactReviewView } from '@/features/impact-reviews/components/impact-review-view';
import { useUser } from '@/lib/auth';

/** One impact review: the learner gives their reaction, the line manager reviews the rest and records it. */
export function ImpactReviewRoute() {
  const { id = '' } = useParams();
  const user = useUser();
  const review = useImpactReview(id);
  const record = review.data;

  return (
    <>
      <PageHeader
        title={record ? `Impact review: ${record.needTitle}` : 'Impact review'}
        description={record ? `${record.solutionDescription} · ${record.learnerName} with ${record.managerName}` : undefined}
        actions={
          record && (
            <Button component={Link} to={paths.contract.href(record.contractId)} variant="default">
              The contract
            </Button>
          )
        }
      />
      {review.isPending ? (
        <LoadingState label="Loading the impact review" />
      ) : review.isError ? (
        <QueryError error={review.error} onRetry={() => void review.refetch()} />
      ) : (
        <ImpactReviewView
          review={review.data}
          planHref={review.data.learnerId === user.id ? paths.plan.href() : paths.personPlan.href(review.data.learnerId)}
          onReload={() => void review.refetch()}
        />
      )}
    </>
  );
}
