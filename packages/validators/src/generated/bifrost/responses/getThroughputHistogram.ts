// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getThroughputHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getThroughputHistogram, by status. */
export const getThroughputHistogramResponses: {
  '200': Validator<
    operations['getThroughputHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getThroughputHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getThroughputHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getThroughputHistogram']['responses']['200']['content']['application/json']
  >('getThroughputHistogram 200 response', compiled.getThroughputHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getThroughputHistogram']['responses']['401']['content']['application/json']
  >('getThroughputHistogram 401 response', compiled.getThroughputHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getThroughputHistogram']['responses']['500']['content']['application/json']
  >('getThroughputHistogram 500 response', compiled.getThroughputHistogram_500),
};
