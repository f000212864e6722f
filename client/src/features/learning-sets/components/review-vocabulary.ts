/** The words of the programme review, as the server spells them and as people read them. */

export const VALUE_RATINGS = [
  { value: 'Poor', label: 'Poor' },
  { value: 'Fair', label: 'Fair' },
  { value: 'Good', label: 'Good' },
  { value: 'Excellent', label: 'Excellent' },
] as const;

export const REVIEW_ISSUES = [
  { value: 'TimePressure', label: 'Time pressure' },
  { value: 'SetMakeUp', label: 'Set make-up' },
  { value: 'ManagementSupport', label: 'Management support' },
  { value: 'Other', label: 'Other' },
] as const;

const ROLE_LABELS: Record<string, string> = {
  Member: 'Members',
  Facilitator: 'Facilitator',
  SponsoringManager: 'Sponsoring managers',
};

/** A respondent role in the plural, as a column of results. */
export const respondentRoleLabel = (role: string) => ROLE_LABELS[role] ?? role;

const ONE_ROLE_LABELS: Record<string, string> = {
  Member: 'Member',
  Facilitator: 'Facilitator',
  SponsoringManager: 'Sponsoring manager',
};

/** One respondent's role, e.g. beside their name. */
export const oneRespondentRoleLabel = (role: string) => ONE_ROLE_LABELS[role] ?? role;

/** A whole percentage as the results show it; null is "nothing to count yet". */
export const formatPercent = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value} %`);

/** The server's text limits. */
export const REVIEW_LIMITS = { text: 4000 } as const;
