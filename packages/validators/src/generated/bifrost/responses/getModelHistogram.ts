// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getModelHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getModelHistogram, by status. */
export const getModelHistogramResponses: {
  '200': Validator<
    operations['getModelHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getModelHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getModelHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getModelHistogram']['responses']['200']['content']['application/json']
  >('getModelHistogram 200 response', compiled.getModelHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getModelHistogram']['responses']['401']['content']['application/json']
  >('getModelHistogram 401 response', compiled.getModelHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getModelHistogram']['responses']['500']['content']['application/json']
  >('getModelHistogram 500 response', compiled.getModelHistogram_500),
};
