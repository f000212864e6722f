/** The words of corporate programmes, as the server spells them and as people read them. */

export const PROGRAMME_STATUSES = [
  { value: 'Proposed', label: 'Proposed' },
  { value: 'Procuring', label: 'Procuring' },
  { value: 'Running', label: 'Running' },
  { value: 'Completed', label: 'Completed' },
] as const;

export const PROGRAMME_STATUS_COLOUR: Record<string, string> = {
  Proposed: 'grape',
  Procuring: 'orange',
  Running: 'blue',
  Completed: 'green',
};

/** A programme's status moves forward only: the statuses it may take from `current`, itself included. */
export function reachableStatuses(current: string) {
  const index = PROGRAMME_STATUSES.findIndex((status) => status.value === current);
  return index < 0 ? [...PROGRAMME_STATUSES] : PROGRAMME_STATUSES.slice(index);
}

/** The server's limits for a programme. */
export const PROGRAMME_LIMITS = {
  title: 200,
  competencyTag: 60,
  maxCostPerHead: 1_000_000,
  maxTotalCost: 100_000_000,
  managers: 200,
  notes: 4000,
} as const;

/** An offering a programme may buy. */
export type OfferingChoice = { value: string; label: string; cost: number };

/** A manager to consult. */
export type PersonChoice = { value: string; label: string };
