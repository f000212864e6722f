/** Learning sets, meetings, one-to-ones and programme reviews as the API sends them, for tests. */
import type { LearningSet, SetMember, SetPerson } from '../api/get-learning-sets';
import type { ProgrammeReviewInvitation } from '../api/get-my-programme-reviews';
import type { OneToOne, SetOneToOnes } from '../api/get-one-to-ones';
import type { ProgrammeReviewAnswer } from '../api/get-programme-review-answer';
import type { ProgrammeReviewResults, ReviewFigures } from '../api/get-programme-review-results';
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

export const oneToOne = (person: SetPerson, overrides: Partial<OneToOne> = {}): OneToOne => ({
  setId: 'set-1',
  member: person,
  heldOn: '2026-01-12',
  developmentProject: 'Fix the whole repairs service',
  reframedProject: 'Cut the time to book a repair in my patch',
  notes: '',
  recordedBy: FACILITATOR,
  recordedAt: '2026-01-12T10:00:00Z',
  canManage: true,
  version: 1,
  ...overrides,
});

/** A set's one-to-ones as the facilitator reads them: every member, those without one null. */
export const oneToOnes = (entries: [SetPerson, OneToOne | null][], canManage = true): SetOneToOnes => ({
  setId: 'set-1',
  canManage,
  members: entries.map(([person, record]) => ({ member: person, oneToOne: record })),
});

export const figures = (overrides: Partial<ReviewFigures> = {}): ReviewFigures => ({
  invited: 9,
  answered: 7,
  responseRatePercent: 78,
  valueRatings: { poor: 0, fair: 14, good: 43, excellent: 43 },
  goodOrExcellentPercent: 86,
  issues: { timePressure: 57, setMakeUp: 0, managementSupport: 14, other: 0 },
  achievedGoalPercent: 67,
  startedSecondPhasePercent: 33,
  ...overrides,
});

export const unanswered = (invited: number): ReviewFigures => ({
  invited,
  answered: 0,
  responseRatePercent: 0,
  valueRatings: { poor: null, fair: null, good: null, excellent: null },
  goodOrExcellentPercent: null,
  issues: { timePressure: null, setMakeUp: null, managementSupport: null, other: null },
  achievedGoalPercent: null,
  startedSecondPhasePercent: null,
});

export const reviewResults = (overrides: Partial<ProgrammeReviewResults> = {}): ProgrammeReviewResults => ({
  id: 'review-1',
  setId: 'set-1',
  setName: 'Tenant services set',
  setStatus: 'Closed',
  openedAt: '2026-06-01T09:00:00Z',
  openedBy: FACILITATOR,
  overall: figures(),
  byRole: [
    { respondentRole: 'Member', figures: figures({ invited: 4, answered: 4, responseRatePercent: 100, goodOrExcellentPercent: 100 }) },
    { respondentRole: 'Facilitator', figures: figures({ invited: 1, answered: 1, responseRatePercent: 100, achievedGoalPercent: null, startedSecondPhasePercent: null }) },
    { respondentRole: 'SponsoringManager', figures: figures({ invited: 4, answered: 2, responseRatePercent: 50, goodOrExcellentPercent: 50 }) },
  ],
  respondents: [
    { person: PAT, respondentRole: 'Member', aboutMember: PAT, answered: true },
    { person: FACILITATOR, respondentRole: 'Facilitator', aboutMember: null, answered: false },
    { person: { id: 'max', name: 'Max Manager', jobTitle: 'Repairs Manager' }, respondentRole: 'SponsoringManager', aboutMember: PAT, answered: true },
  ],
  comments: [{ respondentRole: 'Member', strengths: 'Peers who listen', issuesNote: '' }],
  ...overrides,
});

export const invitation = (overrides: Partial<ProgrammeReviewInvitation> = {}): ProgrammeReviewInvitation => ({
  id: 'response-1',
  setId: 'set-1',
  setName: 'Tenant services set',
  respondentRole: 'Member',
  aboutMember: PAT,
  answered: false,
  answeredAt: null,
  openedAt: '2026-06-01T09:00:00Z',
  ...overrides,
});

export const reviewAnswer = (overrides: Partial<ProgrammeReviewAnswer> = {}): ProgrammeReviewAnswer => ({
  id: 'response-1',
  setId: 'set-1',
  setName: 'Tenant services set',
  respondentRole: 'Member',
  aboutMember: PAT,
  asksAboutGoal: true,
  answered: false,
  answeredAt: null,
  valueRating: null,
  strengths: '',
  issues: [],
  issuesNote: '',
  achievedGoal: null,
  startedSecondPhase: null,
  version: 1,
  ...overrides,
});
