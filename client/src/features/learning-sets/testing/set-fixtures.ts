/** Learning sets and meetings as the API sends them, for tests. */
import type { LearningSet, SetMember, SetPerson } from '../api/get-learning-sets';
import type { Meeting, Presentation } from '../api/get-set-meetings';

export const FACILITATOR: SetPerson = { id: 'fay', name: 'Fay Facilitator', jobTitle: 'L&D Adviser' };
export const PAT: SetPerson = { id: 'pat', name: 'Pat Peer', jobTitle: 'Repairs Planner' };
export const PIA: SetPerson = { id: 'pia', name: 'Pia Peer', jobTitle: 'Housing Officer' };
export const POL: SetPerson = { id: 'pol', name: 'Pol Peer', jobTitle: 'Income Officer' };
export const PRU: SetPerson = { id: 'pru', name: 'Pru Peer', jobTitle: 'Multi-trade Operative' };

/**
 * A person as a member of a set. `oneToOneHeld` is what the caller may know: true or false for the facilitator, HR and
 * Admin (and a member about themselves), null about another member.
 */
export const member = (person: SetPerson, oneToOneHeld: boolean | null = true): SetMember => ({ ...person, oneToOneHeld });

/** The set as one of its members reads it: their own one-to-one known, everyone else's not. */
export const asMemberSees = (set: LearningSet, memberId: string): LearningSet => ({
  ...set,
  canManage: false,
  warnings: set.warnings.filter((warning) => warning.startsWith('A set works best')),
  members: set.members.map((candidate) => (candidate.id === memberId ? candidate : { ...candidate, oneToOneHeld: null })),
});

export const learningSet = (overrides: Partial<LearningSet> = {}): LearningSet => ({
  id: 'set-1',
  name: 'Tenant services set',
  purpose: 'Peers tackling service problems together',
  meetingCadence: 'every 4 weeks',
  status: 'Running',
  facilitator: FACILITATOR,
  members: [PAT, PIA, POL, PRU].map((person) => member(person)),
  warnings: [],
  programmeReviewOpened: false,
  canManage: true,
  version: 3,
  ...overrides,
});

export const presentation = (overrides: Partial<Presentation> = {}): Presentation => ({
  memberId: PAT.id,
  problem: 'Repairs backlog',
  background: 'Six hundred jobs open',
  approach: 'Weekly triage',
  questionsAsked: 'What would success look like?',
  committedAction: 'Call the contractor weekly',
  accountOfLastAction: '',
  ...overrides,
});

export const meeting = (overrides: Partial<Meeting> = {}): Meeting => ({
  id: 'meeting-1',
  setId: 'set-1',
  heldOn: '2026-03-02',
  mode: 'InPerson',
  coordinatorId: PAT.id,
  coordinatorName: PAT.name,
  attendance: [],
  airTimeMinutes: [],
  presentations: [],
  mainPoints: '',
  agenda: [],
  canManage: true,
  version: 1,
  ...overrides,
});
