import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

export type OrgUnitPage = Present<paths['/api/org-units']['get']['responses'][200]['content']['application/json']>;
export type OrgUnit = OrgUnitPage['items'][number];

export const orgUnitKeys = {
  all: ['org-units'] as const,
  list: () => [...orgUnitKeys.all, 'list'] as const,
  detail: (id: string) => [...orgUnitKeys.all, 'detail', id] as const,
};

/** The largest page the server hands out. */
const PAGE_SIZE = 200;

export const getOrgUnitsPage = (after: string | undefined, signal?: AbortSignal) =>
  unwrap(api.GET('/api/org-units', { params: { query: { limit: PAGE_SIZE, after } }, signal }));

/** Every org unit, following the `next` cursor to the end: the tree needs all of them. */
export async function getAllOrgUnits(signal?: AbortSignal): Promise<OrgUnit[]> {
  const units: OrgUnit[] = [];
  let after: string | undefined;
  do {
    const page = await getOrgUnitsPage(after, signal);
    units.push(...page.items);
    after = page.next ?? undefined;
  } while (after);
  return units;
}

export const orgUnitsQueryOptions = () =>
  queryOptions({
    queryKey: orgUnitKeys.list(),
    queryFn: ({ signal }) => getAllOrgUnits(signal),
  });

export const useOrgUnits = () => useQuery(orgUnitsQueryOptions());
