import { PageHeader } from '@/components/ui/page-header';
import { AdviceRequestsTable } from '@/features/advice/components/advice-requests-table';

/** The requests for advice the manager made, with HR's answers. */
export default function AdviceRequestsRoute() {
  return (
    <>
      <PageHeader
        title="My advice requests"
        description="What you asked HR about your reports’ needs, and the offerings HR recommends."
      />
      <AdviceRequestsTable mode="mine" />
    </>
  );
}
