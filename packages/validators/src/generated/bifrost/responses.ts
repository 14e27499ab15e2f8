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

/** For every operation: a validator of each JSON response body, by status. */
export const responseValidators: {
  listLogs: typeof listLogsResponses;
  getLogStats: typeof getLogStatsResponses;
  getLog: typeof getLogResponses;
} = {
  listLogs: listLogsResponses,
  getLogStats: getLogStatsResponses,
  getLog: getLogResponses,
};
