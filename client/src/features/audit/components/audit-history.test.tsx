import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { auditEntry } from '../testing/audit-fixtures';

const learner = testUser({ id: 'learner-1', displayName: 'Rae Report' });

const plan = {
  learner: { id: 'learner-1', displayName: 'Rae Report', email: 'rae@example.com', jobTitle: 'Planner' },
  generatedAt: '2026-11-02T09:00:00Z',
  needs: [],
  needsByStatus: {},
  hiddenPrivate: 0,
  competencies: [],
};

describe('history of my records', () => {
  it('opens from the plan and lists the changes about the learner, read only when asked for', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/people/:id/plan': () => json(plan),
      'GET /api/people/:id/competencies': () => json([]),
      'GET /api/discussions': () => json({ items: [], next: null }),
      'GET /api/business-needs': () => json({ items: [], next: null }),
      'GET /api/audit': () => json({ items: [auditEntry({ action: 'CreateDevelopmentNeed', recordType: 'DevelopmentNeed' })], next: null }),
    });
    const { user } = renderApp({ route: '/plan' });

    await screen.findByRole('heading', { name: 'My development plan', level: 1 });
    expect(server.calls('GET', '/api/audit')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Change history' }));

    const dialog = await screen.findByRole('dialog', { name: 'History of my records' });
    const table = await within(dialog).findByRole('table', { name: 'History of my records' });
    expect(within(table).getByText('Create development need')).toBeInTheDocument();
    expect(within(table).getByText('Max Manager')).toBeInTheDocument();
    // Every entry is about the learner: no column for it, and names are not filters here.
    expect(within(table).queryByRole('columnheader', { name: 'About' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: 'Max Manager' })).not.toBeInTheDocument();
    expect(server.calls('GET', '/api/audit')[0]!.url.searchParams.get('personId')).toBe('learner-1');
  });

  it('says when there is nothing yet', async () => {
    mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/people/:id/plan': () => json(plan),
      'GET /api/people/:id/competencies': () => json([]),
      'GET /api/discussions': () => json({ items: [], next: null }),
      'GET /api/business-needs': () => json({ items: [], next: null }),
      'GET /api/audit': () => json({ items: [], next: null }),
    });
    const { user } = renderApp({ route: '/plan' });

    await user.click(await screen.findByRole('button', { name: 'Change history' }));

    expect(await screen.findByText('No changes yet')).toBeInTheDocument();
  });
});
