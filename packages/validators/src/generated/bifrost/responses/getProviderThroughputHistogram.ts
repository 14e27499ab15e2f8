// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getProviderThroughputHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getProviderThroughputHistogram, by status. */
export const getProviderThroughputHistogramResponses: {
  '200': Validator<
    operations['getProviderThroughputHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getProviderThroughputHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getProviderThroughputHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getProviderThroughputHistogram']['responses']['200']['content']['application/json']
  >('getProviderThroughputHistogram 200 response', compiled.getProviderThroughputHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getProviderThroughputHistogram']['responses']['401']['content']['application/json']
  >('getProviderThroughputHistogram 401 response', compiled.getProviderThroughputHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getProviderThroughputHistogram']['responses']['500']['content']['application/json']
  >('getProviderThroughputHistogram 500 response', compiled.getProviderThroughputHistogram_500),
};
