// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteCustomProvider.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteCustomProvider, by status. */
export const deleteCustomProviderResponses: {
  '200': Validator<
    operations['deleteCustomProvider']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['deleteCustomProvider']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteCustomProvider']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['deleteCustomProvider']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['deleteCustomProvider']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['deleteCustomProvider']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['deleteCustomProvider']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteCustomProvider']['responses']['200']['content']['application/json']
  >('deleteCustomProvider 200 response', compiled.deleteCustomProvider_200),
  '400': /* @__PURE__ */ createValidator<
    operations['deleteCustomProvider']['responses']['400']['content']['application/json']
  >('deleteCustomProvider 400 response', compiled.deleteCustomProvider_400),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteCustomProvider']['responses']['401']['content']['application/json']
  >('deleteCustomProvider 401 response', compiled.deleteCustomProvider_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteCustomProvider']['responses']['403']['content']['application/json']
  >('deleteCustomProvider 403 response', compiled.deleteCustomProvider_403),
  '404': /* @__PURE__ */ createValidator<
    operations['deleteCustomProvider']['responses']['404']['content']['application/json']
  >('deleteCustomProvider 404 response', compiled.deleteCustomProvider_404),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteCustomProvider']['responses']['429']['content']['application/json']
  >('deleteCustomProvider 429 response', compiled.deleteCustomProvider_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteCustomProvider']['responses']['5XX']['content']['application/json']
  >('deleteCustomProvider 5XX response', compiled.deleteCustomProvider_5XX),
};
