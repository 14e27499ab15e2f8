// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { listLogsResponses } from './compiled-responses/listLogs.js';
import { deleteLogsResponses } from './compiled-responses/deleteLogs.js';
import { getLogStatsResponses } from './compiled-responses/getLogStats.js';
import { getLogResponses } from './compiled-responses/getLog.js';
import { getLogHistogramResponses } from './compiled-responses/getLogHistogram.js';
import { getTokenHistogramResponses } from './compiled-responses/getTokenHistogram.js';
import { getCostHistogramResponses } from './compiled-responses/getCostHistogram.js';
import { getModelHistogramResponses } from './compiled-responses/getModelHistogram.js';
import { getLatencyHistogramResponses } from './compiled-responses/getLatencyHistogram.js';
import { getThroughputHistogramResponses } from './compiled-responses/getThroughputHistogram.js';
import { getProviderCostHistogramResponses } from './compiled-responses/getProviderCostHistogram.js';
import { getProviderTokenHistogramResponses } from './compiled-responses/getProviderTokenHistogram.js';
import { getProviderLatencyHistogramResponses } from './compiled-responses/getProviderLatencyHistogram.js';
import { getProviderThroughputHistogramResponses } from './compiled-responses/getProviderThroughputHistogram.js';
import { getDimensionCostHistogramResponses } from './compiled-responses/getDimensionCostHistogram.js';
import { getDimensionTokenHistogramResponses } from './compiled-responses/getDimensionTokenHistogram.js';
import { getDimensionLatencyHistogramResponses } from './compiled-responses/getDimensionLatencyHistogram.js';
import { getLogSessionResponses } from './compiled-responses/getLogSession.js';
import { getLogSessionSummaryResponses } from './compiled-responses/getLogSessionSummary.js';
import { getDroppedRequestsResponses } from './compiled-responses/getDroppedRequests.js';
import { getLogFilterDataResponses } from './compiled-responses/getLogFilterData.js';
import { getModelRankingsResponses } from './compiled-responses/getModelRankings.js';
import { getDimensionRankingsResponses } from './compiled-responses/getDimensionRankings.js';
import { getLogDashboardResponses } from './compiled-responses/getLogDashboard.js';
import { listUserAgentMappingsResponses } from './compiled-responses/listUserAgentMappings.js';
import { createUserAgentMappingResponses } from './compiled-responses/createUserAgentMapping.js';
import { updateUserAgentMappingResponses } from './compiled-responses/updateUserAgentMapping.js';
import { deleteUserAgentMappingResponses } from './compiled-responses/deleteUserAgentMapping.js';
import { recalculateLogCostsResponses } from './compiled-responses/recalculateLogCosts.js';
import { getRecalculateCostStatusResponses } from './compiled-responses/getRecalculateCostStatus.js';
import { cancelRecalculateCostResponses } from './compiled-responses/cancelRecalculateCost.js';

export {
  listLogsResponses,
  deleteLogsResponses,
  getLogStatsResponses,
  getLogResponses,
  getLogHistogramResponses,
  getTokenHistogramResponses,
  getCostHistogramResponses,
  getModelHistogramResponses,
  getLatencyHistogramResponses,
  getThroughputHistogramResponses,
  getProviderCostHistogramResponses,
  getProviderTokenHistogramResponses,
  getProviderLatencyHistogramResponses,
  getProviderThroughputHistogramResponses,
  getDimensionCostHistogramResponses,
  getDimensionTokenHistogramResponses,
  getDimensionLatencyHistogramResponses,
  getLogSessionResponses,
  getLogSessionSummaryResponses,
  getDroppedRequestsResponses,
  getLogFilterDataResponses,
  getModelRankingsResponses,
  getDimensionRankingsResponses,
  getLogDashboardResponses,
  listUserAgentMappingsResponses,
  createUserAgentMappingResponses,
  updateUserAgentMappingResponses,
  deleteUserAgentMappingResponses,
  recalculateLogCostsResponses,
  getRecalculateCostStatusResponses,
  cancelRecalculateCostResponses,
};

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
