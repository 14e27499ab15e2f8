// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listCustomProviders.js';
import type { operations } from '../types.js';

/** Each JSON response of listCustomProviders, by status. */
export const listCustomProvidersResponses: {
  '200': Validator<
    operations['listCustomProviders']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listCustomProviders']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listCustomProviders']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listCustomProviders']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listCustomProviders']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listCustomProviders']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['200']['content']['application/json']
  >('listCustomProviders 200 response', compiled.listCustomProviders_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['400']['content']['application/json']
  >('listCustomProviders 400 response', compiled.listCustomProviders_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['401']['content']['application/json']
  >('listCustomProviders 401 response', compiled.listCustomProviders_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['403']['content']['application/json']
  >('listCustomProviders 403 response', compiled.listCustomProviders_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['429']['content']['application/json']
  >('listCustomProviders 429 response', compiled.listCustomProviders_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['5XX']['content']['application/json']
  >('listCustomProviders 5XX response', compiled.listCustomProviders_5XX),
};
