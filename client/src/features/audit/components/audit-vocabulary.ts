/** `UpdateProgressReview` → `Update progress review`: the server names actions and record types in PascalCase. */
export function humanise(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

/** The record types the trail names, for the filter; the server accepts any. */
export const RECORD_TYPES = [
  'Person',
  'OrgUnit',
  'BusinessNeed',
  'Discussion',
  'DevelopmentNeed',
  'SolutionType',
  'Provider',
  'Offering',
  'SolutionOption',
  'AdviceRequest',
  'Programme',
  'Contract',
  'ProgressReview',
  'EvidenceFile',
  'MentoringNote',
  'Idea',
  'ImpactReview',
  'LearningSet',
  'Meeting',
] as const;

/** A GUID, as the record filter needs one. */
export const isGuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value.trim());
