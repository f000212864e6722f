import { duplicateIndexes, maxLength, minWords, required, rules } from '@/lib/validation';

import type { DevelopmentNeed } from '../api/get-development-plan';
import type { IdentifiedNeedInput } from '../api/record-discussion';

/** The server's limits for a development need (DevelopmentNeedFieldsValidator). */
export const NEED_LIMITS = {
  title: 200,
  outcomes: 12,
  outcomeWords: 3,
  outcome: 500,
  performanceImprovement: 2000,
  targetRole: 200,
  tags: 15,
  tag: 60,
} as const;

export const PERSONAL_ASPIRATION = 'PersonalAspiration';

export const ORIGINS = [
  { value: 'BusinessRequirement', label: 'Business requirement' },
  { value: 'PerformanceGap', label: 'Performance gap' },
  { value: PERSONAL_ASPIRATION, label: 'Personal aspiration' },
] as const;

export const PRIORITIES = ['Low', 'Medium', 'High', 'Critical'] as const;

export const originLabel = (origin: string) => ORIGINS.find((option) => option.value === origin)?.label ?? origin;

export const OUTCOME_TOO_VAGUE =
  'Reframe this as a specific, achievable statement of what the learner will be able to do, e.g. "Chair a tenant panel meeting to time".';

export const ONLY_ASPIRATIONS_PRIVATE = 'Only a personal aspiration can be private.';

/** One need as a form holds it. */
export type NeedFormValues = {
  title: string;
  learningOutcomes: string[];
  performanceImprovement: string;
  targetRole: string;
  businessNeedId: string | null;
  origin: string | null;
  isPrivate: boolean;
  priority: string | null;
  competencyTags: string[];
};

export const emptyNeed = (origin: string | null = null): NeedFormValues => ({
  title: '',
  learningOutcomes: [''],
  performanceImprovement: '',
  targetRole: '',
  businessNeedId: null,
  origin,
  isPrivate: false,
  priority: 'Medium',
  competencyTags: [],
});

export const needToFormValues = (need: DevelopmentNeed): NeedFormValues => ({
  title: need.title,
  learningOutcomes: need.learningOutcomes.length > 0 ? [...need.learningOutcomes] : [''],
  performanceImprovement: need.performanceImprovement,
  targetRole: need.targetRole ?? '',
  businessNeedId: need.businessNeedId,
  origin: need.origin,
  isPrivate: need.isPrivate,
  priority: need.priority,
  competencyTags: [...need.competencyTags],
});

/** What the API takes for a need's content (the same in a 1:1, on its own and when editing). */
export const toNeedRequest = (values: NeedFormValues) =>
  ({
    title: values.title.trim(),
    learningOutcomes: values.learningOutcomes.map((outcome) => outcome.trim()),
    performanceImprovement: values.performanceImprovement.trim(),
    targetRole: values.targetRole.trim() || null,
    businessNeedId: values.businessNeedId || null,
    origin: values.origin ?? '',
    isPrivate: values.origin === PERSONAL_ASPIRATION && values.isPrivate,
    priority: values.priority ?? 'Medium',
    competencyTags: values.competencyTags.map((tag) => tag.trim()).filter(Boolean),
  }) satisfies IdentifiedNeedInput;

const titleRule = rules(required('Give the need a title.'), maxLength(NEED_LIMITS.title, 'Title'));
const outcomeRule = rules(
  required('A learning outcome cannot be empty.'),
  minWords(NEED_LIMITS.outcomeWords, OUTCOME_TOO_VAGUE),
  maxLength(NEED_LIMITS.outcome, 'A learning outcome'),
);
const improvementRule = rules(
  required('Describe the expected performance improvement or increased capability.'),
  maxLength(NEED_LIMITS.performanceImprovement, 'Expected improvement'),
);
const targetRoleRule = rules(maxLength(NEED_LIMITS.targetRole, 'Target role'));

/**
 * The server's rules for one need, as messages keyed by form path under `prefix`
 * (`identifiedNeeds.0.` in a 1:1, nothing for a need on its own).
 */
export function validateNeed(need: NeedFormValues, prefix = ''): Record<string, string> {
  const errors: Record<string, string> = {};
  const add = (path: string, message: string | null) => {
    if (message) errors[prefix + path] = message;
  };

  add('title', titleRule(need.title));

  if (need.learningOutcomes.length === 0) add('learningOutcomes', 'List at least one learning outcome.');
  else if (need.learningOutcomes.length > NEED_LIMITS.outcomes)
    add('learningOutcomes', `List at most ${NEED_LIMITS.outcomes} learning outcomes.`);
  need.learningOutcomes.forEach((outcome, index) => add(`learningOutcomes.${index}`, outcomeRule(outcome)));
  for (const index of duplicateIndexes(need.learningOutcomes)) {
    if (!errors[`${prefix}learningOutcomes.${index}`]) add(`learningOutcomes.${index}`, 'Each learning outcome should appear once.');
  }

  add('performanceImprovement', improvementRule(need.performanceImprovement));
  add('targetRole', targetRoleRule(need.targetRole));
  add('origin', ORIGINS.some((option) => option.value === need.origin) ? null : 'Choose where this need comes from.');
  add('isPrivate', need.isPrivate && need.origin !== PERSONAL_ASPIRATION ? ONLY_ASPIRATIONS_PRIVATE : null);
  add('priority', need.priority && (PRIORITIES as readonly string[]).includes(need.priority) ? null : 'Choose a priority.');
  if (need.competencyTags.length > NEED_LIMITS.tags) add('competencyTags', `Use at most ${NEED_LIMITS.tags} competency tags.`);
  else if (need.competencyTags.some((tag) => tag.trim().length > NEED_LIMITS.tag))
    add('competencyTags', `A competency tag must be at most ${NEED_LIMITS.tag} characters.`);

  return errors;
}
