// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/setSpendingLimit.js';
import type { operations } from '../types.js';

/** Each JSON response of setSpendingLimit, by status. */
export const setSpendingLimitResponses: {
  '201': Validator<
    operations['setSpendingLimit']['responses']['201']['content']['application/json']
  >;
  '400': Validator<
    operations['setSpendingLimit']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['setSpendingLimit']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['setSpendingLimit']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['setSpendingLimit']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['setSpendingLimit']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['setSpendingLimit']['responses']['5XX']['content']['application/json']
  >;
} = {
  '201': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['201']['content']['application/json']
  >('setSpendingLimit 201 response', compiled.setSpendingLimit_201),
  '400': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['400']['content']['application/json']
  >('setSpendingLimit 400 response', compiled.setSpendingLimit_400),
  '401': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['401']['content']['application/json']
  >('setSpendingLimit 401 response', compiled.setSpendingLimit_401),
  '403': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['403']['content']['application/json']
  >('setSpendingLimit 403 response', compiled.setSpendingLimit_403),
  '404': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['404']['content']['application/json']
  >('setSpendingLimit 404 response', compiled.setSpendingLimit_404),
  '429': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['429']['content']['application/json']
  >('setSpendingLimit 429 response', compiled.setSpendingLimit_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['5XX']['content']['application/json']
  >('setSpendingLimit 5XX response', compiled.setSpendingLimit_5XX),
};
