/** Contracts as the API sends them, for tests. */
import type { Contract, ContractTerms, ContractVersion } from '../api/get-contract';

export const terms = (overrides: Partial<ContractTerms> = {}): ContractTerms => ({
  learningOutcomes: ['Build a four-week repairs schedule', 'Explain the repairs priority rules to tenants'],
  startDate: '2025-04-01',
  endDate: '2025-06-30',
  hoursPerWeek: 2,
  studyDays: 1,
  reviewCadenceWeeks: 4,
  firstReviewOn: '2025-04-29',
  curriculumTopics: ['Scheduling tools'],
  assignmentTopics: ['Redesign the weekly repairs plan'],
  mentorId: null,
  cost: 950,
  measureName: 'Missed repair appointments',
  measureUnit: 'per month',
  baselineValue: 40,
  baselineDate: '2025-03-01',
  supportCommitments: ['StudyTime', 'ChampionIdeas'],
  supportNotes: 'Protected Friday afternoons',
  ...overrides,
});

export const version = (overrides: Partial<ContractVersion> = {}): ContractVersion => ({
  number: 1,
  status: 'Proposed',
  terms: terms(),
  mentorName: null,
  learnerSignedByName: null,
  learnerSignedAt: null,
  managerSignedByName: null,
  managerSignedAt: null,
  changeComment: null,
  createdAt: '2025-03-10T09:00:00Z',
  ...overrides,
});

export const contract = (overrides: Partial<Contract> = {}): Contract => ({
  id: 'c-1',
  needId: 'n-1',
  needTitle: 'Plan repairs schedules',
  learnerId: 'learner-1',
  learnerName: 'Riley Reports',
  managerId: 'manager-1',
  managerName: 'Morgan Manager',
  optionId: 'o-1',
  solutionType: 'ExternalTraining',
  solutionDescription: 'Certificate in maintenance planning',
  status: 'Proposed',
  inForce: null,
  pending: version(),
  completedOn: null,
  completionOutcome: null,
  withdrawalReason: null,
  version: 3,
  ...overrides,
});

export const page = <T,>(items: T[]) => ({ items, next: null });
