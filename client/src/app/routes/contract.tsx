import { Anchor, Button, Group, Stack, Tabs } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { type Contract, useContract } from '@/features/contracts/api/get-contract';
import { ContractDetails } from '@/features/contracts/components/contract-details';
import type { ContractViewer } from '@/features/contracts/components/contract-state';
import { useContractImpactReview } from '@/features/impact-reviews/api/get-impact-review';
import { ImpactReviewView } from '@/features/impact-reviews/components/impact-review-view';
import { IdeasBoard } from '@/features/ideas/components/ideas-board';
import { usePerson } from '@/features/people/api/get-person';
import { ProgressScheduleView } from '@/features/progress-reviews/components/progress-schedule';
import { useUser } from '@/lib/auth';

/** Which part of the contract page is open; each has its own address so that it can be linked to. */
export type ContractTab = 'contract' | 'reviews' | 'ideas' | 'impact';

/**
 * Whether the user signs this contract as its learner or their line manager, or only reads it
 * (a mentor, a manager further up, HR). The line may have changed since the contract was
 * drafted, so the learner's current manager counts too.
 */
function viewerOf(contract: Contract, userId: string, learnerManagerId: string | null | undefined): ContractViewer {
  if (contract.learnerId === userId) return 'learner';
  if (contract.managerId === userId || learnerManagerId === userId) return 'manager';
  return 'reader';
}

/** Once agreed, a contract has a review schedule (from its start) and an ideas board. */
const runsReviews = (contract: Contract) =>
  !!contract.inForce && ['Agreed', 'Active', 'Completed', 'Withdrawn'].includes(contract.status);

const TAB_HREF: Record<ContractTab, (id: string) => string> = {
  contract: paths.contract.href,
  reviews: paths.contractReviews.href,
  ideas: paths.contractIdeas.href,
  impact: paths.contractImpact.href,
};

/** The completed contract's impact review, in full; it opens when the contract completes. */
function ContractImpactReview({ contractId, learnerId, userId }: { contractId: string; learnerId: string; userId: string }) {
  const review = useContractImpactReview(contractId);
  if (review.isPending) return <LoadingState label="Loading the impact review" />;
  if (review.isError) return <QueryError error={review.error} onRetry={() => void review.refetch()} />;
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Anchor component={Link} to={paths.impactReview.href(review.data.id)} size="sm">
          Open the impact review on its own page
        </Anchor>
      </Group>
      <ImpactReviewView
        review={review.data}
        planHref={learnerId === userId ? paths.plan.href() : paths.personPlan.href(learnerId)}
        onReload={() => void review.refetch()}
      />
    </Stack>
  );
}

export function ContractRoute({ tab = 'contract' }: { tab?: ContractTab }) {
  const { id = '' } = useParams();
  const user = useUser();
  const navigate = useNavigate();
  const contract = useContract(id);
  const learnerId = contract.data && contract.data.learnerId !== user.id ? contract.data.learnerId : null;
  const learner = usePerson(learnerId);
  const record = contract.data;

  const details = (data: Contract) => (
    <ContractDetails
      contract={data}
      viewer={viewerOf(data, user.id, learner.data?.managerId)}
      onReload={() => void contract.refetch()}
    />
  );

  return (
    <>
      <PageHeader
        title={record ? `Contract: ${record.needTitle}` : 'Contract'}
        description={record ? `${record.learnerName} with ${record.managerName}` : undefined}
        actions={
          record && (
            <Button component={Link} to={paths.contractPrint.href(record.id)} variant="default">
              Print view
            </Button>
          )
        }
      />
      {contract.isPending ? (
        <LoadingState label="Loading the contract" />
      ) : contract.isError ? (
        <QueryError error={contract.error} onRetry={() => void contract.refetch()} />
      ) : !runsReviews(contract.data) ? (
        details(contract.data)
      ) : (
        <Tabs
          value={tab}
          onChange={(value) => value && navigate(TAB_HREF[value as ContractTab](contract.data.id))}
          keepMounted={false}
        >
          <Tabs.List mb="lg" aria-label="Parts of the contract">
            <Tabs.Tab value="contract">Contract</Tabs.Tab>
            <Tabs.Tab value="reviews">Progress reviews</Tabs.Tab>
            <Tabs.Tab value="ideas">Ideas</Tabs.Tab>
            {contract.data.status === 'Completed' && <Tabs.Tab value="impact">Impact review</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="contract">{details(contract.data)}</Tabs.Panel>
          <Tabs.Panel value="reviews">
            <ProgressScheduleView
              contractId={contract.data.id}
              contractStatus={contract.data.status}
              startDate={contract.data.inForce?.terms.startDate ?? null}
            />
          </Tabs.Panel>
          <Tabs.Panel value="ideas">
            <IdeasBoard
              contractId={contract.data.id}
              learnerName={contract.data.learnerName}
              canRaise={contract.data.learnerId === user.id && contract.data.status === 'Active'}
            />
          </Tabs.Panel>
          <Tabs.Panel value="impact">
            <ContractImpactReview contractId={contract.data.id} learnerId={contract.data.learnerId} userId={user.id} />
          </Tabs.Panel>
        </Tabs>
      )}
    </>
  );
}
