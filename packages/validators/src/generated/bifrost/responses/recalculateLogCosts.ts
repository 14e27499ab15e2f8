// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/recalculateLogCosts.js';
import type { operations } from '../types.js';

/** Each JSON response of recalculateLogCosts, by status. */
export const recalculateLogCostsResponses: {
  '202': Validator<
    operations['recalculateLogCosts']['responses']['202']['content']['application/json']
  >;
  '400': Validator<
    operations['recalculateLogCosts']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['recalculateLogCosts']['responses']['401']['content']['application/json']
  >;
  '409': Validator<
    operations['recalculateLogCosts']['responses']['409']['content']['application/json']
  >;
  '500': Validator<
    operations['recalculateLogCosts']['responses']['500']['content']['application/json']
  >;
  '503': Validator<
    operations['recalculateLogCosts']['responses']['503']['content']['application/json']
  >;
} = {
  '202': /* @__PURE__ */ createValidator<
    operations['recalculateLogCosts']['responses']['202']['content']['application/json']
  >('recalculateLogCosts 202 response', compiled.recalculateLogCosts_202),
  '400': /* @__PURE__ */ createValidator<
    operations['recalculateLogCosts']['responses']['400']['content']['application/json']
  >('recalculateLogCosts 400 response', compiled.recalculateLogCosts_400),
  '401': /* @__PURE__ */ createValidator<
    operations['recalculateLogCosts']['responses']['401']['content']['application/json']
  >('recalculateLogCosts 401 response', compiled.recalculateLogCosts_401),
  '409': /* @__PURE__ */ createValidator<
    operations['recalculateLogCosts']['responses']['409']['content']['application/json']
  >('recalculateLogCosts 409 response', compiled.recalculateLogCosts_409),
  '500': /* @__PURE__ */ createValidator<
    operations['recalculateLogCosts']['responses']['500']['content']['application/json']
  >('recalculateLogCosts 500 response', compiled.recalculateLogCosts_500),
  '503': /* @__PURE__ */ createValidator<
    operations['recalculateLogCosts']['responses']['503']['content']['application/json']
  >('recalculateLogCosts 503 response', compiled.recalculateLogCosts_503),
};
