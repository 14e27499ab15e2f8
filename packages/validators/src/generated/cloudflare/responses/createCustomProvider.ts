// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createCustomProvider.js';
import type { operations } from '../types.js';

/** Each JSON response of createCustomProvider, by status. */
export const createCustomProviderResponses: {
  '200': Validator<
    operations['createCustomProvider']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['createCustomProvider']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['createCustomProvider']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['createCustomProvider']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['createCustomProvider']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['createCustomProvider']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createCustomProvider']['responses']['200']['content']['application/json']
  >('createCustomProvider 200 response', compiled.createCustomProvider_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createCustomProvider']['responses']['400']['content']['application/json']
  >('createCustomProvider 400 response', compiled.createCustomProvider_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createCustomProvider']['responses']['401']['content']['application/json']
  >('createCustomProvider 401 response', compiled.createCustomProvider_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createCustomProvider']['responses']['403']['content']['application/json']
  >('createCustomProvider 403 response', compiled.createCustomProvider_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createCustomProvider']['responses']['429']['content']['application/json']
  >('createCustomProvider 429 response', compiled.createCustomProvider_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createCustomProvider']['responses']['5XX']['content']['application/json']
  >('createCustomProvider 5XX response', compiled.createCustomProvider_5XX),
};
