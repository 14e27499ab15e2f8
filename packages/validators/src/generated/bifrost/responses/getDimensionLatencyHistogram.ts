// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getDimensionLatencyHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getDimensionLatencyHistogram, by status. */
export const getDimensionLatencyHistogramResponses: {
  '200': Validator<
    operations['getDimensionLatencyHistogram']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getDimensionLatencyHistogram']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getDimensionLatencyHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getDimensionLatencyHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getDimensionLatencyHistogram']['responses']['200']['content']['application/json']
  >('getDimensionLatencyHistogram 200 response', compiled.getDimensionLatencyHistogram_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getDimensionLatencyHistogram']['responses']['400']['content']['application/json']
  >('getDimensionLatencyHistogram 400 response', compiled.getDimensionLatencyHistogram_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getDimensionLatencyHistogram']['responses']['401']['content']['application/json']
  >('getDimensionLatencyHistogram 401 response', compiled.getDimensionLatencyHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getDimensionLatencyHistogram']['responses']['500']['content']['application/json']
  >('getDimensionLatencyHistogram 500 response', compiled.getDimensionLatencyHistogram_500),
};
