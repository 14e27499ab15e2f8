// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type * as Api from '@ai-gateway/client/cloudflare';
import {
  type InfiniteData,
  type SkipToken,
  type UseInfiniteQueryResult,
  type UseQueryResult,
  type UseSuspenseQueryResult,
} from '@tanstack/react-query';
import {
  type CallOptions,
  type ClientError,
  infiniteListQueryOptions,
  type InfiniteQueryHookOptions,
  type ListOperation,
  listQueryOptions,
  type QueryHookOptions,
  type SuspenseQueryHookOptions,
  useInfiniteReadQuery,
  useReadQuery,
  useSuspenseReadQuery,
} from '../../runtime/index.js';
import { useCloudflareClient } from './context.js';
import { type EvaluationTypesPage, keySpecs } from './keys.js';

// listEvaluationTypes: List evaluation types — `GET /accounts/{account_id}/ai-gateway/evaluation-types`

const listEvaluationTypes: ListOperation<
  Api.CloudflareClient,
  Api.ListEvaluationTypesParams | undefined,
  Api.ListEvaluationTypesItem,
  Api.ListEvaluationTypesResponse
> = {
  api: 'cloudflare',
  key: keySpecs.listEvaluationTypes,
  paging: { style: 'page' },
  fetch: (client, params, options) => client.evaluationTypes.list(params, options),
};

/** Query options of listEvaluationTypes (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const evaluationTypesQueryOptions = (
  client: Api.CloudflareClient,
  params?: Api.ListEvaluationTypesParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listEvaluationTypes, client, params, request);

/** List evaluation types — `GET /accounts/{account_id}/ai-gateway/evaluation-types` */
export function useEvaluationTypes<TData = EvaluationTypesPage>(
  params?: Api.ListEvaluationTypesParams | SkipToken,
  options?: QueryHookOptions<EvaluationTypesPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    evaluationTypesQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List evaluation types — `GET /accounts/{account_id}/ai-gateway/evaluation-types` — suspends until the data is there. */
export function useSuspenseEvaluationTypes<TData = EvaluationTypesPage>(
  params?: Api.ListEvaluationTypesParams,
  options?: SuspenseQueryHookOptions<EvaluationTypesPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    evaluationTypesQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listEvaluationTypes: each page from the client, no page past the last. */
export const evaluationTypesInfiniteQueryOptions = (
  client: Api.CloudflareClient,
  params?: Api.ListEvaluationTypesParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listEvaluationTypes, client, params, request);

/** List evaluation types — `GET /accounts/{account_id}/ai-gateway/evaluation-types` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteEvaluationTypes<TData = InfiniteData<EvaluationTypesPage, number>>(
  params?: Api.ListEvaluationTypesParams | SkipToken,
  options?: InfiniteQueryHookOptions<EvaluationTypesPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    evaluationTypesInfiniteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}
