// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLogSessionSummary.js';
import type { operations } from '../types.js';

/** Each JSON response of getLogSessionSummary, by status. */
export const getLogSessionSummaryResponses: {
  '200': Validator<
    operations['getLogSessionSummary']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getLogSessionSummary']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getLogSessionSummary']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogSessionSummary']['responses']['200']['content']['application/json']
  >('getLogSessionSummary 200 response', compiled.getLogSessionSummary_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogSessionSummary']['responses']['401']['content']['application/json']
  >('getLogSessionSummary 401 response', compiled.getLogSessionSummary_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLogSessionSummary']['responses']['500']['content']['application/json']
  >('getLogSessionSummary 500 response', compiled.getLogSessionSummary_500),
};
