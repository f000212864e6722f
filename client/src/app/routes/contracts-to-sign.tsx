import { PageHeader } from '@/components/ui/page-header';
import { ContractsToSign } from '@/features/contracts/components/contracts-to-sign';
import { useUser } from '@/lib/auth';

export function ContractsToSignRoute() {
  const user = useUser();
  return (
    <>
      <PageHeader
        title="Contracts to sign"
        description="Read the proposed terms in full, then sign them or ask for changes. A manager countersigns after the learner."
      />
      <ContractsToSign personId={user.id} />
    </>
  );
}
