// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/react generate)

import type * as Api from '@ai-gateway/client/bifrost';
import { type InfiniteData, type SkipToken, type UseInfiniteQueryResult, type UseQueryResult, type UseSuspenseQueryResult } from '@tanstack/react-query';
import { type CallOptions, type ClientError, infiniteListQueryOptions, type InfiniteQueryHookOptions, type ListOperation, listQueryOptions, type QueryHookOptions, type ReadOperation, readQueryOptions, type SuspenseQueryHookOptions, useInfiniteReadQuery, useReadQuery, useSuspenseReadQuery } from '../../runtime/index.js';
import { useBifrostClient } from './context.js';
import { type LogsPage, keySpecs } from './keys.js';

// listLogs: List request logs — `GET /api/logs`

const listLogs: ListOperation<Api.BifrostClient, Api.ListLogsParams | undefined, Api.ListLogsItem, Api.ListLogsResponse> = {
  api: "bifrost",
  key: keySpecs.listLogs,
  paging: { style: "offset" },
  fetch: (client, params, options) => client.logs.list(params, options),
};

/** Query options of listLogs (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logsQueryOptions = (client: Api.BifrostClient, params?: Api.ListLogsParams | SkipToken, request?: CallOptions) =>
  listQueryOptions(listLogs, client, params, request);

/** List request logs — `GET /api/logs` */
export function useLogs<TData = LogsPage>(
  params?: Api.ListLogsParams | SkipToken,
  options?: QueryHookOptions<LogsPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(logsQueryOptions(useBifrostClient(), params, options?.request), options);
}

/** List request logs — `GET /api/logs` — suspends until the data is there. */
export function useSuspenseLogs<TData = LogsPage>(
  params?: Api.ListLogsParams,
  options?: SuspenseQueryHookOptions<LogsPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(logsQueryOptions(useBifrostClient(), params, options?.request), options);
}

/** Infinite query options of listLogs: each page from the client, no page past the last. */
export const logsInfiniteQueryOptions = (client: Api.BifrostClient, params?: Api.ListLogsParams | SkipToken, request?: CallOptions) =>
  infiniteListQueryOptions(listLogs, client, params, request);

/** List request logs — `GET /api/logs` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteLogs<TData = InfiniteData<LogsPage, number>>(
  params?: Api.ListLogsParams | SkipToken,
  options?: InfiniteQueryHookOptions<LogsPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(logsInfiniteQueryOptions(useBifrostClient(), params, options?.request), options);
}

// getLogStats: Aggregate statistics for matching logs — `GET /api/logs/stats`

const getLogStats: ReadOperation<Api.BifrostClient, Api.GetLogStatsParams | undefined, Api.GetLogStatsResult> = {
  api: "bifrost",
  key: keySpecs.getLogStats,
  fetch: (client, params, options) => client.logs.stats(params, options),
};

/** Query options of getLogStats, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logStatsQueryOptions = (client: Api.BifrostClient, params?: Api.GetLogStatsParams | SkipToken, request?: CallOptions) =>
  readQueryOptions(getLogStats, client, params, request);

/** Aggregate statistics for matching logs — `GET /api/logs/stats` */
export function useLogStats<TData = Api.GetLogStatsResult>(
  params?: Api.GetLogStatsParams | SkipToken,
  options?: QueryHookOptions<Api.GetLogStatsResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(logStatsQueryOptions(useBifrostClient(), params, options?.request), options);
}

/** Aggregate statistics for matching logs — `GET /api/logs/stats` — suspends until the data is there. */
export function useSuspenseLogStats<TData = Api.GetLogStatsResult>(
  params?: Api.GetLogStatsParams,
  options?: SuspenseQueryHookOptions<Api.GetLogStatsResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(logStatsQueryOptions(useBifrostClient(), params, options?.request), options);
}

// getLog: Get one complete log record — `GET /api/logs/{id}`

const getLog: ReadOperation<Api.BifrostClient, Api.GetLogParams, Api.GetLogResult> = {
  api: "bifrost",
  key: keySpecs.getLog,
  fetch: (client, params, options) => client.logs.get(params, options),
};

/** Query options of getLog, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logQueryOptions = (client: Api.BifrostClient, params: Api.GetLogParams | SkipToken, request?: CallOptions) =>
  readQueryOptions(getLog, client, params, request);

/** Get one complete log record — `GET /api/logs/{id}` */
export function useLog<TData = Api.GetLogResult>(
  params: Api.GetLogParams | SkipToken,
  options?: QueryHookOptions<Api.GetLogResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(logQueryOptions(useBifrostClient(), params, options?.request), options);
}

/** Get one complete log record — `GET /api/logs/{id}` — suspends until the data is there. */
export function useSuspenseLog<TData = Api.GetLogResult>(
  params: Api.GetLogParams,
  options?: SuspenseQueryHookOptions<Api.GetLogResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(logQueryOptions(useBifrostClient(), params, options?.request), options);
}
