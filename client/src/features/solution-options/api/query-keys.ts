import type { QueryClient } from '@tanstack/react-query';

/** Query keys of the options appraised for a need. */
export const optionKeys = {
  all: ['solution-options'] as const,
  ofNeed: (needId: string) => [...optionKeys.all, 'need', needId] as const,
  detail: (id: string) => [...optionKeys.all, 'detail', id] as const,
};

/**
 * An option was added or changed: the need's options, and HR's recommendations (which say
 * whether an offering is already one of the need's options).
 */
export const invalidateOptions = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: optionKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['advice-requests'] }),
  ]);

/**
 * An option was selected or rejected: selecting moves the need to "Solution selected", so
 * plans, the team overview and HR's programme candidates are suspect too.
 */
export const invalidateDecision = (queryClient: QueryClient) =>
  Promise.all([
    invalidateOptions(queryClient),
    queryClient.invalidateQueries({ queryKey: ['development-needs'] }),
    queryClient.invalidateQueries({ queryKey: ['people'] }),
    queryClient.invalidateQueries({ queryKey: ['corporate-programmes'] }),
  ]);
