/** An idea is open until the manager champions it, reports it implemented, or declines it with a reason. */
const STATUSES: Record<string, { label: string; colour: string }> = {
  Open: { label: 'Open', colour: 'blue' },
  Championed: { label: 'Championed', colour: 'grape' },
  Implemented: { label: 'Implemented', colour: 'green' },
  Declined: { label: 'Declined', colour: 'gray' },
};

export const ideaStatus = (status: string) => STATUSES[status] ?? { label: status, colour: 'gray' };

/** The answers a manager may give: an open idea takes any, a championed one can still be implemented or declined. */
export const IDEA_DECISIONS = [
  { value: 'Championed', label: 'Champion it', description: 'You back it and will help to make it happen.' },
  { value: 'Implemented', label: 'Implemented', description: 'It has been put into practice.' },
  { value: 'Declined', label: 'Decline it', description: 'It cannot be implemented: say why.' },
] as const;

export const decisionsFor = (status: string) =>
  IDEA_DECISIONS.filter((decision) => (status === 'Championed' ? decision.value !== 'Championed' : true));

export const IDEA_LIMITS = { title: 200, description: 4000, reason: 2000 } as const;
