// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type * as Api from '@ai-gateway/client/bifrost';
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
import { useBifrostClient } from './context.js';
import { invalidations } from './invalidation.js';
import { type LogsPage, type LogSessionPage, keySpecs } from './keys.js';

// listLogs: List request logs — `GET /api/logs`

const listLogs: ListOperation<
  Api.BifrostClient,
  Api.ListLogsParams | undefined,
  Api.ListLogsItem,
  Api.ListLogsResponse
> = {
  api: 'bifrost',
  key: keySpecs.listLogs,
  paging: { style: 'offset' },
  fetch: (client, params, options) => client.logs.list(params, options),
};

/** Query options of listLogs (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logsQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.ListLogsParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(listLogs, client, params, request);

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
  return useSuspenseReadQuery(
    logsQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of listLogs: each page from the client, no page past the last. */
export const logsInfiniteQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.ListLogsParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(listLogs, client, params, request);

/** List request logs — `GET /api/logs` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteLogs<TData = InfiniteData<LogsPage, number>>(
  params?: Api.ListLogsParams | SkipToken,
  options?: InfiniteQueryHookOptions<LogsPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    logsInfiniteQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// deleteLogs: Delete logs by ID — `DELETE /api/logs`

export interface DeleteLogsVariables {
  body: Api.DeleteLogsBody;
}

const deleteLogs: WriteOperation<Api.BifrostClient, DeleteLogsVariables, Api.DeleteLogsResult> = {
  api: 'bifrost',
  keySpecs,
  invalidates: invalidations.deleteLogs,
  send: (client, variables, options) => client.logs.delete(variables.body, options),
};

/**
 * Delete logs by ID — `DELETE /api/logs`
 *
 * On success it invalidates listLogs(), getLogStats(), getLog(), getLogSession(), getLogSessionSummary(), getLogHistogram(), getTokenHistogram(), getCostHistogram(), getModelHistogram(), getLatencyHistogram(), getThroughputHistogram(), getProviderCostHistogram(), getProviderTokenHistogram(), getProviderLatencyHistogram(), getProviderThroughputHistogram(), getDimensionCostHistogram(), getDimensionTokenHistogram(), getDimensionLatencyHistogram(), getLogFilterData(), getModelRankings(), getDimensionRankings(), getLogDashboard().
 */
export function useDeleteLogs<TOnMutateResult = unknown>(
  options?: MutationHookOptions<Api.DeleteLogsResult, DeleteLogsVariables, TOnMutateResult>,
): UseMutationResult<Api.DeleteLogsResult, ClientError, DeleteLogsVariables, TOnMutateResult> {
  return useInvalidatingMutation(deleteLogs, useBifrostClient(), options);
}

// getLogStats: Aggregate statistics for matching logs — `GET /api/logs/stats`

const getLogStats: ReadOperation<
  Api.BifrostClient,
  Api.GetLogStatsParams | undefined,
  Api.GetLogStatsResult
> = {
  api: 'bifrost',
  key: keySpecs.getLogStats,
  fetch: (client, params, options) => client.logs.stats(params, options),
};

/** Query options of getLogStats, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logStatsQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetLogStatsParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getLogStats, client, params, request);

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
  return useSuspenseReadQuery(
    logStatsQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getLog: Get one complete log record — `GET /api/logs/{id}`

const getLog: ReadOperation<Api.BifrostClient, Api.GetLogParams, Api.GetLogResult> = {
  api: 'bifrost',
  key: keySpecs.getLog,
  fetch: (client, params, options) => client.logs.get(params, options),
};

/** Query options of getLog, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logQueryOptions = (
  client: Api.BifrostClient,
  params: Api.GetLogParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getLog, client, params, request);

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
  return useSuspenseReadQuery(
    logQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getLogHistogram: Request counts over time — `GET /api/logs/histogram`

const getLogHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetLogHistogramParams | undefined,
  Api.GetLogHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getLogHistogram,
  fetch: (client, params, options) => client.logs.histogram(params, options),
};

/** Query options of getLogHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logHistogramQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetLogHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getLogHistogram, client, params, request);

/** Request counts over time — `GET /api/logs/histogram` */
export function useLogHistogram<TData = Api.GetLogHistogramResult>(
  params?: Api.GetLogHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetLogHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    logHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Request counts over time — `GET /api/logs/histogram` — suspends until the data is there. */
export function useSuspenseLogHistogram<TData = Api.GetLogHistogramResult>(
  params?: Api.GetLogHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetLogHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    logHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getTokenHistogram: Token usage over time — `GET /api/logs/histogram/tokens`

const getTokenHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetTokenHistogramParams | undefined,
  Api.GetTokenHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getTokenHistogram,
  fetch: (client, params, options) => client.logs.tokenHistogram(params, options),
};

/** Query options of getTokenHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const tokenHistogramQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetTokenHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getTokenHistogram, client, params, request);

/** Token usage over time — `GET /api/logs/histogram/tokens` */
export function useTokenHistogram<TData = Api.GetTokenHistogramResult>(
  params?: Api.GetTokenHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetTokenHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    tokenHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Token usage over time — `GET /api/logs/histogram/tokens` — suspends until the data is there. */
export function useSuspenseTokenHistogram<TData = Api.GetTokenHistogramResult>(
  params?: Api.GetTokenHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetTokenHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    tokenHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getCostHistogram: Cost over time by model — `GET /api/logs/histogram/cost`

const getCostHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetCostHistogramParams | undefined,
  Api.GetCostHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getCostHistogram,
  fetch: (client, params, options) => client.logs.costHistogram(params, options),
};

/** Query options of getCostHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const costHistogramQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetCostHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getCostHistogram, client, params, request);

/** Cost over time by model — `GET /api/logs/histogram/cost` */
export function useCostHistogram<TData = Api.GetCostHistogramResult>(
  params?: Api.GetCostHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetCostHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    costHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Cost over time by model — `GET /api/logs/histogram/cost` — suspends until the data is there. */
export function useSuspenseCostHistogram<TData = Api.GetCostHistogramResult>(
  params?: Api.GetCostHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetCostHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    costHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getModelHistogram: Requests over time by model — `GET /api/logs/histogram/models`

const getModelHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetModelHistogramParams | undefined,
  Api.GetModelHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getModelHistogram,
  fetch: (client, params, options) => client.logs.modelHistogram(params, options),
};

/** Query options of getModelHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const modelHistogramQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetModelHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getModelHistogram, client, params, request);

/** Requests over time by model — `GET /api/logs/histogram/models` */
export function useModelHistogram<TData = Api.GetModelHistogramResult>(
  params?: Api.GetModelHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetModelHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    modelHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Requests over time by model — `GET /api/logs/histogram/models` — suspends until the data is there. */
export function useSuspenseModelHistogram<TData = Api.GetModelHistogramResult>(
  params?: Api.GetModelHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetModelHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    modelHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getLatencyHistogram: Latency percentiles over time — `GET /api/logs/histogram/latency`

const getLatencyHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetLatencyHistogramParams | undefined,
  Api.GetLatencyHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getLatencyHistogram,
  fetch: (client, params, options) => client.logs.latencyHistogram(params, options),
};

/** Query options of getLatencyHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const latencyHistogramQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetLatencyHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getLatencyHistogram, client, params, request);

/** Latency percentiles over time — `GET /api/logs/histogram/latency` */
export function useLatencyHistogram<TData = Api.GetLatencyHistogramResult>(
  params?: Api.GetLatencyHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetLatencyHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    latencyHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Latency percentiles over time — `GET /api/logs/histogram/latency` — suspends until the data is there. */
export function useSuspenseLatencyHistogram<TData = Api.GetLatencyHistogramResult>(
  params?: Api.GetLatencyHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetLatencyHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    latencyHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getThroughputHistogram: Token throughput over time — `GET /api/logs/histogram/throughput`

const getThroughputHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetThroughputHistogramParams | undefined,
  Api.GetThroughputHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getThroughputHistogram,
  fetch: (client, params, options) => client.logs.throughputHistogram(params, options),
};

/** Query options of getThroughputHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const throughputHistogramQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetThroughputHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getThroughputHistogram, client, params, request);

/** Token throughput over time — `GET /api/logs/histogram/throughput` */
export function useThroughputHistogram<TData = Api.GetThroughputHistogramResult>(
  params?: Api.GetThroughputHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetThroughputHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    throughputHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Token throughput over time — `GET /api/logs/histogram/throughput` — suspends until the data is there. */
export function useSuspenseThroughputHistogram<TData = Api.GetThroughputHistogramResult>(
  params?: Api.GetThroughputHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetThroughputHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    throughputHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getProviderCostHistogram: Cost over time by provider — `GET /api/logs/histogram/cost/by-provider`

const getProviderCostHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetProviderCostHistogramParams | undefined,
  Api.GetProviderCostHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getProviderCostHistogram,
  fetch: (client, params, options) => client.logs.providerCostHistogram(params, options),
};

/** Query options of getProviderCostHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const providerCostHistogramQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetProviderCostHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getProviderCostHistogram, client, params, request);

/** Cost over time by provider — `GET /api/logs/histogram/cost/by-provider` */
export function useProviderCostHistogram<TData = Api.GetProviderCostHistogramResult>(
  params?: Api.GetProviderCostHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetProviderCostHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    providerCostHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Cost over time by provider — `GET /api/logs/histogram/cost/by-provider` — suspends until the data is there. */
export function useSuspenseProviderCostHistogram<TData = Api.GetProviderCostHistogramResult>(
  params?: Api.GetProviderCostHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetProviderCostHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    providerCostHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getProviderTokenHistogram: Token usage over time by provider — `GET /api/logs/histogram/tokens/by-provider`

const getProviderTokenHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetProviderTokenHistogramParams | undefined,
  Api.GetProviderTokenHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getProviderTokenHistogram,
  fetch: (client, params, options) => client.logs.providerTokenHistogram(params, options),
};

/** Query options of getProviderTokenHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const providerTokenHistogramQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetProviderTokenHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getProviderTokenHistogram, client, params, request);

/** Token usage over time by provider — `GET /api/logs/histogram/tokens/by-provider` */
export function useProviderTokenHistogram<TData = Api.GetProviderTokenHistogramResult>(
  params?: Api.GetProviderTokenHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetProviderTokenHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    providerTokenHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Token usage over time by provider — `GET /api/logs/histogram/tokens/by-provider` — suspends until the data is there. */
export function useSuspenseProviderTokenHistogram<TData = Api.GetProviderTokenHistogramResult>(
  params?: Api.GetProviderTokenHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetProviderTokenHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    providerTokenHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getProviderLatencyHistogram: Latency over time by provider — `GET /api/logs/histogram/latency/by-provider`

const getProviderLatencyHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetProviderLatencyHistogramParams | undefined,
  Api.GetProviderLatencyHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getProviderLatencyHistogram,
  fetch: (client, params, options) => client.logs.providerLatencyHistogram(params, options),
};

/** Query options of getProviderLatencyHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const providerLatencyHistogramQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetProviderLatencyHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getProviderLatencyHistogram, client, params, request);

/** Latency over time by provider — `GET /api/logs/histogram/latency/by-provider` */
export function useProviderLatencyHistogram<TData = Api.GetProviderLatencyHistogramResult>(
  params?: Api.GetProviderLatencyHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetProviderLatencyHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    providerLatencyHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Latency over time by provider — `GET /api/logs/histogram/latency/by-provider` — suspends until the data is there. */
export function useSuspenseProviderLatencyHistogram<TData = Api.GetProviderLatencyHistogramResult>(
  params?: Api.GetProviderLatencyHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetProviderLatencyHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    providerLatencyHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getProviderThroughputHistogram: Token throughput over time by provider — `GET /api/logs/histogram/throughput/by-provider`

const getProviderThroughputHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetProviderThroughputHistogramParams | undefined,
  Api.GetProviderThroughputHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getProviderThroughputHistogram,
  fetch: (client, params, options) => client.logs.providerThroughputHistogram(params, options),
};

/** Query options of getProviderThroughputHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const providerThroughputHistogramQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetProviderThroughputHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getProviderThroughputHistogram, client, params, request);

/** Token throughput over time by provider — `GET /api/logs/histogram/throughput/by-provider` */
export function useProviderThroughputHistogram<TData = Api.GetProviderThroughputHistogramResult>(
  params?: Api.GetProviderThroughputHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetProviderThroughputHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    providerThroughputHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Token throughput over time by provider — `GET /api/logs/histogram/throughput/by-provider` — suspends until the data is there. */
export function useSuspenseProviderThroughputHistogram<
  TData = Api.GetProviderThroughputHistogramResult,
>(
  params?: Api.GetProviderThroughputHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetProviderThroughputHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    providerThroughputHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getDimensionCostHistogram: Cost over time by dimension — `GET /api/logs/histogram/cost/by-dimension`

const getDimensionCostHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetDimensionCostHistogramParams,
  Api.GetDimensionCostHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getDimensionCostHistogram,
  fetch: (client, params, options) => client.logs.dimensionCostHistogram(params, options),
};

/** Query options of getDimensionCostHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const dimensionCostHistogramQueryOptions = (
  client: Api.BifrostClient,
  params: Api.GetDimensionCostHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getDimensionCostHistogram, client, params, request);

/** Cost over time by dimension — `GET /api/logs/histogram/cost/by-dimension` */
export function useDimensionCostHistogram<TData = Api.GetDimensionCostHistogramResult>(
  params: Api.GetDimensionCostHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetDimensionCostHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    dimensionCostHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Cost over time by dimension — `GET /api/logs/histogram/cost/by-dimension` — suspends until the data is there. */
export function useSuspenseDimensionCostHistogram<TData = Api.GetDimensionCostHistogramResult>(
  params: Api.GetDimensionCostHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetDimensionCostHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    dimensionCostHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getDimensionTokenHistogram: Token usage over time by dimension — `GET /api/logs/histogram/tokens/by-dimension`

const getDimensionTokenHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetDimensionTokenHistogramParams,
  Api.GetDimensionTokenHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getDimensionTokenHistogram,
  fetch: (client, params, options) => client.logs.dimensionTokenHistogram(params, options),
};

/** Query options of getDimensionTokenHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const dimensionTokenHistogramQueryOptions = (
  client: Api.BifrostClient,
  params: Api.GetDimensionTokenHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getDimensionTokenHistogram, client, params, request);

/** Token usage over time by dimension — `GET /api/logs/histogram/tokens/by-dimension` */
export function useDimensionTokenHistogram<TData = Api.GetDimensionTokenHistogramResult>(
  params: Api.GetDimensionTokenHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetDimensionTokenHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    dimensionTokenHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Token usage over time by dimension — `GET /api/logs/histogram/tokens/by-dimension` — suspends until the data is there. */
export function useSuspenseDimensionTokenHistogram<TData = Api.GetDimensionTokenHistogramResult>(
  params: Api.GetDimensionTokenHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetDimensionTokenHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    dimensionTokenHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getDimensionLatencyHistogram: Latency over time by dimension — `GET /api/logs/histogram/latency/by-dimension`

const getDimensionLatencyHistogram: ReadOperation<
  Api.BifrostClient,
  Api.GetDimensionLatencyHistogramParams,
  Api.GetDimensionLatencyHistogramResult
> = {
  api: 'bifrost',
  key: keySpecs.getDimensionLatencyHistogram,
  fetch: (client, params, options) => client.logs.dimensionLatencyHistogram(params, options),
};

/** Query options of getDimensionLatencyHistogram, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const dimensionLatencyHistogramQueryOptions = (
  client: Api.BifrostClient,
  params: Api.GetDimensionLatencyHistogramParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getDimensionLatencyHistogram, client, params, request);

/** Latency over time by dimension — `GET /api/logs/histogram/latency/by-dimension` */
export function useDimensionLatencyHistogram<TData = Api.GetDimensionLatencyHistogramResult>(
  params: Api.GetDimensionLatencyHistogramParams | SkipToken,
  options?: QueryHookOptions<Api.GetDimensionLatencyHistogramResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    dimensionLatencyHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Latency over time by dimension — `GET /api/logs/histogram/latency/by-dimension` — suspends until the data is there. */
export function useSuspenseDimensionLatencyHistogram<
  TData = Api.GetDimensionLatencyHistogramResult,
>(
  params: Api.GetDimensionLatencyHistogramParams,
  options?: SuspenseQueryHookOptions<Api.GetDimensionLatencyHistogramResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    dimensionLatencyHistogramQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getLogSession: The logs of one session — `GET /api/logs/sessions/{session_id}`

const getLogSession: ListOperation<
  Api.BifrostClient,
  Api.GetLogSessionParams,
  Api.GetLogSessionItem,
  Api.GetLogSessionResponse
> = {
  api: 'bifrost',
  key: keySpecs.getLogSession,
  paging: { style: 'offset' },
  fetch: (client, params, options) => client.logs.sessions.get(params, options),
};

/** Query options of getLogSession (one page), for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logSessionQueryOptions = (
  client: Api.BifrostClient,
  params: Api.GetLogSessionParams | SkipToken,
  request?: CallOptions,
) => listQueryOptions(getLogSession, client, params, request);

/** The logs of one session — `GET /api/logs/sessions/{session_id}` */
export function useLogSession<TData = LogSessionPage>(
  params: Api.GetLogSessionParams | SkipToken,
  options?: QueryHookOptions<LogSessionPage, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    logSessionQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** The logs of one session — `GET /api/logs/sessions/{session_id}` — suspends until the data is there. */
export function useSuspenseLogSession<TData = LogSessionPage>(
  params: Api.GetLogSessionParams,
  options?: SuspenseQueryHookOptions<LogSessionPage, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    logSessionQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Infinite query options of getLogSession: each page from the client, no page past the last. */
export const logSessionInfiniteQueryOptions = (
  client: Api.BifrostClient,
  params: Api.GetLogSessionParams | SkipToken,
  request?: CallOptions,
) => infiniteListQueryOptions(getLogSession, client, params, request);

/** The logs of one session — `GET /api/logs/sessions/{session_id}` — page after page, as `fetchNextPage()` asks. */
export function useInfiniteLogSession<TData = InfiniteData<LogSessionPage, number>>(
  params: Api.GetLogSessionParams | SkipToken,
  options?: InfiniteQueryHookOptions<LogSessionPage, TData>,
): UseInfiniteQueryResult<TData, ClientError> {
  return useInfiniteReadQuery(
    logSessionInfiniteQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getLogSessionSummary: Totals of one session — `GET /api/logs/sessions/{session_id}/summary`

const getLogSessionSummary: ReadOperation<
  Api.BifrostClient,
  Api.GetLogSessionSummaryParams,
  Api.GetLogSessionSummaryResult
> = {
  api: 'bifrost',
  key: keySpecs.getLogSessionSummary,
  fetch: (client, params, options) => client.logs.sessions.summary(params, options),
};

/** Query options of getLogSessionSummary, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logSessionSummaryQueryOptions = (
  client: Api.BifrostClient,
  params: Api.GetLogSessionSummaryParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getLogSessionSummary, client, params, request);

/** Totals of one session — `GET /api/logs/sessions/{session_id}/summary` */
export function useLogSessionSummary<TData = Api.GetLogSessionSummaryResult>(
  params: Api.GetLogSessionSummaryParams | SkipToken,
  options?: QueryHookOptions<Api.GetLogSessionSummaryResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    logSessionSummaryQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Totals of one session — `GET /api/logs/sessions/{session_id}/summary` — suspends until the data is there. */
export function useSuspenseLogSessionSummary<TData = Api.GetLogSessionSummaryResult>(
  params: Api.GetLogSessionSummaryParams,
  options?: SuspenseQueryHookOptions<Api.GetLogSessionSummaryResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    logSessionSummaryQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getDroppedRequests: Requests that could not be logged — `GET /api/logs/dropped`

const getDroppedRequests: ReadOperation<
  Api.BifrostClient,
  Record<string, never> | undefined,
  Api.GetDroppedRequestsResult
> = {
  api: 'bifrost',
  key: keySpecs.getDroppedRequests,
  fetch: (client, _params, options) => client.logs.dropped(options),
};

/** Query options of getDroppedRequests, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const droppedRequestsQueryOptions = (
  client: Api.BifrostClient,
  params?: Record<string, never> | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getDroppedRequests, client, params, request);

/** Requests that could not be logged — `GET /api/logs/dropped` */
export function useDroppedRequests<TData = Api.GetDroppedRequestsResult>(
  params?: Record<string, never> | SkipToken,
  options?: QueryHookOptions<Api.GetDroppedRequestsResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    droppedRequestsQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Requests that could not be logged — `GET /api/logs/dropped` — suspends until the data is there. */
export function useSuspenseDroppedRequests<TData = Api.GetDroppedRequestsResult>(
  params?: Record<string, never>,
  options?: SuspenseQueryHookOptions<Api.GetDroppedRequestsResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    droppedRequestsQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getLogFilterData: Values for filter menus — `GET /api/logs/filterdata`

const getLogFilterData: ReadOperation<
  Api.BifrostClient,
  Api.GetLogFilterDataParams | undefined,
  Api.GetLogFilterDataResult
> = {
  api: 'bifrost',
  key: keySpecs.getLogFilterData,
  fetch: (client, params, options) => client.logs.filterData(params, options),
};

/** Query options of getLogFilterData, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logFilterDataQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetLogFilterDataParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getLogFilterData, client, params, request);

/** Values for filter menus — `GET /api/logs/filterdata` */
export function useLogFilterData<TData = Api.GetLogFilterDataResult>(
  params?: Api.GetLogFilterDataParams | SkipToken,
  options?: QueryHookOptions<Api.GetLogFilterDataResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    logFilterDataQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Values for filter menus — `GET /api/logs/filterdata` — suspends until the data is there. */
export function useSuspenseLogFilterData<TData = Api.GetLogFilterDataResult>(
  params?: Api.GetLogFilterDataParams,
  options?: SuspenseQueryHookOptions<Api.GetLogFilterDataResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    logFilterDataQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getModelRankings: Models ranked by usage — `GET /api/logs/rankings`

const getModelRankings: ReadOperation<
  Api.BifrostClient,
  Api.GetModelRankingsParams | undefined,
  Api.GetModelRankingsResult
> = {
  api: 'bifrost',
  key: keySpecs.getModelRankings,
  fetch: (client, params, options) => client.logs.rankings(params, options),
};

/** Query options of getModelRankings, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const modelRankingsQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetModelRankingsParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getModelRankings, client, params, request);

/** Models ranked by usage — `GET /api/logs/rankings` */
export function useModelRankings<TData = Api.GetModelRankingsResult>(
  params?: Api.GetModelRankingsParams | SkipToken,
  options?: QueryHookOptions<Api.GetModelRankingsResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    modelRankingsQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Models ranked by usage — `GET /api/logs/rankings` — suspends until the data is there. */
export function useSuspenseModelRankings<TData = Api.GetModelRankingsResult>(
  params?: Api.GetModelRankingsParams,
  options?: SuspenseQueryHookOptions<Api.GetModelRankingsResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    modelRankingsQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getDimensionRankings: Teams, customers, users or keys ranked by usage — `GET /api/logs/rankings/by-dimension`

const getDimensionRankings: ReadOperation<
  Api.BifrostClient,
  Api.GetDimensionRankingsParams,
  Api.GetDimensionRankingsResult
> = {
  api: 'bifrost',
  key: keySpecs.getDimensionRankings,
  fetch: (client, params, options) => client.logs.dimensionRankings(params, options),
};

/** Query options of getDimensionRankings, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const dimensionRankingsQueryOptions = (
  client: Api.BifrostClient,
  params: Api.GetDimensionRankingsParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getDimensionRankings, client, params, request);

/** Teams, customers, users or keys ranked by usage — `GET /api/logs/rankings/by-dimension` */
export function useDimensionRankings<TData = Api.GetDimensionRankingsResult>(
  params: Api.GetDimensionRankingsParams | SkipToken,
  options?: QueryHookOptions<Api.GetDimensionRankingsResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    dimensionRankingsQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Teams, customers, users or keys ranked by usage — `GET /api/logs/rankings/by-dimension` — suspends until the data is there. */
export function useSuspenseDimensionRankings<TData = Api.GetDimensionRankingsResult>(
  params: Api.GetDimensionRankingsParams,
  options?: SuspenseQueryHookOptions<Api.GetDimensionRankingsResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    dimensionRankingsQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

// getLogDashboard: Every dashboard figure at once — `GET /api/logs/dashboard`

const getLogDashboard: ReadOperation<
  Api.BifrostClient,
  Api.GetLogDashboardParams | undefined,
  Api.GetLogDashboardResult
> = {
  api: 'bifrost',
  key: keySpecs.getLogDashboard,
  fetch: (client, params, options) => client.logs.dashboard(params, options),
};

/** Query options of getLogDashboard, for `prefetchQuery`, `ensureQueryData` and server rendering. */
export const logDashboardQueryOptions = (
  client: Api.BifrostClient,
  params?: Api.GetLogDashboardParams | SkipToken,
  request?: CallOptions,
) => readQueryOptions(getLogDashboard, client, params, request);

/** Every dashboard figure at once — `GET /api/logs/dashboard` */
export function useLogDashboard<TData = Api.GetLogDashboardResult>(
  params?: Api.GetLogDashboardParams | SkipToken,
  options?: QueryHookOptions<Api.GetLogDashboardResult, TData>,
): UseQueryResult<TData, ClientError> {
  return useReadQuery(
    logDashboardQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}

/** Every dashboard figure at once — `GET /api/logs/dashboard` — suspends until the data is there. */
export function useSuspenseLogDashboard<TData = Api.GetLogDashboardResult>(
  params?: Api.GetLogDashboardParams,
  options?: SuspenseQueryHookOptions<Api.GetLogDashboardResult, TData>,
): UseSuspenseQueryResult<TData, ClientError> {
  return useSuspenseReadQuery(
    logDashboardQueryOptions(useBifrostClient(), params, options?.request),
    options,
  );
}
