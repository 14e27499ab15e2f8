// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLogHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getLogHistogram, by status. */
export const getLogHistogramResponses: {
  '200': Validator<
    operations['getLogHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getLogHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getLogHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogHistogram']['responses']['200']['content']['application/json']
  >('getLogHistogram 200 response', compiled.getLogHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogHistogram']['responses']['401']['content']['application/json']
  >('getLogHistogram 401 response', compiled.getLogHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLogHistogram']['responses']['500']['content']['application/json']
  >('getLogHistogram 500 response', compiled.getLogHistogram_500),
};
