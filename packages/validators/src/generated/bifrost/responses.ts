// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/validators generate)

import { createValidator, type Validator } from '../../runtime/validator.js';
import * as compiled from './compiled-responses.js';
import type { operations } from './types.js';

/** Each JSON response of listLogs, by status. */
export const listLogsResponses: {
  "200": Validator<operations["listLogs"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["listLogs"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["listLogs"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["listLogs"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["200"]['content']['application/json']>("listLogs 200 response", compiled.listLogs_200),
  "400": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["400"]['content']['application/json']>("listLogs 400 response", compiled.listLogs_400),
  "401": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["401"]['content']['application/json']>("listLogs 401 response", compiled.listLogs_401),
  "500": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["500"]['content']['application/json']>("listLogs 500 response", compiled.listLogs_500),
};

/** Each JSON response of deleteLogs, by status. */
export const deleteLogsResponses: {
  "200": Validator<operations["deleteLogs"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["deleteLogs"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["deleteLogs"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["deleteLogs"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["200"]['content']['application/json']>("deleteLogs 200 response", compiled.deleteLogs_200),
  "400": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["400"]['content']['application/json']>("deleteLogs 400 response", compiled.deleteLogs_400),
  "401": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["401"]['content']['application/json']>("deleteLogs 401 response", compiled.deleteLogs_401),
  "500": /* @__PURE__ */ createValidator<operations["deleteLogs"]['responses']["500"]['content']['application/json']>("deleteLogs 500 response", compiled.deleteLogs_500),
};

/** Each JSON response of getLogStats, by status. */
export const getLogStatsResponses: {
  "200": Validator<operations["getLogStats"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getLogStats"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getLogStats"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getLogStats"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLogStats"]['responses']["200"]['content']['application/json']>("getLogStats 200 response", compiled.getLogStats_200),
  "400": /* @__PURE__ */ createValidator<operations["getLogStats"]['responses']["400"]['content']['application/json']>("getLogStats 400 response", compiled.getLogStats_400),
  "401": /* @__PURE__ */ createValidator<operations["getLogStats"]['responses']["401"]['content']['application/json']>("getLogStats 401 response", compiled.getLogStats_401),
  "500": /* @__PURE__ */ createValidator<operations["getLogStats"]['responses']["500"]['content']['application/json']>("getLogStats 500 response", compiled.getLogStats_500),
};

/** Each JSON response of getLog, by status. */
export const getLogResponses: {
  "200": Validator<operations["getLog"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getLog"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getLog"]['responses']["401"]['content']['application/json']>;
  "404": Validator<operations["getLog"]['responses']["404"]['content']['application/json']>;
  "500": Validator<operations["getLog"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["200"]['content']['application/json']>("getLog 200 response", compiled.getLog_200),
  "400": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["400"]['content']['application/json']>("getLog 400 response", compiled.getLog_400),
  "401": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["401"]['content']['application/json']>("getLog 401 response", compiled.getLog_401),
  "404": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["404"]['content']['application/json']>("getLog 404 response", compiled.getLog_404),
  "500": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["500"]['content']['application/json']>("getLog 500 response", compiled.getLog_500),
};

/** Each JSON response of getLogHistogram, by status. */
export const getLogHistogramResponses: {
  "200": Validator<operations["getLogHistogram"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getLogHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getLogHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLogHistogram"]['responses']["200"]['content']['application/json']>("getLogHistogram 200 response", compiled.getLogHistogram_200),
  "401": /* @__PURE__ */ createValidator<operations["getLogHistogram"]['responses']["401"]['content']['application/json']>("getLogHistogram 401 response", compiled.getLogHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getLogHistogram"]['responses']["500"]['content']['application/json']>("getLogHistogram 500 response", compiled.getLogHistogram_500),
};

/** Each JSON response of getTokenHistogram, by status. */
export const getTokenHistogramResponses: {
  "200": Validator<operations["getTokenHistogram"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getTokenHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getTokenHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getTokenHistogram"]['responses']["200"]['content']['application/json']>("getTokenHistogram 200 response", compiled.getTokenHistogram_200),
  "401": /* @__PURE__ */ createValidator<operations["getTokenHistogram"]['responses']["401"]['content']['application/json']>("getTokenHistogram 401 response", compiled.getTokenHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getTokenHistogram"]['responses']["500"]['content']['application/json']>("getTokenHistogram 500 response", compiled.getTokenHistogram_500),
};

/** Each JSON response of getCostHistogram, by status. */
export const getCostHistogramResponses: {
  "200": Validator<operations["getCostHistogram"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getCostHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getCostHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getCostHistogram"]['responses']["200"]['content']['application/json']>("getCostHistogram 200 response", compiled.getCostHistogram_200),
  "401": /* @__PURE__ */ createValidator<operations["getCostHistogram"]['responses']["401"]['content']['application/json']>("getCostHistogram 401 response", compiled.getCostHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getCostHistogram"]['responses']["500"]['content']['application/json']>("getCostHistogram 500 response", compiled.getCostHistogram_500),
};

/** Each JSON response of getModelHistogram, by status. */
export const getModelHistogramResponses: {
  "200": Validator<operations["getModelHistogram"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getModelHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getModelHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getModelHistogram"]['responses']["200"]['content']['application/json']>("getModelHistogram 200 response", compiled.getModelHistogram_200),
  "401": /* @__PURE__ */ createValidator<operations["getModelHistogram"]['responses']["401"]['content']['application/json']>("getModelHistogram 401 response", compiled.getModelHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getModelHistogram"]['responses']["500"]['content']['application/json']>("getModelHistogram 500 response", compiled.getModelHistogram_500),
};

/** Each JSON response of getLatencyHistogram, by status. */
export const getLatencyHistogramResponses: {
  "200": Validator<operations["getLatencyHistogram"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getLatencyHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getLatencyHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLatencyHistogram"]['responses']["200"]['content']['application/json']>("getLatencyHistogram 200 response", compiled.getLatencyHistogram_200),
  "401": /* @__PURE__ */ createValidator<operations["getLatencyHistogram"]['responses']["401"]['content']['application/json']>("getLatencyHistogram 401 response", compiled.getLatencyHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getLatencyHistogram"]['responses']["500"]['content']['application/json']>("getLatencyHistogram 500 response", compiled.getLatencyHistogram_500),
};

/** Each JSON response of getThroughputHistogram, by status. */
export const getThroughputHistogramResponses: {
  "200": Validator<operations["getThroughputHistogram"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getThroughputHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getThroughputHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getThroughputHistogram"]['responses']["200"]['content']['application/json']>("getThroughputHistogram 200 response", compiled.getThroughputHistogram_200),
  "401": /* @__PURE__ */ createValidator<operations["getThroughputHistogram"]['responses']["401"]['content']['application/json']>("getThroughputHistogram 401 response", compiled.getThroughputHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getThroughputHistogram"]['responses']["500"]['content']['application/json']>("getThroughputHistogram 500 response", compiled.getThroughputHistogram_500),
};

/** Each JSON response of getProviderCostHistogram, by status. */
export const getProviderCostHistogramResponses: {
  "200": Validator<operations["getProviderCostHistogram"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getProviderCostHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getProviderCostHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getProviderCostHistogram"]['responses']["200"]['content']['application/json']>("getProviderCostHistogram 200 response", compiled.getProviderCostHistogram_200),
  "401": /* @__PURE__ */ createValidator<operations["getProviderCostHistogram"]['responses']["401"]['content']['application/json']>("getProviderCostHistogram 401 response", compiled.getProviderCostHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getProviderCostHistogram"]['responses']["500"]['content']['application/json']>("getProviderCostHistogram 500 response", compiled.getProviderCostHistogram_500),
};

/** Each JSON response of getProviderTokenHistogram, by status. */
export const getProviderTokenHistogramResponses: {
  "200": Validator<operations["getProviderTokenHistogram"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getProviderTokenHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getProviderTokenHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getProviderTokenHistogram"]['responses']["200"]['content']['application/json']>("getProviderTokenHistogram 200 response", compiled.getProviderTokenHistogram_200),
  "401": /* @__PURE__ */ createValidator<operations["getProviderTokenHistogram"]['responses']["401"]['content']['application/json']>("getProviderTokenHistogram 401 response", compiled.getProviderTokenHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getProviderTokenHistogram"]['responses']["500"]['content']['application/json']>("getProviderTokenHistogram 500 response", compiled.getProviderTokenHistogram_500),
};

/** Each JSON response of getProviderLatencyHistogram, by status. */
export const getProviderLatencyHistogramResponses: {
  "200": Validator<operations["getProviderLatencyHistogram"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getProviderLatencyHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getProviderLatencyHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getProviderLatencyHistogram"]['responses']["200"]['content']['application/json']>("getProviderLatencyHistogram 200 response", compiled.getProviderLatencyHistogram_200),
  "401": /* @__PURE__ */ createValidator<operations["getProviderLatencyHistogram"]['responses']["401"]['content']['application/json']>("getProviderLatencyHistogram 401 response", compiled.getProviderLatencyHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getProviderLatencyHistogram"]['responses']["500"]['content']['application/json']>("getProviderLatencyHistogram 500 response", compiled.getProviderLatencyHistogram_500),
};

/** Each JSON response of getProviderThroughputHistogram, by status. */
export const getProviderThroughputHistogramResponses: {
  "200": Validator<operations["getProviderThroughputHistogram"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getProviderThroughputHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getProviderThroughputHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getProviderThroughputHistogram"]['responses']["200"]['content']['application/json']>("getProviderThroughputHistogram 200 response", compiled.getProviderThroughputHistogram_200),
  "401": /* @__PURE__ */ createValidator<operations["getProviderThroughputHistogram"]['responses']["401"]['content']['application/json']>("getProviderThroughputHistogram 401 response", compiled.getProviderThroughputHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getProviderThroughputHistogram"]['responses']["500"]['content']['application/json']>("getProviderThroughputHistogram 500 response", compiled.getProviderThroughputHistogram_500),
};

/** Each JSON response of getDimensionCostHistogram, by status. */
export const getDimensionCostHistogramResponses: {
  "200": Validator<operations["getDimensionCostHistogram"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getDimensionCostHistogram"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getDimensionCostHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getDimensionCostHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDimensionCostHistogram"]['responses']["200"]['content']['application/json']>("getDimensionCostHistogram 200 response", compiled.getDimensionCostHistogram_200),
  "400": /* @__PURE__ */ createValidator<operations["getDimensionCostHistogram"]['responses']["400"]['content']['application/json']>("getDimensionCostHistogram 400 response", compiled.getDimensionCostHistogram_400),
  "401": /* @__PURE__ */ createValidator<operations["getDimensionCostHistogram"]['responses']["401"]['content']['application/json']>("getDimensionCostHistogram 401 response", compiled.getDimensionCostHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getDimensionCostHistogram"]['responses']["500"]['content']['application/json']>("getDimensionCostHistogram 500 response", compiled.getDimensionCostHistogram_500),
};

/** Each JSON response of getDimensionTokenHistogram, by status. */
export const getDimensionTokenHistogramResponses: {
  "200": Validator<operations["getDimensionTokenHistogram"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getDimensionTokenHistogram"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getDimensionTokenHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getDimensionTokenHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDimensionTokenHistogram"]['responses']["200"]['content']['application/json']>("getDimensionTokenHistogram 200 response", compiled.getDimensionTokenHistogram_200),
  "400": /* @__PURE__ */ createValidator<operations["getDimensionTokenHistogram"]['responses']["400"]['content']['application/json']>("getDimensionTokenHistogram 400 response", compiled.getDimensionTokenHistogram_400),
  "401": /* @__PURE__ */ createValidator<operations["getDimensionTokenHistogram"]['responses']["401"]['content']['application/json']>("getDimensionTokenHistogram 401 response", compiled.getDimensionTokenHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getDimensionTokenHistogram"]['responses']["500"]['content']['application/json']>("getDimensionTokenHistogram 500 response", compiled.getDimensionTokenHistogram_500),
};

/** Each JSON response of getDimensionLatencyHistogram, by status. */
export const getDimensionLatencyHistogramResponses: {
  "200": Validator<operations["getDimensionLatencyHistogram"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getDimensionLatencyHistogram"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getDimensionLatencyHistogram"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getDimensionLatencyHistogram"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDimensionLatencyHistogram"]['responses']["200"]['content']['application/json']>("getDimensionLatencyHistogram 200 response", compiled.getDimensionLatencyHistogram_200),
  "400": /* @__PURE__ */ createValidator<operations["getDimensionLatencyHistogram"]['responses']["400"]['content']['application/json']>("getDimensionLatencyHistogram 400 response", compiled.getDimensionLatencyHistogram_400),
  "401": /* @__PURE__ */ createValidator<operations["getDimensionLatencyHistogram"]['responses']["401"]['content']['application/json']>("getDimensionLatencyHistogram 401 response", compiled.getDimensionLatencyHistogram_401),
  "500": /* @__PURE__ */ createValidator<operations["getDimensionLatencyHistogram"]['responses']["500"]['content']['application/json']>("getDimensionLatencyHistogram 500 response", compiled.getDimensionLatencyHistogram_500),
};

/** Each JSON response of getLogSession, by status. */
export const getLogSessionResponses: {
  "200": Validator<operations["getLogSession"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getLogSession"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getLogSession"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getLogSession"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLogSession"]['responses']["200"]['content']['application/json']>("getLogSession 200 response", compiled.getLogSession_200),
  "400": /* @__PURE__ */ createValidator<operations["getLogSession"]['responses']["400"]['content']['application/json']>("getLogSession 400 response", compiled.getLogSession_400),
  "401": /* @__PURE__ */ createValidator<operations["getLogSession"]['responses']["401"]['content']['application/json']>("getLogSession 401 response", compiled.getLogSession_401),
  "500": /* @__PURE__ */ createValidator<operations["getLogSession"]['responses']["500"]['content']['application/json']>("getLogSession 500 response", compiled.getLogSession_500),
};

/** Each JSON response of getLogSessionSummary, by status. */
export const getLogSessionSummaryResponses: {
  "200": Validator<operations["getLogSessionSummary"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getLogSessionSummary"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getLogSessionSummary"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLogSessionSummary"]['responses']["200"]['content']['application/json']>("getLogSessionSummary 200 response", compiled.getLogSessionSummary_200),
  "401": /* @__PURE__ */ createValidator<operations["getLogSessionSummary"]['responses']["401"]['content']['application/json']>("getLogSessionSummary 401 response", compiled.getLogSessionSummary_401),
  "500": /* @__PURE__ */ createValidator<operations["getLogSessionSummary"]['responses']["500"]['content']['application/json']>("getLogSessionSummary 500 response", compiled.getLogSessionSummary_500),
};

/** Each JSON response of getDroppedRequests, by status. */
export const getDroppedRequestsResponses: {
  "200": Validator<operations["getDroppedRequests"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getDroppedRequests"]['responses']["401"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDroppedRequests"]['responses']["200"]['content']['application/json']>("getDroppedRequests 200 response", compiled.getDroppedRequests_200),
  "401": /* @__PURE__ */ createValidator<operations["getDroppedRequests"]['responses']["401"]['content']['application/json']>("getDroppedRequests 401 response", compiled.getDroppedRequests_401),
};

/** Each JSON response of getLogFilterData, by status. */
export const getLogFilterDataResponses: {
  "200": Validator<operations["getLogFilterData"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getLogFilterData"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getLogFilterData"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLogFilterData"]['responses']["200"]['content']['application/json']>("getLogFilterData 200 response", compiled.getLogFilterData_200),
  "401": /* @__PURE__ */ createValidator<operations["getLogFilterData"]['responses']["401"]['content']['application/json']>("getLogFilterData 401 response", compiled.getLogFilterData_401),
  "500": /* @__PURE__ */ createValidator<operations["getLogFilterData"]['responses']["500"]['content']['application/json']>("getLogFilterData 500 response", compiled.getLogFilterData_500),
};

/** Each JSON response of getModelRankings, by status. */
export const getModelRankingsResponses: {
  "200": Validator<operations["getModelRankings"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getModelRankings"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getModelRankings"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getModelRankings"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getModelRankings"]['responses']["200"]['content']['application/json']>("getModelRankings 200 response", compiled.getModelRankings_200),
  "400": /* @__PURE__ */ createValidator<operations["getModelRankings"]['responses']["400"]['content']['application/json']>("getModelRankings 400 response", compiled.getModelRankings_400),
  "401": /* @__PURE__ */ createValidator<operations["getModelRankings"]['responses']["401"]['content']['application/json']>("getModelRankings 401 response", compiled.getModelRankings_401),
  "500": /* @__PURE__ */ createValidator<operations["getModelRankings"]['responses']["500"]['content']['application/json']>("getModelRankings 500 response", compiled.getModelRankings_500),
};

/** Each JSON response of getDimensionRankings, by status. */
export const getDimensionRankingsResponses: {
  "200": Validator<operations["getDimensionRankings"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getDimensionRankings"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getDimensionRankings"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getDimensionRankings"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getDimensionRankings"]['responses']["200"]['content']['application/json']>("getDimensionRankings 200 response", compiled.getDimensionRankings_200),
  "400": /* @__PURE__ */ createValidator<operations["getDimensionRankings"]['responses']["400"]['content']['application/json']>("getDimensionRankings 400 response", compiled.getDimensionRankings_400),
  "401": /* @__PURE__ */ createValidator<operations["getDimensionRankings"]['responses']["401"]['content']['application/json']>("getDimensionRankings 401 response", compiled.getDimensionRankings_401),
  "500": /* @__PURE__ */ createValidator<operations["getDimensionRankings"]['responses']["500"]['content']['application/json']>("getDimensionRankings 500 response", compiled.getDimensionRankings_500),
};

/** Each JSON response of getLogDashboard, by status. */
export const getLogDashboardResponses: {
  "200": Validator<operations["getLogDashboard"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["getLogDashboard"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["getLogDashboard"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["getLogDashboard"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getLogDashboard"]['responses']["200"]['content']['application/json']>("getLogDashboard 200 response", compiled.getLogDashboard_200),
  "400": /* @__PURE__ */ createValidator<operations["getLogDashboard"]['responses']["400"]['content']['application/json']>("getLogDashboard 400 response", compiled.getLogDashboard_400),
  "401": /* @__PURE__ */ createValidator<operations["getLogDashboard"]['responses']["401"]['content']['application/json']>("getLogDashboard 401 response", compiled.getLogDashboard_401),
  "500": /* @__PURE__ */ createValidator<operations["getLogDashboard"]['responses']["500"]['content']['application/json']>("getLogDashboard 500 response", compiled.getLogDashboard_500),
};

/** Each JSON response of listUserAgentMappings, by status. */
export const listUserAgentMappingsResponses: {
  "200": Validator<operations["listUserAgentMappings"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["listUserAgentMappings"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["listUserAgentMappings"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["listUserAgentMappings"]['responses']["200"]['content']['application/json']>("listUserAgentMappings 200 response", compiled.listUserAgentMappings_200),
  "401": /* @__PURE__ */ createValidator<operations["listUserAgentMappings"]['responses']["401"]['content']['application/json']>("listUserAgentMappings 401 response", compiled.listUserAgentMappings_401),
  "500": /* @__PURE__ */ createValidator<operations["listUserAgentMappings"]['responses']["500"]['content']['application/json']>("listUserAgentMappings 500 response", compiled.listUserAgentMappings_500),
};

/** Each JSON response of createUserAgentMapping, by status. */
export const createUserAgentMappingResponses: {
  "200": Validator<operations["createUserAgentMapping"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["createUserAgentMapping"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["createUserAgentMapping"]['responses']["401"]['content']['application/json']>;
  "500": Validator<operations["createUserAgentMapping"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["createUserAgentMapping"]['responses']["200"]['content']['application/json']>("createUserAgentMapping 200 response", compiled.createUserAgentMapping_200),
  "400": /* @__PURE__ */ createValidator<operations["createUserAgentMapping"]['responses']["400"]['content']['application/json']>("createUserAgentMapping 400 response", compiled.createUserAgentMapping_400),
  "401": /* @__PURE__ */ createValidator<operations["createUserAgentMapping"]['responses']["401"]['content']['application/json']>("createUserAgentMapping 401 response", compiled.createUserAgentMapping_401),
  "500": /* @__PURE__ */ createValidator<operations["createUserAgentMapping"]['responses']["500"]['content']['application/json']>("createUserAgentMapping 500 response", compiled.createUserAgentMapping_500),
};

/** Each JSON response of updateUserAgentMapping, by status. */
export const updateUserAgentMappingResponses: {
  "200": Validator<operations["updateUserAgentMapping"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["updateUserAgentMapping"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["updateUserAgentMapping"]['responses']["401"]['content']['application/json']>;
  "404": Validator<operations["updateUserAgentMapping"]['responses']["404"]['content']['application/json']>;
  "500": Validator<operations["updateUserAgentMapping"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["updateUserAgentMapping"]['responses']["200"]['content']['application/json']>("updateUserAgentMapping 200 response", compiled.updateUserAgentMapping_200),
  "400": /* @__PURE__ */ createValidator<operations["updateUserAgentMapping"]['responses']["400"]['content']['application/json']>("updateUserAgentMapping 400 response", compiled.updateUserAgentMapping_400),
  "401": /* @__PURE__ */ createValidator<operations["updateUserAgentMapping"]['responses']["401"]['content']['application/json']>("updateUserAgentMapping 401 response", compiled.updateUserAgentMapping_401),
  "404": /* @__PURE__ */ createValidator<operations["updateUserAgentMapping"]['responses']["404"]['content']['application/json']>("updateUserAgentMapping 404 response", compiled.updateUserAgentMapping_404),
  "500": /* @__PURE__ */ createValidator<operations["updateUserAgentMapping"]['responses']["500"]['content']['application/json']>("updateUserAgentMapping 500 response", compiled.updateUserAgentMapping_500),
};

/** Each JSON response of deleteUserAgentMapping, by status. */
export const deleteUserAgentMappingResponses: {
  "200": Validator<operations["deleteUserAgentMapping"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["deleteUserAgentMapping"]['responses']["401"]['content']['application/json']>;
  "404": Validator<operations["deleteUserAgentMapping"]['responses']["404"]['content']['application/json']>;
  "500": Validator<operations["deleteUserAgentMapping"]['responses']["500"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["deleteUserAgentMapping"]['responses']["200"]['content']['application/json']>("deleteUserAgentMapping 200 response", compiled.deleteUserAgentMapping_200),
  "401": /* @__PURE__ */ createValidator<operations["deleteUserAgentMapping"]['responses']["401"]['content']['application/json']>("deleteUserAgentMapping 401 response", compiled.deleteUserAgentMapping_401),
  "404": /* @__PURE__ */ createValidator<operations["deleteUserAgentMapping"]['responses']["404"]['content']['application/json']>("deleteUserAgentMapping 404 response", compiled.deleteUserAgentMapping_404),
  "500": /* @__PURE__ */ createValidator<operations["deleteUserAgentMapping"]['responses']["500"]['content']['application/json']>("deleteUserAgentMapping 500 response", compiled.deleteUserAgentMapping_500),
};

/** Each JSON response of recalculateLogCosts, by status. */
export const recalculateLogCostsResponses: {
  "202": Validator<operations["recalculateLogCosts"]['responses']["202"]['content']['application/json']>;
  "400": Validator<operations["recalculateLogCosts"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["recalculateLogCosts"]['responses']["401"]['content']['application/json']>;
  "409": Validator<operations["recalculateLogCosts"]['responses']["409"]['content']['application/json']>;
  "500": Validator<operations["recalculateLogCosts"]['responses']["500"]['content']['application/json']>;
  "503": Validator<operations["recalculateLogCosts"]['responses']["503"]['content']['application/json']>;
} = {
  "202": /* @__PURE__ */ createValidator<operations["recalculateLogCosts"]['responses']["202"]['content']['application/json']>("recalculateLogCosts 202 response", compiled.recalculateLogCosts_202),
  "400": /* @__PURE__ */ createValidator<operations["recalculateLogCosts"]['responses']["400"]['content']['application/json']>("recalculateLogCosts 400 response", compiled.recalculateLogCosts_400),
  "401": /* @__PURE__ */ createValidator<operations["recalculateLogCosts"]['responses']["401"]['content']['application/json']>("recalculateLogCosts 401 response", compiled.recalculateLogCosts_401),
  "409": /* @__PURE__ */ createValidator<operations["recalculateLogCosts"]['responses']["409"]['content']['application/json']>("recalculateLogCosts 409 response", compiled.recalculateLogCosts_409),
  "500": /* @__PURE__ */ createValidator<operations["recalculateLogCosts"]['responses']["500"]['content']['application/json']>("recalculateLogCosts 500 response", compiled.recalculateLogCosts_500),
  "503": /* @__PURE__ */ createValidator<operations["recalculateLogCosts"]['responses']["503"]['content']['application/json']>("recalculateLogCosts 503 response", compiled.recalculateLogCosts_503),
};

/** Each JSON response of getRecalculateCostStatus, by status. */
export const getRecalculateCostStatusResponses: {
  "200": Validator<operations["getRecalculateCostStatus"]['responses']["200"]['content']['application/json']>;
  "401": Validator<operations["getRecalculateCostStatus"]['responses']["401"]['content']['application/json']>;
  "404": Validator<operations["getRecalculateCostStatus"]['responses']["404"]['content']['application/json']>;
  "500": Validator<operations["getRecalculateCostStatus"]['responses']["500"]['content']['application/json']>;
  "503": Validator<operations["getRecalculateCostStatus"]['responses']["503"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["getRecalculateCostStatus"]['responses']["200"]['content']['application/json']>("getRecalculateCostStatus 200 response", compiled.getRecalculateCostStatus_200),
  "401": /* @__PURE__ */ createValidator<operations["getRecalculateCostStatus"]['responses']["401"]['content']['application/json']>("getRecalculateCostStatus 401 response", compiled.getRecalculateCostStatus_401),
  "404": /* @__PURE__ */ createValidator<operations["getRecalculateCostStatus"]['responses']["404"]['content']['application/json']>("getRecalculateCostStatus 404 response", compiled.getRecalculateCostStatus_404),
  "500": /* @__PURE__ */ createValidator<operations["getRecalculateCostStatus"]['responses']["500"]['content']['application/json']>("getRecalculateCostStatus 500 response", compiled.getRecalculateCostStatus_500),
  "503": /* @__PURE__ */ createValidator<operations["getRecalculateCostStatus"]['responses']["503"]['content']['application/json']>("getRecalculateCostStatus 503 response", compiled.getRecalculateCostStatus_503),
};

/** Each JSON response of cancelRecalculateCost, by status. */
export const cancelRecalculateCostResponses: {
  "200": Validator<operations["cancelRecalculateCost"]['responses']["200"]['content']['application/json']>;
  "400": Validator<operations["cancelRecalculateCost"]['responses']["400"]['content']['application/json']>;
  "401": Validator<operations["cancelRecalculateCost"]['responses']["401"]['content']['application/json']>;
  "404": Validator<operations["cancelRecalculateCost"]['responses']["404"]['content']['application/json']>;
  "500": Validator<operations["cancelRecalculateCost"]['responses']["500"]['content']['application/json']>;
  "503": Validator<operations["cancelRecalculateCost"]['responses']["503"]['content']['application/json']>;
} = {
  "200": /* @__PURE__ */ createValidator<operations["cancelRecalculateCost"]['responses']["200"]['content']['application/json']>("cancelRecalculateCost 200 response", compiled.cancelRecalculateCost_200),
  "400": /* @__PURE__ */ createValidator<operations["cancelRecalculateCost"]['responses']["400"]['content']['application/json']>("cancelRecalculateCost 400 response", compiled.cancelRecalculateCost_400),
  "401": /* @__PURE__ */ createValidator<operations["cancelRecalculateCost"]['responses']["401"]['content']['application/json']>("cancelRecalculateCost 401 response", compiled.cancelRecalculateCost_401),
  "404": /* @__PURE__ */ createValidator<operations["cancelRecalculateCost"]['responses']["404"]['content']['application/json']>("cancelRecalculateCost 404 response", compiled.cancelRecalculateCost_404),
  "500": /* @__PURE__ */ createValidator<operations["cancelRecalculateCost"]['responses']["500"]['content']['application/json']>("cancelRecalculateCost 500 response", compiled.cancelRecalculateCost_500),
  "503": /* @__PURE__ */ createValidator<operations["cancelRecalculateCost"]['responses']["503"]['content']['application/json']>("cancelRecalculateCost 503 response", compiled.cancelRecalculateCost_503),
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
