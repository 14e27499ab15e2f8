// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../runtime/validator.js';
import * as compiled from './compiled-requests.js';
import type { operations } from './types.js';

/** What listLogs sends: its parameters (`{ path, query }`). */
export const listLogsValidators: {
  params: Validator<operations['listLogs']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listLogs']['parameters']>(
    'listLogs parameters',
    compiled.listLogs_params,
  ),
};

/** What deleteLogs sends: its parameters (`{ path, query }`) and its JSON body. */
export const deleteLogsValidators: {
  params: Validator<operations['deleteLogs']['parameters']>;
  body: Validator<
    NonNullable<operations['deleteLogs']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteLogs']['parameters']>(
    'deleteLogs parameters',
    compiled.deleteLogs_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['deleteLogs']['requestBody']>['content']['application/json']
  >('deleteLogs request body', compiled.deleteLogs_body),
};

/** What getLogStats sends: its parameters (`{ path, query }`). */
export const getLogStatsValidators: {
  params: Validator<operations['getLogStats']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLogStats']['parameters']>(
    'getLogStats parameters',
    compiled.getLogStats_params,
  ),
};

/** What getLog sends: its parameters (`{ path, query }`). */
export const getLogValidators: {
  params: Validator<operations['getLog']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLog']['parameters']>(
    'getLog parameters',
    compiled.getLog_params,
  ),
};

/** What getLogHistogram sends: its parameters (`{ path, query }`). */
export const getLogHistogramValidators: {
  params: Validator<operations['getLogHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLogHistogram']['parameters']>(
    'getLogHistogram parameters',
    compiled.getLogHistogram_params,
  ),
};

/** What getTokenHistogram sends: its parameters (`{ path, query }`). */
export const getTokenHistogramValidators: {
  params: Validator<operations['getTokenHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getTokenHistogram']['parameters']>(
    'getTokenHistogram parameters',
    compiled.getTokenHistogram_params,
  ),
};

/** What getCostHistogram sends: its parameters (`{ path, query }`). */
export const getCostHistogramValidators: {
  params: Validator<operations['getCostHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getCostHistogram']['parameters']>(
    'getCostHistogram parameters',
    compiled.getCostHistogram_params,
  ),
};

/** What getModelHistogram sends: its parameters (`{ path, query }`). */
export const getModelHistogramValidators: {
  params: Validator<operations['getModelHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getModelHistogram']['parameters']>(
    'getModelHistogram parameters',
    compiled.getModelHistogram_params,
  ),
};

/** What getLatencyHistogram sends: its parameters (`{ path, query }`). */
export const getLatencyHistogramValidators: {
  params: Validator<operations['getLatencyHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLatencyHistogram']['parameters']>(
    'getLatencyHistogram parameters',
    compiled.getLatencyHistogram_params,
  ),
};

/** What getThroughputHistogram sends: its parameters (`{ path, query }`). */
export const getThroughputHistogramValidators: {
  params: Validator<operations['getThroughputHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getThroughputHistogram']['parameters']>(
    'getThroughputHistogram parameters',
    compiled.getThroughputHistogram_params,
  ),
};

/** What getProviderCostHistogram sends: its parameters (`{ path, query }`). */
export const getProviderCostHistogramValidators: {
  params: Validator<operations['getProviderCostHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getProviderCostHistogram']['parameters']>(
    'getProviderCostHistogram parameters',
    compiled.getProviderCostHistogram_params,
  ),
};

/** What getProviderTokenHistogram sends: its parameters (`{ path, query }`). */
export const getProviderTokenHistogramValidators: {
  params: Validator<operations['getProviderTokenHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getProviderTokenHistogram']['parameters']>(
    'getProviderTokenHistogram parameters',
    compiled.getProviderTokenHistogram_params,
  ),
};

/** What getProviderLatencyHistogram sends: its parameters (`{ path, query }`). */
export const getProviderLatencyHistogramValidators: {
  params: Validator<operations['getProviderLatencyHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getProviderLatencyHistogram']['parameters']>(
    'getProviderLatencyHistogram parameters',
    compiled.getProviderLatencyHistogram_params,
  ),
};

/** What getProviderThroughputHistogram sends: its parameters (`{ path, query }`). */
export const getProviderThroughputHistogramValidators: {
  params: Validator<operations['getProviderThroughputHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<
    operations['getProviderThroughputHistogram']['parameters']
  >('getProviderThroughputHistogram parameters', compiled.getProviderThroughputHistogram_params),
};

/** What getDimensionCostHistogram sends: its parameters (`{ path, query }`). */
export const getDimensionCostHistogramValidators: {
  params: Validator<operations['getDimensionCostHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getDimensionCostHistogram']['parameters']>(
    'getDimensionCostHistogram parameters',
    compiled.getDimensionCostHistogram_params,
  ),
};

/** What getDimensionTokenHistogram sends: its parameters (`{ path, query }`). */
export const getDimensionTokenHistogramValidators: {
  params: Validator<operations['getDimensionTokenHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getDimensionTokenHistogram']['parameters']>(
    'getDimensionTokenHistogram parameters',
    compiled.getDimensionTokenHistogram_params,
  ),
};

/** What getDimensionLatencyHistogram sends: its parameters (`{ path, query }`). */
export const getDimensionLatencyHistogramValidators: {
  params: Validator<operations['getDimensionLatencyHistogram']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getDimensionLatencyHistogram']['parameters']>(
    'getDimensionLatencyHistogram parameters',
    compiled.getDimensionLatencyHistogram_params,
  ),
};

/** What getLogSession sends: its parameters (`{ path, query }`). */
export const getLogSessionValidators: {
  params: Validator<operations['getLogSession']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLogSession']['parameters']>(
    'getLogSession parameters',
    compiled.getLogSession_params,
  ),
};

/** What getLogSessionSummary sends: its parameters (`{ path, query }`). */
export const getLogSessionSummaryValidators: {
  params: Validator<operations['getLogSessionSummary']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLogSessionSummary']['parameters']>(
    'getLogSessionSummary parameters',
    compiled.getLogSessionSummary_params,
  ),
};

/** What getDroppedRequests sends: its parameters (`{ path, query }`). */
export const getDroppedRequestsValidators: {
  params: Validator<operations['getDroppedRequests']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getDroppedRequests']['parameters']>(
    'getDroppedRequests parameters',
    compiled.getDroppedRequests_params,
  ),
};

/** What getLogFilterData sends: its parameters (`{ path, query }`). */
export const getLogFilterDataValidators: {
  params: Validator<operations['getLogFilterData']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLogFilterData']['parameters']>(
    'getLogFilterData parameters',
    compiled.getLogFilterData_params,
  ),
};

/** What getModelRankings sends: its parameters (`{ path, query }`). */
export const getModelRankingsValidators: {
  params: Validator<operations['getModelRankings']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getModelRankings']['parameters']>(
    'getModelRankings parameters',
    compiled.getModelRankings_params,
  ),
};

/** What getDimensionRankings sends: its parameters (`{ path, query }`). */
export const getDimensionRankingsValidators: {
  params: Validator<operations['getDimensionRankings']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getDimensionRankings']['parameters']>(
    'getDimensionRankings parameters',
    compiled.getDimensionRankings_params,
  ),
};

/** What getLogDashboard sends: its parameters (`{ path, query }`). */
export const getLogDashboardValidators: {
  params: Validator<operations['getLogDashboard']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getLogDashboard']['parameters']>(
    'getLogDashboard parameters',
    compiled.getLogDashboard_params,
  ),
};

/** What listUserAgentMappings sends: its parameters (`{ path, query }`). */
export const listUserAgentMappingsValidators: {
  params: Validator<operations['listUserAgentMappings']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['listUserAgentMappings']['parameters']>(
    'listUserAgentMappings parameters',
    compiled.listUserAgentMappings_params,
  ),
};

/** What createUserAgentMapping sends: its parameters (`{ path, query }`) and its JSON body. */
export const createUserAgentMappingValidators: {
  params: Validator<operations['createUserAgentMapping']['parameters']>;
  body: Validator<
    NonNullable<operations['createUserAgentMapping']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['createUserAgentMapping']['parameters']>(
    'createUserAgentMapping parameters',
    compiled.createUserAgentMapping_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['createUserAgentMapping']['requestBody']>['content']['application/json']
  >('createUserAgentMapping request body', compiled.createUserAgentMapping_body),
};

/** What updateUserAgentMapping sends: its parameters (`{ path, query }`) and its JSON body. */
export const updateUserAgentMappingValidators: {
  params: Validator<operations['updateUserAgentMapping']['parameters']>;
  body: Validator<
    NonNullable<operations['updateUserAgentMapping']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['updateUserAgentMapping']['parameters']>(
    'updateUserAgentMapping parameters',
    compiled.updateUserAgentMapping_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['updateUserAgentMapping']['requestBody']>['content']['application/json']
  >('updateUserAgentMapping request body', compiled.updateUserAgentMapping_body),
};

/** What deleteUserAgentMapping sends: its parameters (`{ path, query }`). */
export const deleteUserAgentMappingValidators: {
  params: Validator<operations['deleteUserAgentMapping']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['deleteUserAgentMapping']['parameters']>(
    'deleteUserAgentMapping parameters',
    compiled.deleteUserAgentMapping_params,
  ),
};

/** What recalculateLogCosts sends: its parameters (`{ path, query }`) and its JSON body. */
export const recalculateLogCostsValidators: {
  params: Validator<operations['recalculateLogCosts']['parameters']>;
  body: Validator<
    NonNullable<operations['recalculateLogCosts']['requestBody']>['content']['application/json']
  >;
} = {
  params: /* @__PURE__ */ createValidator<operations['recalculateLogCosts']['parameters']>(
    'recalculateLogCosts parameters',
    compiled.recalculateLogCosts_params,
  ),
  body: /* @__PURE__ */ createValidator<
    NonNullable<operations['recalculateLogCosts']['requestBody']>['content']['application/json']
  >('recalculateLogCosts request body', compiled.recalculateLogCosts_body),
};

/** What getRecalculateCostStatus sends: its parameters (`{ path, query }`). */
export const getRecalculateCostStatusValidators: {
  params: Validator<operations['getRecalculateCostStatus']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['getRecalculateCostStatus']['parameters']>(
    'getRecalculateCostStatus parameters',
    compiled.getRecalculateCostStatus_params,
  ),
};

/** What cancelRecalculateCost sends: its parameters (`{ path, query }`). */
export const cancelRecalculateCostValidators: {
  params: Validator<operations['cancelRecalculateCost']['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations['cancelRecalculateCost']['parameters']>(
    'cancelRecalculateCost parameters',
    compiled.cancelRecalculateCost_params,
  ),
};

/** For every operation: its parameters and its JSON request body. */
export const requestValidators: {
  listLogs: typeof listLogsValidators;
  deleteLogs: typeof deleteLogsValidators;
  getLogStats: typeof getLogStatsValidators;
  getLog: typeof getLogValidators;
  getLogHistogram: typeof getLogHistogramValidators;
  getTokenHistogram: typeof getTokenHistogramValidators;
  getCostHistogram: typeof getCostHistogramValidators;
  getModelHistogram: typeof getModelHistogramValidators;
  getLatencyHistogram: typeof getLatencyHistogramValidators;
  getThroughputHistogram: typeof getThroughputHistogramValidators;
  getProviderCostHistogram: typeof getProviderCostHistogramValidators;
  getProviderTokenHistogram: typeof getProviderTokenHistogramValidators;
  getProviderLatencyHistogram: typeof getProviderLatencyHistogramValidators;
  getProviderThroughputHistogram: typeof getProviderThroughputHistogramValidators;
  getDimensionCostHistogram: typeof getDimensionCostHistogramValidators;
  getDimensionTokenHistogram: typeof getDimensionTokenHistogramValidators;
  getDimensionLatencyHistogram: typeof getDimensionLatencyHistogramValidators;
  getLogSession: typeof getLogSessionValidators;
  getLogSessionSummary: typeof getLogSessionSummaryValidators;
  getDroppedRequests: typeof getDroppedRequestsValidators;
  getLogFilterData: typeof getLogFilterDataValidators;
  getModelRankings: typeof getModelRankingsValidators;
  getDimensionRankings: typeof getDimensionRankingsValidators;
  getLogDashboard: typeof getLogDashboardValidators;
  listUserAgentMappings: typeof listUserAgentMappingsValidators;
  createUserAgentMapping: typeof createUserAgentMappingValidators;
  updateUserAgentMapping: typeof updateUserAgentMappingValidators;
  deleteUserAgentMapping: typeof deleteUserAgentMappingValidators;
  recalculateLogCosts: typeof recalculateLogCostsValidators;
  getRecalculateCostStatus: typeof getRecalculateCostStatusValidators;
  cancelRecalculateCost: typeof cancelRecalculateCostValidators;
} = {
  listLogs: listLogsValidators,
  deleteLogs: deleteLogsValidators,
  getLogStats: getLogStatsValidators,
  getLog: getLogValidators,
  getLogHistogram: getLogHistogramValidators,
  getTokenHistogram: getTokenHistogramValidators,
  getCostHistogram: getCostHistogramValidators,
  getModelHistogram: getModelHistogramValidators,
  getLatencyHistogram: getLatencyHistogramValidators,
  getThroughputHistogram: getThroughputHistogramValidators,
  getProviderCostHistogram: getProviderCostHistogramValidators,
  getProviderTokenHistogram: getProviderTokenHistogramValidators,
  getProviderLatencyHistogram: getProviderLatencyHistogramValidators,
  getProviderThroughputHistogram: getProviderThroughputHistogramValidators,
  getDimensionCostHistogram: getDimensionCostHistogramValidators,
  getDimensionTokenHistogram: getDimensionTokenHistogramValidators,
  getDimensionLatencyHistogram: getDimensionLatencyHistogramValidators,
  getLogSession: getLogSessionValidators,
  getLogSessionSummary: getLogSessionSummaryValidators,
  getDroppedRequests: getDroppedRequestsValidators,
  getLogFilterData: getLogFilterDataValidators,
  getModelRankings: getModelRankingsValidators,
  getDimensionRankings: getDimensionRankingsValidators,
  getLogDashboard: getLogDashboardValidators,
  listUserAgentMappings: listUserAgentMappingsValidators,
  createUserAgentMapping: createUserAgentMappingValidators,
  updateUserAgentMapping: updateUserAgentMappingValidators,
  deleteUserAgentMapping: deleteUserAgentMappingValidators,
  recalculateLogCosts: recalculateLogCostsValidators,
  getRecalculateCostStatus: getRecalculateCostStatusValidators,
  cancelRecalculateCost: cancelRecalculateCostValidators,
};
