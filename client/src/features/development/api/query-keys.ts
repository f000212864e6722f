import type { QueryClient } from '@tanstack/react-query';

/**
 * Query keys of the development records. A plan is read per person (`/api/people/{id}/plan`),
 * so it lives under the person, next to their team.
 */
export const developmentKeys = {
  needs: ['development-needs'] as const,
  need: (id: string) => [...developmentKeys.needs, 'detail', id] as const,
  discussions: ['discussions'] as const,
  discussionList: (learnerId: string) => [...developmentKeys.discussions, 'list', learnerId] as const,
  discussion: (id: string) => [...developmentKeys.discussions, 'detail', id] as const,
  plan: (personId: string) => ['people', 'detail', personId, 'plan'] as const,
};

/**
 * A need or a 1:1 changed: plans, the 1:1s that list their needs, the team overview (open
 * needs, last and next 1:1) and the business needs (how many needs serve each) are all suspect.
 */
export const invalidateDevelopmentRecords = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: developmentKeys.needs }),
    queryClient.invalidateQueries({ queryKey: developmentKeys.discussions }),
    queryClient.invalidateQueries({ queryKey: ['people'] }),
    queryClient.invalidateQueries({ queryKey: ['business-needs'] }),
  ]);
