import { PageHeader } from '@/components/ui/page-header';
import { AdviceRequestsTable } from '@/features/advice/components/advice-requests-table';

/** HR's queue of managers' questions, oldest first. */
export default function AdviceQueueRoute() {
  return (
    <>
      <PageHeader
        title="Advice queue"
        description="Managers’ questions about policy, preferred suppliers and possible solutions, oldest first."
      />
      <AdviceRequestsTable mode="queue" />
    </>
  );
}
