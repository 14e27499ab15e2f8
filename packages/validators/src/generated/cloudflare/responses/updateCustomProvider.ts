// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/updateCustomProvider.js';
import type { operations } from '../types.js';

/** Each JSON response of updateCustomProvider, by status. */
export const updateCustomProviderResponses: {
  '200': Validator<
    operations['updateCustomProvider']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['updateCustomProvider']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['updateCustomProvider']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['updateCustomProvider']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['updateCustomProvider']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['updateCustomProvider']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['updateCustomProvider']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['updateCustomProvider']['responses']['200']['content']['application/json']
  >('updateCustomProvider 200 response', compiled.updateCustomProvider_200),
  '400': /* @__PURE__ */ createValidator<
    operations['updateCustomProvider']['responses']['400']['content']['application/json']
  >('updateCustomProvider 400 response', compiled.updateCustomProvider_400),
  '401': /* @__PURE__ */ createValidator<
    operations['updateCustomProvider']['responses']['401']['content']['application/json']
  >('updateCustomProvider 401 response', compiled.updateCustomProvider_401),
  '403': /* @__PURE__ */ createValidator<
    operations['updateCustomProvider']['responses']['403']['content']['application/json']
  >('updateCustomProvider 403 response', compiled.updateCustomProvider_403),
  '404': /* @__PURE__ */ createValidator<
    operations['updateCustomProvider']['responses']['404']['content']['application/json']
  >('updateCustomProvider 404 response', compiled.updateCustomProvider_404),
  '429': /* @__PURE__ */ createValidator<
    operations['updateCustomProvider']['responses']['429']['content']['application/json']
  >('updateCustomProvider 429 response', compiled.updateCustomProvider_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['updateCustomProvider']['responses']['5XX']['content']['application/json']
  >('updateCustomProvider 5XX response', compiled.updateCustomProvider_5XX),
};
