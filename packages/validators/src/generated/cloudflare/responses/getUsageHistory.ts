// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getUsageHistory.js';
import type { operations } from '../types.js';

/** Each JSON response of getUsageHistory, by status. */
export const getUsageHistoryResponses: {
  '200': Validator<
    operations['getUsageHistory']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getUsageHistory']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getUsageHistory']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getUsageHistory']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getUsageHistory']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getUsageHistory']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['200']['content']['application/json']
  >('getUsageHistory 200 response', compiled.getUsageHistory_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['400']['content']['application/json']
  >('getUsageHistory 400 response', compiled.getUsageHistory_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['401']['content']['application/json']
  >('getUsageHistory 401 response', compiled.getUsageHistory_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['403']['content']['application/json']
  >('getUsageHistory 403 response', compiled.getUsageHistory_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['429']['content']['application/json']
  >('getUsageHistory 429 response', compiled.getUsageHistory_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['5XX']['content']['application/json']
  >('getUsageHistory 5XX response', compiled.getUsageHistory_5XX),
};
