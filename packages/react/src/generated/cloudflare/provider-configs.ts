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
  type SuspenseQueryHookOptions,
  useInfiniteReadQuery,
  useInvalidatingMutation,
  useReadQuery,
  useSuspenseReadQuery,
  type WriteOperation,
} from '../../runtime/index.js';
import { useCloudflareClient } from './context.js';
import { invalidations } from './invalidation.js';
import { type ProviderConfigsPage, keySpecs } from './keys.js';

// listProviderConfigs: List provider configurations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs`

const listProviderConfigs: ListOperation<
  Api.CloudflareClient,
  Api.ListProviderConfigsParams,
  Api.ListProviderConfigsItem,
  Api.ListProviderConfigsResponse
> = {
  api: 'cloudflare',
  key: keySpecs.listProviderConfigs,
  paging: { style: 'page' },
  fetch: (client, params, options) => client.providerConfigs.list(params, options),
};

/** Query options of listProviderConfigs (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const providerConfigsQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListProviderConfigsParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listProviderConfigs, client, params, request);

/** List provider configurations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` */
export function useProviderConfigs<TData = ProviderConfigsPage>(
  params: Api.ListProviderConfigsParams | SkipToken,
  options?: QueryHookOptions<ProviderConfigsPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    providerConfigsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List provider configurations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` — suspends until the data is there. */
export function useSuspenseProviderConfigs<TData = ProviderConfigsPage>(
  params: Api.ListProviderConfigsParams,
  options?: SuspenseQueryHookOptions<ProviderConfigsPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    providerConfigsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listProviderConfigs: each page from the client, no page past the last. */
export const providerConfigsInfiniteQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListProviderConfigsParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listProviderConfigs, client, params, request);

/** List provider configurations — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteProviderConfigs<TData = InfiniteData<ProviderConfigsPage, number>>(
  params: Api.ListProviderConfigsParams | SkipToken,
  options?: InfiniteQueryHookOptions<ProviderConfigsPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    providerConfigsInfiniteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// createProviderConfig: Add a provider configuration — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs`

export interface CreateProviderConfigVariables {
  params: Api.CreateProviderConfigParams;
  body: Api.CreateProviderConfigBody;
}

const createProviderConfig: WriteOperation<
  Api.CloudflareClient,
  CreateProviderConfigVariables,
  Api.CreateProviderConfigResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createProviderConfig,
  send: (client, variables, options) =>
    client.providerConfigs.create(variables.params, variables.body, options),
};

/**
 * Add a provider configuration — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs`
 *
 * On success it invalidates listProviderConfigs(gateway_id).
 */
export function useCreateProviderConfig<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CreateProviderConfigResult,
    CreateProviderConfigVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CreateProviderConfigResult,
  ClientError,
  CreateProviderConfigVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createProviderConfig, useCloudflareClient(), options);
}

// updateProviderConfig: Replace a provider configuration's key — `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}`

export interface UpdateProviderConfigVariables {
  params: Api.UpdateProviderConfigParams;
  body: Api.UpdateProviderConfigBody;
}

const updateProviderConfig: WriteOperation<
  Api.CloudflareClient,
  UpdateProviderConfigVariables,
  Api.UpdateProviderConfigResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.updateProviderConfig,
  send: (client, variables, options) =>
    client.providerConfigs.update(variables.params, variables.body, options),
};

/**
 * Replace a provider configuration's key — `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}`
 *
 * On success it invalidates listProviderConfigs(gateway_id).
 */
export function useUpdateProviderConfig<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.UpdateProviderConfigResult,
    UpdateProviderConfigVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.UpdateProviderConfigResult,
  ClientError,
  UpdateProviderConfigVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(updateProviderConfig, useCloudflareClient(), options);
}

// deleteProviderConfig: Delete a provider configuration — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}`

export interface DeleteProviderConfigVariables {
  params: Api.DeleteProviderConfigParams;
}

const deleteProviderConfig: WriteOperation<
  Api.CloudflareClient,
  DeleteProviderConfigVariables,
  Api.DeleteProviderConfigResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.deleteProviderConfig,
  send: (client, variables, options) => client.providerConfigs.delete(variables.params, options),
};

/**
 * Delete a provider configuration — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}`
 *
 * On success it invalidates listProviderConfigs(gateway_id).
 */
export function useDeleteProviderConfig<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.DeleteProviderConfigResult,
    DeleteProviderConfigVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.DeleteProviderConfigResult,
  ClientError,
  DeleteProviderConfigVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteProviderConfig, useCloudflareClient(), options);
}
