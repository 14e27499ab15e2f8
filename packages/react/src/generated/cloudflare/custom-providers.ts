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
import { type CustomProvidersPage, type CustomProviderCostsPage, keySpecs } from './keys.js';

// listCustomProviders: List custom providers — `GET /accounts/{account_id}/ai-gateway/custom-providers`

const listCustomProviders: ListOperation<
  Api.CloudflareClient,
  Api.ListCustomProvidersParams | undefined,
  Api.ListCustomProvidersItem,
  Api.ListCustomProvidersResponse
> = {
  api: 'cloudflare',
  key: keySpecs.listCustomProviders,
  paging: { style: 'page' },
  fetch: (client, params, options) => client.customProviders.list(params, options),
};

/** Query options of listCustomProviders (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const customProvidersQueryOptions = (
  client: Api.CloudflareClient,
  params?: Api.ListCustomProvidersParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listCustomProviders, client, params, request);

/** List custom providers — `GET /accounts/{account_id}/ai-gateway/custom-providers` */
export function useCustomProviders<TData = CustomProvidersPage>(
  params?: Api.ListCustomProvidersParams | SkipToken,
  options?: QueryHookOptions<CustomProvidersPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    customProvidersQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List custom providers — `GET /accounts/{account_id}/ai-gateway/custom-providers` — suspends until the data is there. */
export function useSuspenseCustomProviders<TData = CustomProvidersPage>(
  params?: Api.ListCustomProvidersParams,
  options?: SuspenseQueryHookOptions<CustomProvidersPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    customProvidersQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listCustomProviders: each page from the client, no page past the last. */
export const customProvidersInfiniteQueryOptions = (
  client: Api.CloudflareClient,
  params?: Api.ListCustomProvidersParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listCustomProviders, client, params, request);

/** List custom providers — `GET /accounts/{account_id}/ai-gateway/custom-providers` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteCustomProviders<TData = InfiniteData<CustomProvidersPage, number>>(
  params?: Api.ListCustomProvidersParams | SkipToken,
  options?: InfiniteQueryHookOptions<CustomProvidersPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    customProvidersInfiniteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// createCustomProvider: Create a custom provider — `POST /accounts/{account_id}/ai-gateway/custom-providers`

export interface CreateCustomProviderVariables {
  body: Api.CreateCustomProviderBody;
}

const createCustomProvider: WriteOperation<
  Api.CloudflareClient,
  CreateCustomProviderVariables,
  Api.CreateCustomProviderResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createCustomProvider,
  send: (client, variables, options) => client.customProviders.create(variables.body, options),
};

/**
 * Create a custom provider — `POST /accounts/{account_id}/ai-gateway/custom-providers`
 *
 * On success it invalidates listCustomProviders().
 */
export function useCreateCustomProvider<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CreateCustomProviderResult,
    CreateCustomProviderVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CreateCustomProviderResult,
  ClientError,
  CreateCustomProviderVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createCustomProvider, useCloudflareClient(), options);
}

// getCustomProvider: Get a custom provider — `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}`

const getCustomProvider: ReadOperation<
  Api.CloudflareClient,
  Api.GetCustomProviderParams,
  Api.GetCustomProviderResult
> = {
  api: 'cloudflare',
  key: keySpecs.getCustomProvider,
  fetch: (client, params, options) => client.customProviders.get(params, options),
};

/** Query options of getCustomProvider, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const customProviderQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetCustomProviderParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getCustomProvider, client, params, request);

/** Get a custom provider — `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` */
export function useCustomProvider<TData = Api.GetCustomProviderResult>(
  params: Api.GetCustomProviderParams | SkipToken,
  options?: QueryHookOptions<Api.GetCustomProviderResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    customProviderQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get a custom provider — `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` — suspends until the data is there. */
export function useSuspenseCustomProvider<TData = Api.GetCustomProviderResult>(
  params: Api.GetCustomProviderParams,
  options?: SuspenseQueryHookOptions<Api.GetCustomProviderResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    customProviderQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// deleteCustomProvider: Delete a custom provider — `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}`

export interface DeleteCustomProviderVariables {
  params: Api.DeleteCustomProviderParams;
}

const deleteCustomProvider: WriteOperation<
  Api.CloudflareClient,
  DeleteCustomProviderVariables,
  Api.DeleteCustomProviderResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.deleteCustomProvider,
  send: (client, variables, options) => client.customProviders.delete(variables.params, options),
};

/**
 * Delete a custom provider — `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}`
 *
 * On success it invalidates getCustomProvider(id), listCustomProviders(), listCustomProviderCosts(), getCustomProviderCost().
 */
export function useDeleteCustomProvider<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.DeleteCustomProviderResult,
    DeleteCustomProviderVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.DeleteCustomProviderResult,
  ClientError,
  DeleteCustomProviderVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteCustomProvider, useCloudflareClient(), options);
}

// updateCustomProvider: Update a custom provider — `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}`

export interface UpdateCustomProviderVariables {
  params: Api.UpdateCustomProviderParams;
  body: Api.UpdateCustomProviderBody;
}

const updateCustomProvider: WriteOperation<
  Api.CloudflareClient,
  UpdateCustomProviderVariables,
  Api.UpdateCustomProviderResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.updateCustomProvider,
  send: (client, variables, options) =>
    client.customProviders.update(variables.params, variables.body, options),
};

/**
 * Update a custom provider — `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}`
 *
 * On success it invalidates getCustomProvider(id), listCustomProviders().
 */
export function useUpdateCustomProvider<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.UpdateCustomProviderResult,
    UpdateCustomProviderVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.UpdateCustomProviderResult,
  ClientError,
  UpdateCustomProviderVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(updateCustomProvider, useCloudflareClient(), options);
}

// listCustomProviderCosts: List custom provider costs — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs`

const listCustomProviderCosts: ListOperation<
  Api.CloudflareClient,
  Api.ListCustomProviderCostsParams | undefined,
  Api.ListCustomProviderCostsItem,
  Api.ListCustomProviderCostsResponse
> = {
  api: 'cloudflare',
  key: keySpecs.listCustomProviderCosts,
  paging: { style: 'page' },
  fetch: (client, params, options) => client.customProviders.costs.list(params, options),
};

/** Query options of listCustomProviderCosts (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const customProviderCostsQueryOptions = (
  client: Api.CloudflareClient,
  params?: Api.ListCustomProviderCostsParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listCustomProviderCosts, client, params, request);

/** List custom provider costs — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` */
export function useCustomProviderCosts<TData = CustomProviderCostsPage>(
  params?: Api.ListCustomProviderCostsParams | SkipToken,
  options?: QueryHookOptions<CustomProviderCostsPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    customProviderCostsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List custom provider costs — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` — suspends until the data is there. */
export function useSuspenseCustomProviderCosts<TData = CustomProviderCostsPage>(
  params?: Api.ListCustomProviderCostsParams,
  options?: SuspenseQueryHookOptions<CustomProviderCostsPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    customProviderCostsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listCustomProviderCosts: each page from the client, no page past the last. */
export const customProviderCostsInfiniteQueryOptions = (
  client: Api.CloudflareClient,
  params?: Api.ListCustomProviderCostsParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listCustomProviderCosts, client, params, request);

/** List custom provider costs — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteCustomProviderCosts<
  TData = InfiniteData<CustomProviderCostsPage, number>,
>(
  params?: Api.ListCustomProviderCostsParams | SkipToken,
  options?: InfiniteQueryHookOptions<CustomProviderCostsPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    customProviderCostsInfiniteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// createCustomProviderCost: Add a custom provider cost — `POST /accounts/{account_id}/ai-gateway/custom-providers/costs`

export interface CreateCustomProviderCostVariables {
  body: Api.CreateCustomProviderCostBody;
}

const createCustomProviderCost: WriteOperation<
  Api.CloudflareClient,
  CreateCustomProviderCostVariables,
  Api.CreateCustomProviderCostResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createCustomProviderCost,
  send: (client, variables, options) =>
    client.customProviders.costs.create(variables.body, options),
};

/**
 * Add a custom provider cost — `POST /accounts/{account_id}/ai-gateway/custom-providers/costs`
 *
 * On success it invalidates listCustomProviderCosts().
 */
export function useCreateCustomProviderCost<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CreateCustomProviderCostResult,
    CreateCustomProviderCostVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CreateCustomProviderCostResult,
  ClientError,
  CreateCustomProviderCostVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createCustomProviderCost, useCloudflareClient(), options);
}

// getCustomProviderCost: Get a custom provider cost — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}`

const getCustomProviderCost: ReadOperation<
  Api.CloudflareClient,
  Api.GetCustomProviderCostParams,
  Api.GetCustomProviderCostResult
> = {
  api: 'cloudflare',
  key: keySpecs.getCustomProviderCost,
  fetch: (client, params, options) => client.customProviders.costs.get(params, options),
};

/** Query options of getCustomProviderCost, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const customProviderCostQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetCustomProviderCostParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getCustomProviderCost, client, params, request);

/** Get a custom provider cost — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` */
export function useCustomProviderCost<TData = Api.GetCustomProviderCostResult>(
  params: Api.GetCustomProviderCostParams | SkipToken,
  options?: QueryHookOptions<Api.GetCustomProviderCostResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    customProviderCostQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get a custom provider cost — `GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}` — suspends until the data is there. */
export function useSuspenseCustomProviderCost<TData = Api.GetCustomProviderCostResult>(
  params: Api.GetCustomProviderCostParams,
  options?: SuspenseQueryHookOptions<Api.GetCustomProviderCostResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    customProviderCostQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// deleteCustomProviderCost: Delete a custom provider cost — `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}`

export interface DeleteCustomProviderCostVariables {
  params: Api.DeleteCustomProviderCostParams;
}

const deleteCustomProviderCost: WriteOperation<
  Api.CloudflareClient,
  DeleteCustomProviderCostVariables,
  Api.DeleteCustomProviderCostResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.deleteCustomProviderCost,
  send: (client, variables, options) =>
    client.customProviders.costs.delete(variables.params, options),
};

/**
 * Delete a custom provider cost — `DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}`
 *
 * On success it invalidates getCustomProviderCost(id), listCustomProviderCosts().
 */
export function useDeleteCustomProviderCost<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.DeleteCustomProviderCostResult,
    DeleteCustomProviderCostVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.DeleteCustomProviderCostResult,
  ClientError,
  DeleteCustomProviderCostVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteCustomProviderCost, useCloudflareClient(), options);
}

// updateCustomProviderCost: Update a custom provider cost — `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}`

export interface UpdateCustomProviderCostVariables {
  params: Api.UpdateCustomProviderCostParams;
  body: Api.UpdateCustomProviderCostBody;
}

const updateCustomProviderCost: WriteOperation<
  Api.CloudflareClient,
  UpdateCustomProviderCostVariables,
  Api.UpdateCustomProviderCostResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.updateCustomProviderCost,
  send: (client, variables, options) =>
    client.customProviders.costs.update(variables.params, variables.body, options),
};

/**
 * Update a custom provider cost — `PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}`
 *
 * On success it invalidates getCustomProviderCost(id), listCustomProviderCosts().
 */
export function useUpdateCustomProviderCost<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.UpdateCustomProviderCostResult,
    UpdateCustomProviderCostVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.UpdateCustomProviderCostResult,
  ClientError,
  UpdateCustomProviderCostVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(updateCustomProviderCost, useCloudflareClient(), options);
}
