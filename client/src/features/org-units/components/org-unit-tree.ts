/** Pure helpers for the org-unit hierarchy: organisation › department › team. */

export const ORG_UNIT_KINDS = ['Organisation', 'Department', 'Team'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const isOrgUnitKind = (value: unknown): value is OrgUnitKind =>
  typeof value === 'string' && (ORG_UNIT_KINDS as readonly string[]).includes(value);

/** The fields of an org unit these helpers need. */
export type TreeUnit = { id: string; name: string; kind: string; parentId?: string | null };

/** Which kinds of unit may be the parent of a unit of the given kind (the server's rule). */
export function allowedParentKinds(kind: string): readonly OrgUnitKind[] {
  switch (kind) {
    case 'Department':
      return ['Organisation', 'Department'];
    case 'Team':
      return ['Department', 'Team'];
    default:
      return [];
  }
}

export const needsParent = (kind: string) => allowedParentKinds(kind).length > 0;

/** The ids of a unit and everything below it. */
export function subtreeIds(units: readonly TreeUnit[], rootId: string): Set<string> {
  const children = childrenByParent(units);
  const ids = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (ids.has(id)) continue;
    ids.add(id);
    for (const child of children.get(id) ?? []) stack.push(child.id);
  }
  return ids;
}

/**
 * Units that may be chosen as the parent of a unit of `kind`. When editing, the unit itself and
 * its descendants are left out, because choosing one of them would make a cycle.
 */
export function validParents<T extends TreeUnit>(units: readonly T[], kind: string, editingId?: string): T[] {
  const kinds = allowedParentKinds(kind) as readonly string[];
  const excluded = editingId ? subtreeIds(units, editingId) : new Set<string>();
  return units.filter((unit) => kinds.includes(unit.kind) && !excluded.has(unit.id));
}

function childrenByParent<T extends TreeUnit>(units: readonly T[]): Map<string | null, T[]> {
  const ids = new Set(units.map((unit) => unit.id));
  const children = new Map<string | null, T[]>();
  for (const unit of units) {
    // A unit whose parent is missing from the list is shown at the top rather than lost.
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    const siblings = children.get(parent);
    if (siblings) siblings.push(unit);
    else children.set(parent, [unit]);
  }
  return children;
}

export type TreeRow<T> = { unit: T; depth: number; parent: T | null };

/** Depth-first rows for an indented table; siblings keep the order they came in (by name). */
export function flattenTree<T extends TreeUnit>(units: readonly T[]): TreeRow<T>[] {
  const children = childrenByParent(units);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const rows: TreeRow<T>[] = [];
  const seen = new Set<string>();

  const visit = (unit: T, depth: number) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    rows.push({ unit, depth, parent: unit.parentId ? (byId.get(unit.parentId) ?? null) : null });
    for (const child of children.get(unit.id) ?? []) visit(child, depth + 1);
  };

  for (const root of children.get(null) ?? []) visit(root, 0);
  // Units caught in a cycle have no root above them; still list them.
  for (const unit of units) visit(unit, 0);
  return rows;
}
