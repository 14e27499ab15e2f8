// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package client)

import type { APIPromise } from '../../core/api-promise.js';
import type { ClientCore } from '../../core/client-core.js';
import type { PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request-options.js';
import type {
  ListLogsParams,
  ListLogsResponse,
  ListLogsResult,
  ListLogsItem,
  DeleteLogsBody,
  DeleteLogsResponse,
  DeleteLogsResult,
  GetLogStatsParams,
  GetLogStatsResponse,
  GetLogStatsResult,
  GetLogParams,
  GetLogResponse,
  GetLogResult,
  GetLogHistogramParams,
  GetLogHistogramResponse,
  GetLogHistogramResult,
  GetTokenHistogramParams,
  GetTokenHistogramResponse,
  GetTokenHistogramResult,
  GetCostHistogramParams,
  GetCostHistogramResponse,
  GetCostHistogramResult,
  GetModelHistogramParams,
  GetModelHistogramResponse,
  GetModelHistogramResult,
  GetLatencyHistogramParams,
  GetLatencyHistogramResponse,
  GetLatencyHistogramResult,
  GetThroughputHistogramParams,
  GetThroughputHistogramResponse,
  GetThroughputHistogramResult,
  GetProviderCostHistogramParams,
  GetProviderCostHistogramResponse,
  GetProviderCostHistogramResult,
  GetProviderTokenHistogramParams,
  GetProviderTokenHistogramResponse,
  GetProviderTokenHistogramResult,
  GetProviderLatencyHistogramParams,
  GetProviderLatencyHistogramResponse,
  GetProviderLatencyHistogramResult,
  GetProviderThroughputHistogramParams,
  GetProviderThroughputHistogramResponse,
  GetProviderThroughputHistogramResult,
  GetDimensionCostHistogramParams,
  GetDimensionCostHistogramResponse,
  GetDimensionCostHistogramResult,
  GetDimensionTokenHistogramParams,
  GetDimensionTokenHistogramResponse,
  GetDimensionTokenHistogramResult,
  GetDimensionLatencyHistogramParams,
  GetDimensionLatencyHistogramResponse,
  GetDimensionLatencyHistogramResult,
  GetLogSessionParams,
  GetLogSessionResponse,
  GetLogSessionResult,
  GetLogSessionItem,
  GetLogSessionSummaryParams,
  GetLogSessionSummaryResponse,
  GetLogSessionSummaryResult,
  GetDroppedRequestsResponse,
  GetDroppedRequestsResult,
  GetLogFilterDataParams,
  GetLogFilterDataResponse,
  GetLogFilterDataResult,
  GetModelRankingsParams,
  GetModelRankingsResponse,
  GetModelRankingsResult,
  GetDimensionRankingsParams,
  GetDimensionRankingsResponse,
  GetDimensionRankingsResult,
  GetLogDashboardParams,
  GetLogDashboardResponse,
  GetLogDashboardResult,
  ListUserAgentMappingsResponse,
  ListUserAgentMappingsResult,
  CreateUserAgentMappingBody,
  CreateUserAgentMappingResponse,
  CreateUserAgentMappingResult,
  UpdateUserAgentMappingParams,
  UpdateUserAgentMappingBody,
  UpdateUserAgentMappingResponse,
  UpdateUserAgentMappingResult,
  DeleteUserAgentMappingParams,
  DeleteUserAgentMappingResponse,
  DeleteUserAgentMappingResult,
  RecalculateLogCostsBody,
  RecalculateLogCostsResponse,
  RecalculateLogCostsResult,
  GetRecalculateCostStatusParams,
  GetRecalculateCostStatusResponse,
  GetRecalculateCostStatusResult,
  CancelRecalculateCostParams,
  CancelRecalculateCostResponse,
  CancelRecalculateCostResult,
} from './functions.js';
import * as fn from './functions.js';

/** The bifrost API by resource, one method per operation of the spec. */
export interface BifrostResources {
  logs: {
    /** List request logs — `GET /api/logs` */
    list(
      params?: ListLogsParams,
      options?: RequestOptions,
    ): PagePromise<ListLogsItem, ListLogsResponse>;
    /** Delete logs by ID — `DELETE /api/logs` */
    delete(body: DeleteLogsBody, options?: RequestOptions): APIPromise<DeleteLogsResult>;
    /** Aggregate statistics for matching logs — `GET /api/logs/stats` */
    stats(params?: GetLogStatsParams, options?: RequestOptions): APIPromise<GetLogStatsResult>;
    /** Get one complete log record — `GET /api/logs/{id}` */
    get(params: GetLogParams, options?: RequestOptions): APIPromise<GetLogResult>;
    /** Request counts over time — `GET /api/logs/histogram` */
    histogram(
      params?: GetLogHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetLogHistogramResult>;
    /** Token usage over time — `GET /api/logs/histogram/tokens` */
    tokenHistogram(
      params?: GetTokenHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetTokenHistogramResult>;
    /** Cost over time by model — `GET /api/logs/histogram/cost` */
    costHistogram(
      params?: GetCostHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetCostHistogramResult>;
    /** Requests over time by model — `GET /api/logs/histogram/models` */
    modelHistogram(
      params?: GetModelHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetModelHistogramResult>;
    /** Latency percentiles over time — `GET /api/logs/histogram/latency` */
    latencyHistogram(
      params?: GetLatencyHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetLatencyHistogramResult>;
    /** Token throughput over time — `GET /api/logs/histogram/throughput` */
    throughputHistogram(
      params?: GetThroughputHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetThroughputHistogramResult>;
    /** Cost over time by provider — `GET /api/logs/histogram/cost/by-provider` */
    providerCostHistogram(
      params?: GetProviderCostHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetProviderCostHistogramResult>;
    /** Token usage over time by provider — `GET /api/logs/histogram/tokens/by-provider` */
    providerTokenHistogram(
      params?: GetProviderTokenHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetProviderTokenHistogramResult>;
    /** Latency over time by provider — `GET /api/logs/histogram/latency/by-provider` */
    providerLatencyHistogram(
      params?: GetProviderLatencyHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetProviderLatencyHistogramResult>;
    /** Token throughput over time by provider — `GET /api/logs/histogram/throughput/by-provider` */
    providerThroughputHistogram(
      params?: GetProviderThroughputHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetProviderThroughputHistogramResult>;
    /** Cost over time by dimension — `GET /api/logs/histogram/cost/by-dimension` */
    dimensionCostHistogram(
      params: GetDimensionCostHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetDimensionCostHistogramResult>;
    /** Token usage over time by dimension — `GET /api/logs/histogram/tokens/by-dimension` */
    dimensionTokenHistogram(
      params: GetDimensionTokenHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetDimensionTokenHistogramResult>;
    /** Latency over time by dimension — `GET /api/logs/histogram/latency/by-dimension` */
    dimensionLatencyHistogram(
      params: GetDimensionLatencyHistogramParams,
      options?: RequestOptions,
    ): APIPromise<GetDimensionLatencyHistogramResult>;
    /** Requests that could not be logged — `GET /api/logs/dropped` */
    dropped(options?: RequestOptions): APIPromise<GetDroppedRequestsResult>;
    /** Values for filter menus — `GET /api/logs/filterdata` */
    filterData(
      params?: GetLogFilterDataParams,
      options?: RequestOptions,
    ): APIPromise<GetLogFilterDataResult>;
    /** Models ranked by usage — `GET /api/logs/rankings` */
    rankings(
      params?: GetModelRankingsParams,
      options?: RequestOptions,
    ): APIPromise<GetModelRankingsResult>;
    /** Teams, customers, users or keys ranked by usage — `GET /api/logs/rankings/by-dimension` */
    dimensionRankings(
      params: GetDimensionRankingsParams,
      options?: RequestOptions,
    ): APIPromise<GetDimensionRankingsResult>;
    /** Every dashboard figure at once — `GET /api/logs/dashboard` */
    dashboard(
      params?: GetLogDashboardParams,
      options?: RequestOptions,
    ): APIPromise<GetLogDashboardResult>;
    sessions: {
      /** The logs of one session — `GET /api/logs/sessions/{session_id}` */
      get(
        params: GetLogSessionParams,
        options?: RequestOptions,
      ): PagePromise<GetLogSessionItem, GetLogSessionResponse>;
      /** Totals of one session — `GET /api/logs/sessions/{session_id}/summary` */
      summary(
        params: GetLogSessionSummaryParams,
        options?: RequestOptions,
      ): APIPromise<GetLogSessionSummaryResult>;
    };
  };
  userAgentMappings: {
    /** List user-agent mappings — `GET /api/logs/user-agent-mappings` */
    list(options?: RequestOptions): APIPromise<ListUserAgentMappingsResult>;
    /** Create a user-agent mapping — `POST /api/logs/user-agent-mappings` */
    create(
      body: CreateUserAgentMappingBody,
      options?: RequestOptions,
    ): APIPromise<CreateUserAgentMappingResult>;
    /** Replace a user-agent mapping — `PUT /api/logs/user-agent-mappings/{id}` */
    update(
      params: UpdateUserAgentMappingParams,
      body: UpdateUserAgentMappingBody,
      options?: RequestOptions,
    ): APIPromise<UpdateUserAgentMappingResult>;
    /** Delete a user-agent mapping — `DELETE /api/logs/user-agent-mappings/{id}` */
    delete(
      params: DeleteUserAgentMappingParams,
      options?: RequestOptions,
    ): APIPromise<DeleteUserAgentMappingResult>;
  };
  costRecalculation: {
    /** Start repricing logs — `POST /api/logs/recalculate-cost` */
    start(
      body?: RecalculateLogCostsBody,
      options?: RequestOptions,
    ): APIPromise<RecalculateLogCostsResult>;
    /** State of a cost recalculation — `GET /api/logs/recalculate-cost/status` */
    status(
      params?: GetRecalculateCostStatusParams,
      options?: RequestOptions,
    ): APIPromise<GetRecalculateCostStatusResult>;
    /** Stop a cost recalculation — `POST /api/logs/recalculate-cost/cancel` */
    cancel(
      params?: CancelRecalculateCostParams,
      options?: RequestOptions,
    ): APIPromise<CancelRecalculateCostResult>;
  };
}

export function createResources(core: ClientCore): BifrostResources {
  return {
    logs: {
      list: (params, options) => fn.listLogs(core, params, options),
      delete: (body, options) => fn.deleteLogs(core, body, options),
      stats: (params, options) => fn.getLogStats(core, params, options),
      get: (params, options) => fn.getLog(core, params, options),
      histogram: (params, options) => fn.getLogHistogram(core, params, options),
      tokenHistogram: (params, options) => fn.getTokenHistogram(core, params, options),
      costHistogram: (params, options) => fn.getCostHistogram(core, params, options),
      modelHistogram: (params, options) => fn.getModelHistogram(core, params, options),
      latencyHistogram: (params, options) => fn.getLatencyHistogram(core, params, options),
      throughputHistogram: (params, options) => fn.getThroughputHistogram(core, params, options),
      providerCostHistogram: (params, options) =>
        fn.getProviderCostHistogram(core, params, options),
      providerTokenHistogram: (params, options) =>
        fn.getProviderTokenHistogram(core, params, options),
      providerLatencyHistogram: (params, options) =>
        fn.getProviderLatencyHistogram(core, params, options),
      providerThroughputHistogram: (params, options) =>
        fn.getProviderThroughputHistogram(core, params, options),
      dimensionCostHistogram: (params, options) =>
        fn.getDimensionCostHistogram(core, params, options),
      dimensionTokenHistogram: (params, options) =>
        fn.getDimensionTokenHistogram(core, params, options),
      dimensionLatencyHistogram: (params, options) =>
        fn.getDimensionLatencyHistogram(core, params, options),
      dropped: (options) => fn.getDroppedRequests(core, options),
      filterData: (params, options) => fn.getLogFilterData(core, params, options),
      rankings: (params, options) => fn.getModelRankings(core, params, options),
      dimensionRankings: (params, options) => fn.getDimensionRankings(core, params, options),
      dashboard: (params, options) => fn.getLogDashboard(core, params, options),
      sessions: {
        get: (params, options) => fn.getLogSession(core, params, options),
        summary: (params, options) => fn.getLogSessionSummary(core, params, options),
      },
    },
    userAgentMappings: {
      list: (options) => fn.listUserAgentMappings(core, options),
      create: (body, options) => fn.createUserAgentMapping(core, body, options),
      update: (params, body, options) => fn.updateUserAgentMapping(core, params, body, options),
      delete: (params, options) => fn.deleteUserAgentMapping(core, params, options),
    },
    costRecalculation: {
      start: (body, options) => fn.recalculateLogCosts(core, body, options),
      status: (params, options) => fn.getRecalculateCostStatus(core, params, options),
      cancel: (params, options) => fn.cancelRecalculateCost(core, params, options),
    },
  };
}
