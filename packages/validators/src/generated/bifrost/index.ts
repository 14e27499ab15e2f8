// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../runtime/validator.js';
import * as compiled from './compiled-responses/schemas.js';
import { requestValidators } from './requests.js';
import { responseValidators } from './responses.js';
import type { components } from './types.js';

export type { components, operations, paths } from './types.js';
export * from './requests.js';
export * from './responses.js';

/** A validator for every named schema of the bifrost spec. */
export const schemaValidators: {
  LogStatus: Validator<components['schemas']['LogStatus']>;
  LogsListResponse: Validator<components['schemas']['LogsListResponse']>;
  LogsPagination: Validator<components['schemas']['LogsPagination']>;
  LogStats: Validator<components['schemas']['LogStats']>;
  LogStatsResponse: Validator<components['schemas']['LogStatsResponse']>;
  LogEntry: Validator<components['schemas']['LogEntry']>;
  TokenUsage: Validator<components['schemas']['TokenUsage']>;
  PromptTokensDetails: Validator<components['schemas']['PromptTokensDetails']>;
  CompletionTokensDetails: Validator<components['schemas']['CompletionTokensDetails']>;
  CostBreakdown: Validator<components['schemas']['CostBreakdown']>;
  BifrostError: Validator<components['schemas']['BifrostError']>;
  ErrorDetail: Validator<components['schemas']['ErrorDetail']>;
  ErrorExtraFields: Validator<components['schemas']['ErrorExtraFields']>;
  ChatMessage: Validator<components['schemas']['ChatMessage']>;
  ChatContentBlock: Validator<components['schemas']['ChatContentBlock']>;
  ToolCall: Validator<components['schemas']['ToolCall']>;
  Tool: Validator<components['schemas']['Tool']>;
  CacheControl: Validator<components['schemas']['CacheControl']>;
  ResponsesItem: Validator<components['schemas']['ResponsesItem']>;
  ResponsesContentPart: Validator<components['schemas']['ResponsesContentPart']>;
  DeleteLogsRequest: Validator<components['schemas']['DeleteLogsRequest']>;
  MessageResponse: Validator<components['schemas']['MessageResponse']>;
  SessionLogsResponse: Validator<components['schemas']['SessionLogsResponse']>;
  SessionSummary: Validator<components['schemas']['SessionSummary']>;
  BucketSizeSeconds: Validator<components['schemas']['BucketSizeSeconds']>;
  BucketTimestamp: Validator<components['schemas']['BucketTimestamp']>;
  RequestHistogram: Validator<components['schemas']['RequestHistogram']>;
  TokenHistogram: Validator<components['schemas']['TokenHistogram']>;
  CostByName: Validator<components['schemas']['CostByName']>;
  CostHistogram: Validator<components['schemas']['CostHistogram']>;
  OutcomeCounts: Validator<components['schemas']['OutcomeCounts']>;
  ModelHistogram: Validator<components['schemas']['ModelHistogram']>;
  LatencyFigures: Validator<components['schemas']['LatencyFigures']>;
  LatencyHistogram: Validator<components['schemas']['LatencyHistogram']>;
  ThroughputFigures: Validator<components['schemas']['ThroughputFigures']>;
  ThroughputHistogram: Validator<components['schemas']['ThroughputHistogram']>;
  TokenFigures: Validator<components['schemas']['TokenFigures']>;
  ProviderCostHistogram: Validator<components['schemas']['ProviderCostHistogram']>;
  ProviderTokenHistogram: Validator<components['schemas']['ProviderTokenHistogram']>;
  ProviderLatencyHistogram: Validator<components['schemas']['ProviderLatencyHistogram']>;
  ProviderThroughputHistogram: Validator<components['schemas']['ProviderThroughputHistogram']>;
  DimensionHistogramFields: Validator<components['schemas']['DimensionHistogramFields']>;
  DimensionCostHistogram: Validator<components['schemas']['DimensionCostHistogram']>;
  DimensionTokenHistogram: Validator<components['schemas']['DimensionTokenHistogram']>;
  DimensionLatencyHistogram: Validator<components['schemas']['DimensionLatencyHistogram']>;
  DroppedRequests: Validator<components['schemas']['DroppedRequests']>;
  IdName: Validator<components['schemas']['IdName']>;
  FilterData: Validator<components['schemas']['FilterData']>;
  Trend: Validator<components['schemas']['Trend']>;
  ModelRanking: Validator<components['schemas']['ModelRanking']>;
  ModelRankings: Validator<components['schemas']['ModelRankings']>;
  DimensionRanking: Validator<components['schemas']['DimensionRanking']>;
  DimensionRankings: Validator<components['schemas']['DimensionRankings']>;
  Dashboard: Validator<components['schemas']['Dashboard']>;
  UserAgentMatchType: Validator<components['schemas']['UserAgentMatchType']>;
  UserAgentMappingInput: Validator<components['schemas']['UserAgentMappingInput']>;
  UserAgentMapping: Validator<components['schemas']['UserAgentMapping']>;
  UserAgentMappings: Validator<components['schemas']['UserAgentMappings']>;
  SuccessFlag: Validator<components['schemas']['SuccessFlag']>;
  RecalculateCostFilters: Validator<components['schemas']['RecalculateCostFilters']>;
  RecalculateCostRequest: Validator<components['schemas']['RecalculateCostRequest']>;
  CostRecalculationJob: Validator<components['schemas']['CostRecalculationJob']>;
  RoutingEngine: Validator<components['schemas']['RoutingEngine']>;
} = {
  LogStatus: /* @__PURE__ */ createValidator<components['schemas']['LogStatus']>(
    'LogStatus',
    compiled.schema_LogStatus,
  ),
  LogsListResponse: /* @__PURE__ */ createValidator<components['schemas']['LogsListResponse']>(
    'LogsListResponse',
    compiled.schema_LogsListResponse,
  ),
  LogsPagination: /* @__PURE__ */ createValidator<components['schemas']['LogsPagination']>(
    'LogsPagination',
    compiled.schema_LogsPagination,
  ),
  LogStats: /* @__PURE__ */ createValidator<components['schemas']['LogStats']>(
    'LogStats',
    compiled.schema_LogStats,
  ),
  LogStatsResponse: /* @__PURE__ */ createValidator<components['schemas']['LogStatsResponse']>(
    'LogStatsResponse',
    compiled.schema_LogStatsResponse,
  ),
  LogEntry: /* @__PURE__ */ createValidator<components['schemas']['LogEntry']>(
    'LogEntry',
    compiled.schema_LogEntry,
  ),
  TokenUsage: /* @__PURE__ */ createValidator<components['schemas']['TokenUsage']>(
    'TokenUsage',
    compiled.schema_TokenUsage,
  ),
  PromptTokensDetails: /* @__PURE__ */ createValidator<
    components['schemas']['PromptTokensDetails']
  >('PromptTokensDetails', compiled.schema_PromptTokensDetails),
  CompletionTokensDetails: /* @__PURE__ */ createValidator<
    components['schemas']['CompletionTokensDetails']
  >('CompletionTokensDetails', compiled.schema_CompletionTokensDetails),
  CostBreakdown: /* @__PURE__ */ createValidator<components['schemas']['CostBreakdown']>(
    'CostBreakdown',
    compiled.schema_CostBreakdown,
  ),
  BifrostError: /* @__PURE__ */ createValidator<components['schemas']['BifrostError']>(
    'BifrostError',
    compiled.schema_BifrostError,
  ),
  ErrorDetail: /* @__PURE__ */ createValidator<components['schemas']['ErrorDetail']>(
    'ErrorDetail',
    compiled.schema_ErrorDetail,
  ),
  ErrorExtraFields: /* @__PURE__ */ createValidator<components['schemas']['ErrorExtraFields']>(
    'ErrorExtraFields',
    compiled.schema_ErrorExtraFields,
  ),
  ChatMessage: /* @__PURE__ */ createValidator<components['schemas']['ChatMessage']>(
    'ChatMessage',
    compiled.schema_ChatMessage,
  ),
  ChatContentBlock: /* @__PURE__ */ createValidator<components['schemas']['ChatContentBlock']>(
    'ChatContentBlock',
    compiled.schema_ChatContentBlock,
  ),
  ToolCall: /* @__PURE__ */ createValidator<components['schemas']['ToolCall']>(
    'ToolCall',
    compiled.schema_ToolCall,
  ),
  Tool: /* @__PURE__ */ createValidator<components['schemas']['Tool']>(
    'Tool',
    compiled.schema_Tool,
  ),
  CacheControl: /* @__PURE__ */ createValidator<components['schemas']['CacheControl']>(
    'CacheControl',
    compiled.schema_CacheControl,
  ),
  ResponsesItem: /* @__PURE__ */ createValidator<components['schemas']['ResponsesItem']>(
    'ResponsesItem',
    compiled.schema_ResponsesItem,
  ),
  ResponsesContentPart: /* @__PURE__ */ createValidator<
    components['schemas']['ResponsesContentPart']
  >('ResponsesContentPart', compiled.schema_ResponsesContentPart),
  DeleteLogsRequest: /* @__PURE__ */ createValidator<components['schemas']['DeleteLogsRequest']>(
    'DeleteLogsRequest',
    compiled.schema_DeleteLogsRequest,
  ),
  MessageResponse: /* @__PURE__ */ createValidator<components['schemas']['MessageResponse']>(
    'MessageResponse',
    compiled.schema_MessageResponse,
  ),
  SessionLogsResponse: /* @__PURE__ */ createValidator<
    components['schemas']['SessionLogsResponse']
  >('SessionLogsResponse', compiled.schema_SessionLogsResponse),
  SessionSummary: /* @__PURE__ */ createValidator<components['schemas']['SessionSummary']>(
    'SessionSummary',
    compiled.schema_SessionSummary,
  ),
  BucketSizeSeconds: /* @__PURE__ */ createValidator<components['schemas']['BucketSizeSeconds']>(
    'BucketSizeSeconds',
    compiled.schema_BucketSizeSeconds,
  ),
  BucketTimestamp: /* @__PURE__ */ createValidator<components['schemas']['BucketTimestamp']>(
    'BucketTimestamp',
    compiled.schema_BucketTimestamp,
  ),
  RequestHistogram: /* @__PURE__ */ createValidator<components['schemas']['RequestHistogram']>(
    'RequestHistogram',
    compiled.schema_RequestHistogram,
  ),
  TokenHistogram: /* @__PURE__ */ createValidator<components['schemas']['TokenHistogram']>(
    'TokenHistogram',
    compiled.schema_TokenHistogram,
  ),
  CostByName: /* @__PURE__ */ createValidator<components['schemas']['CostByName']>(
    'CostByName',
    compiled.schema_CostByName,
  ),
  CostHistogram: /* @__PURE__ */ createValidator<components['schemas']['CostHistogram']>(
    'CostHistogram',
    compiled.schema_CostHistogram,
  ),
  OutcomeCounts: /* @__PURE__ */ createValidator<components['schemas']['OutcomeCounts']>(
    'OutcomeCounts',
    compiled.schema_OutcomeCounts,
  ),
  ModelHistogram: /* @__PURE__ */ createValidator<components['schemas']['ModelHistogram']>(
    'ModelHistogram',
    compiled.schema_ModelHistogram,
  ),
  LatencyFigures: /* @__PURE__ */ createValidator<components['schemas']['LatencyFigures']>(
    'LatencyFigures',
    compiled.schema_LatencyFigures,
  ),
  LatencyHistogram: /* @__PURE__ */ createValidator<components['schemas']['LatencyHistogram']>(
    'LatencyHistogram',
    compiled.schema_LatencyHistogram,
  ),
  ThroughputFigures: /* @__PURE__ */ createValidator<components['schemas']['ThroughputFigures']>(
    'ThroughputFigures',
    compiled.schema_ThroughputFigures,
  ),
  ThroughputHistogram: /* @__PURE__ */ createValidator<
    components['schemas']['ThroughputHistogram']
  >('ThroughputHistogram', compiled.schema_ThroughputHistogram),
  TokenFigures: /* @__PURE__ */ createValidator<components['schemas']['TokenFigures']>(
    'TokenFigures',
    compiled.schema_TokenFigures,
  ),
  ProviderCostHistogram: /* @__PURE__ */ createValidator<
    components['schemas']['ProviderCostHistogram']
  >('ProviderCostHistogram', compiled.schema_ProviderCostHistogram),
  ProviderTokenHistogram: /* @__PURE__ */ createValidator<
    components['schemas']['ProviderTokenHistogram']
  >('ProviderTokenHistogram', compiled.schema_ProviderTokenHistogram),
  ProviderLatencyHistogram: /* @__PURE__ */ createValidator<
    components['schemas']['ProviderLatencyHistogram']
  >('ProviderLatencyHistogram', compiled.schema_ProviderLatencyHistogram),
  ProviderThroughputHistogram: /* @__PURE__ */ createValidator<
    components['schemas']['ProviderThroughputHistogram']
  >('ProviderThroughputHistogram', compiled.schema_ProviderThroughputHistogram),
  DimensionHistogramFields: /* @__PURE__ */ createValidator<
    components['schemas']['DimensionHistogramFields']
  >('DimensionHistogramFields', compiled.schema_DimensionHistogramFields),
  DimensionCostHistogram: /* @__PURE__ */ createValidator<
    components['schemas']['DimensionCostHistogram']
  >('DimensionCostHistogram', compiled.schema_DimensionCostHistogram),
  DimensionTokenHistogram: /* @__PURE__ */ createValidator<
    components['schemas']['DimensionTokenHistogram']
  >('DimensionTokenHistogram', compiled.schema_DimensionTokenHistogram),
  DimensionLatencyHistogram: /* @__PURE__ */ createValidator<
    components['schemas']['DimensionLatencyHistogram']
  >('DimensionLatencyHistogram', compiled.schema_DimensionLatencyHistogram),
  DroppedRequests: /* @__PURE__ */ createValidator<components['schemas']['DroppedRequests']>(
    'DroppedRequests',
    compiled.schema_DroppedRequests,
  ),
  IdName: /* @__PURE__ */ createValidator<components['schemas']['IdName']>(
    'IdName',
    compiled.schema_IdName,
  ),
  FilterData: /* @__PURE__ */ createValidator<components['schemas']['FilterData']>(
    'FilterData',
    compiled.schema_FilterData,
  ),
  Trend: /* @__PURE__ */ createValidator<components['schemas']['Trend']>(
    'Trend',
    compiled.schema_Trend,
  ),
  ModelRanking: /* @__PURE__ */ createValidator<components['schemas']['ModelRanking']>(
    'ModelRanking',
    compiled.schema_ModelRanking,
  ),
  ModelRankings: /* @__PURE__ */ createValidator<components['schemas']['ModelRankings']>(
    'ModelRankings',
    compiled.schema_ModelRankings,
  ),
  DimensionRanking: /* @__PURE__ */ createValidator<components['schemas']['DimensionRanking']>(
    'DimensionRanking',
    compiled.schema_DimensionRanking,
  ),
  DimensionRankings: /* @__PURE__ */ createValidator<components['schemas']['DimensionRankings']>(
    'DimensionRankings',
    compiled.schema_DimensionRankings,
  ),
  Dashboard: /* @__PURE__ */ createValidator<components['schemas']['Dashboard']>(
    'Dashboard',
    compiled.schema_Dashboard,
  ),
  UserAgentMatchType: /* @__PURE__ */ createValidator<components['schemas']['UserAgentMatchType']>(
    'UserAgentMatchType',
    compiled.schema_UserAgentMatchType,
  ),
  UserAgentMappingInput: /* @__PURE__ */ createValidator<
    components['schemas']['UserAgentMappingInput']
  >('UserAgentMappingInput', compiled.schema_UserAgentMappingInput),
  UserAgentMapping: /* @__PURE__ */ createValidator<components['schemas']['UserAgentMapping']>(
    'UserAgentMapping',
    compiled.schema_UserAgentMapping,
  ),
  UserAgentMappings: /* @__PURE__ */ createValidator<components['schemas']['UserAgentMappings']>(
    'UserAgentMappings',
    compiled.schema_UserAgentMappings,
  ),
  SuccessFlag: /* @__PURE__ */ createValidator<components['schemas']['SuccessFlag']>(
    'SuccessFlag',
    compiled.schema_SuccessFlag,
  ),
  RecalculateCostFilters: /* @__PURE__ */ createValidator<
    components['schemas']['RecalculateCostFilters']
  >('RecalculateCostFilters', compiled.schema_RecalculateCostFilters),
  RecalculateCostRequest: /* @__PURE__ */ createValidator<
    components['schemas']['RecalculateCostRequest']
  >('RecalculateCostRequest', compiled.schema_RecalculateCostRequest),
  CostRecalculationJob: /* @__PURE__ */ createValidator<
    components['schemas']['CostRecalculationJob']
  >('CostRecalculationJob', compiled.schema_CostRecalculationJob),
  RoutingEngine: /* @__PURE__ */ createValidator<components['schemas']['RoutingEngine']>(
    'RoutingEngine',
    compiled.schema_RoutingEngine,
  ),
};

/** For every operation: its parameters, its JSON request body and each JSON response by status. */
export const operationValidators: {
  listLogs: typeof requestValidators.listLogs & {
    readonly responses: typeof responseValidators.listLogs;
  };
  deleteLogs: typeof requestValidators.deleteLogs & {
    readonly responses: typeof responseValidators.deleteLogs;
  };
  getLogStats: typeof requestValidators.getLogStats & {
    readonly responses: typeof responseValidators.getLogStats;
  };
  getLog: typeof requestValidators.getLog & {
    readonly responses: typeof responseValidators.getLog;
  };
  getLogHistogram: typeof requestValidators.getLogHistogram & {
    readonly responses: typeof responseValidators.getLogHistogram;
  };
  getTokenHistogram: typeof requestValidators.getTokenHistogram & {
    readonly responses: typeof responseValidators.getTokenHistogram;
  };
  getCostHistogram: typeof requestValidators.getCostHistogram & {
    readonly responses: typeof responseValidators.getCostHistogram;
  };
  getModelHistogram: typeof requestValidators.getModelHistogram & {
    readonly responses: typeof responseValidators.getModelHistogram;
  };
  getLatencyHistogram: typeof requestValidators.getLatencyHistogram & {
    readonly responses: typeof responseValidators.getLatencyHistogram;
  };
  getThroughputHistogram: typeof requestValidators.getThroughputHistogram & {
    readonly responses: typeof responseValidators.getThroughputHistogram;
  };
  getProviderCostHistogram: typeof requestValidators.getProviderCostHistogram & {
    readonly responses: typeof responseValidators.getProviderCostHistogram;
  };
  getProviderTokenHistogram: typeof requestValidators.getProviderTokenHistogram & {
    readonly responses: typeof responseValidators.getProviderTokenHistogram;
  };
  getProviderLatencyHistogram: typeof requestValidators.getProviderLatencyHistogram & {
    readonly responses: typeof responseValidators.getProviderLatencyHistogram;
  };
  getProviderThroughputHistogram: typeof requestValidators.getProviderThroughputHistogram & {
    readonly responses: typeof responseValidators.getProviderThroughputHistogram;
  };
  getDimensionCostHistogram: typeof requestValidators.getDimensionCostHistogram & {
    readonly responses: typeof responseValidators.getDimensionCostHistogram;
  };
  getDimensionTokenHistogram: typeof requestValidators.getDimensionTokenHistogram & {
    readonly responses: typeof responseValidators.getDimensionTokenHistogram;
  };
  getDimensionLatencyHistogram: typeof requestValidators.getDimensionLatencyHistogram & {
    readonly responses: typeof responseValidators.getDimensionLatencyHistogram;
  };
  getLogSession: typeof requestValidators.getLogSession & {
    readonly responses: typeof responseValidators.getLogSession;
  };
  getLogSessionSummary: typeof requestValidators.getLogSessionSummary & {
    readonly responses: typeof responseValidators.getLogSessionSummary;
  };
  getDroppedRequests: typeof requestValidators.getDroppedRequests & {
    readonly responses: typeof responseValidators.getDroppedRequests;
  };
  getLogFilterData: typeof requestValidators.getLogFilterData & {
    readonly responses: typeof responseValidators.getLogFilterData;
  };
  getModelRankings: typeof requestValidators.getModelRankings & {
    readonly responses: typeof responseValidators.getModelRankings;
  };
  getDimensionRankings: typeof requestValidators.getDimensionRankings & {
    readonly responses: typeof responseValidators.getDimensionRankings;
  };
  getLogDashboard: typeof requestValidators.getLogDashboard & {
    readonly responses: typeof responseValidators.getLogDashboard;
  };
  listUserAgentMappings: typeof requestValidators.listUserAgentMappings & {
    readonly responses: typeof responseValidators.listUserAgentMappings;
  };
  createUserAgentMapping: typeof requestValidators.createUserAgentMapping & {
    readonly responses: typeof responseValidators.createUserAgentMapping;
  };
  updateUserAgentMapping: typeof requestValidators.updateUserAgentMapping & {
    readonly responses: typeof responseValidators.updateUserAgentMapping;
  };
  deleteUserAgentMapping: typeof requestValidators.deleteUserAgentMapping & {
    readonly responses: typeof responseValidators.deleteUserAgentMapping;
  };
  recalculateLogCosts: typeof requestValidators.recalculateLogCosts & {
    readonly responses: typeof responseValidators.recalculateLogCosts;
  };
  getRecalculateCostStatus: typeof requestValidators.getRecalculateCostStatus & {
    readonly responses: typeof responseValidators.getRecalculateCostStatus;
  };
  cancelRecalculateCost: typeof requestValidators.cancelRecalculateCost & {
    readonly responses: typeof responseValidators.cancelRecalculateCost;
  };
} = {
  listLogs: { ...requestValidators.listLogs, responses: responseValidators.listLogs },
  deleteLogs: { ...requestValidators.deleteLogs, responses: responseValidators.deleteLogs },
  getLogStats: { ...requestValidators.getLogStats, responses: responseValidators.getLogStats },
  getLog: { ...requestValidators.getLog, responses: responseValidators.getLog },
  getLogHistogram: {
    ...requestValidators.getLogHistogram,
    responses: responseValidators.getLogHistogram,
  },
  getTokenHistogram: {
    ...requestValidators.getTokenHistogram,
    responses: responseValidators.getTokenHistogram,
  },
  getCostHistogram: {
    ...requestValidators.getCostHistogram,
    responses: responseValidators.getCostHistogram,
  },
  getModelHistogram: {
    ...requestValidators.getModelHistogram,
    responses: responseValidators.getModelHistogram,
  },
  getLatencyHistogram: {
    ...requestValidators.getLatencyHistogram,
    responses: responseValidators.getLatencyHistogram,
  },
  getThroughputHistogram: {
    ...requestValidators.getThroughputHistogram,
    responses: responseValidators.getThroughputHistogram,
  },
  getProviderCostHistogram: {
    ...requestValidators.getProviderCostHistogram,
    responses: responseValidators.getProviderCostHistogram,
  },
  getProviderTokenHistogram: {
    ...requestValidators.getProviderTokenHistogram,
    responses: responseValidators.getProviderTokenHistogram,
  },
  getProviderLatencyHistogram: {
    ...requestValidators.getProviderLatencyHistogram,
    responses: responseValidators.getProviderLatencyHistogram,
  },
  getProviderThroughputHistogram: {
    ...requestValidators.getProviderThroughputHistogram,
    responses: responseValidators.getProviderThroughputHistogram,
  },
  getDimensionCostHistogram: {
    ...requestValidators.getDimensionCostHistogram,
    responses: responseValidators.getDimensionCostHistogram,
  },
  getDimensionTokenHistogram: {
    ...requestValidators.getDimensionTokenHistogram,
    responses: responseValidators.getDimensionTokenHistogram,
  },
  getDimensionLatencyHistogram: {
    ...requestValidators.getDimensionLatencyHistogram,
    responses: responseValidators.getDimensionLatencyHistogram,
  },
  getLogSession: {
    ...requestValidators.getLogSession,
    responses: responseValidators.getLogSession,
  },
  getLogSessionSummary: {
    ...requestValidators.getLogSessionSummary,
    responses: responseValidators.getLogSessionSummary,
  },
  getDroppedRequests: {
    ...requestValidators.getDroppedRequests,
    responses: responseValidators.getDroppedRequests,
  },
  getLogFilterData: {
    ...requestValidators.getLogFilterData,
    responses: responseValidators.getLogFilterData,
  },
  getModelRankings: {
    ...requestValidators.getModelRankings,
    responses: responseValidators.getModelRankings,
  },
  getDimensionRankings: {
    ...requestValidators.getDimensionRankings,
    responses: responseValidators.getDimensionRankings,
  },
  getLogDashboard: {
    ...requestValidators.getLogDashboard,
    responses: responseValidators.getLogDashboard,
  },
  listUserAgentMappings: {
    ...requestValidators.listUserAgentMappings,
    responses: responseValidators.listUserAgentMappings,
  },
  createUserAgentMapping: {
    ...requestValidators.createUserAgentMapping,
    responses: responseValidators.createUserAgentMapping,
  },
  updateUserAgentMapping: {
    ...requestValidators.updateUserAgentMapping,
    responses: responseValidators.updateUserAgentMapping,
  },
  deleteUserAgentMapping: {
    ...requestValidators.deleteUserAgentMapping,
    responses: responseValidators.deleteUserAgentMapping,
  },
  recalculateLogCosts: {
    ...requestValidators.recalculateLogCosts,
    responses: responseValidators.recalculateLogCosts,
  },
  getRecalculateCostStatus: {
    ...requestValidators.getRecalculateCostStatus,
    responses: responseValidators.getRecalculateCostStatus,
  },
  cancelRecalculateCost: {
    ...requestValidators.cancelRecalculateCost,
    responses: responseValidators.cancelRecalculateCost,
  },
};
