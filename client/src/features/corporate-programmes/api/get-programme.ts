import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { programmeKeys } from './query-keys';

export const getProgramme = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/corporate-programmes/{id}', { params: { path: { id } }, signal }));

export const programmeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: programmeKeys.detail(id),
    queryFn: ({ signal }) => getProgramme(id, signal),
  });

export const useProgramme = (id: string) => useQuery(programmeQueryOptions(id));
