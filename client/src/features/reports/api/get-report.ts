import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { reportKeys } from './query-keys';

export type Report = Present<paths['/api/reports/{name}']['get']['responses'][200]['content']['application/json']>;
export type ReportColumn = Report['columns'][number];

/** `from` and `to` are calendar days, both included. */
export type ReportFilter = {
  from?: string;
  to?: string;
  departmentId?: string;
  groupBy?: string;
};

/** Leaves out what is empty, so that equal filters share a cache entry and the CSV link stays short. */
export const cleanReportFilter = (filter: ReportFilter): ReportFilter =>
  Object.fromEntries(Object.entries(filter).filter(([, value]) => typeof value === 'string' && value.trim() !== '')) as ReportFilter;

export const getReport = (name: string, filter: ReportFilter, signal?: AbortSignal) =>
  unwrap(api.GET('/api/reports/{name}', { params: { path: { name }, query: cleanReportFilter(filter) }, signal }));

/** Where the browser downloads the same rows as CSV (a plain link: the server names the file). */
export const reportCsvHref = (name: string, filter: ReportFilter) =>
  `/api/reports/${encodeURIComponent(name)}?${new URLSearchParams({ ...cleanReportFilter(filter), format: 'csv' }).toString()}`;

export const reportQueryOptions = (name: string, filter: ReportFilter) => {
  const cleaned = cleanReportFilter(filter);
  return queryOptions({
    queryKey: reportKeys.detail(name, cleaned),
    queryFn: ({ signal }) => getReport(name, cleaned, signal),
  });
};

export const useReport = (name: string, filter: ReportFilter) =>
  useQuery({ ...reportQueryOptions(name, filter), placeholderData: keepPreviousData });
