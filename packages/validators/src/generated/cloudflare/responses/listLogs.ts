// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listLogs.js';
import type { operations } from '../types.js';

/** Each JSON response of listLogs, by status. */
export const listLogsResponses: {
  '200': Validator<operations['listLogs']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['listLogs']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['listLogs']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['listLogs']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['listLogs']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['listLogs']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['200']['content']['application/json']
  >('listLogs 200 response', compiled.listLogs_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['400']['content']['application/json']
  >('listLogs 400 response', compiled.listLogs_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['401']['content']['application/json']
  >('listLogs 401 response', compiled.listLogs_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['403']['content']['application/json']
  >('listLogs 403 response', compiled.listLogs_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['429']['content']['application/json']
  >('listLogs 429 response', compiled.listLogs_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['5XX']['content']['application/json']
  >('listLogs 5XX response', compiled.listLogs_5XX),
};
