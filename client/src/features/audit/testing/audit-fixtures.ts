import type { AuditEntry } from '../api/get-audit-entries';

export const auditEntry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 'entry-1',
  occurredAt: '2026-11-02T09:30:00Z',
  actorId: 'manager-1',
  actorName: 'Max Manager',
  action: 'UpdateProgressReview',
  recordType: 'ProgressReview',
  recordId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  subjectPersonId: 'learner-1',
  subjectName: 'Rae Report',
  changes: { id: '7c9e6679-7425-40de-944b-e07fc1f90ae7', version: 3, manager: { managerNotes: 'Good progress' } },
  changesWithheld: false,
  correlationId: '4bf92f3577b34da6a3ce929d0e0e4736',
  ...overrides,
});
