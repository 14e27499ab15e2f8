// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getTopupConfig.js';
import type { operations } from '../types.js';

/** Each JSON response of getTopupConfig, by status. */
export const getTopupConfigResponses: {
  '200': Validator<operations['getTopupConfig']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['getTopupConfig']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['getTopupConfig']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['getTopupConfig']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['getTopupConfig']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getTopupConfig']['responses']['200']['content']['application/json']
  >('getTopupConfig 200 response', compiled.getTopupConfig_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getTopupConfig']['responses']['401']['content']['application/json']
  >('getTopupConfig 401 response', compiled.getTopupConfig_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getTopupConfig']['responses']['403']['content']['application/json']
  >('getTopupConfig 403 response', compiled.getTopupConfig_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getTopupConfig']['responses']['429']['content']['application/json']
  >('getTopupConfig 429 response', compiled.getTopupConfig_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getTopupConfig']['responses']['5XX']['content']['application/json']
  >('getTopupConfig 5XX response', compiled.getTopupConfig_5XX),
};
