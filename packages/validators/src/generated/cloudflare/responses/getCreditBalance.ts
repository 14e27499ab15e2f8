// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getCreditBalance.js';
import type { operations } from '../types.js';

/** Each JSON response of getCreditBalance, by status. */
export const getCreditBalanceResponses: {
  '200': Validator<
    operations['getCreditBalance']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getCreditBalance']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getCreditBalance']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getCreditBalance']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getCreditBalance']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getCreditBalance']['responses']['200']['content']['application/json']
  >('getCreditBalance 200 response', compiled.getCreditBalance_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getCreditBalance']['responses']['401']['content']['application/json']
  >('getCreditBalance 401 response', compiled.getCreditBalance_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getCreditBalance']['responses']['403']['content']['application/json']
  >('getCreditBalance 403 response', compiled.getCreditBalance_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getCreditBalance']['responses']['429']['content']['application/json']
  >('getCreditBalance 429 response', compiled.getCreditBalance_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getCreditBalance']['responses']['5XX']['content']['application/json']
  >('getCreditBalance 5XX response', compiled.getCreditBalance_5XX),
};
