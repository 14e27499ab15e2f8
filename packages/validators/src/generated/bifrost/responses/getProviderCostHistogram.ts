// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getProviderCostHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getProviderCostHistogram, by status. */
export const getProviderCostHistogramResponses: {
  '200': Validator<
    operations['getProviderCostHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getProviderCostHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getProviderCostHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getProviderCostHistogram']['responses']['200']['content']['application/json']
  >('getProviderCostHistogram 200 response', compiled.getProviderCostHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getProviderCostHistogram']['responses']['401']['content']['application/json']
  >('getProviderCostHistogram 401 response', compiled.getProviderCostHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getProviderCostHistogram']['responses']['500']['content']['application/json']
  >('getProviderCostHistogram 500 response', compiled.getProviderCostHistogram_500),
};
