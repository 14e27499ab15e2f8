// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

/** For every operation: loads the validators of its JSON responses, by status, and only those. */
export const responseLoaders: {
  listLogs: () => Promise<typeof import('./compiled-responses/listLogs.js').listLogsResponses>;
  deleteLogs: () => Promise<
    typeof import('./compiled-responses/deleteLogs.js').deleteLogsResponses
  >;
  getLogStats: () => Promise<
    typeof import('./compiled-responses/getLogStats.js').getLogStatsResponses
  >;
  getLog: () => Promise<typeof import('./compiled-responses/getLog.js').getLogResponses>;
  getLogHistogram: () => Promise<
    typeof import('./compiled-responses/getLogHistogram.js').getLogHistogramResponses
  >;
  getTokenHistogram: () => Promise<
    typeof import('./compiled-responses/getTokenHistogram.js').getTokenHistogramResponses
  >;
  getCostHistogram: () => Promise<
    typeof import('./compiled-responses/getCostHistogram.js').getCostHistogramResponses
  >;
  getModelHistogram: () => Promise<
    typeof import('./compiled-responses/getModelHistogram.js').getModelHistogramResponses
  >;
  getLatencyHistogram: () => Promise<
    typeof import('./compiled-responses/getLatencyHistogram.js').getLatencyHistogramResponses
  >;
  getThroughputHistogram: () => Promise<
    typeof import('./compiled-responses/getThroughputHistogram.js').getThroughputHistogramResponses
  >;
  getProviderCostHistogram: () => Promise<
    typeof import('./compiled-responses/getProviderCostHistogram.js').getProviderCostHistogramResponses
  >;
  getProviderTokenHistogram: () => Promise<
    typeof import('./compiled-responses/getProviderTokenHistogram.js').getProviderTokenHistogramResponses
  >;
  getProviderLatencyHistogram: () => Promise<
    typeof import('./compiled-responses/getProviderLatencyHistogram.js').getProviderLatencyHistogramResponses
  >;
  getProviderThroughputHistogram: () => Promise<
    typeof import('./compiled-responses/getProviderThroughputHistogram.js').getProviderThroughputHistogramResponses
  >;
  getDimensionCostHistogram: () => Promise<
    typeof import('./compiled-responses/getDimensionCostHistogram.js').getDimensionCostHistogramResponses
  >;
  getDimensionTokenHistogram: () => Promise<
    typeof import('./compiled-responses/getDimensionTokenHistogram.js').getDimensionTokenHistogramResponses
  >;
  getDimensionLatencyHistogram: () => Promise<
    typeof import('./compiled-responses/getDimensionLatencyHistogram.js').getDimensionLatencyHistogramResponses
  >;
  getLogSession: () => Promise<
    typeof import('./compiled-responses/getLogSession.js').getLogSessionResponses
  >;
  getLogSessionSummary: () => Promise<
    typeof import('./compiled-responses/getLogSessionSummary.js').getLogSessionSummaryResponses
  >;
  getDroppedRequests: () => Promise<
    typeof import('./compiled-responses/getDroppedRequests.js').getDroppedRequestsResponses
  >;
  getLogFilterData: () => Promise<
    typeof import('./compiled-responses/getLogFilterData.js').getLogFilterDataResponses
  >;
  getModelRankings: () => Promise<
    typeof import('./compiled-responses/getModelRankings.js').getModelRankingsResponses
  >;
  getDimensionRankings: () => Promise<
    typeof import('./compiled-responses/getDimensionRankings.js').getDimensionRankingsResponses
  >;
  getLogDashboard: () => Promise<
    typeof import('./compiled-responses/getLogDashboard.js').getLogDashboardResponses
  >;
  listUserAgentMappings: () => Promise<
    typeof import('./compiled-responses/listUserAgentMappings.js').listUserAgentMappingsResponses
  >;
  createUserAgentMapping: () => Promise<
    typeof import('./compiled-responses/createUserAgentMapping.js').createUserAgentMappingResponses
  >;
  updateUserAgentMapping: () => Promise<
    typeof import('./compiled-responses/updateUserAgentMapping.js').updateUserAgentMappingResponses
  >;
  deleteUserAgentMapping: () => Promise<
    typeof import('./compiled-responses/deleteUserAgentMapping.js').deleteUserAgentMappingResponses
  >;
  recalculateLogCosts: () => Promise<
    typeof import('./compiled-responses/recalculateLogCosts.js').recalculateLogCostsResponses
  >;
  getRecalculateCostStatus: () => Promise<
    typeof import('./compiled-responses/getRecalculateCostStatus.js').getRecalculateCostStatusResponses
  >;
  cancelRecalculateCost: () => Promise<
    typeof import('./compiled-responses/cancelRecalculateCost.js').cancelRecalculateCostResponses
  >;
} = {
  listLogs: async () => (await import('./compiled-responses/listLogs.js')).listLogsResponses,
  deleteLogs: async () => (await import('./compiled-responses/deleteLogs.js')).deleteLogsResponses,
  getLogStats: async () =>
    (await import('./compiled-responses/getLogStats.js')).getLogStatsResponses,
  getLog: async () => (await import('./compiled-responses/getLog.js')).getLogResponses,
  getLogHistogram: async () =>
    (await import('./compiled-responses/getLogHistogram.js')).getLogHistogramResponses,
  getTokenHistogram: async () =>
    (await import('./compiled-responses/getTokenHistogram.js')).getTokenHistogramResponses,
  getCostHistogram: async () =>
    (await import('./compiled-responses/getCostHistogram.js')).getCostHistogramResponses,
  getModelHistogram: async () =>
    (await import('./compiled-responses/getModelHistogram.js')).getModelHistogramResponses,
  getLatencyHistogram: async () =>
    (await import('./compiled-responses/getLatencyHistogram.js')).getLatencyHistogramResponses,
  getThroughputHistogram: async () =>
    (await import('./compiled-responses/getThroughputHistogram.js'))
      .getThroughputHistogramResponses,
  getProviderCostHistogram: async () =>
    (await import('./compiled-responses/getProviderCostHistogram.js'))
      .getProviderCostHistogramResponses,
  getProviderTokenHistogram: async () =>
    (await import('./compiled-responses/getProviderTokenHistogram.js'))
      .getProviderTokenHistogramResponses,
  getProviderLatencyHistogram: async () =>
    (await import('./compiled-responses/getProviderLatencyHistogram.js'))
      .getProviderLatencyHistogramResponses,
  getProviderThroughputHistogram: async () =>
    (await import('./compiled-responses/getProviderThroughputHistogram.js'))
      .getProviderThroughputHistogramResponses,
  getDimensionCostHistogram: async () =>
    (await import('./compiled-responses/getDimensionCostHistogram.js'))
      .getDimensionCostHistogramResponses,
  getDimensionTokenHistogram: async () =>
    (await import('./compiled-responses/getDimensionTokenHistogram.js'))
      .getDimensionTokenHistogramResponses,
  getDimensionLatencyHistogram: async () =>
    (await import('./compiled-responses/getDimensionLatencyHistogram.js'))
      .getDimensionLatencyHistogramResponses,
  getLogSession: async () =>
    (await import('./compiled-responses/getLogSession.js')).getLogSessionResponses,
  getLogSessionSummary: async () =>
    (await import('./compiled-responses/getLogSessionSummary.js')).getLogSessionSummaryResponses,
  getDroppedRequests: async () =>
    (await import('./compiled-responses/getDroppedRequests.js')).getDroppedRequestsResponses,
  getLogFilterData: async () =>
    (await import('./compiled-responses/getLogFilterData.js')).getLogFilterDataResponses,
  getModelRankings: async () =>
    (await import('./compiled-responses/getModelRankings.js')).getModelRankingsResponses,
  getDimensionRankings: async () =>
    (await import('./compiled-responses/getDimensionRankings.js')).getDimensionRankingsResponses,
  getLogDashboard: async () =>
    (await import('./compiled-responses/getLogDashboard.js')).getLogDashboardResponses,
  listUserAgentMappings: async () =>
    (await import('./compiled-responses/listUserAgentMappings.js')).listUserAgentMappingsResponses,
  createUserAgentMapping: async () =>
    (await import('./compiled-responses/createUserAgentMapping.js'))
      .createUserAgentMappingResponses,
  updateUserAgentMapping: async () =>
    (await import('./compiled-responses/updateUserAgentMapping.js'))
      .updateUserAgentMappingResponses,
  deleteUserAgentMapping: async () =>
    (await import('./compiled-responses/deleteUserAgentMapping.js'))
      .deleteUserAgentMappingResponses,
  recalculateLogCosts: async () =>
    (await import('./compiled-responses/recalculateLogCosts.js')).recalculateLogCostsResponses,
  getRecalculateCostStatus: async () =>
    (await import('./compiled-responses/getRecalculateCostStatus.js'))
      .getRecalculateCostStatusResponses,
  cancelRecalculateCost: async () =>
    (await import('./compiled-responses/cancelRecalculateCost.js')).cancelRecalculateCostResponses,
};
