// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getCostHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getCostHistogram, by status. */
export const getCostHistogramResponses: {
  '200': Validator<
    operations['getCostHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getCostHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getCostHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getCostHistogram']['responses']['200']['content']['application/json']
  >('getCostHistogram 200 response', compiled.getCostHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getCostHistogram']['responses']['401']['content']['application/json']
  >('getCostHistogram 401 response', compiled.getCostHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getCostHistogram']['responses']['500']['content']['application/json']
  >('getCostHistogram 500 response', compiled.getCostHistogram_500),
};
