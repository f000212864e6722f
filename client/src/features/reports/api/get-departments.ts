import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

type OrgUnit = Present<paths['/api/org-units']['get']['responses'][200]['content']['application/json']>['items'][number];

/** The largest page the server hands out. */
const PAGE_SIZE = 200;

/** The departments a report can be narrowed to, following the `next` cursor to the end, by name. */
export async function getDepartments(signal?: AbortSignal): Promise<OrgUnit[]> {
  const units: OrgUnit[] = [];
  let after: string | undefined;
  do {
    const page = await unwrap(api.GET('/api/org-units', { params: { query: { limit: PAGE_SIZE, after } }, signal }));
    units.push(...page.items);
    after = page.next ?? undefined;
  } while (after);
  return units.filter((unit) => unit.kind === 'Department').sort((a, b) => a.name.localeCompare(b.name));
}

export const departmentsQueryOptions = () =>
  queryOptions({
    queryKey: ['reports', 'departments'] as const,
    queryFn: ({ signal }) => getDepartments(signal),
  });

export const useDepartments = () => useQuery(departmentsQueryOptions());
