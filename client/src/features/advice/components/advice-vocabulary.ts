/** The words of HR advice requests, as the server spells them and as people read them. */

export const ADVICE_TOPICS = [
  { value: 'PolicyImplications', label: 'Policy implications' },
  { value: 'PreferredSuppliers', label: 'Preferred suppliers' },
  { value: 'SolutionResearch', label: 'Research on possible solutions' },
] as const;

export const topicLabel = (topic: string) => ADVICE_TOPICS.find((option) => option.value === topic)?.label ?? topic;

export const ADVICE_STATUS_COLOUR: Record<string, string> = { Open: 'orange', Answered: 'green' };

/** The server's limits for a request and its answer. */
export const ADVICE_LIMITS = {
  question: 4000,
  answer: 4000,
  recommendations: 10,
} as const;

/** An offering HR may recommend. */
export type OfferingChoice = { value: string; label: string };
