// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listProviderConfigs.js';
import type { operations } from '../types.js';

/** Each JSON response of listProviderConfigs, by status. */
export const listProviderConfigsResponses: {
  '200': Validator<
    operations['listProviderConfigs']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listProviderConfigs']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listProviderConfigs']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listProviderConfigs']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listProviderConfigs']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listProviderConfigs']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listProviderConfigs']['responses']['200']['content']['application/json']
  >('listProviderConfigs 200 response', compiled.listProviderConfigs_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listProviderConfigs']['responses']['400']['content']['application/json']
  >('listProviderConfigs 400 response', compiled.listProviderConfigs_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listProviderConfigs']['responses']['401']['content']['application/json']
  >('listProviderConfigs 401 response', compiled.listProviderConfigs_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listProviderConfigs']['responses']['403']['content']['application/json']
  >('listProviderConfigs 403 response', compiled.listProviderConfigs_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listProviderConfigs']['responses']['429']['content']['application/json']
  >('listProviderConfigs 429 response', compiled.listProviderConfigs_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listProviderConfigs']['responses']['5XX']['content']['application/json']
  >('listProviderConfigs 5XX response', compiled.listProviderConfigs_5XX),
};
