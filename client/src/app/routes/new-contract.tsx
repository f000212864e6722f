import { useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { NewContract } from '@/features/contracts/components/contract-editor';
import { useDevelopmentNeed } from '@/features/development/api/get-development-need';

import { ContractMentorSelect } from './contract-mentor-select';

/** The line manager drafts a contract from a need (`development`) with its selected solution (`contracts`). */
export function NewContractRoute() {
  const { needId = '' } = useParams();
  const need = useDevelopmentNeed(needId);
  const record = need.data;

  return (
    <>
      <PageHeader
        title={record ? `Draft a contract: ${record.title}` : 'Draft a contract'}
        description={record ? `A learning contract with ${record.learnerName}, pre-filled from the need and its selected solution.` : undefined}
      />
      {need.isPending ? (
        <LoadingState label="Loading the development need" />
      ) : need.isError ? (
        <QueryError error={need.error} onRetry={() => void need.refetch()} />
      ) : (
        <NewContract
          need={{
            id: need.data.id,
            title: need.data.title,
            learnerName: need.data.learnerName,
            learningOutcomes: need.data.learningOutcomes,
          }}
          renderMentorField={(props) => <ContractMentorSelect {...props} learnerId={need.data.learnerId} />}
        />
      )}
    </>
  );
}
