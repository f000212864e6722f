import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { IMPACT_LIST_STATUSES, type ImpactListStatus } from '@/features/impact-reviews/api/get-impact-reviews';
import { ImpactReviewsList } from '@/features/impact-reviews/components/impact-reviews-list';
import { hasRole, ROLES, useUser } from '@/lib/auth';

const isStatus = (value: string | null): value is ImpactListStatus =>
  (IMPACT_LIST_STATUSES as readonly (string | null)[]).includes(value);

/**
 * Impact reviews by status. Managers start on those due; HR on those overdue, its escalation list.
 * The status is in the address (`?status=overdue`) so that a list can be linked to.
 */
export default function ImpactReviewsRoute() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const requested = params.get('status');
  const isHr = hasRole(user, ROLES.hr);
  const status: ImpactListStatus = isStatus(requested) ? requested : isHr && !user.isManager ? 'overdue' : 'due';

  return (
    <>
      <PageHeader
        title="Impact reviews"
        description={
          isHr
            ? 'A month to three months after learning is completed, its impact is reviewed. Overdue reviews are escalated to HR.'
            : 'A month to three months after learning is completed, review its impact with the learner: reaction, learning, behaviour, results and ROI.'
        }
      />
      <ImpactReviewsList
        status={status}
        onStatusChange={(next) => setParams({ status: next }, { replace: true })}
        reviewHref={paths.impactReview.href}
      />
    </>
  );
}
