// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLogStats.js';
import type { operations } from '../types.js';

/** Each JSON response of getLogStats, by status. */
export const getLogStatsResponses: {
  '200': Validator<operations['getLogStats']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['getLogStats']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['getLogStats']['responses']['401']['content']['application/json']>;
  '500': Validator<operations['getLogStats']['responses']['500']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogStats']['responses']['200']['content']['application/json']
  >('getLogStats 200 response', compiled.getLogStats_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getLogStats']['responses']['400']['content']['application/json']
  >('getLogStats 400 response', compiled.getLogStats_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogStats']['responses']['401']['content']['application/json']
  >('getLogStats 401 response', compiled.getLogStats_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLogStats']['responses']['500']['content']['application/json']
  >('getLogStats 500 response', compiled.getLogStats_500),
};
