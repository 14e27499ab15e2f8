// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listCustomProviderCosts.js';
import type { operations } from '../types.js';

/** Each JSON response of listCustomProviderCosts, by status. */
export const listCustomProviderCostsResponses: {
  '200': Validator<
    operations['listCustomProviderCosts']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listCustomProviderCosts']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listCustomProviderCosts']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listCustomProviderCosts']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listCustomProviderCosts']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listCustomProviderCosts']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listCustomProviderCosts']['responses']['200']['content']['application/json']
  >('listCustomProviderCosts 200 response', compiled.listCustomProviderCosts_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listCustomProviderCosts']['responses']['400']['content']['application/json']
  >('listCustomProviderCosts 400 response', compiled.listCustomProviderCosts_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listCustomProviderCosts']['responses']['401']['content']['application/json']
  >('listCustomProviderCosts 401 response', compiled.listCustomProviderCosts_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listCustomProviderCosts']['responses']['403']['content']['application/json']
  >('listCustomProviderCosts 403 response', compiled.listCustomProviderCosts_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listCustomProviderCosts']['responses']['429']['content']['application/json']
  >('listCustomProviderCosts 429 response', compiled.listCustomProviderCosts_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listCustomProviderCosts']['responses']['5XX']['content']['application/json']
  >('listCustomProviderCosts 5XX response', compiled.listCustomProviderCosts_5XX),
};
