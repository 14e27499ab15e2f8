// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/validators generate)

import { createValidator, type Validator } from '../../runtime/validator.js';
import * as compiled from './compiled-responses.js';
import { requestValidators } from './requests.js';
import { responseValidators } from './responses.js';
import type { components } from './types.js';

export type { components, operations, paths } from './types.js';
export * from './requests.js';
export * from './responses.js';

/** A validator for every named schema of the bifrost spec. */
export const schemaValidators: {
  LogStatus: Validator<components['schemas']["LogStatus"]>;
  LogsListResponse: Validator<components['schemas']["LogsListResponse"]>;
  LogsPagination: Validator<components['schemas']["LogsPagination"]>;
  LogStats: Validator<components['schemas']["LogStats"]>;
  LogStatsResponse: Validator<components['schemas']["LogStatsResponse"]>;
  LogEntry: Validator<components['schemas']["LogEntry"]>;
  TokenUsage: Validator<components['schemas']["TokenUsage"]>;
  PromptTokensDetails: Validator<components['schemas']["PromptTokensDetails"]>;
  CompletionTokensDetails: Validator<components['schemas']["CompletionTokensDetails"]>;
  CostBreakdown: Validator<components['schemas']["CostBreakdown"]>;
  BifrostError: Validator<components['schemas']["BifrostError"]>;
  ErrorDetail: Validator<components['schemas']["ErrorDetail"]>;
  ErrorExtraFields: Validator<components['schemas']["ErrorExtraFields"]>;
  ChatMessage: Validator<components['schemas']["ChatMessage"]>;
  ChatContentBlock: Validator<components['schemas']["ChatContentBlock"]>;
  ToolCall: Validator<components['schemas']["ToolCall"]>;
  Tool: Validator<components['schemas']["Tool"]>;
  CacheControl: Validator<components['schemas']["CacheControl"]>;
  ResponsesItem: Validator<components['schemas']["ResponsesItem"]>;
  ResponsesContentPart: Validator<components['schemas']["ResponsesContentPart"]>;
} = {
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
};

/** For every operation: its parameters, its JSON request body and each JSON response by status. */
export const operationValidators: {
  listLogs: typeof requestValidators.listLogs & { readonly responses: typeof responseValidators.listLogs };
  getLogStats: typeof requestValidators.getLogStats & { readonly responses: typeof responseValidators.getLogStats };
  getLog: typeof requestValidators.getLog & { readonly responses: typeof responseValidators.getLog };
} = {
  listLogs: { ...requestValidators.listLogs, responses: responseValidators.listLogs },
  getLogStats: { ...requestValidators.getLogStats, responses: responseValidators.getLogStats },
  getLog: { ...requestValidators.getLog, responses: responseValidators.getLog },
};
