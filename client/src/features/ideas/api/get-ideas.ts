import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { ideaKeys } from './query-keys';

export type IdeaPage = Present<paths['/api/contracts/{id}/ideas']['get']['responses'][200]['content']['application/json']>;
export type Idea = IdeaPage['items'][number];

export const IDEAS_PAGE_SIZE = 20;

/** The ideas the learner raised on a contract, newest first. */
export const getIdeas = async (contractId: string, after: string | undefined, signal?: AbortSignal): Promise<IdeaPage> =>
  unwrap(
    api.GET('/api/contracts/{id}/ideas', {
      params: { path: { id: contractId }, query: { limit: IDEAS_PAGE_SIZE, after } },
      signal,
    }),
  );

export const ideasInfiniteQueryOptions = (contractId: string) =>
  infiniteQueryOptions({
    queryKey: ideaKeys.list(contractId),
    queryFn: ({ pageParam, signal }) => getIdeas(contractId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });

export const useIdeas = (contractId: string) => useInfiniteQuery(ideasInfiniteQueryOptions(contractId));
