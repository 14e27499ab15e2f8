// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLatencyHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getLatencyHistogram, by status. */
export const getLatencyHistogramResponses: {
  '200': Validator<
    operations['getLatencyHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getLatencyHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getLatencyHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLatencyHistogram']['responses']['200']['content']['application/json']
  >('getLatencyHistogram 200 response', compiled.getLatencyHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLatencyHistogram']['responses']['401']['content']['application/json']
  >('getLatencyHistogram 401 response', compiled.getLatencyHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLatencyHistogram']['responses']['500']['content']['application/json']
  >('getLatencyHistogram 500 response', compiled.getLatencyHistogram_500),
};
