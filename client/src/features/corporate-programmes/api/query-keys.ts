export type ProgrammesFilter = { status?: string | null };

/** Query keys of corporate programmes and the clusters of needs that could become one. */
export const programmeKeys = {
  all: ['corporate-programmes'] as const,
  candidates: () => [...programmeKeys.all, 'candidates'] as const,
  lists: () => [...programmeKeys.all, 'list'] as const,
  list: (filter: ProgrammesFilter) => [...programmeKeys.lists(), filter] as const,
  detail: (id: string) => [...programmeKeys.all, 'detail', id] as const,
};
