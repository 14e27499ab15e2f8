// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getCustomProvider.js';
import type { operations } from '../types.js';

/** Each JSON response of getCustomProvider, by status. */
export const getCustomProviderResponses: {
  '200': Validator<
    operations['getCustomProvider']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getCustomProvider']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getCustomProvider']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getCustomProvider']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['getCustomProvider']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['getCustomProvider']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getCustomProvider']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getCustomProvider']['responses']['200']['content']['application/json']
  >('getCustomProvider 200 response', compiled.getCustomProvider_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getCustomProvider']['responses']['400']['content']['application/json']
  >('getCustomProvider 400 response', compiled.getCustomProvider_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getCustomProvider']['responses']['401']['content']['application/json']
  >('getCustomProvider 401 response', compiled.getCustomProvider_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getCustomProvider']['responses']['403']['content']['application/json']
  >('getCustomProvider 403 response', compiled.getCustomProvider_403),
  '404': /* @__PURE__ */ createValidator<
    operations['getCustomProvider']['responses']['404']['content']['application/json']
  >('getCustomProvider 404 response', compiled.getCustomProvider_404),
  '429': /* @__PURE__ */ createValidator<
    operations['getCustomProvider']['responses']['429']['content']['application/json']
  >('getCustomProvider 429 response', compiled.getCustomProvider_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getCustomProvider']['responses']['5XX']['content']['application/json']
  >('getCustomProvider 5XX response', compiled.getCustomProvider_5XX),
};
