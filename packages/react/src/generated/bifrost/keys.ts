// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

import type * as Api from '@ai-gateway/client/bifrost';
import type { InfiniteData } from '@tanstack/react-query';
import {
  type Key,
  type KeySpec,
  type ListPage,
  operationKey,
  rootKey,
} from '../../runtime/index.js';

/** One page of listLogs: the client's page as plain data. */
export type LogsPage = ListPage<Api.ListLogsItem, Api.ListLogsResponse>;
/** One page of getLogSession: the client's page as plain data. */
export type LogSessionPage = ListPage<Api.GetLogSessionItem, Api.GetLogSessionResponse>;

/** Where each read operation's queries sit in the key tree, from its path in the spec. */
export const keySpecs = {
  listLogs: { operationId: 'listLogs', segments: ['logs'] },
  getLogStats: { operationId: 'getLogStats', segments: ['logs', 'stats'] },
  getLog: { operationId: 'getLog', segments: ['logs', { param: 'id' }] },
  getLogHistogram: { operationId: 'getLogHistogram', segments: ['logs', 'histogram'] },
  getTokenHistogram: {
    operationId: 'getTokenHistogram',
    segments: ['logs', 'histogram', 'tokens'],
  },
  getCostHistogram: { operationId: 'getCostHistogram', segments: ['logs', 'histogram', 'cost'] },
  getModelHistogram: {
    operationId: 'getModelHistogram',
    segments: ['logs', 'histogram', 'models'],
  },
  getLatencyHistogram: {
    operationId: 'getLatencyHistogram',
    segments: ['logs', 'histogram', 'latency'],
  },
  getThroughputHistogram: {
    operationId: 'getThroughputHistogram',
    segments: ['logs', 'histogram', 'throughput'],
  },
  getProviderCostHistogram: {
    operationId: 'getProviderCostHistogram',
    segments: ['logs', 'histogram', 'cost', 'by-provider'],
  },
  getProviderTokenHistogram: {
    operationId: 'getProviderTokenHistogram',
    segments: ['logs', 'histogram', 'tokens', 'by-provider'],
  },
  getProviderLatencyHistogram: {
    operationId: 'getProviderLatencyHistogram',
    segments: ['logs', 'histogram', 'latency', 'by-provider'],
  },
  getProviderThroughputHistogram: {
    operationId: 'getProviderThroughputHistogram',
    segments: ['logs', 'histogram', 'throughput', 'by-provider'],
  },
  getDimensionCostHistogram: {
    operationId: 'getDimensionCostHistogram',
    segments: ['logs', 'histogram', 'cost', 'by-dimension'],
  },
  getDimensionTokenHistogram: {
    operationId: 'getDimensionTokenHistogram',
    segments: ['logs', 'histogram', 'tokens', 'by-dimension'],
  },
  getDimensionLatencyHistogram: {
    operationId: 'getDimensionLatencyHistogram',
    segments: ['logs', 'histogram', 'latency', 'by-dimension'],
  },
  getLogSession: {
    operationId: 'getLogSession',
    segments: ['logs', 'sessions', { param: 'session_id' }],
  },
  getLogSessionSummary: {
    operationId: 'getLogSessionSummary',
    segments: ['logs', 'sessions', { param: 'session_id' }, 'summary'],
  },
  getDroppedRequests: { operationId: 'getDroppedRequests', segments: ['logs', 'dropped'] },
  getLogFilterData: { operationId: 'getLogFilterData', segments: ['logs', 'filterdata'] },
  getModelRankings: { operationId: 'getModelRankings', segments: ['logs', 'rankings'] },
  getDimensionRankings: {
    operationId: 'getDimensionRankings',
    segments: ['logs', 'rankings', 'by-dimension'],
  },
  getLogDashboard: { operationId: 'getLogDashboard', segments: ['logs', 'dashboard'] },
  listUserAgentMappings: {
    operationId: 'listUserAgentMappings',
    segments: ['logs', 'user-agent-mappings'],
  },
  getRecalculateCostStatus: {
    operationId: 'getRecalculateCostStatus',
    segments: ['logs', 'recalculate-cost', 'status'],
  },
} as const satisfies Record<string, KeySpec>;

/**
 * Query keys of the bifrost API, one function per read operation, grouped like the client's resources.
 * Keys are hierarchical (`['ai-gateway', 'bifrost', ...path, { operation, query? }]`): pass a key's
 * `subtreeOf(key)` to `invalidateQueries` for everything under it. A key built without query
 * parameters also matches, as a filter, every variant of its operation (any filters, page or infinite).
 */
export const bifrostKeys = {
  /** Every query of the bifrost API. */
  all: [rootKey, 'bifrost'] as const,
  logs: {
    /** List request logs — `GET /api/logs` */
    list: (params?: Api.ListLogsParams): Key<LogsPage> =>
      operationKey('bifrost', keySpecs.listLogs, params),
    listInfinite: (params?: Api.ListLogsParams): Key<InfiniteData<LogsPage, number>> =>
      operationKey('bifrost', keySpecs.listLogs, params, true),
    /** Aggregate statistics for matching logs — `GET /api/logs/stats` */
    stats: (params?: Api.GetLogStatsParams): Key<Api.GetLogStatsResult> =>
      operationKey('bifrost', keySpecs.getLogStats, params),
    /** Get one complete log record — `GET /api/logs/{id}` */
    get: (params: Api.GetLogParams): Key<Api.GetLogResult> =>
      operationKey('bifrost', keySpecs.getLog, params),
    /** Request counts over time — `GET /api/logs/histogram` */
    histogram: (params?: Api.GetLogHistogramParams): Key<Api.GetLogHistogramResult> =>
      operationKey('bifrost', keySpecs.getLogHistogram, params),
    /** Token usage over time — `GET /api/logs/histogram/tokens` */
    tokenHistogram: (params?: Api.GetTokenHistogramParams): Key<Api.GetTokenHistogramResult> =>
      operationKey('bifrost', keySpecs.getTokenHistogram, params),
    /** Cost over time by model — `GET /api/logs/histogram/cost` */
    costHistogram: (params?: Api.GetCostHistogramParams): Key<Api.GetCostHistogramResult> =>
      operationKey('bifrost', keySpecs.getCostHistogram, params),
    /** Requests over time by model — `GET /api/logs/histogram/models` */
    modelHistogram: (params?: Api.GetModelHistogramParams): Key<Api.GetModelHistogramResult> =>
      operationKey('bifrost', keySpecs.getModelHistogram, params),
    /** Latency percentiles over time — `GET /api/logs/histogram/latency` */
    latencyHistogram: (
      params?: Api.GetLatencyHistogramParams,
    ): Key<Api.GetLatencyHistogramResult> =>
      operationKey('bifrost', keySpecs.getLatencyHistogram, params),
    /** Token throughput over time — `GET /api/logs/histogram/throughput` */
    throughputHistogram: (
      params?: Api.GetThroughputHistogramParams,
    ): Key<Api.GetThroughputHistogramResult> =>
      operationKey('bifrost', keySpecs.getThroughputHistogram, params),
    /** Cost over time by provider — `GET /api/logs/histogram/cost/by-provider` */
    providerCostHistogram: (
      params?: Api.GetProviderCostHistogramParams,
    ): Key<Api.GetProviderCostHistogramResult> =>
      operationKey('bifrost', keySpecs.getProviderCostHistogram, params),
    /** Token usage over time by provider — `GET /api/logs/histogram/tokens/by-provider` */
    providerTokenHistogram: (
      params?: Api.GetProviderTokenHistogramParams,
    ): Key<Api.GetProviderTokenHistogramResult> =>
      operationKey('bifrost', keySpecs.getProviderTokenHistogram, params),
    /** Latency over time by provider — `GET /api/logs/histogram/latency/by-provider` */
    providerLatencyHistogram: (
      params?: Api.GetProviderLatencyHistogramParams,
    ): Key<Api.GetProviderLatencyHistogramResult> =>
      operationKey('bifrost', keySpecs.getProviderLatencyHistogram, params),
    /** Token throughput over time by provider — `GET /api/logs/histogram/throughput/by-provider` */
    providerThroughputHistogram: (
      params?: Api.GetProviderThroughputHistogramParams,
    ): Key<Api.GetProviderThroughputHistogramResult> =>
      operationKey('bifrost', keySpecs.getProviderThroughputHistogram, params),
    /** Cost over time by dimension — `GET /api/logs/histogram/cost/by-dimension` */
    dimensionCostHistogram: (
      params: Api.GetDimensionCostHistogramParams,
    ): Key<Api.GetDimensionCostHistogramResult> =>
      operationKey('bifrost', keySpecs.getDimensionCostHistogram, params),
    /** Token usage over time by dimension — `GET /api/logs/histogram/tokens/by-dimension` */
    dimensionTokenHistogram: (
      params: Api.GetDimensionTokenHistogramParams,
    ): Key<Api.GetDimensionTokenHistogramResult> =>
      operationKey('bifrost', keySpecs.getDimensionTokenHistogram, params),
    /** Latency over time by dimension — `GET /api/logs/histogram/latency/by-dimension` */
    dimensionLatencyHistogram: (
      params: Api.GetDimensionLatencyHistogramParams,
    ): Key<Api.GetDimensionLatencyHistogramResult> =>
      operationKey('bifrost', keySpecs.getDimensionLatencyHistogram, params),
    /** Requests that could not be logged — `GET /api/logs/dropped` */
    dropped: (params?: Record<string, never>): Key<Api.GetDroppedRequestsResult> =>
      operationKey('bifrost', keySpecs.getDroppedRequests, params),
    /** Values for filter menus — `GET /api/logs/filterdata` */
    filterData: (params?: Api.GetLogFilterDataParams): Key<Api.GetLogFilterDataResult> =>
      operationKey('bifrost', keySpecs.getLogFilterData, params),
    /** Models ranked by usage — `GET /api/logs/rankings` */
    rankings: (params?: Api.GetModelRankingsParams): Key<Api.GetModelRankingsResult> =>
      operationKey('bifrost', keySpecs.getModelRankings, params),
    /** Teams, customers, users or keys ranked by usage — `GET /api/logs/rankings/by-dimension` */
    dimensionRankings: (
      params: Api.GetDimensionRankingsParams,
    ): Key<Api.GetDimensionRankingsResult> =>
      operationKey('bifrost', keySpecs.getDimensionRankings, params),
    /** Every dashboard figure at once — `GET /api/logs/dashboard` */
    dashboard: (params?: Api.GetLogDashboardParams): Key<Api.GetLogDashboardResult> =>
      operationKey('bifrost', keySpecs.getLogDashboard, params),
    sessions: {
      /** The logs of one session — `GET /api/logs/sessions/{session_id}` */
      get: (params: Api.GetLogSessionParams): Key<LogSessionPage> =>
        operationKey('bifrost', keySpecs.getLogSession, params),
      getInfinite: (params: Api.GetLogSessionParams): Key<InfiniteData<LogSessionPage, number>> =>
        operationKey('bifrost', keySpecs.getLogSession, params, true),
      /** Totals of one session — `GET /api/logs/sessions/{session_id}/summary` */
      summary: (params: Api.GetLogSessionSummaryParams): Key<Api.GetLogSessionSummaryResult> =>
        operationKey('bifrost', keySpecs.getLogSessionSummary, params),
    },
  },
  userAgentMappings: {
    /** List user-agent mappings — `GET /api/logs/user-agent-mappings` */
    list: (params?: Record<string, never>): Key<Api.ListUserAgentMappingsResult> =>
      operationKey('bifrost', keySpecs.listUserAgentMappings, params),
  },
  costRecalculation: {
    /** State of a cost recalculation — `GET /api/logs/recalculate-cost/status` */
    status: (
      params?: Api.GetRecalculateCostStatusParams,
    ): Key<Api.GetRecalculateCostStatusResult> =>
      operationKey('bifrost', keySpecs.getRecalculateCostStatus, params),
  },
};
