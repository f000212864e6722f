import { useParams } from 'react-router';

import { ContractPrint } from '@/features/contracts/components/contract-print';

/** A printable contract, outside the app shell so that only the document prints. */
export function ContractPrintRoute() {
  const { id = '' } = useParams();
  return <ContractPrint id={id} />;
}
