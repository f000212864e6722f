export const DISCUSSION_KINDS = [
  { value: 'OneToOne', label: 'One-to-one' },
  { value: 'Appraisal', label: 'Appraisal' },
  { value: 'SixMonthReview', label: 'Six-month review' },
] as const;

export const discussionKindLabel = (kind: string) =>
  DISCUSSION_KINDS.find((option) => option.value === kind)?.label ?? kind;

/** The server's limits for the record of a 1:1 (DiscussionFieldsValidator). */
export const DISCUSSION_LIMITS = {
  summary: 4000,
  agreedOutcomes: 20,
  agreedOutcome: 500,
  identifiedNeeds: 10,
  comment: 4000,
} as const;
