import { useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { AdviceRequestDetails } from '@/features/advice/components/advice-request-details';
import { useAdviceRequest } from '@/features/advice/api/get-advice-request';
import { hasRole, ROLES, useUser } from '@/lib/auth';

import { useOfferingChoices, useSolutionTypeChoices } from './use-solution-choices';

/** One request for advice: the manager reads HR's answer and adopts recommendations; HR answers. */
export default function AdviceRequestRoute() {
  const { id = '' } = useParams();
  const user = useUser();
  const isHr = hasRole(user, ROLES.hr);
  const request = useAdviceRequest(id);
  const types = useSolutionTypeChoices();
  const offerings = useOfferingChoices(isHr);

  return (
    <>
      <PageHeader
        title={request.data ? `Advice request: ${request.data.needTitle}` : 'Advice request'}
        description={request.data ? `For ${request.data.learnerName}` : undefined}
      />
      <AdviceRequestDetails id={id} viewerId={user.id} isHr={isHr} offerings={offerings} solutionTypeName={types.nameOf} />
    </>
  );
}
