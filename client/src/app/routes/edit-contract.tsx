import { useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { useContract } from '@/features/contracts/api/get-contract';
import { EditContract } from '@/features/contracts/components/contract-editor';

import { ContractMentorSelect } from './contract-mentor-select';

/** The line manager edits the draft terms: a new contract's, or an amendment's. */
export function EditContractRoute() {
  const { id = '' } = useParams();
  const contract = useContract(id);
  const record = contract.data;
  const number = record?.pending?.number;

  return (
    <>
      <PageHeader
        title={record ? `Edit contract: ${record.needTitle}` : 'Edit contract'}
        description={record ? `Version ${number ?? ''} of the terms with ${record.learnerName}` : undefined}
      />
      <EditContract
        id={id}
        renderMentorField={(current) => (props) => <ContractMentorSelect {...props} learnerId={current.learnerId} />}
      />
    </>
  );
}
