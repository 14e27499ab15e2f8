// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { listLogsResponses } from './responses/listLogs.js';
import { deleteLogsResponses } from './responses/deleteLogs.js';
import { getLogStatsResponses } from './responses/getLogStats.js';
import { getLogResponses } from './responses/getLog.js';
import { getLogHistogramResponses } from './responses/getLogHistogram.js';
import { getTokenHistogramResponses } from './responses/getTokenHistogram.js';
import { getCostHistogramResponses } from './responses/getCostHistogram.js';
import { getModelHistogramResponses } from './responses/getModelHistogram.js';
import { getLatencyHistogramResponses } from './responses/getLatencyHistogram.js';
import { getThroughputHistogramResponses } from './responses/getThroughputHistogram.js';
import { getProviderCostHistogramResponses } from './responses/getProviderCostHistogram.js';
import { getProviderTokenHistogramResponses } from './responses/getProviderTokenHistogram.js';
import { getProviderLatencyHistogramResponses } from './responses/getProviderLatencyHistogram.js';
import { getProviderThroughputHistogramResponses } from './responses/getProviderThroughputHistogram.js';
import { getDimensionCostHistogramResponses } from './responses/getDimensionCostHistogram.js';
import { getDimensionTokenHistogramResponses } from './responses/getDimensionTokenHistogram.js';
import { getDimensionLatencyHistogramResponses } from './responses/getDimensionLatencyHistogram.js';
import { getLogSessionResponses } from './responses/getLogSession.js';
import { getLogSessionSummaryResponses } from './responses/getLogSessionSummary.js';
import { getDroppedRequestsResponses } from './responses/getDroppedRequests.js';
import { getLogFilterDataResponses } from './responses/getLogFilterData.js';
import { getModelRankingsResponses } from './responses/getModelRankings.js';
import { getDimensionRankingsResponses } from './responses/getDimensionRankings.js';
import { getLogDashboardResponses } from './responses/getLogDashboard.js';
import { listUserAgentMappingsResponses } from './responses/listUserAgentMappings.js';
import { createUserAgentMappingResponses } from './responses/createUserAgentMapping.js';
import { updateUserAgentMappingResponses } from './responses/updateUserAgentMapping.js';
import { deleteUserAgentMappingResponses } from './responses/deleteUserAgentMapping.js';
import { recalculateLogCostsResponses } from './responses/recalculateLogCosts.js';
import { getRecalculateCostStatusResponses } from './responses/getRecalculateCostStatus.js';
import { cancelRecalculateCostResponses } from './responses/cancelRecalculateCost.js';

export { listLogsResponses } from './responses/listLogs.js';
export { deleteLogsResponses } from './responses/deleteLogs.js';
export { getLogStatsResponses } from './responses/getLogStats.js';
export { getLogResponses } from './responses/getLog.js';
export { getLogHistogramResponses } from './responses/getLogHistogram.js';
export { getTokenHistogramResponses } from './responses/getTokenHistogram.js';
export { getCostHistogramResponses } from './responses/getCostHistogram.js';
export { getModelHistogramResponses } from './responses/getModelHistogram.js';
export { getLatencyHistogramResponses } from './responses/getLatencyHistogram.js';
export { getThroughputHistogramResponses } from './responses/getThroughputHistogram.js';
export { getProviderCostHistogramResponses } from './responses/getProviderCostHistogram.js';
export { getProviderTokenHistogramResponses } from './responses/getProviderTokenHistogram.js';
export { getProviderLatencyHistogramResponses } from './responses/getProviderLatencyHistogram.js';
export { getProviderThroughputHistogramResponses } from './responses/getProviderThroughputHistogram.js';
export { getDimensionCostHistogramResponses } from './responses/getDimensionCostHistogram.js';
export { getDimensionTokenHistogramResponses } from './responses/getDimensionTokenHistogram.js';
export { getDimensionLatencyHistogramResponses } from './responses/getDimensionLatencyHistogram.js';
export { getLogSessionResponses } from './responses/getLogSession.js';
export { getLogSessionSummaryResponses } from './responses/getLogSessionSummary.js';
export { getDroppedRequestsResponses } from './responses/getDroppedRequests.js';
export { getLogFilterDataResponses } from './responses/getLogFilterData.js';
export { getModelRankingsResponses } from './responses/getModelRankings.js';
export { getDimensionRankingsResponses } from './responses/getDimensionRankings.js';
export { getLogDashboardResponses } from './responses/getLogDashboard.js';
export { listUserAgentMappingsResponses } from './responses/listUserAgentMappings.js';
export { createUserAgentMappingResponses } from './responses/createUserAgentMapping.js';
export { updateUserAgentMappingResponses } from './responses/updateUserAgentMapping.js';
export { deleteUserAgentMappingResponses } from './responses/deleteUserAgentMapping.js';
export { recalculateLogCostsResponses } from './responses/recalculateLogCosts.js';
export { getRecalculateCostStatusResponses } from './responses/getRecalculateCostStatus.js';
export { cancelRecalculateCostResponses } from './responses/cancelRecalculateCost.js';

/** For every operation: a validator of each JSON response body, by status. */
export const responseValidators: {
  listLogs: typeof listLogsResponses;
  deleteLogs: typeof deleteLogsResponses;
  getLogStats: typeof getLogStatsResponses;
  getLog: typeof getLogResponses;
  getLogHistogram: typeof getLogHistogramResponses;
  getTokenHistogram: typeof getTokenHistogramResponses;
  getCostHistogram: typeof getCostHistogramResponses;
  getModelHistogram: typeof getModelHistogramResponses;
  getLatencyHistogram: typeof getLatencyHistogramResponses;
  getThroughputHistogram: typeof getThroughputHistogramResponses;
  getProviderCostHistogram: typeof getProviderCostHistogramResponses;
  getProviderTokenHistogram: typeof getProviderTokenHistogramResponses;
  getProviderLatencyHistogram: typeof getProviderLatencyHistogramResponses;
  getProviderThroughputHistogram: typeof getProviderThroughputHistogramResponses;
  getDimensionCostHistogram: typeof getDimensionCostHistogramResponses;
  getDimensionTokenHistogram: typeof getDimensionTokenHistogramResponses;
  getDimensionLatencyHistogram: typeof getDimensionLatencyHistogramResponses;
  getLogSession: typeof getLogSessionResponses;
  getLogSessionSummary: typeof getLogSessionSummaryResponses;
  getDroppedRequests: typeof getDroppedRequestsResponses;
  getLogFilterData: typeof getLogFilterDataResponses;
  getModelRankings: typeof getModelRankingsResponses;
  getDimensionRankings: typeof getDimensionRankingsResponses;
  getLogDashboard: typeof getLogDashboardResponses;
  listUserAgentMappings: typeof listUserAgentMappingsResponses;
  createUserAgentMapping: typeof createUserAgentMappingResponses;
  updateUserAgentMapping: typeof updateUserAgentMappingResponses;
  deleteUserAgentMapping: typeof deleteUserAgentMappingResponses;
  recalculateLogCosts: typeof recalculateLogCostsResponses;
  getRecalculateCostStatus: typeof getRecalculateCostStatusResponses;
  cancelRecalculateCost: typeof cancelRecalculateCostResponses;
} = {
  listLogs: listLogsResponses,
  deleteLogs: deleteLogsResponses,
  getLogStats: getLogStatsResponses,
  getLog: getLogResponses,
  getLogHistogram: getLogHistogramResponses,
  getTokenHistogram: getTokenHistogramResponses,
  getCostHistogram: getCostHistogramResponses,
  getModelHistogram: getModelHistogramResponses,
  getLatencyHistogram: getLatencyHistogramResponses,
  getThroughputHistogram: getThroughputHistogramResponses,
  getProviderCostHistogram: getProviderCostHistogramResponses,
  getProviderTokenHistogram: getProviderTokenHistogramResponses,
  getProviderLatencyHistogram: getProviderLatencyHistogramResponses,
  getProviderThroughputHistogram: getProviderThroughputHistogramResponses,
  getDimensionCostHistogram: getDimensionCostHistogramResponses,
  getDimensionTokenHistogram: getDimensionTokenHistogramResponses,
  getDimensionLatencyHistogram: getDimensionLatencyHistogramResponses,
  getLogSession: getLogSessionResponses,
  getLogSessionSummary: getLogSessionSummaryResponses,
  getDroppedRequests: getDroppedRequestsResponses,
  getLogFilterData: getLogFilterDataResponses,
  getModelRankings: getModelRankingsResponses,
  getDimensionRankings: getDimensionRankingsResponses,
  getLogDashboard: getLogDashboardResponses,
  listUserAgentMappings: listUserAgentMappingsResponses,
  createUserAgentMapping: createUserAgentMappingResponses,
  updateUserAgentMapping: updateUserAgentMappingResponses,
  deleteUserAgentMapping: deleteUserAgentMappingResponses,
  recalculateLogCosts: recalculateLogCostsResponses,
  getRecalculateCostStatus: getRecalculateCostStatusResponses,
  cancelRecalculateCost: cancelRecalculateCostResponses,
};
