// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/cancelRecalculateCost.js';
import type { operations } from '../types.js';

/** Each JSON response of cancelRecalculateCost, by status. */
export const cancelRecalculateCostResponses: {
  '200': Validator<
    operations['cancelRecalculateCost']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['cancelRecalculateCost']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['cancelRecalculateCost']['responses']['401']['content']['application/json']
  >;
  '404': Validator<
    operations['cancelRecalculateCost']['responses']['404']['content']['application/json']
  >;
  '500': Validator<
    operations['cancelRecalculateCost']['responses']['500']['content']['application/json']
  >;
  '503': Validator<
    operations['cancelRecalculateCost']['responses']['503']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['200']['content']['application/json']
  >('cancelRecalculateCost 200 response', compiled.cancelRecalculateCost_200),
  '400': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['400']['content']['application/json']
  >('cancelRecalculateCost 400 response', compiled.cancelRecalculateCost_400),
  '401': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['401']['content']['application/json']
  >('cancelRecalculateCost 401 response', compiled.cancelRecalculateCost_401),
  '404': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['404']['content']['application/json']
  >('cancelRecalculateCost 404 response', compiled.cancelRecalculateCost_404),
  '500': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['500']['content']['application/json']
  >('cancelRecalculateCost 500 response', compiled.cancelRecalculateCost_500),
  '503': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['503']['content']['application/json']
  >('cancelRecalculateCost 503 response', compiled.cancelRecalculateCost_503),
};
