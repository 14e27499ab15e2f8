/* eslint-disable */
// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (or: pnpm --filter ./packages/validators generate)

import { createValidator } from '../../runtime/validator.js';
import * as compiled from './compiled-requests.js';
import type { operations } from './types.js';

/** For every operation: its parameters (`{ path, query }`) and its JSON request body. */
export const requestValidators = {
  listLogs: {
    params: /* @__PURE__ */ createValidator<operations["listLogs"]['parameters']>("listLogs parameters", compiled.listLogs_params),
  },
  getLogStats: {
    params: /* @__PURE__ */ createValidator<operations["getLogStats"]['parameters']>("getLogStats parameters", compiled.getLogStats_params),
  },
  getLog: {
    params: /* @__PURE__ */ createValidator<operations["getLog"]['parameters']>("getLog parameters", compiled.getLog_params),
  },
} as const;
