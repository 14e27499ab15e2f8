// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getSpendingLimit.js';
import type { operations } from '../types.js';

/** Each JSON response of getSpendingLimit, by status. */
export const getSpendingLimitResponses: {
  '200': Validator<
    operations['getSpendingLimit']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getSpendingLimit']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getSpendingLimit']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getSpendingLimit']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getSpendingLimit']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getSpendingLimit']['responses']['200']['content']['application/json']
  >('getSpendingLimit 200 response', compiled.getSpendingLimit_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getSpendingLimit']['responses']['401']['content']['application/json']
  >('getSpendingLimit 401 response', compiled.getSpendingLimit_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getSpendingLimit']['responses']['403']['content']['application/json']
  >('getSpendingLimit 403 response', compiled.getSpendingLimit_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getSpendingLimit']['responses']['429']['content']['application/json']
  >('getSpendingLimit 429 response', compiled.getSpendingLimit_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getSpendingLimit']['responses']['5XX']['content']['application/json']
  >('getSpendingLimit 5XX response', compiled.getSpendingLimit_5XX),
};
