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
import { type GatewaysPage, keySpecs } from './keys.js';

// listGateways: List gateways — `GET /accounts/{account_id}/ai-gateway/gateways`

const listGateways: ListOperation<
  Api.CloudflareClient,
  Api.ListGatewaysParams | undefined,
  Api.ListGatewaysItem,
  Api.ListGatewaysResponse
> = {
  api: 'cloudflare',
  key: keySpecs.listGateways,
  paging: { style: 'page' },
  fetch: (client, params, options) => client.gateways.list(params, options),
};

/** Query options of listGateways (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const gatewaysQueryOptions = (
  client: Api.CloudflareClient,
  params?: Api.ListGatewaysParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listGateways, client, params, request);

/** List gateways — `GET /accounts/{account_id}/ai-gateway/gateways` */
export function useGateways<TData = GatewaysPage>(
  params?: Api.ListGatewaysParams | SkipToken,
  options?: QueryHookOptions<GatewaysPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    gatewaysQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List gateways — `GET /accounts/{account_id}/ai-gateway/gateways` — suspends until the data is there. */
export function useSuspenseGateways<TData = GatewaysPage>(
  params?: Api.ListGatewaysParams,
  options?: SuspenseQueryHookOptions<GatewaysPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    gatewaysQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listGateways: each page from the client, no page past the last. */
export const gatewaysInfiniteQueryOptions = (
  client: Api.CloudflareClient,
  params?: Api.ListGatewaysParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listGateways, client, params, request);

/** List gateways — `GET /accounts/{account_id}/ai-gateway/gateways` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteGateways<TData = InfiniteData<GatewaysPage, number>>(
  params?: Api.ListGatewaysParams | SkipToken,
  options?: InfiniteQueryHookOptions<GatewaysPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    gatewaysInfiniteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// createGateway: Create a gateway — `POST /accounts/{account_id}/ai-gateway/gateways`

export interface CreateGatewayVariables {
  body: Api.CreateGatewayBody;
}

const createGateway: WriteOperation<
  Api.CloudflareClient,
  CreateGatewayVariables,
  Api.CreateGatewayResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createGateway,
  send: (client, variables, options) => client.gateways.create(variables.body, options),
};

/**
 * Create a gateway — `POST /accounts/{account_id}/ai-gateway/gateways`
 *
 * On success it invalidates listGateways().
 */
export function useCreateGateway<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.CreateGatewayResult, CreateGatewayVariables, TOnMutateResult>,
): UseMutationResult<
  Api.CreateGatewayResult,
  ClientError,
  CreateGatewayVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createGateway, useCloudflareClient(), options);
}

// getGateway: Get a gateway — `GET /accounts/{account_id}/ai-gateway/gateways/{id}`

const getGateway: ReadOperation<Api.CloudflareClient, Api.GetGatewayParams, Api.GetGatewayResult> =
  {
    api: 'cloudflare',
    key: keySpecs.getGateway,
    fetch: (client, params, options) => client.gateways.get(params, options),
  };

/** Query options of getGateway, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const gatewayQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetGatewayParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getGateway, client, params, request);

/** Get a gateway — `GET /accounts/{account_id}/ai-gateway/gateways/{id}` */
export function useGateway<TData = Api.GetGatewayResult>(
  params: Api.GetGatewayParams | SkipToken,
  options?: QueryHookOptions<Api.GetGatewayResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    gatewayQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get a gateway — `GET /accounts/{account_id}/ai-gateway/gateways/{id}` — suspends until the data is there. */
export function useSuspenseGateway<TData = Api.GetGatewayResult>(
  params: Api.GetGatewayParams,
  options?: SuspenseQueryHookOptions<Api.GetGatewayResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    gatewayQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// updateGateway: Replace a gateway's settings — `PUT /accounts/{account_id}/ai-gateway/gateways/{id}`

export interface UpdateGatewayVariables {
  params: Api.UpdateGatewayParams;
  body: Api.UpdateGatewayBody;
}

const updateGateway: WriteOperation<
  Api.CloudflareClient,
  UpdateGatewayVariables,
  Api.UpdateGatewayResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.updateGateway,
  send: (client, variables, options) =>
    client.gateways.update(variables.params, variables.body, options),
};

/**
 * Replace a gateway's settings — `PUT /accounts/{account_id}/ai-gateway/gateways/{id}`
 *
 * On success it invalidates getGateway(id), listGateways().
 */
export function useUpdateGateway<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.UpdateGatewayResult, UpdateGatewayVariables, TOnMutateResult>,
): UseMutationResult<
  Api.UpdateGatewayResult,
  ClientError,
  UpdateGatewayVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(updateGateway, useCloudflareClient(), options);
}

// deleteGateway: Delete a gateway — `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}`

export interface DeleteGatewayVariables {
  params: Api.DeleteGatewayParams;
}

const deleteGateway: WriteOperation<
  Api.CloudflareClient,
  DeleteGatewayVariables,
  Api.DeleteGatewayResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.deleteGateway,
  send: (client, variables, options) => client.gateways.delete(variables.params, options),
};

/**
 * Delete a gateway — `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}`
 *
 * On success it invalidates getGateway(id) and its subtree, listGateways().
 */
export function useDeleteGateway<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.DeleteGatewayResult, DeleteGatewayVariables, TOnMutateResult>,
): UseMutationResult<
  Api.DeleteGatewayResult,
  ClientError,
  DeleteGatewayVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteGateway, useCloudflareClient(), options);
}
