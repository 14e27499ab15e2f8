// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getDimensionTokenHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getDimensionTokenHistogram, by status. */
export const getDimensionTokenHistogramResponses: {
  '200': Validator<
    operations['getDimensionTokenHistogram']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getDimensionTokenHistogram']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getDimensionTokenHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getDimensionTokenHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getDimensionTokenHistogram']['responses']['200']['content']['application/json']
  >('getDimensionTokenHistogram 200 response', compiled.getDimensionTokenHistogram_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getDimensionTokenHistogram']['responses']['400']['content']['application/json']
  >('getDimensionTokenHistogram 400 response', compiled.getDimensionTokenHistogram_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getDimensionTokenHistogram']['responses']['401']['content']['application/json']
  >('getDimensionTokenHistogram 401 response', compiled.getDimensionTokenHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getDimensionTokenHistogram']['responses']['500']['content']['application/json']
  >('getDimensionTokenHistogram 500 response', compiled.getDimensionTokenHistogram_500),
};
