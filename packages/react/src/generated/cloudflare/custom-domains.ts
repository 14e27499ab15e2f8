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
import { type CustomDomainsPage, keySpecs } from './keys.js';

// listCustomDomains: List custom domains — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains`

const listCustomDomains: ListOperation<
  Api.CloudflareClient,
  Api.ListCustomDomainsParams,
  Api.ListCustomDomainsItem,
  Api.ListCustomDomainsResponse
> = {
  api: 'cloudflare',
  key: keySpecs.listCustomDomains,
  paging: { style: 'page' },
  fetch: (client, params, options) => client.customDomains.list(params, options),
};

/** Query options of listCustomDomains (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const customDomainsQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListCustomDomainsParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listCustomDomains, client, params, request);

/** List custom domains — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` */
export function useCustomDomains<TData = CustomDomainsPage>(
  params: Api.ListCustomDomainsParams | SkipToken,
  options?: QueryHookOptions<CustomDomainsPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    customDomainsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List custom domains — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` — suspends until the data is there. */
export function useSuspenseCustomDomains<TData = CustomDomainsPage>(
  params: Api.ListCustomDomainsParams,
  options?: SuspenseQueryHookOptions<CustomDomainsPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    customDomainsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listCustomDomains: each page from the client, no page past the last. */
export const customDomainsInfiniteQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListCustomDomainsParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listCustomDomains, client, params, request);

/** List custom domains — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteCustomDomains<TData = InfiniteData<CustomDomainsPage, number>>(
  params: Api.ListCustomDomainsParams | SkipToken,
  options?: InfiniteQueryHookOptions<CustomDomainsPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    customDomainsInfiniteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// createCustomDomain: Add a custom domain — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains`

export interface CreateCustomDomainVariables {
  params: Api.CreateCustomDomainParams;
  body: Api.CreateCustomDomainBody;
}

const createCustomDomain: WriteOperation<
  Api.CloudflareClient,
  CreateCustomDomainVariables,
  Api.CreateCustomDomainResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createCustomDomain,
  send: (client, variables, options) =>
    client.customDomains.create(variables.params, variables.body, options),
};

/**
 * Add a custom domain — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains`
 *
 * On success it invalidates listCustomDomains(gateway_id).
 */
export function useCreateCustomDomain<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.CreateCustomDomainResult,
    CreateCustomDomainVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.CreateCustomDomainResult,
  ClientError,
  CreateCustomDomainVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createCustomDomain, useCloudflareClient(), options);
}

// getCustomDomain: Get a custom domain — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}`

const getCustomDomain: ReadOperation<
  Api.CloudflareClient,
  Api.GetCustomDomainParams,
  Api.GetCustomDomainResult
> = {
  api: 'cloudflare',
  key: keySpecs.getCustomDomain,
  fetch: (client, params, options) => client.customDomains.get(params, options),
};

/** Query options of getCustomDomain, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const customDomainQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetCustomDomainParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getCustomDomain, client, params, request);

/** Get a custom domain — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` */
export function useCustomDomain<TData = Api.GetCustomDomainResult>(
  params: Api.GetCustomDomainParams | SkipToken,
  options?: QueryHookOptions<Api.GetCustomDomainResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    customDomainQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get a custom domain — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` — suspends until the data is there. */
export function useSuspenseCustomDomain<TData = Api.GetCustomDomainResult>(
  params: Api.GetCustomDomainParams,
  options?: SuspenseQueryHookOptions<Api.GetCustomDomainResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    customDomainQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// deleteCustomDomain: Delete a custom domain — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}`

export interface DeleteCustomDomainVariables {
  params: Api.DeleteCustomDomainParams;
}

const deleteCustomDomain: WriteOperation<
  Api.CloudflareClient,
  DeleteCustomDomainVariables,
  Api.DeleteCustomDomainResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.deleteCustomDomain,
  send: (client, variables, options) => client.customDomains.delete(variables.params, options),
};

/**
 * Delete a custom domain — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}`
 *
 * On success it invalidates getCustomDomain(gateway_id, hostname), listCustomDomains(gateway_id).
 */
export function useDeleteCustomDomain<TOnMutateResult = unknown>(
  options?: MutationHookOptions<
    Api.DeleteCustomDomainResult,
    DeleteCustomDomainVariables,
    TOnMutateResult
  >,
): UseMutationResult<
  Api.DeleteCustomDomainResult,
  ClientError,
  DeleteCustomDomainVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteCustomDomain, useCloudflareClient(), options);
}
