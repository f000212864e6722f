/** Query keys of ideas: everything starts with `ideas`, so one invalidation reaches them all. */
export const ideaKeys = {
  all: ['ideas'] as const,
  list: (contractId: string) => [...ideaKeys.all, 'list', contractId] as const,
  detail: (id: string) => [...ideaKeys.all, 'detail', id] as const,
};
