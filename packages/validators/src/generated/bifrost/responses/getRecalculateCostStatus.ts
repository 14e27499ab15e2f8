// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getRecalculateCostStatus.js';
import type { operations } from '../types.js';

/** Each JSON response of getRecalculateCostStatus, by status. */
export const getRecalculateCostStatusResponses: {
  '200': Validator<
    operations['getRecalculateCostStatus']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getRecalculateCostStatus']['responses']['401']['content']['application/json']
  >;
  '404': Validator<
    operations['getRecalculateCostStatus']['responses']['404']['content']['application/json']
  >;
  '500': Validator<
    operations['getRecalculateCostStatus']['responses']['500']['content']['application/json']
  >;
  '503': Validator<
    operations['getRecalculateCostStatus']['responses']['503']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getRecalculateCostStatus']['responses']['200']['content']['application/json']
  >('getRecalculateCostStatus 200 response', compiled.getRecalculateCostStatus_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getRecalculateCostStatus']['responses']['401']['content']['application/json']
  >('getRecalculateCostStatus 401 response', compiled.getRecalculateCostStatus_401),
  '404': /* @__PURE__ */ createValidator<
    operations['getRecalculateCostStatus']['responses']['404']['content']['application/json']
  >('getRecalculateCostStatus 404 response', compiled.getRecalculateCostStatus_404),
  '500': /* @__PURE__ */ createValidator<
    operations['getRecalculateCostStatus']['responses']['500']['content']['application/json']
  >('getRecalculateCostStatus 500 response', compiled.getRecalculateCostStatus_500),
  '503': /* @__PURE__ */ createValidator<
    operations['getRecalculateCostStatus']['responses']['503']['content']['application/json']
  >('getRecalculateCostStatus 503 response', compiled.getRecalculateCostStatus_503),
};
