// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/updateProviderConfig.js';
import type { operations } from '../types.js';

/** Each JSON response of updateProviderConfig, by status. */
export const updateProviderConfigResponses: {
  '200': Validator<
    operations['updateProviderConfig']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['updateProviderConfig']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['updateProviderConfig']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['updateProviderConfig']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['updateProviderConfig']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['updateProviderConfig']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['updateProviderConfig']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['updateProviderConfig']['responses']['200']['content']['application/json']
  >('updateProviderConfig 200 response', compiled.updateProviderConfig_200),
  '400': /* @__PURE__ */ createValidator<
    operations['updateProviderConfig']['responses']['400']['content']['application/json']
  >('updateProviderConfig 400 response', compiled.updateProviderConfig_400),
  '401': /* @__PURE__ */ createValidator<
    operations['updateProviderConfig']['responses']['401']['content']['application/json']
  >('updateProviderConfig 401 response', compiled.updateProviderConfig_401),
  '403': /* @__PURE__ */ createValidator<
    operations['updateProviderConfig']['responses']['403']['content']['application/json']
  >('updateProviderConfig 403 response', compiled.updateProviderConfig_403),
  '404': /* @__PURE__ */ createValidator<
    operations['updateProviderConfig']['responses']['404']['content']['application/json']
  >('updateProviderConfig 404 response', compiled.updateProviderConfig_404),
  '429': /* @__PURE__ */ createValidator<
    operations['updateProviderConfig']['responses']['429']['content']['application/json']
  >('updateProviderConfig 429 response', compiled.updateProviderConfig_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['updateProviderConfig']['responses']['5XX']['content']['application/json']
  >('updateProviderConfig 5XX response', compiled.updateProviderConfig_5XX),
};
