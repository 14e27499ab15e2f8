// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/validators generate)

import { createValidator, type Validator } from '../../runtime/validator.js';
import * as compiled from './compiled-requests.js';
import type { operations } from './types.js';

/** What listLogs sends: its parameters (`{ path, query }`). */
export const listLogsValidators: {
  params: Validator<operations["listLogs"]['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations["listLogs"]['parameters']>("listLogs parameters", compiled.listLogs_params),
};

/** What getLogStats sends: its parameters (`{ path, query }`). */
export const getLogStatsValidators: {
  params: Validator<operations["getLogStats"]['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations["getLogStats"]['parameters']>("getLogStats parameters", compiled.getLogStats_params),
};

/** What getLog sends: its parameters (`{ path, query }`). */
export const getLogValidators: {
  params: Validator<operations["getLog"]['parameters']>;
} = {
  params: /* @__PURE__ */ createValidator<operations["getLog"]['parameters']>("getLog parameters", compiled.getLog_params),
};

/** For every operation: its parameters and its JSON request body. */
export const requestValidators: {
  listLogs: typeof listLogsValidators;
  getLogStats: typeof getLogStatsValidators;
  getLog: typeof getLogValidators;
} = {
  listLogs: listLogsValidators,
  getLogStats: getLogStatsValidators,
  getLog: getLogValidators,
};
