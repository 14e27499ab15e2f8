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
import { type LogsPage, keySpecs } from './keys.js';

// listLogs: List logs — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs`

const listLogs: ListOperation<
  Api.CloudflareClient,
  Api.ListLogsParams,
  Api.ListLogsItem,
  Api.ListLogsResponse
> = {
  api: 'cloudflare',
  key: keySpecs.listLogs,
  paging: { style: 'page' },
  fetch: (client, params, options) => client.logs.list(params, options),
};

/** Query options of listLogs (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logsQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListLogsParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listLogs, client, params, request);

/** List logs — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` */
export function useLogs<TData = LogsPage>(
  params: Api.ListLogsParams | SkipToken,
  options?: QueryHookOptions<LogsPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(logsQueryOptions(useCloudflareClient(), params, options?.request), options);
}

/** List logs — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` — suspends until the data is there. */
export function useSuspenseLogs<TData = LogsPage>(
  params: Api.ListLogsParams,
  options?: SuspenseQueryHookOptions<LogsPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    logsQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listLogs: each page from the client, no page past the last. */
export const logsInfiniteQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.ListLogsParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listLogs, client, params, request);

/** List logs — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteLogs<TData = InfiniteData<LogsPage, number>>(
  params: Api.ListLogsParams | SkipToken,
  options?: InfiniteQueryHookOptions<LogsPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    logsInfiniteQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// deleteLogs: Delete logs in bulk — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs`

export interface DeleteLogsVariables {
  params: Api.DeleteLogsParams;
}

const deleteLogs: WriteOperation<Api.CloudflareClient, DeleteLogsVariables, Api.DeleteLogsResult> =
  {
    api: 'cloudflare',
    keySpecs,
    invalidates: invalidations.deleteLogs,
    send: (client, variables, options) => client.logs.delete(variables.params, options),
  };

/**
 * Delete logs in bulk — `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs`
 *
 * On success it invalidates listLogs(gateway_id) and its subtree.
 */
export function useDeleteLogs<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.DeleteLogsResult, DeleteLogsVariables, TOnMutateResult>,
): UseMutationResult<Api.DeleteLogsResult, ClientError, DeleteLogsVariables, TOnMutateResult> {
  return useInvalidatingMutation(deleteLogs, useCloudflareClient(), options);
}

// getLog: Get a log entry — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}`

const getLog: ReadOperation<Api.CloudflareClient, Api.GetLogParams, Api.GetLogResult> = {
  api: 'cloudflare',
  key: keySpecs.getLog,
  fetch: (client, params, options) => client.logs.get(params, options),
};

/** Query options of getLog, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetLogParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getLog, client, params, request);

/** Get a log entry — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` */
export function useLog<TData = Api.GetLogResult>(
  params: Api.GetLogParams | SkipToken,
  options?: QueryHookOptions<Api.GetLogResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(logQueryOptions(useCloudflareClient(), params, options?.request), options);
}

/** Get a log entry — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` — suspends until the data is there. */
export function useSuspenseLog<TData = Api.GetLogResult>(
  params: Api.GetLogParams,
  options?: SuspenseQueryHookOptions<Api.GetLogResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    logQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// editLog: Annotate a log entry — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}`

export interface EditLogVariables {
  params: Api.EditLogParams;
  body: Api.EditLogBody;
}

const editLog: WriteOperation<Api.CloudflareClient, EditLogVariables, Api.EditLogResult> = {
  api: 'cloudflare',
  keySpecs,
  invalidates: invalidations.editLog,
  send: (client, variables, options) => client.logs.edit(variables.params, variables.body, options),
};

/**
 * Annotate a log entry — `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}`
 *
 * On success it invalidates getLog(gateway_id, id), listLogs(gateway_id).
 */
export function useEditLog<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.EditLogResult, EditLogVariables, TOnMutateResult>,
): UseMutationResult<Api.EditLogResult, ClientError, EditLogVariables, TOnMutateResult> {
  return useInvalidatingMutation(editLog, useCloudflareClient(), options);
}

// getLogRequest: Get the stored request body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request`

const getLogRequest: ReadOperation<
  Api.CloudflareClient,
  Api.GetLogRequestParams,
  Api.GetLogRequestResult
> = {
  api: 'cloudflare',
  key: keySpecs.getLogRequest,
  fetch: (client, params, options) => client.logs.request(params, options),
};

/** Query options of getLogRequest, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logRequestQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetLogRequestParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getLogRequest, client, params, request);

/** Get the stored request body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` */
export function useLogRequest<TData = Api.GetLogRequestResult>(
  params: Api.GetLogRequestParams | SkipToken,
  options?: QueryHookOptions<Api.GetLogRequestResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    logRequestQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get the stored request body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` — suspends until the data is there. */
export function useSuspenseLogRequest<TData = Api.GetLogRequestResult>(
  params: Api.GetLogRequestParams,
  options?: SuspenseQueryHookOptions<Api.GetLogRequestResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    logRequestQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

// getLogResponse: Get the stored response body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response`

const getLogResponse: ReadOperation<
  Api.CloudflareClient,
  Api.GetLogResponseParams,
  Api.GetLogResponseResult
> = {
  api: 'cloudflare',
  key: keySpecs.getLogResponse,
  fetch: (client, params, options) => client.logs.response(params, options),
};

/** Query options of getLogResponse, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logResponseQueryOptions = (
  client: Api.CloudflareClient,
  params: Api.GetLogResponseParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getLogResponse, client, params, request);

/** Get the stored response body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` */
export function useLogResponse<TData = Api.GetLogResponseResult>(
  params: Api.GetLogResponseParams | SkipToken,
  options?: QueryHookOptions<Api.GetLogResponseResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    logResponseQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}

/** Get the stored response body — `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` — suspends until the data is there. */
export function useSuspenseLogResponse<TData = Api.GetLogResponseResult>(
  params: Api.GetLogResponseParams,
  options?: SuspenseQueryHookOptions<Api.GetLogResponseResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    logResponseQueryOptions(useCloudflareClient(), params, options?.request),
    options,
  );
}
