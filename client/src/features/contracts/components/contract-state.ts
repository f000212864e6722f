import { formatDate, formatDateTime } from '@/lib/dates';

import type { Contract } from '../api/get-contract';

import { completionOutcomeLabel } from './contract-vocabulary';

/** How the viewer stands to a contract: its learner, their line manager, or someone who may only read it (a mentor, HR). */
export type ContractViewer = 'learner' | 'manager' | 'reader';

const isClosed = (contract: Contract) => contract.status === 'Completed' || contract.status === 'Withdrawn';

/** The proposed terms wait for the learner's signature. */
export const awaitsLearner = (contract: Contract) =>
  !isClosed(contract) && contract.pending?.status === 'Proposed' && !contract.pending.learnerSignedAt;

/** The learner has signed the proposed terms; the manager countersigns next. */
export const awaitsManager = (contract: Contract) =>
  !isClosed(contract) &&
  contract.pending?.status === 'Proposed' &&
  !!contract.pending.learnerSignedAt &&
  !contract.pending.managerSignedAt;

/** Whether the viewer has a signature to give on this contract now. */
export const awaitsSignatureOf = (contract: Contract, viewer: ContractViewer) =>
  (viewer === 'learner' && awaitsLearner(contract)) || (viewer === 'manager' && awaitsManager(contract));

/** The contracts waiting for this person's signature: as the learner, or as the manager who drafted them. */
export const contractsToSign = (contracts: readonly Contract[], personId: string) =>
  contracts.filter(
    (contract) =>
      (contract.learnerId === personId && awaitsLearner(contract)) ||
      (contract.managerId === personId && contract.learnerId !== personId && awaitsManager(contract)),
  );

/** What the manager may do now. */
export const managerActions = (contract: Contract) => ({
  edit: !isClosed(contract) && contract.pending?.status === 'Draft',
  propose: !isClosed(contract) && contract.pending?.status === 'Draft',
  amend: (contract.status === 'Agreed' || contract.status === 'Active') && !contract.pending,
  complete: contract.status === 'Active',
  withdraw: !isClosed(contract),
  countersign: awaitsManager(contract),
});

/** One sentence on where the contract stands, addressed to the viewer. */
export function contractSituation(contract: Contract, viewer: ContractViewer): string {
  const { pending, inForce, learnerName, managerName } = contract;
  const you = (role: 'learner' | 'manager', name: string) => (viewer === role ? 'you' : name);
  const You = (role: 'learner' | 'manager', name: string) => (viewer === role ? 'You' : name);

  switch (contract.status) {
    case 'Completed':
      return `Completed on ${formatDate(contract.completedOn)} (${completionOutcomeLabel(contract.completionOutcome).toLowerCase()}).`;
    case 'Withdrawn':
      return `Withdrawn: ${contract.withdrawalReason ?? 'no reason given'}.`;
  }

  const amendment = inForce && pending ? ` Version ${inForce.number} stays in force meanwhile.` : '';
  if (pending?.status === 'Draft') {
    const lead = inForce ? `An amendment (version ${pending.number}) is being drafted.` : 'This contract is a draft.';
    const asked = pending.changeComment ? ` ${You('learner', learnerName)} asked for changes.` : '';
    const next =
      viewer === 'manager' ? ` Edit the terms and propose them to ${learnerName}.` : ` ${managerName} proposes the terms to sign.`;
    return `${lead}${asked}${next}${amendment}`;
  }
  if (pending?.status === 'Proposed') {
    if (!pending.learnerSignedAt) {
      return viewer === 'learner'
        ? `${managerName} proposed version ${pending.number}: read the terms, then sign them or ask for changes.${amendment}`
        : `Version ${pending.number} waits for ${learnerName} to sign.${amendment}`;
    }
    return viewer === 'manager'
      ? `${learnerName} signed version ${pending.number} on ${formatDateTime(pending.learnerSignedAt)}: countersign to agree it.${amendment}`
      : `${You('learner', learnerName)} signed version ${pending.number}; ${managerName} countersigns next.${amendment}`;
  }
  if (contract.status === 'Agreed' && inForce) {
    return `Agreed by ${you('learner', learnerName)} and ${you('manager', managerName)}: the learning starts on ${formatDate(inForce.terms.startDate)}.`;
  }
  if (contract.status === 'Active' && inForce) {
    return `Active since ${formatDate(inForce.terms.startDate)}; the learning is due to end on ${formatDate(inForce.terms.endDate)}.`;
  }
  return '';
}
