import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { peopleKeys } from './get-people';

export const getPerson = (id: string, signal?: AbortSignal) =>
  unwrap(api.GET('/api/people/{id}', { params: { path: { id } }, signal }));

export const personQueryOptions = (id: string) =>
  queryOptions({
    queryKey: peopleKeys.detail(id),
    queryFn: ({ signal }) => getPerson(id, signal),
  });

export const usePerson = (id: string | null | undefined) =>
  useQuery({ ...personQueryOptions(id ?? ''), enabled: !!id });
