// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getTokenHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getTokenHistogram, by status. */
export const getTokenHistogramResponses: {
  '200': Validator<
    operations['getTokenHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getTokenHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getTokenHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getTokenHistogram']['responses']['200']['content']['application/json']
  >('getTokenHistogram 200 response', compiled.getTokenHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getTokenHistogram']['responses']['401']['content']['application/json']
  >('getTokenHistogram 401 response', compiled.getTokenHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getTokenHistogram']['responses']['500']['content']['application/json']
  >('getTokenHistogram 500 response', compiled.getTokenHistogram_500),
};
