import { describe, expect, it } from 'vitest';

import { terms, version } from '../testing/contract-fixtures';

import { diffLists, diffTerms } from './contract-diff';

describe('version differences', () => {
  it('compares lists item by item', () => {
    expect(diffLists(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { change: 'same', text: 'a' },
      { change: 'removed', text: 'b' },
      { change: 'added', text: 'x' },
      { change: 'same', text: 'c' },
      { change: 'added', text: 'd' },
    ]);
    // An item inserted at the top is one addition, not every item changed.
    expect(diffLists(['a', 'b'], ['z', 'a', 'b']).map((item) => item.change)).toEqual(['added', 'same', 'same']);
  });

  it('marks the fields that changed and only those', () => {
    const before = version({ number: 1, terms: terms() });
    const after = version({
      number: 2,
      terms: terms({
        endDate: '2025-07-31',
        learningOutcomes: ['Build a four-week repairs schedule', 'Brief the contractors on the priority rules'],
        supportCommitments: ['ChampionIdeas', 'StudyTime', 'ActAsMentor'],
        mentorId: 'mentor-1',
      }),
      mentorName: 'Mo Mentor',
    });

    const fields = diffTerms(before, after);
    expect(fields.filter((field) => field.changed).map((field) => field.key)).toEqual([
      'learningOutcomes',
      'endDate',
      'mentor',
      'supportCommitments',
    ]);
    expect(fields.find((field) => field.key === 'endDate')).toMatchObject({ before: '30 Jun 2025', after: '31 Jul 2025' });
    expect(fields.find((field) => field.key === 'mentor')).toMatchObject({ before: 'None', after: 'Mo Mentor' });
    const outcomes = fields.find((field) => field.key === 'learningOutcomes');
    expect(outcomes?.kind === 'list' && outcomes.items.map((item) => item.change)).toEqual(['same', 'removed', 'added']);
    // The same commitments in another order are not a change; a new one is.
    const commitments = fields.find((field) => field.key === 'supportCommitments');
    expect(commitments?.kind === 'list' && commitments.items.filter((item) => item.change !== 'same')).toEqual([
      { change: 'added', text: 'Act as mentor' },
    ]);
  });

  it('finds nothing changed between identical terms', () => {
    expect(diffTerms(version(), version({ number: 2 })).some((field) => field.changed)).toBe(false);
  });
});
