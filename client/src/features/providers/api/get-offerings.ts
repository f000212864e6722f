import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import type { Offering } from './get-provider-offerings';
import { offeringKeys } from './query-keys';

export type OfferingsQuery = NonNullable<paths['/api/offerings']['get']['parameters']['query']>;

/** The largest page the server hands out. */
const MAX_PAGE_SIZE = 200;

/** The catalogue across providers, by title: active offerings of active providers unless asked otherwise. */
export const getOfferings = (query: OfferingsQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/api/offerings', { params: { query }, signal }));

/** Every offering still offered, following the cursor to the end: options, advice and programmes pick from them. */
export async function getActiveOfferings(signal?: AbortSignal): Promise<Offering[]> {
  const offerings: Offering[] = [];
  let after: string | undefined;
  do {
    const page = await getOfferings({ limit: MAX_PAGE_SIZE, after }, signal);
    offerings.push(...page.items);
    after = page.next ?? undefined;
  } while (after);
  return offerings;
}

export const activeOfferingsQueryOptions = () =>
  queryOptions({
    queryKey: offeringKeys.active(),
    queryFn: ({ signal }) => getActiveOfferings(signal),
  });

/** Only managers, HR and Admin read the catalogue: pass `enabled: false` for anyone else. */
export const useActiveOfferings = ({ enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...activeOfferingsQueryOptions(), enabled });
