import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { developmentKeys } from './query-keys';

export const getDiscussion = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/discussions/{id}', { params: { path: { id } }, signal }));

export const discussionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: developmentKeys.discussion(id),
    queryFn: ({ signal }) => getDiscussion(id, signal),
  });

export const useDiscussion = (id: string) => useQuery(discussionQueryOptions(id));
