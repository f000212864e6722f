/** Progress reviews as the API sends them, for tests. */
import type { ProgressSchedule, ReviewSummary } from '../api/get-progress-schedule';
import type { EvidenceFile, ProgressReview, ReviewAction, ReviewOutcome } from '../api/get-progress-review';

export const summary = (overrides: Partial<ReviewSummary> = {}): ReviewSummary => ({
  id: 'r-1',
  sequence: 1,
  scheduledOn: '2025-04-29',
  status: 'Scheduled',
  state: 'Upcoming',
  heldOn: null,
  overallStatus: null,
  learnerPartWritten: false,
  cancelledReason: null,
  version: 1,
  ...overrides,
});

export const schedule = (overrides: Partial<ProgressSchedule> = {}): ProgressSchedule => ({
  contractId: 'c-1',
  contractStatus: 'Active',
  reviewCadenceWeeks: 4,
  hoursPerWeek: 2,
  nextReviewOn: '2025-04-29',
  openActions: 0,
  reviews: [summary()],
  ...overrides,
});

export const evidenceFile = (overrides: Partial<EvidenceFile> = {}): EvidenceFile => ({
  id: 'f-1',
  reviewId: 'r-1',
  outcomeIndex: 0,
  fileName: 'schedule.pdf',
  contentType: 'application/pdf',
  sizeBytes: 2048,
  uploadedBy: 'learner-1',
  uploadedByName: 'Riley Reports',
  uploadedAt: '2025-04-20T10:00:00Z',
  ...overrides,
});

export const outcome = (overrides: Partial<ReviewOutcome> = {}): ReviewOutcome => ({
  index: 0,
  outcome: 'Build a four-week repairs schedule',
  rating: null,
  evidence: null,
  links: [],
  files: [],
  ...overrides,
});

export const action = (overrides: Partial<ReviewAction> = {}): ReviewAction => ({
  id: 'a-1',
  description: 'Shadow the planning lead for a day',
  ownerId: 'learner-1',
  ownerName: 'Riley Reports',
  dueOn: '2025-04-15',
  status: 'Open',
  raisedInReviewId: 'r-0',
  doneInReviewId: null,
  ...overrides,
});

export const review = (overrides: Partial<ProgressReview> = {}): ProgressReview => ({
  id: 'r-1',
  contractId: 'c-1',
  solutionDescription: 'Certificate in maintenance planning',
  learnerId: 'learner-1',
  learnerName: 'Riley Reports',
  managerId: 'manager-1',
  managerName: 'Morgan Manager',
  mentorId: 'mentor-1',
  mentorName: 'Mina Mentor',
  sequence: 2,
  scheduledOn: '2025-04-29',
  status: 'Scheduled',
  state: 'Due',
  cancelledReason: null,
  heldOn: null,
  periodFrom: '2025-04-01',
  timeAllowedHours: 8,
  timeGivenHours: null,
  barriers: null,
  supportNeeded: null,
  reflection: null,
  managerNotes: null,
  overallStatus: null,
  outcomes: [outcome(), outcome({ index: 1, outcome: 'Explain the repairs priority rules to tenants' })],
  carriedOver: [],
  actions: [],
  mentoringNotes: [],
  can: { writeLearnerPart: false, writeManagerPart: false, addMentoringNote: false, uploadEvidence: false },
  version: 5,
  ...overrides,
});
