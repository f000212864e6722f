import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

export type AuditEntryPage = Present<paths['/api/audit']['get']['responses'][200]['content']['application/json']>;
export type AuditEntry = AuditEntryPage['items'][number];

/**
 * What to narrow the trail to. `from` and `to` are calendar days in the user's time zone, both included; the API takes
 * instants, `from` inclusive and `to` exclusive.
 */
export type AuditFilter = {
  recordId?: string;
  recordType?: string;
  personId?: string;
  actorId?: string;
  from?: string;
  to?: string;
};

export const PAGE_SIZE = 50;

export const auditKeys = {
  all: ['audit'] as const,
  list: (filter: AuditFilter) => [...auditKeys.all, 'list', filter] as const,
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight at the start of a `YYYY-MM-DD` day, `days` later, as an ISO instant. */
export function startOfDay(day: string | undefined, days = 0): string | undefined {
  const match = day ? DAY.exec(day) : null;
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days).toISOString();
}

/** Leaves out what is empty, so that equal filters share a cache entry. */
export const cleanFilter = (filter: AuditFilter): AuditFilter =>
  Object.fromEntries(
    Object.entries(filter)
      .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value])
      .filter(([, value]) => value),
  ) as AuditFilter;

export const getAuditEntries = (filter: AuditFilter, after: string | undefined, signal?: AbortSignal) =>
  unwrap(
    api.GET('/api/audit', {
      params: {
        query: {
          recordId: filter.recordId,
          recordType: filter.recordType,
          personId: filter.personId,
          actorId: filter.actorId,
          from: startOfDay(filter.from),
          // The last day counts whole: up to the start of the next.
          to: startOfDay(filter.to, 1),
          limit: PAGE_SIZE,
          after,
        },
      },
      signal,
    }),
  );

/** Audit entries, newest first, one page at a time. */
export const auditEntriesInfiniteQueryOptions = (filter: AuditFilter) => {
  const cleaned = cleanFilter(filter);
  return infiniteQueryOptions({
    queryKey: auditKeys.list(cleaned),
    queryFn: ({ pageParam, signal }) => getAuditEntries(cleaned, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.next ?? undefined,
  });
};

export const useAuditEntries = (filter: AuditFilter) =>
  useInfiniteQuery({ ...auditEntriesInfiniteQueryOptions(filter), placeholderData: keepPreviousData });
