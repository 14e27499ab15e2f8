// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

/** For every operation: loads the validators of its JSON responses, by status, and only those. */
export const responseLoaders: {
  listLogs: () => Promise<typeof import('./responses/listLogs.js').listLogsResponses>;
  deleteLogs: () => Promise<typeof import('./responses/deleteLogs.js').deleteLogsResponses>;
  getLogStats: () => Promise<typeof import('./responses/getLogStats.js').getLogStatsResponses>;
  getLog: () => Promise<typeof import('./responses/getLog.js').getLogResponses>;
  getLogHistogram: () => Promise<
    typeof import('./responses/getLogHistogram.js').getLogHistogramResponses
  >;
  getTokenHistogram: () => Promise<
    typeof import('./responses/getTokenHistogram.js').getTokenHistogramResponses
  >;
  getCostHistogram: () => Promise<
    typeof import('./responses/getCostHistogram.js').getCostHistogramResponses
  >;
  getModelHistogram: () => Promise<
    typeof import('./responses/getModelHistogram.js').getModelHistogramResponses
  >;
  getLatencyHistogram: () => Promise<
    typeof import('./responses/getLatencyHistogram.js').getLatencyHistogramResponses
  >;
  getThroughputHistogram: () => Promise<
    typeof import('./responses/getThroughputHistogram.js').getThroughputHistogramResponses
  >;
  getProviderCostHistogram: () => Promise<
    typeof import('./responses/getProviderCostHistogram.js').getProviderCostHistogramResponses
  >;
  getProviderTokenHistogram: () => Promise<
    typeof import('./responses/getProviderTokenHistogram.js').getProviderTokenHistogramResponses
  >;
  getProviderLatencyHistogram: () => Promise<
    typeof import('./responses/getProviderLatencyHistogram.js').getProviderLatencyHistogramResponses
  >;
  getProviderThroughputHistogram: () => Promise<
    typeof import('./responses/getProviderThroughputHistogram.js').getProviderThroughputHistogramResponses
  >;
  getDimensionCostHistogram: () => Promise<
    typeof import('./responses/getDimensionCostHistogram.js').getDimensionCostHistogramResponses
  >;
  getDimensionTokenHistogram: () => Promise<
    typeof import('./responses/getDimensionTokenHistogram.js').getDimensionTokenHistogramResponses
  >;
  getDimensionLatencyHistogram: () => Promise<
    typeof import('./responses/getDimensionLatencyHistogram.js').getDimensionLatencyHistogramResponses
  >;
  getLogSession: () => Promise<
    typeof import('./responses/getLogSession.js').getLogSessionResponses
  >;
  getLogSessionSummary: () => Promise<
    typeof import('./responses/getLogSessionSummary.js').getLogSessionSummaryResponses
  >;
  getDroppedRequests: () => Promise<
    typeof import('./responses/getDroppedRequests.js').getDroppedRequestsResponses
  >;
  getLogFilterData: () => Promise<
    typeof import('./responses/getLogFilterData.js').getLogFilterDataResponses
  >;
  getModelRankings: () => Promise<
    typeof import('./responses/getModelRankings.js').getModelRankingsResponses
  >;
  getDimensionRankings: () => Promise<
    typeof import('./responses/getDimensionRankings.js').getDimensionRankingsResponses
  >;
  getLogDashboard: () => Promise<
    typeof import('./responses/getLogDashboard.js').getLogDashboardResponses
  >;
  listUserAgentMappings: () => Promise<
    typeof import('./responses/listUserAgentMappings.js').listUserAgentMappingsResponses
  >;
  createUserAgentMapping: () => Promise<
    typeof import('./responses/createUserAgentMapping.js').createUserAgentMappingResponses
  >;
  updateUserAgentMapping: () => Promise<
    typeof import('./responses/updateUserAgentMapping.js').updateUserAgentMappingResponses
  >;
  deleteUserAgentMapping: () => Promise<
    typeof import('./responses/deleteUserAgentMapping.js').deleteUserAgentMappingResponses
  >;
  recalculateLogCosts: () => Promise<
    typeof import('./responses/recalculateLogCosts.js').recalculateLogCostsResponses
  >;
  getRecalculateCostStatus: () => Promise<
    typeof import('./responses/getRecalculateCostStatus.js').getRecalculateCostStatusResponses
  >;
  cancelRecalculateCost: () => Promise<
    typeof import('./responses/cancelRecalculateCost.js').cancelRecalculateCostResponses
  >;
} = {
  listLogs: async () => (await import('./responses/listLogs.js')).listLogsResponses,
  deleteLogs: async () => (await import('./responses/deleteLogs.js')).deleteLogsResponses,
  getLogStats: async () => (await import('./responses/getLogStats.js')).getLogStatsResponses,
  getLog: async () => (await import('./responses/getLog.js')).getLogResponses,
  getLogHistogram: async () =>
    (await import('./responses/getLogHistogram.js')).getLogHistogramResponses,
  getTokenHistogram: async () =>
    (await import('./responses/getTokenHistogram.js')).getTokenHistogramResponses,
  getCostHistogram: async () =>
    (await import('./responses/getCostHistogram.js')).getCostHistogramResponses,
  getModelHistogram: async () =>
    (await import('./responses/getModelHistogram.js')).getModelHistogramResponses,
  getLatencyHistogram: async () =>
    (await import('./responses/getLatencyHistogram.js')).getLatencyHistogramResponses,
  getThroughputHistogram: async () =>
    (await import('./responses/getThroughputHistogram.js')).getThroughputHistogramResponses,
  getProviderCostHistogram: async () =>
    (await import('./responses/getProviderCostHistogram.js')).getProviderCostHistogramResponses,
  getProviderTokenHistogram: async () =>
    (await import('./responses/getProviderTokenHistogram.js')).getProviderTokenHistogramResponses,
  getProviderLatencyHistogram: async () =>
    (await import('./responses/getProviderLatencyHistogram.js'))
      .getProviderLatencyHistogramResponses,
  getProviderThroughputHistogram: async () =>
    (await import('./responses/getProviderThroughputHistogram.js'))
      .getProviderThroughputHistogramResponses,
  getDimensionCostHistogram: async () =>
    (await import('./responses/getDimensionCostHistogram.js')).getDimensionCostHistogramResponses,
  getDimensionTokenHistogram: async () =>
    (await import('./responses/getDimensionTokenHistogram.js')).getDimensionTokenHistogramResponses,
  getDimensionLatencyHistogram: async () =>
    (await import('./responses/getDimensionLatencyHistogram.js'))
      .getDimensionLatencyHistogramResponses,
  getLogSession: async () => (await import('./responses/getLogSession.js')).getLogSessionResponses,
  getLogSessionSummary: async () =>
    (await import('./responses/getLogSessionSummary.js')).getLogSessionSummaryResponses,
  getDroppedRequests: async () =>
    (await import('./responses/getDroppedRequests.js')).getDroppedRequestsResponses,
  getLogFilterData: async () =>
    (await import('./responses/getLogFilterData.js')).getLogFilterDataResponses,
  getModelRankings: async () =>
    (await import('./responses/getModelRankings.js')).getModelRankingsResponses,
  getDimensionRankings: async () =>
    (await import('./responses/getDimensionRankings.js')).getDimensionRankingsResponses,
  getLogDashboard: async () =>
    (await import('./responses/getLogDashboard.js')).getLogDashboardResponses,
  listUserAgentMappings: async () =>
    (await import('./responses/listUserAgentMappings.js')).listUserAgentMappingsResponses,
  createUserAgentMapping: async () =>
    (await import('./responses/createUserAgentMapping.js')).createUserAgentMappingResponses,
  updateUserAgentMapping: async () =>
    (await import('./responses/updateUserAgentMapping.js')).updateUserAgentMappingResponses,
  deleteUserAgentMapping: async () =>
    (await import('./responses/deleteUserAgentMapping.js')).deleteUserAgentMappingResponses,
  recalculateLogCosts: async () =>
    (await import('./responses/recalculateLogCosts.js')).recalculateLogCostsResponses,
  getRecalculateCostStatus: async () =>
    (await import('./responses/getRecalculateCostStatus.js')).getRecalculateCostStatusResponses,
  cancelRecalculateCost: async () =>
    (await import('./responses/cancelRecalculateCost.js')).cancelRecalculateCostResponses,
};
