/**
 * Differences between two versions of a contract's terms, field by field and, for lists, item by
 * item: what a learner and manager need to see before they sign an amendment.
 */
import { formatDate } from '@/lib/dates';

import type { ContractVersion } from '../api/get-contract';

import { formatCost, formatNumber, sortCommitments, supportCommitmentLabel } from './contract-vocabulary';

export type ItemChange = 'same' | 'added' | 'removed';

export type ListItemDiff = { change: ItemChange; text: string };

export type FieldDiff =
  | { key: string; label: string; kind: 'value'; before: string; after: string; changed: boolean }
  | { key: string; label: string; kind: 'list'; items: ListItemDiff[]; changed: boolean };

/** The two sides being compared: the terms with the mentor's name the server resolved. */
type Side = Pick<ContractVersion, 'terms' | 'mentorName'>;

/**
 * The items of `before` and `after` in order, each kept, removed or added — a longest common
 * subsequence, so an outcome inserted in the middle shows as one addition, not as every later
 * item changed. A reworded item shows as removed and added.
 */
export function diffLists(before: readonly string[], after: readonly string[]): ListItemDiff[] {
  const rows = before.length;
  const cols = after.length;
  // common[i][j]: the longest common subsequence of before[i..] and after[j..].
  const common = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      common[i]![j] = before[i] === after[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const items: ListItemDiff[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (before[i] === after[j]) {
      items.push({ change: 'same', text: before[i]! });
      i++;
      j++;
    } else if (common[i + 1]![j]! >= common[i]![j + 1]!) {
      items.push({ change: 'removed', text: before[i++]! });
    } else {
      items.push({ change: 'added', text: after[j++]! });
    }
  }
  while (i < rows) items.push({ change: 'removed', text: before[i++]! });
  while (j < cols) items.push({ change: 'added', text: after[j++]! });
  return items;
}

const valueField = (key: string, label: string, before: string, after: string, changed = before !== after): FieldDiff => ({
  key,
  label,
  kind: 'value',
  before,
  after,
  changed,
});

const listField = (key: string, label: string, before: readonly string[], after: readonly string[]): FieldDiff => {
  const items = diffLists(before, after);
  return { key, label, kind: 'list', items, changed: items.some((item) => item.change !== 'same') };
};

const hours = (value: number) => `${formatNumber(value)} ${value === 1 ? 'hour' : 'hours'}`;
const days = (value: number) => `${formatNumber(value)} ${value === 1 ? 'day' : 'days'}`;
const weeks = (value: number) => `every ${value === 1 ? 'week' : `${value} weeks`}`;
const mentor = (side: Side) => (side.terms.mentorId ? side.mentorName || 'Named mentor' : 'None');
const commitments = (values: readonly string[]) => sortCommitments(values).map(supportCommitmentLabel);

/** Every field of the terms, in the contract's order, with whether it changed from `before` to `after`. */
export function diffTerms(before: Side, after: Side): FieldDiff[] {
  const a = before.terms;
  const b = after.terms;
  return [
    listField('learningOutcomes', 'Learning outcomes', a.learningOutcomes, b.learningOutcomes),
    valueField('startDate', 'Start date', formatDate(a.startDate), formatDate(b.startDate)),
    valueField('endDate', 'End date', formatDate(a.endDate), formatDate(b.endDate)),
    valueField('hoursPerWeek', 'Hours a week', hours(a.hoursPerWeek), hours(b.hoursPerWeek)),
    valueField('studyDays', 'Study days', days(a.studyDays), days(b.studyDays)),
    valueField('reviewCadenceWeeks', 'Progress reviews', weeks(a.reviewCadenceWeeks), weeks(b.reviewCadenceWeeks)),
    valueField('firstReviewOn', 'First review', formatDate(a.firstReviewOn), formatDate(b.firstReviewOn)),
    listField('curriculumTopics', 'Curriculum topics', a.curriculumTopics, b.curriculumTopics),
    listField('assignmentTopics', 'Assignment topics', a.assignmentTopics, b.assignmentTopics),
    valueField('mentor', 'Mentor', mentor(before), mentor(after), (a.mentorId ?? null) !== (b.mentorId ?? null)),
    valueField('cost', 'Cost', formatCost(a.cost), formatCost(b.cost)),
    valueField('measureName', 'Business measure', a.measureName, b.measureName),
    valueField('measureUnit', 'Unit', a.measureUnit, b.measureUnit),
    valueField('baselineValue', 'Baseline value', formatNumber(a.baselineValue), formatNumber(b.baselineValue)),
    valueField('baselineDate', 'Baseline date', formatDate(a.baselineDate), formatDate(b.baselineDate)),
    listField('supportCommitments', 'Support commitments', commitments(a.supportCommitments), commitments(b.supportCommitments)),
    valueField('supportNotes', 'Support notes', a.supportNotes || '—', b.supportNotes || '—'),
  ];
}
