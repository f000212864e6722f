/** Learning sets and meetings as the API sends them, for tests. */
import type { LearningSet } from '../api/get-learning-sets';
import type { Meeting, Presentation } from '../api/get-set-meetings';

export const FACILITATOR = { id: 'fay', name: 'Fay Facilitator', jobTitle: 'L&D Adviser' };
export const PAT = { id: 'pat', name: 'Pat Peer', jobTitle: 'Repairs Planner' };
export const PIA = { id: 'pia', name: 'Pia Peer', jobTitle: 'Housing Officer' };
export const POL = { id: 'pol', name: 'Pol Peer', jobTitle: 'Income Officer' };
export const PRU = { id: 'pru', name: 'Pru Peer', jobTitle: 'Multi-trade Operative' };

export const learningSet = (overrides: Partial<LearningSet> = {}): LearningSet => ({
  id: 'set-1',
  name: 'Tenant services set',
  purpose: 'Peers tackling service problems together',
  meetingCadence: 'every 4 weeks',
  status: 'Running',
  facilitator: FACILITATOR,
  members: [PAT, PIA, POL, PRU],
  warnings: [],
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
