import { describe, expect, it } from 'vitest';

import { flattenTree, validParents } from './org-unit-tree';

const units = [
  { id: 'org', name: 'Acme', kind: 'Organisation', parentId: null },
  { id: 'ops', name: 'Operations', kind: 'Department', parentId: 'org' },
  { id: 'fin', name: 'Finance', kind: 'Department', parentId: 'org' },
  { id: 'pay', name: 'Payroll', kind: 'Team', parentId: 'fin' },
  { id: 'pay-uk', name: 'Payroll UK', kind: 'Team', parentId: 'pay' },
];

const ids = (list: { id: string }[]) => list.map((unit) => unit.id);

describe('validParents', () => {
  it('offers the organisation and departments as parents of a department', () => {
    expect(ids(validParents(units, 'Department'))).toEqual(['org', 'ops', 'fin']);
  });

  it('offers departments and teams, never the organisation, as parents of a team', () => {
    expect(ids(validParents(units, 'Team'))).toEqual(['ops', 'fin', 'pay', 'pay-uk']);
  });

  it('offers no parent for an organisation', () => {
    expect(validParents(units, 'Organisation')).toEqual([]);
  });

  it('leaves out the unit being edited and everything below it', () => {
    expect(ids(validParents(units, 'Team', 'pay'))).toEqual(['ops', 'fin']);
  });
});

describe('flattenTree', () => {
  it('lists each unit under its parent, keeping sibling order', () => {
    const rows = flattenTree(units).map((row) => `${'-'.repeat(row.depth)}${row.unit.name}`);
    expect(rows).toEqual(['Acme', '-Operations', '-Finance', '--Payroll', '---Payroll UK']);
  });

  it('still lists units whose parent is missing or that form a cycle', () => {
    const broken = [
      { id: 'a', name: 'A', kind: 'Team', parentId: 'b' },
      { id: 'b', name: 'B', kind: 'Team', parentId: 'a' },
      { id: 'c', name: 'C', kind: 'Team', parentId: 'gone' },
    ];
    expect(flattenTree(broken).map((row) => row.unit.id).sort()).toEqual(['a', 'b', 'c']);
  });
});
