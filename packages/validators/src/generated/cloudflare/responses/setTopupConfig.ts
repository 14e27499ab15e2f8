// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/setTopupConfig.js';
import type { operations } from '../types.js';

/** Each JSON response of setTopupConfig, by status. */
export const setTopupConfigResponses: {
  '200': Validator<operations['setTopupConfig']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['setTopupConfig']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['setTopupConfig']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['setTopupConfig']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['setTopupConfig']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['setTopupConfig']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['setTopupConfig']['responses']['200']['content']['application/json']
  >('setTopupConfig 200 response', compiled.setTopupConfig_200),
  '400': /* @__PURE__ */ createValidator<
    operations['setTopupConfig']['responses']['400']['content']['application/json']
  >('setTopupConfig 400 response', compiled.setTopupConfig_400),
  '401': /* @__PURE__ */ createValidator<
    operations['setTopupConfig']['responses']['401']['content']['application/json']
  >('setTopupConfig 401 response', compiled.setTopupConfig_401),
  '403': /* @__PURE__ */ createValidator<
    operations['setTopupConfig']['responses']['403']['content']['application/json']
  >('setTopupConfig 403 response', compiled.setTopupConfig_403),
  '429': /* @__PURE__ */ createValidator<
    operations['setTopupConfig']['responses']['429']['content']['application/json']
  >('setTopupConfig 429 response', compiled.setTopupConfig_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['setTopupConfig']['responses']['5XX']['content']['application/json']
  >('setTopupConfig 5XX response', compiled.setTopupConfig_5XX),
};
