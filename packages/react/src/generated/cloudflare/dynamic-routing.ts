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
import { type DynamicRoutesPage, keySpecs } from './keys.js';

// listDynamicRoutes: List dynamic routes — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes`

const listDynamicRoutes: ListOperation<
  Api.CloudflareClient,
  Api.ListDynamicRoutesParams,
  Api.ListDynamicRoutesItem,
  Api.ListDynamicRoutesResponse
> = {
  api: 'cloudflare',
  key: keySpecs.listDynamicRoutes,
  paging: { style: 'page' },
  fetch: (client, params, options) => client.dynamicRouting.list(params, options),
};

/** Query options of listDynamicRoutes (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const dynamicRoutesQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListDynamicRoutesParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listDynamicRoutes, client, params, request);

/** List dynamic routes — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` */
export function useDynamicRoutes<TData = DynamicRoutesPage>(
  params: Api.ListDynamicRoutesParams | SkipToken,
  options?: QueryHookOptions<DynamicRoutesPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    dynamicRoutesQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List dynamic routes — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` — suspends until the data is there. */
export function useSuspenseDynamicRoutes<TData = DynamicRoutesPage>(
  params: Api.ListDynamicRoutesParams,
  options?: SuspenseQueryHookOptions<DynamicRoutesPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    dynamicRoutesQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listDynamicRoutes: each page from the client, no page past the last. */
export const dynamicRoutesInfiniteQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListDynamicRoutesParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listDynamicRoutes, client, params, request);

/** List dynamic routes — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteDynamicRoutes<TData = InfiniteData<DynamicRoutesPage, number>>(
  params: Api.ListDynamicRoutesParams | SkipToken,
  options?: InfiniteQueryHookOptions<DynamicRoutesPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    dynamicRoutesInfiniteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// createDynamicRoute: Create a dynamic route — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes`

export interface CreateDynamicRouteVariables {
  params: Api.CreateDynamicRouteParams;
  body: Api.CreateDynamicRouteBody;
}

const createDynamicRoute: WriteOperation<
  Api.CloudflareClient,
  CreateDynamicRouteVariables,
  Api.CreateDynamicRouteResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createDynamicRoute,
  send: (client, variables, options) =>
    client.dynamicRouting.create(variables.params, variables.body, options),
};

/**
 * Create a dynamic route — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes`
 *
 * On success it invalidates listDynamicRoutes(gateway_id).
 */
export function useCreateDynamicRoute<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CreateDynamicRouteResult,
    CreateDynamicRouteVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CreateDynamicRouteResult,
  ClientError,
  CreateDynamicRouteVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createDynamicRoute, useCloudflareClient(), options);
}

// getDynamicRoute: Get a dynamic route — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}`

const getDynamicRoute: ReadOperation<
  Api.CloudflareClient,
  Api.GetDynamicRouteParams,
  Api.GetDynamicRouteResult
> = {
  api: 'cloudflare',
  key: keySpecs.getDynamicRoute,
  fetch: (client, params, options) => client.dynamicRouting.get(params, options),
};

/** Query options of getDynamicRoute, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const dynamicRouteQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetDynamicRouteParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getDynamicRoute, client, params, request);

/** Get a dynamic route — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` */
export function useDynamicRoute<TData = Api.GetDynamicRouteResult>(
  params: Api.GetDynamicRouteParams | SkipToken,
  options?: QueryHookOptions<Api.GetDynamicRouteResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    dynamicRouteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get a dynamic route — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` — suspends until the data is there. */
export function useSuspenseDynamicRoute<TData = Api.GetDynamicRouteResult>(
  params: Api.GetDynamicRouteParams,
  options?: SuspenseQueryHookOptions<Api.GetDynamicRouteResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    dynamicRouteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// deleteDynamicRoute: Delete a dynamic route — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}`

export interface DeleteDynamicRouteVariables {
  params: Api.DeleteDynamicRouteParams;
}

const deleteDynamicRoute: WriteOperation<
  Api.CloudflareClient,
  DeleteDynamicRouteVariables,
  Api.DeleteDynamicRouteResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.deleteDynamicRoute,
  send: (client, variables, options) => client.dynamicRouting.delete(variables.params, options),
};

/**
 * Delete a dynamic route — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}`
 *
 * On success it invalidates getDynamicRoute(gateway_id, id) and its subtree, listDynamicRoutes(gateway_id).
 */
export function useDeleteDynamicRoute<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.DeleteDynamicRouteResult,
    DeleteDynamicRouteVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.DeleteDynamicRouteResult,
  ClientError,
  DeleteDynamicRouteVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteDynamicRoute, useCloudflareClient(), options);
}

// updateDynamicRoute: Rename a dynamic route — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}`

export interface UpdateDynamicRouteVariables {
  params: Api.UpdateDynamicRouteParams;
  body: Api.UpdateDynamicRouteBody;
}

const updateDynamicRoute: WriteOperation<
  Api.CloudflareClient,
  UpdateDynamicRouteVariables,
  Api.UpdateDynamicRouteResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.updateDynamicRoute,
  send: (client, variables, options) =>
    client.dynamicRouting.update(variables.params, variables.body, options),
};

/**
 * Rename a dynamic route — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}`
 *
 * On success it invalidates getDynamicRoute(gateway_id, id), listDynamicRoutes(gateway_id), getDynamicRouteVersion(gateway_id, id).
 */
export function useUpdateDynamicRoute<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.UpdateDynamicRouteResult,
    UpdateDynamicRouteVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.UpdateDynamicRouteResult,
  ClientError,
  UpdateDynamicRouteVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(updateDynamicRoute, useCloudflareClient(), options);
}

// listDynamicRouteDeployments: List route deployments — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments`

const listDynamicRouteDeployments: ReadOperation<
  Api.CloudflareClient,
  Api.ListDynamicRouteDeploymentsParams,
  Api.ListDynamicRouteDeploymentsResult
> = {
  api: 'cloudflare',
  key: keySpecs.listDynamicRouteDeployments,
  fetch: (client, params, options) => client.dynamicRouting.listDeployments(params, options),
};

/** Query options of listDynamicRouteDeployments, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const dynamicRouteDeploymentsQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListDynamicRouteDeploymentsParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(listDynamicRouteDeployments, client, params, request);

/** List route deployments — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` */
export function useDynamicRouteDeployments<TData = Api.ListDynamicRouteDeploymentsResult>(
  params: Api.ListDynamicRouteDeploymentsParams | SkipToken,
  options?: QueryHookOptions<Api.ListDynamicRouteDeploymentsResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    dynamicRouteDeploymentsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List route deployments — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` — suspends until the data is there. */
export function useSuspenseDynamicRouteDeployments<TData = Api.ListDynamicRouteDeploymentsResult>(
  params: Api.ListDynamicRouteDeploymentsParams,
  options?: SuspenseQueryHookOptions<Api.ListDynamicRouteDeploymentsResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    dynamicRouteDeploymentsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// createDynamicRouteDeployment: Deploy a route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments`

export interface CreateDynamicRouteDeploymentVariables {
  params: Api.CreateDynamicRouteDeploymentParams;
  body: Api.CreateDynamicRouteDeploymentBody;
}

const createDynamicRouteDeployment: WriteOperation<
  Api.CloudflareClient,
  CreateDynamicRouteDeploymentVariables,
  Api.CreateDynamicRouteDeploymentResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createDynamicRouteDeployment,
  send: (client, variables, options) =>
    client.dynamicRouting.createDeployment(variables.params, variables.body, options),
};

/**
 * Deploy a route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments`
 *
 * On success it invalidates getDynamicRoute(gateway_id, id) and its subtree, listDynamicRoutes(gateway_id).
 */
export function useCreateDynamicRouteDeployment<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CreateDynamicRouteDeploymentResult,
    CreateDynamicRouteDeploymentVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CreateDynamicRouteDeploymentResult,
  ClientError,
  CreateDynamicRouteDeploymentVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createDynamicRouteDeployment, useCloudflareClient(), options);
}

// listDynamicRouteVersions: List route versions — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions`

const listDynamicRouteVersions: ReadOperation<
  Api.CloudflareClient,
  Api.ListDynamicRouteVersionsParams,
  Api.ListDynamicRouteVersionsResult
> = {
  api: 'cloudflare',
  key: keySpecs.listDynamicRouteVersions,
  fetch: (client, params, options) => client.dynamicRouting.listVersions(params, options),
};

/** Query options of listDynamicRouteVersions, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const dynamicRouteVersionsQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListDynamicRouteVersionsParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(listDynamicRouteVersions, client, params, request);

/** List route versions — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` */
export function useDynamicRouteVersions<TData = Api.ListDynamicRouteVersionsResult>(
  params: Api.ListDynamicRouteVersionsParams | SkipToken,
  options?: QueryHookOptions<Api.ListDynamicRouteVersionsResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    dynamicRouteVersionsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List route versions — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` — suspends until the data is there. */
export function useSuspenseDynamicRouteVersions<TData = Api.ListDynamicRouteVersionsResult>(
  params: Api.ListDynamicRouteVersionsParams,
  options?: SuspenseQueryHookOptions<Api.ListDynamicRouteVersionsResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    dynamicRouteVersionsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// createDynamicRouteVersion: Save a new route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions`

export interface CreateDynamicRouteVersionVariables {
  params: Api.CreateDynamicRouteVersionParams;
  body: Api.CreateDynamicRouteVersionBody;
}

const createDynamicRouteVersion: WriteOperation<
  Api.CloudflareClient,
  CreateDynamicRouteVersionVariables,
  Api.CreateDynamicRouteVersionResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createDynamicRouteVersion,
  send: (client, variables, options) =>
    client.dynamicRouting.createVersion(variables.params, variables.body, options),
};

/**
 * Save a new route version — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions`
 *
 * On success it invalidates listDynamicRouteVersions(gateway_id, id).
 */
export function useCreateDynamicRouteVersion<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CreateDynamicRouteVersionResult,
    CreateDynamicRouteVersionVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CreateDynamicRouteVersionResult,
  ClientError,
  CreateDynamicRouteVersionVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createDynamicRouteVersion, useCloudflareClient(), options);
}

// getDynamicRouteVersion: Get a route version — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}`

const getDynamicRouteVersion: ReadOperation<
  Api.CloudflareClient,
  Api.GetDynamicRouteVersionParams,
  Api.GetDynamicRouteVersionResult
> = {
  api: 'cloudflare',
  key: keySpecs.getDynamicRouteVersion,
  fetch: (client, params, options) => client.dynamicRouting.getVersion(params, options),
};

/** Query options of getDynamicRouteVersion, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const dynamicRouteVersionQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetDynamicRouteVersionParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getDynamicRouteVersion, client, params, request);

/** Get a route version — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` */
export function useDynamicRouteVersion<TData = Api.GetDynamicRouteVersionResult>(
  params: Api.GetDynamicRouteVersionParams | SkipToken,
  options?: QueryHookOptions<Api.GetDynamicRouteVersionResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    dynamicRouteVersionQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get a route version — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` — suspends until the data is there. */
export function useSuspenseDynamicRouteVersion<TData = Api.GetDynamicRouteVersionResult>(
  params: Api.GetDynamicRouteVersionParams,
  options?: SuspenseQueryHookOptions<Api.GetDynamicRouteVersionResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    dynamicRouteVersionQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}
