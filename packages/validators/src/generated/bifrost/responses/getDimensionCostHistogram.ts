// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getDimensionCostHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getDimensionCostHistogram, by status. */
export const getDimensionCostHistogramResponses: {
  '200': Validator<
    operations['getDimensionCostHistogram']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getDimensionCostHistogram']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getDimensionCostHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getDimensionCostHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getDimensionCostHistogram']['responses']['200']['content']['application/json']
  >('getDimensionCostHistogram 200 response', compiled.getDimensionCostHistogram_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getDimensionCostHistogram']['responses']['400']['content']['application/json']
  >('getDimensionCostHistogram 400 response', compiled.getDimensionCostHistogram_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getDimensionCostHistogram']['responses']['401']['content']['application/json']
  >('getDimensionCostHistogram 401 response', compiled.getDimensionCostHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getDimensionCostHistogram']['responses']['500']['content']['application/json']
  >('getDimensionCostHistogram 500 response', compiled.getDimensionCostHistogram_500),
};
