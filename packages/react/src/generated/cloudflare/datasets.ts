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
import { type DatasetsPage, keySpecs } from './keys.js';

// listDatasets: List datasets — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets`

const listDatasets: ListOperation<
  Api.CloudflareClient,
  Api.ListDatasetsParams,
  Api.ListDatasetsItem,
  Api.ListDatasetsResponse
> = {
  api: 'cloudflare',
  key: keySpecs.listDatasets,
  paging: { style: 'page' },
  fetch: (client, params, options) => client.datasets.list(params, options),
};

/** Query options of listDatasets (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const datasetsQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListDatasetsParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listDatasets, client, params, request);

/** List datasets — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` */
export function useDatasets<TData = DatasetsPage>(
  params: Api.ListDatasetsParams | SkipToken,
  options?: QueryHookOptions<DatasetsPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    datasetsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** List datasets — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` — suspends until the data is there. */
export function useSuspenseDatasets<TData = DatasetsPage>(
  params: Api.ListDatasetsParams,
  options?: SuspenseQueryHookOptions<DatasetsPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    datasetsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listDatasets: each page from the client, no page past the last. */
export const datasetsInfiniteQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListDatasetsParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listDatasets, client, params, request);

/** List datasets — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteDatasets<TData = InfiniteData<DatasetsPage, number>>(
  params: Api.ListDatasetsParams | SkipToken,
  options?: InfiniteQueryHookOptions<DatasetsPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    datasetsInfiniteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// createDataset: Create a dataset — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets`

export interface CreateDatasetVariables {
  params: Api.CreateDatasetParams;
  body: Api.CreateDatasetBody;
}

const createDataset: WriteOperation<
  Api.CloudflareClient,
  CreateDatasetVariables,
  Api.CreateDatasetResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.createDataset,
  send: (client, variables, options) =>
    client.datasets.create(variables.params, variables.body, options),
};

/**
 * Create a dataset — `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets`
 *
 * On success it invalidates listDatasets(gateway_id).
 */
export function useCreateDataset<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.CreateDatasetResult, CreateDatasetVariables, TOnMutateResult>,
): UseMutationResult<
  Api.CreateDatasetResult,
  ClientError,
  CreateDatasetVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(createDataset, useCloudflareClient(), options);
}

// getDataset: Get a dataset — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}`

const getDataset: ReadOperation<Api.CloudflareClient, Api.GetDatasetParams, Api.GetDatasetResult> =
  {
    api: 'cloudflare',
    key: keySpecs.getDataset,
    fetch: (client, params, options) => client.datasets.get(params, options),
  };

/** Query options of getDataset, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const datasetQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetDatasetParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getDataset, client, params, request);

/** Get a dataset — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` */
export function useDataset<TData = Api.GetDatasetResult>(
  params: Api.GetDatasetParams | SkipToken,
  options?: QueryHookOptions<Api.GetDatasetResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    datasetQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get a dataset — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` — suspends until the data is there. */
export function useSuspenseDataset<TData = Api.GetDatasetResult>(
  params: Api.GetDatasetParams,
  options?: SuspenseQueryHookOptions<Api.GetDatasetResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    datasetQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// updateDataset: Replace a dataset — `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}`

export interface UpdateDatasetVariables {
  params: Api.UpdateDatasetParams;
  body: Api.UpdateDatasetBody;
}

const updateDataset: WriteOperation<
  Api.CloudflareClient,
  UpdateDatasetVariables,
  Api.UpdateDatasetResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.updateDataset,
  send: (client, variables, options) =>
    client.datasets.update(variables.params, variables.body, options),
};

/**
 * Replace a dataset — `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}`
 *
 * On success it invalidates getDataset(gateway_id, id), listDatasets(gateway_id), getEvaluation(gateway_id), listEvaluations(gateway_id).
 */
export function useUpdateDataset<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.UpdateDatasetResult, UpdateDatasetVariables, TOnMutateResult>,
): UseMutationResult<
  Api.UpdateDatasetResult,
  ClientError,
  UpdateDatasetVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(updateDataset, useCloudflareClient(), options);
}

// deleteDataset: Delete a dataset — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}`

export interface DeleteDatasetVariables {
  params: Api.DeleteDatasetParams;
}

const deleteDataset: WriteOperation<
  Api.CloudflareClient,
  DeleteDatasetVariables,
  Api.DeleteDatasetResult
> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.deleteDataset,
  send: (client, variables, options) => client.datasets.delete(variables.params, options),
};

/**
 * Delete a dataset — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}`
 *
 * On success it invalidates getDataset(gateway_id, id) and its subtree, listDatasets(gateway_id), getEvaluation(gateway_id), listEvaluations(gateway_id).
 */
export function useDeleteDataset<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.DeleteDatasetResult, DeleteDatasetVariables, TOnMutateResult>,
): UseMutationResult<
  Api.DeleteDatasetResult,
  ClientError,
  DeleteDatasetVariables,
  TOnMutateResult
> {
  return useInvalidatingMutation(deleteDataset, useCloudflareClient(), options);
}
