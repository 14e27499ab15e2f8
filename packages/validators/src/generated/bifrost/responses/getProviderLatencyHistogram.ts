// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getProviderLatencyHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getProviderLatencyHistogram, by status. */
export const getProviderLatencyHistogramResponses: {
  '200': Validator<
    operations['getProviderLatencyHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getProviderLatencyHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getProviderLatencyHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getProviderLatencyHistogram']['responses']['200']['content']['application/json']
  >('getProviderLatencyHistogram 200 response', compiled.getProviderLatencyHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getProviderLatencyHistogram']['responses']['401']['content']['application/json']
  >('getProviderLatencyHistogram 401 response', compiled.getProviderLatencyHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getProviderLatencyHistogram']['responses']['500']['content']['application/json']
  >('getProviderLatencyHistogram 500 response', compiled.getProviderLatencyHistogram_500),
};
