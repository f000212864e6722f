import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { reportKeys } from './query-keys';

export type ReportSummary = Present<paths['/api/reports']['get']['responses'][200]['content']['application/json']>['items'][number];

export const getReports = (signal?: AbortSignal) => unwrap(api.GET('/api/reports', { signal }));

export const reportsQueryOptions = () =>
  queryOptions({
    queryKey: reportKeys.list(),
    queryFn: ({ signal }) => getReports(signal),
    // The catalogue changes only with a release.
    staleTime: Infinity,
  });

export const useReports = () => useQuery(reportsQueryOptions());
