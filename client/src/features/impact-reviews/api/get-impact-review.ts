import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, type Present, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { impactReviewKeys } from './query-keys';

export type ImpactReview = Present<paths['/api/impact-reviews/{id}']['get']['responses'][200]['content']['application/json']>;
export type ImpactOutcome = ImpactReview['outcomes'][number];
export type ImpactFigures = ImpactReview['figures'];
export type ImpactPermissions = ImpactReview['can'];

/** An impact review: window and status, the learner's reaction, the manager's levels, the server's figures and what the caller may do. */
export const getImpactReview = async (id: string, signal?: AbortSignal): Promise<ImpactReview> =>
  unwrap(api.GET('/api/impact-reviews/{id}', { params: { path: { id } }, signal }));

export const impactReviewQueryOptions = (id: string) =>
  queryOptions({
    queryKey: impactReviewKeys.detail(id),
    queryFn: ({ signal }) => getImpactReview(id, signal),
  });

export const useImpactReview = (id: string) => useQuery(impactReviewQueryOptions(id));

/** A contract's impact review; 404 until the contract is completed. */
export const getContractImpactReview = async (contractId: string, signal?: AbortSignal): Promise<ImpactReview> =>
  unwrap(api.GET('/api/contracts/{id}/impact-review', { params: { path: { id: contractId } }, signal }));

export const useContractImpactReview = (contractId: string, enabled = true) =>
  useQuery({
    queryKey: impactReviewKeys.ofContract(contractId),
    queryFn: ({ signal }) => getContractImpactReview(contractId, signal),
    enabled,
    retry: false,
  });
