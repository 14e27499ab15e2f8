// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteSpendingLimit.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteSpendingLimit, by status. */
export const deleteSpendingLimitResponses: {
  '200': Validator<
    operations['deleteSpendingLimit']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteSpendingLimit']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['deleteSpendingLimit']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['deleteSpendingLimit']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['deleteSpendingLimit']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteSpendingLimit']['responses']['200']['content']['application/json']
  >('deleteSpendingLimit 200 response', compiled.deleteSpendingLimit_200),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteSpendingLimit']['responses']['401']['content']['application/json']
  >('deleteSpendingLimit 401 response', compiled.deleteSpendingLimit_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteSpendingLimit']['responses']['403']['content']['application/json']
  >('deleteSpendingLimit 403 response', compiled.deleteSpendingLimit_403),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteSpendingLimit']['responses']['429']['content']['application/json']
  >('deleteSpendingLimit 429 response', compiled.deleteSpendingLimit_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteSpendingLimit']['responses']['5XX']['content']['application/json']
  >('deleteSpendingLimit 5XX response', compiled.deleteSpendingLimit_5XX),
};
