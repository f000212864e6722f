/** Labels for the contract vocabulary the API sends as codes. */

/** draft → proposed → agreed (both signed) → active → completed | withdrawn. */
export const CONTRACT_STATUSES = ['Draft', 'Proposed', 'Agreed', 'Active', 'Completed', 'Withdrawn'] as const;

const STATUS_COLOURS: Record<string, string> = {
  Draft: 'gray',
  Proposed: 'grape',
  Agreed: 'teal',
  Active: 'orange',
  Completed: 'green',
  Withdrawn: 'red',
  Superseded: 'gray',
  Discarded: 'gray',
};

export const contractStatusColour = (status: string) => STATUS_COLOURS[status] ?? 'gray';

/** Statuses of a single version of the terms. */
const VERSION_STATUS_LABELS: Record<string, string> = {
  Draft: 'Draft',
  Proposed: 'Proposed',
  Agreed: 'Agreed',
  Superseded: 'Superseded',
  Discarded: 'Discarded',
};

export const versionStatusLabel = (status: string) => VERSION_STATUS_LABELS[status] ?? status;

/** What the manager commits to, in the order the contract lists them. */
export const SUPPORT_COMMITMENTS = [
  { value: 'StudyTime', label: 'Time for study and workplace research' },
  { value: 'ConsultationOnWorkProjects', label: 'Available for consultation on work projects' },
  { value: 'ActAsMentor', label: 'Act as mentor' },
  { value: 'AttendProgramme', label: 'Attend the programme occasionally' },
  { value: 'AttendFormalEvents', label: 'Attend formal events, such as the graduation' },
  { value: 'ChampionIdeas', label: 'Champion the learner’s ideas' },
] as const;

export const supportCommitmentLabel = (value: string) =>
  SUPPORT_COMMITMENTS.find((commitment) => commitment.value === value)?.label ?? value;

/** The commitments in the contract's own order, whatever order they came in. */
export const sortCommitments = (values: readonly string[]) => {
  const order = (value: string) => {
    const index = SUPPORT_COMMITMENTS.findIndex((commitment) => commitment.value === value);
    return index < 0 ? SUPPORT_COMMITMENTS.length : index;
  };
  return [...values].sort((a, b) => order(a) - order(b));
};

export const COMPLETION_OUTCOMES = [
  { value: 'Completed', label: 'Completed' },
  { value: 'PartlyCompleted', label: 'Partly completed' },
] as const;

export const completionOutcomeLabel = (value: string | null | undefined) =>
  COMPLETION_OUTCOMES.find((outcome) => outcome.value === value)?.label ?? value ?? '—';

const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** `1250` → `£1,250.00`. */
export const formatCost = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : money.format(value);

const plainNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

export const formatNumber = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : plainNumber.format(value);

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** A solution type's code as words: `WorkShadowing` → `Work shadowing` (contracts carry the code only). */
export const solutionTypeLabel = (code: string) => {
  const words = code.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
