// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createCustomProviderCost.js';
import type { operations } from '../types.js';

/** Each JSON response of createCustomProviderCost, by status. */
export const createCustomProviderCostResponses: {
  '200': Validator<
    operations['createCustomProviderCost']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['createCustomProviderCost']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['createCustomProviderCost']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['createCustomProviderCost']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['createCustomProviderCost']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['createCustomProviderCost']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createCustomProviderCost']['responses']['200']['content']['application/json']
  >('createCustomProviderCost 200 response', compiled.createCustomProviderCost_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createCustomProviderCost']['responses']['400']['content']['application/json']
  >('createCustomProviderCost 400 response', compiled.createCustomProviderCost_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createCustomProviderCost']['responses']['401']['content']['application/json']
  >('createCustomProviderCost 401 response', compiled.createCustomProviderCost_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createCustomProviderCost']['responses']['403']['content']['application/json']
  >('createCustomProviderCost 403 response', compiled.createCustomProviderCost_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createCustomProviderCost']['responses']['429']['content']['application/json']
  >('createCustomProviderCost 429 response', compiled.createCustomProviderCost_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createCustomProviderCost']['responses']['5XX']['content']['application/json']
  >('createCustomProviderCost 5XX response', compiled.createCustomProviderCost_5XX),
};
