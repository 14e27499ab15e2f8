// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteProviderConfig.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteProviderConfig, by status. */
export const deleteProviderConfigResponses: {
  '200': Validator<
    operations['deleteProviderConfig']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteProviderConfig']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['deleteProviderConfig']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['deleteProviderConfig']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['deleteProviderConfig']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['deleteProviderConfig']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteProviderConfig']['responses']['200']['content']['application/json']
  >('deleteProviderConfig 200 response', compiled.deleteProviderConfig_200),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteProviderConfig']['responses']['401']['content']['application/json']
  >('deleteProviderConfig 401 response', compiled.deleteProviderConfig_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteProviderConfig']['responses']['403']['content']['application/json']
  >('deleteProviderConfig 403 response', compiled.deleteProviderConfig_403),
  '404': /* @__PURE__ */ createValidator<
    operations['deleteProviderConfig']['responses']['404']['content']['application/json']
  >('deleteProviderConfig 404 response', compiled.deleteProviderConfig_404),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteProviderConfig']['responses']['429']['content']['application/json']
  >('deleteProviderConfig 429 response', compiled.deleteProviderConfig_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteProviderConfig']['responses']['5XX']['content']['application/json']
  >('deleteProviderConfig 5XX response', compiled.deleteProviderConfig_5XX),
};
