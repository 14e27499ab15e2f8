// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createProviderConfig.js';
import type { operations } from '../types.js';

/** Each JSON response of createProviderConfig, by status. */
export const createProviderConfigResponses: {
  '200': Validator<
    operations['createProviderConfig']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['createProviderConfig']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['createProviderConfig']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['createProviderConfig']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['createProviderConfig']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['createProviderConfig']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createProviderConfig']['responses']['200']['content']['application/json']
  >('createProviderConfig 200 response', compiled.createProviderConfig_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createProviderConfig']['responses']['400']['content']['application/json']
  >('createProviderConfig 400 response', compiled.createProviderConfig_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createProviderConfig']['responses']['401']['content']['application/json']
  >('createProviderConfig 401 response', compiled.createProviderConfig_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createProviderConfig']['responses']['403']['content']['application/json']
  >('createProviderConfig 403 response', compiled.createProviderConfig_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createProviderConfig']['responses']['429']['content']['application/json']
  >('createProviderConfig 429 response', compiled.createProviderConfig_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createProviderConfig']['responses']['5XX']['content']['application/json']
  >('createProviderConfig 5XX response', compiled.createProviderConfig_5XX),
};
