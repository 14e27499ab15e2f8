// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package react)

/** Every operation of the bifrost spec and the exports of this entry point that serve it. */
export const bifrostHooks = {
  listLogs: {
    kind: 'infinite',
    exports: [
      'useLogs',
      'useSuspenseLogs',
      'logsQueryOptions',
      'useInfiniteLogs',
      'logsInfiniteQueryOptions',
    ],
  },
  deleteLogs: { kind: 'mutation', exports: ['useDeleteLogs'] },
  getLogStats: {
    kind: 'query',
    exports: ['useLogStats', 'useSuspenseLogStats', 'logStatsQueryOptions'],
  },
  getLog: { kind: 'query', exports: ['useLog', 'useSuspenseLog', 'logQueryOptions'] },
  getLogHistogram: {
    kind: 'query',
    exports: ['useLogHistogram', 'useSuspenseLogHistogram', 'logHistogramQueryOptions'],
  },
  getTokenHistogram: {
    kind: 'query',
    exports: ['useTokenHistogram', 'useSuspenseTokenHistogram', 'tokenHistogramQueryOptions'],
  },
  getCostHistogram: {
    kind: 'query',
    exports: ['useCostHistogram', 'useSuspenseCostHistogram', 'costHistogramQueryOptions'],
  },
  getModelHistogram: {
    kind: 'query',
    exports: ['useModelHistogram', 'useSuspenseModelHistogram', 'modelHistogramQueryOptions'],
  },
  getLatencyHistogram: {
    kind: 'query',
    exports: ['useLatencyHistogram', 'useSuspenseLatencyHistogram', 'latencyHistogramQueryOptions'],
  },
  getThroughputHistogram: {
    kind: 'query',
    exports: [
      'useThroughputHistogram',
      'useSuspenseThroughputHistogram',
      'throughputHistogramQueryOptions',
    ],
  },
  getProviderCostHistogram: {
    kind: 'query',
    exports: [
      'useProviderCostHistogram',
      'useSuspenseProviderCostHistogram',
      'providerCostHistogramQueryOptions',
    ],
  },
  getProviderTokenHistogram: {
    kind: 'query',
    exports: [
      'useProviderTokenHistogram',
      'useSuspenseProviderTokenHistogram',
      'providerTokenHistogramQueryOptions',
    ],
  },
  getProviderLatencyHistogram: {
    kind: 'query',
    exports: [
      'useProviderLatencyHistogram',
      'useSuspenseProviderLatencyHistogram',
      'providerLatencyHistogramQueryOptions',
    ],
  },
  getProviderThroughputHistogram: {
    kind: 'query',
    exports: [
      'useProviderThroughputHistogram',
      'useSuspenseProviderThroughputHistogram',
      'providerThroughputHistogramQueryOptions',
    ],
  },
  getDimensionCostHistogram: {
    kind: 'query',
    exports: [
      'useDimensionCostHistogram',
      'useSuspenseDimensionCostHistogram',
      'dimensionCostHistogramQueryOptions',
    ],
  },
  getDimensionTokenHistogram: {
    kind: 'query',
    exports: [
      'useDimensionTokenHistogram',
      'useSuspenseDimensionTokenHistogram',
      'dimensionTokenHistogramQueryOptions',
    ],
  },
  getDimensionLatencyHistogram: {
    kind: 'query',
    exports: [
      'useDimensionLatencyHistogram',
      'useSuspenseDimensionLatencyHistogram',
      'dimensionLatencyHistogramQueryOptions',
    ],
  },
  getLogSession: {
    kind: 'infinite',
    exports: [
      'useLogSession',
      'useSuspenseLogSession',
      'logSessionQueryOptions',
      'useInfiniteLogSession',
      'logSessionInfiniteQueryOptions',
    ],
  },
  getLogSessionSummary: {
    kind: 'query',
    exports: [
      'useLogSessionSummary',
      'useSuspenseLogSessionSummary',
      'logSessionSummaryQueryOptions',
    ],
  },
  getDroppedRequests: {
    kind: 'query',
    exports: ['useDroppedRequests', 'useSuspenseDroppedRequests', 'droppedRequestsQueryOptions'],
  },
  getLogFilterData: {
    kind: 'query',
    exports: ['useLogFilterData', 'useSuspenseLogFilterData', 'logFilterDataQueryOptions'],
  },
  getModelRankings: {
    kind: 'query',
    exports: ['useModelRankings', 'useSuspenseModelRankings', 'modelRankingsQueryOptions'],
  },
  getDimensionRankings: {
    kind: 'query',
    exports: [
      'useDimensionRankings',
      'useSuspenseDimensionRankings',
      'dimensionRankingsQueryOptions',
    ],
  },
  getLogDashboard: {
    kind: 'query',
    exports: ['useLogDashboard', 'useSuspenseLogDashboard', 'logDashboardQueryOptions'],
  },
  listUserAgentMappings: {
    kind: 'query',
    exports: [
      'useUserAgentMappings',
      'useSuspenseUserAgentMappings',
      'userAgentMappingsQueryOptions',
    ],
  },
  createUserAgentMapping: { kind: 'mutation', exports: ['useCreateUserAgentMapping'] },
  updateUserAgentMapping: { kind: 'mutation', exports: ['useUpdateUserAgentMapping'] },
  deleteUserAgentMapping: { kind: 'mutation', exports: ['useDeleteUserAgentMapping'] },
  recalculateLogCosts: { kind: 'mutation', exports: ['useRecalculateLogCosts'] },
  getRecalculateCostStatus: {
    kind: 'query',
    exports: [
      'useRecalculateCostStatus',
      'useSuspenseRecalculateCostStatus',
      'recalculateCostStatusQueryOptions',
    ],
  },
  cancelRecalculateCost: { kind: 'mutation', exports: ['useCancelRecalculateCost'] },
} as const satisfies Record<
  string,
  { kind: 'query' | 'infinite' | 'mutation'; exports: readonly string[] }
>;
