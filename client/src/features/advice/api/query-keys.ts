export type AdviceRequestsFilter = { status?: string | null; needId?: string | null };

/** Query keys of HR advice requests. */
export const adviceKeys = {
  all: ['advice-requests'] as const,
  lists: () => [...adviceKeys.all, 'list'] as const,
  list: (filter: AdviceRequestsFilter) => [...adviceKeys.lists(), filter] as const,
  detail: (id: string) => [...adviceKeys.all, 'detail', id] as const,
};
