// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type * as Api from '@ai-gateway/client/cloudflare';
import {
  type InfiniteData,
  type SkipToken,
  type UseInfiniteQueryResult,
  type UseMutationResult,
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
  type MutationHookOptions,
  type QueryHookOptions,
  type ReadOperation,
  readQueryOptions,
  type SuspenseQueryHookOptions,
  useInfiniteReadQuery,
  useInvalidatingMutation,
  useReadQuery,
  useSuspenseReadQuery,
  type WriteOperation,
} from '../../runtime/index.js';
import { useCloudflareClient } from './context.js';
import { invalidations } from './invalidation.js';
import { type EvaluationsPage, keySpecs } from './keys.js';

// listEvaluations: List evaluations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations`

const listEvaluations: ListOperation<
  Api.CloudflareClient,
  Api.ListEvaluationsParams,
  Api.ListEvaluationsItem,
  Api.ListEvaluationsResponse
> = {
  api: 'cloudflare',
  key: keySpecs.listEvaluations,
  paging: { style: 'page' },
  fetch: (client, params, options) => client.evaluations.list(params, options),
};

/** Query options of listEvaluations (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const evaluationsQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListEvaluationsParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listEvaluations, client, params, request);

/** List evaluations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` */
export function useEvaluations<TData = EvaluationsPage>(
  params: Api.ListEvaluationsParams | SkipToken,
  options?: QueryHookOptions<EvaluationsPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    evaluationsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List evaluations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` — suspends until the data is there. */
export function useSuspenseEvaluations<TData = EvaluationsPage>(
  params: Api.ListEvaluationsParams,
  options?: SuspenseQueryHookOptions<EvaluationsPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    evaluationsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listEvaluations: each page from the client, no page past the last. */
export const evaluationsInfiniteQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListEvaluationsParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listEvaluations, client, params, request);

/** List evaluations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteEvaluations<TData = InfiniteData<EvaluationsPage, number>>(
  params: Api.ListEvaluationsParams | SkipToken,
  options?: InfiniteQueryHookOptions<EvaluationsPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    evaluationsInfiniteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// createEvaluation: Start an evaluation — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations`

export interface CreateEvaluationVariables {
  params: Api.CreateEvaluationParams;
  body: Api.CreateEvaluationBody;
}

const createEvaluation: WriteOperation<
  Api.CloudflareClient,
  CreateEvaluationVariables,
  Api.CreateEvaluationResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createEvaluation,
  send: (client, variables, options) =>
    client.evaluations.create(variables.params, variables.body, options),
};

/**
 * Start an evaluation — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations`
 *
 * On success it invalidates listEvaluations(gateway_id).
 */
export function useCreateEvaluation<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CreateEvaluationResult,
    CreateEvaluationVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CreateEvaluationResult,
  ClientError,
  CreateEvaluationVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createEvaluation, useCloudflareClient(), options);
}

// getEvaluation: Get an evaluation — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}`

const getEvaluation: ReadOperation<
  Api.CloudflareClient,
  Api.GetEvaluationParams,
  Api.GetEvaluationResult
> = {
  api: 'cloudflare',
  key: keySpecs.getEvaluation,
  fetch: (client, params, options) => client.evaluations.get(params, options),
};

/** Query options of getEvaluation, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const evaluationQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetEvaluationParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getEvaluation, client, params, request);

/** Get an evaluation — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` */
export function useEvaluation<TData = Api.GetEvaluationResult>(
  params: Api.GetEvaluationParams | SkipToken,
  options?: QueryHookOptions<Api.GetEvaluationResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    evaluationQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get an evaluation — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` — suspends until the data is there. */
export function useSuspenseEvaluation<TData = Api.GetEvaluationResult>(
  params: Api.GetEvaluationParams,
  options?: SuspenseQueryHookOptions<Api.GetEvaluationResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    evaluationQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// deleteEvaluation: Delete an evaluation — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}`

export interface DeleteEvaluationVariables {
  params: Api.DeleteEvaluationParams;
}

const deleteEvaluation: WriteOperation<
  Api.CloudflareClient,
  DeleteEvaluationVariables,
  Api.DeleteEvaluationResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.deleteEvaluation,
  send: (client, variables, options) => client.evaluations.delete(variables.params, options),
};

/**
 * Delete an evaluation — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}`
 *
 * On success it invalidates getEvaluation(gateway_id, id) and its subtree, listEvaluations(gateway_id).
 */
export function useDeleteEvaluation<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.DeleteEvaluationResult,
    DeleteEvaluationVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.DeleteEvaluationResult,
  ClientError,
  DeleteEvaluationVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteEvaluation, useCloudflareClient(), options);
}
