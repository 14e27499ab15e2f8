/* eslint-disable */
// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/validators generate)

import { createValidator } from '../../runtime/validator.js';
import * as compiled from './compiled-responses.js';
import { requestValidators } from './requests.js';
import type { components, operations } from './types.js';

export type { components, operations, paths } from './types.js';
export { requestValidators } from './requests.js';

/** A validator for every named schema of the bifrost spec. */
export const schemaValidators = {
  LogStatus: /* @__PURE__ */ createValidator<components['schemas']["LogStatus"]>("LogStatus", compiled.schema_LogStatus),
  LogsListResponse: /* @__PURE__ */ createValidator<components['schemas']["LogsListResponse"]>("LogsListResponse", compiled.schema_LogsListResponse),
  LogsPagination: /* @__PURE__ */ createValidator<components['schemas']["LogsPagination"]>("LogsPagination", compiled.schema_LogsPagination),
  LogStats: /* @__PURE__ */ createValidator<components['schemas']["LogStats"]>("LogStats", compiled.schema_LogStats),
  LogStatsResponse: /* @__PURE__ */ createValidator<components['schemas']["LogStatsResponse"]>("LogStatsResponse", compiled.schema_LogStatsResponse),
  LogEntry: /* @__PURE__ */ createValidator<components['schemas']["LogEntry"]>("LogEntry", compiled.schema_LogEntry),
  TokenUsage: /* @__PURE__ */ createValidator<components['schemas']["TokenUsage"]>("TokenUsage", compiled.schema_TokenUsage),
  PromptTokensDetails: /* @__PURE__ */ createValidator<components['schemas']["PromptTokensDetails"]>("PromptTokensDetails", compiled.schema_PromptTokensDetails),
  CompletionTokensDetails: /* @__PURE__ */ createValidator<components['schemas']["CompletionTokensDetails"]>("CompletionTokensDetails", compiled.schema_CompletionTokensDetails),
  CostBreakdown: /* @__PURE__ */ createValidator<components['schemas']["CostBreakdown"]>("CostBreakdown", compiled.schema_CostBreakdown),
  BifrostError: /* @__PURE__ */ createValidator<components['schemas']["BifrostError"]>("BifrostError", compiled.schema_BifrostError),
  ErrorDetail: /* @__PURE__ */ createValidator<components['schemas']["ErrorDetail"]>("ErrorDetail", compiled.schema_ErrorDetail),
  ErrorExtraFields: /* @__PURE__ */ createValidator<components['schemas']["ErrorExtraFields"]>("ErrorExtraFields", compiled.schema_ErrorExtraFields),
  ChatMessage: /* @__PURE__ */ createValidator<components['schemas']["ChatMessage"]>("ChatMessage", compiled.schema_ChatMessage),
  ChatContentBlock: /* @__PURE__ */ createValidator<components['schemas']["ChatContentBlock"]>("ChatContentBlock", compiled.schema_ChatContentBlock),
  ToolCall: /* @__PURE__ */ createValidator<components['schemas']["ToolCall"]>("ToolCall", compiled.schema_ToolCall),
  Tool: /* @__PURE__ */ createValidator<components['schemas']["Tool"]>("Tool", compiled.schema_Tool),
  CacheControl: /* @__PURE__ */ createValidator<components['schemas']["CacheControl"]>("CacheControl", compiled.schema_CacheControl),
  ResponsesItem: /* @__PURE__ */ createValidator<components['schemas']["ResponsesItem"]>("ResponsesItem", compiled.schema_ResponsesItem),
  ResponsesContentPart: /* @__PURE__ */ createValidator<components['schemas']["ResponsesContentPart"]>("ResponsesContentPart", compiled.schema_ResponsesContentPart),
} as const;

/** For every operation: its parameters, its JSON request body and each JSON response by status. */
export const operationValidators = {
  listLogs: {
    ...requestValidators.listLogs,
    responses: {
      "200": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["200"]['content']['application/json']>("listLogs 200 response", compiled.listLogs_200),
      "400": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["400"]['content']['application/json']>("listLogs 400 response", compiled.listLogs_400),
      "401": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["401"]['content']['application/json']>("listLogs 401 response", compiled.listLogs_401),
      "500": /* @__PURE__ */ createValidator<operations["listLogs"]['responses']["500"]['content']['application/json']>("listLogs 500 response", compiled.listLogs_500),
    },
  },
  getLogStats: {
    ...requestValidators.getLogStats,
    responses: {
      "200": /* @__PURE__ */ createValidator<operations["getLogStats"]['responses']["200"]['content']['application/json']>("getLogStats 200 response", compiled.getLogStats_200),
      "400": /* @__PURE__ */ createValidator<operations["getLogStats"]['responses']["400"]['content']['application/json']>("getLogStats 400 response", compiled.getLogStats_400),
      "401": /* @__PURE__ */ createValidator<operations["getLogStats"]['responses']["401"]['content']['application/json']>("getLogStats 401 response", compiled.getLogStats_401),
      "500": /* @__PURE__ */ createValidator<operations["getLogStats"]['responses']["500"]['content']['application/json']>("getLogStats 500 response", compiled.getLogStats_500),
    },
  },
  getLog: {
    ...requestValidators.getLog,
    responses: {
      "200": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["200"]['content']['application/json']>("getLog 200 response", compiled.getLog_200),
      "400": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["400"]['content']['application/json']>("getLog 400 response", compiled.getLog_400),
      "401": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["401"]['content']['application/json']>("getLog 401 response", compiled.getLog_401),
      "404": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["404"]['content']['application/json']>("getLog 404 response", compiled.getLog_404),
      "500": /* @__PURE__ */ createValidator<operations["getLog"]['responses']["500"]['content']['application/json']>("getLog 500 response", compiled.getLog_500),
    },
  },
} as const;
