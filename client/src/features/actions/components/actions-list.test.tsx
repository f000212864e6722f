import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { json, mockApi, problem } from '@/testing/mock-api';
import { renderApp, renderWithProviders, testUser } from '@/testing/test-utils';

import { ActionsList } from './actions-list';

const item = (overrides: Record<string, unknown>) => ({
  kind: 'progress-review',
  title: 'Rae Report: Progress review overdue since 19 October 2026: hold it and record it',
  recordType: 'ProgressReview',
  recordId: 'r1',
  link: '/progress-reviews/r1',
  urgency: 'Overdue',
  dueOn: '2026-10-19',
  openSince: null,
  aboutPersonId: 'p1',
  aboutPersonName: 'Rae Report',
  ...overrides,
});

const counts = (byUrgency: Record<string, number>) => ({
  total: Object.values(byUrgency).reduce((sum, count) => sum + count, 0),
  byUrgency: { Overdue: 0, Due: 0, Open: 0, Upcoming: 0, ...byUrgency },
  byKind: {},
});

describe('ActionsList', () => {
  it('groups what needs action by urgency, most urgent first, each item a link', async () => {
    mockApi({
      'GET /api/me/actions': () =>
        json({
          items: [
            item({}),
            item({
              kind: 'contract-to-countersign',
              title: 'Rae Report: Countersign the learning contract for “Chairing course”',
              recordType: 'Contract',
              recordId: 'c1',
              link: '/contracts/c1',
              urgency: 'Open',
              dueOn: null,
              openSince: '2026-10-30',
            }),
          ],
          next: null,
          counts: counts({ Overdue: 1, Open: 1 }),
        }),
    });
    renderWithProviders(<ActionsList />);

    const overdue = await screen.findByRole('region', { name: 'Overdue' });
    const review = within(overdue).getByRole('link', { name: /Progress review overdue/ });
    expect(review).toHaveAttribute('href', '/progress-reviews/r1');
    expect(overdue).toHaveTextContent('Was due 19 Oct 2026');
    const waiting = screen.getByRole('region', { name: 'Waiting for you' });
    expect(within(waiting).getByRole('link', { name: /Countersign/ })).toHaveAttribute('href', '/contracts/c1');
    expect(waiting).toHaveTextContent('Waiting since 30 Oct 2026');
    expect(screen.queryByRole('region', { name: 'Due now' })).not.toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Overdue', 'Waiting for you']);
  });

  it('says when nothing needs action', async () => {
    mockApi({ 'GET /api/me/actions': () => json({ items: [], next: null, counts: counts({}) }) });
    renderWithProviders(<ActionsList />);

    expect(await screen.findByText('Nothing needs your action')).toBeInTheDocument();
  });

  it('shows an error with a retry when the list cannot load', async () => {
    mockApi({ 'GET /api/me/actions': () => problem(500) });
    renderWithProviders(<ActionsList />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load this page');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('is the home page, with the number waiting shown on Home in the navigation', async () => {
    mockApi({
      'GET /api/auth/me': () => json(testUser({ roles: ['Learner'], isManager: true })),
      'GET /api/me/actions': () => json({ items: [item({})], next: null, counts: counts({ Overdue: 3 }) }),
    });
    renderApp();

    expect(await screen.findByRole('link', { name: /Progress review overdue/ })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Home 3 need your action' })).toHaveAttribute('href', '/');
  });
});
