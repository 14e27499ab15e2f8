// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getProviderTokenHistogram.js';
import type { operations } from '../types.js';

/** Each JSON response of getProviderTokenHistogram, by status. */
export const getProviderTokenHistogramResponses: {
  '200': Validator<
    operations['getProviderTokenHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getProviderTokenHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getProviderTokenHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getProviderTokenHistogram']['responses']['200']['content']['application/json']
  >('getProviderTokenHistogram 200 response', compiled.getProviderTokenHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getProviderTokenHistogram']['responses']['401']['content']['application/json']
  >('getProviderTokenHistogram 401 response', compiled.getProviderTokenHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getProviderTokenHistogram']['responses']['500']['content']['application/json']
  >('getProviderTokenHistogram 500 response', compiled.getProviderTokenHistogram_500),
};
