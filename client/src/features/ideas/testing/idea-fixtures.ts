/** Ideas as the API sends them, for tests. */
import type { Idea } from '../api/get-ideas';

export const idea = (overrides: Partial<Idea> = {}): Idea => ({
  id: 'i-1',
  contractId: 'c-1',
  learnerId: 'learner-1',
  learnerName: 'Riley Reports',
  title: 'Batch the repairs by estate',
  description: 'Send one team per estate each day instead of criss-crossing the town.',
  status: 'Open',
  response: null,
  respondedBy: null,
  respondedByName: null,
  respondedAt: null,
  raisedAt: '2025-04-02T09:00:00Z',
  answerBy: '2025-04-16',
  overdue: false,
  canRespond: false,
  version: 1,
  ...overrides,
});

export const page = <T,>(items: T[], next: string | null = null) => ({ items, next });
