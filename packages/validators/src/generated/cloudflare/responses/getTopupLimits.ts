// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getTopupLimits.js';
import type { operations } from '../types.js';

/** Each JSON response of getTopupLimits, by status. */
export const getTopupLimitsResponses: {
  '200': Validator<operations['getTopupLimits']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['getTopupLimits']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['getTopupLimits']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['getTopupLimits']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['getTopupLimits']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getTopupLimits']['responses']['200']['content']['application/json']
  >('getTopupLimits 200 response', compiled.getTopupLimits_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getTopupLimits']['responses']['401']['content']['application/json']
  >('getTopupLimits 401 response', compiled.getTopupLimits_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getTopupLimits']['responses']['403']['content']['application/json']
  >('getTopupLimits 403 response', compiled.getTopupLimits_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getTopupLimits']['responses']['429']['content']['application/json']
  >('getTopupLimits 429 response', compiled.getTopupLimits_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getTopupLimits']['responses']['5XX']['content']['application/json']
  >('getTopupLimits 5XX response', compiled.getTopupLimits_5XX),
};
