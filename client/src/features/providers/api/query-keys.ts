import type { QueryClient } from '@tanstack/react-query';

export type ProvidersFilter = { q?: string; kind?: string | null; preferred?: boolean | null; active?: boolean | null };
export type OfferingsFilter = { solutionType?: string | null; q?: string };

/** Query keys of the provider register: providers, their offerings and the kinds of solution. */
export const providerKeys = {
  all: ['providers'] as const,
  lists: () => [...providerKeys.all, 'list'] as const,
  list: (filter: ProvidersFilter) => [...providerKeys.lists(), filter] as const,
  detail: (id: string) => [...providerKeys.all, 'detail', id] as const,
};

export const offeringKeys = {
  all: ['offerings'] as const,
  ofProvider: (providerId: string, includeInactive: boolean) =>
    [...offeringKeys.all, 'provider', providerId, { includeInactive }] as const,
  catalogue: (filter: OfferingsFilter) => [...offeringKeys.all, 'catalogue', filter] as const,
  /** Every active offering, for pickers. */
  active: () => [...offeringKeys.all, 'active'] as const,
  detail: (id: string) => [...offeringKeys.all, 'detail', id] as const,
};

export const solutionTypeKeys = {
  all: ['solution-types'] as const,
};

/**
 * A provider or an offering changed: providers count their active offerings and offerings show
 * their provider's name and preferred-supplier flag, so both lists are suspect.
 */
export const invalidateRegister = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: providerKeys.all }),
    queryClient.invalidateQueries({ queryKey: offeringKeys.all }),
  ]);
