// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getCustomProviderCost.js';
import type { operations } from '../types.js';

/** Each JSON response of getCustomProviderCost, by status. */
export const getCustomProviderCostResponses: {
  '200': Validator<
    operations['getCustomProviderCost']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getCustomProviderCost']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getCustomProviderCost']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getCustomProviderCost']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['getCustomProviderCost']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['getCustomProviderCost']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getCustomProviderCost']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getCustomProviderCost']['responses']['200']['content']['application/json']
  >('getCustomProviderCost 200 response', compiled.getCustomProviderCost_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getCustomProviderCost']['responses']['400']['content']['application/json']
  >('getCustomProviderCost 400 response', compiled.getCustomProviderCost_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getCustomProviderCost']['responses']['401']['content']['application/json']
  >('getCustomProviderCost 401 response', compiled.getCustomProviderCost_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getCustomProviderCost']['responses']['403']['content']['application/json']
  >('getCustomProviderCost 403 response', compiled.getCustomProviderCost_403),
  '404': /* @__PURE__ */ createValidator<
    operations['getCustomProviderCost']['responses']['404']['content']['application/json']
  >('getCustomProviderCost 404 response', compiled.getCustomProviderCost_404),
  '429': /* @__PURE__ */ createValidator<
    operations['getCustomProviderCost']['responses']['429']['content']['application/json']
  >('getCustomProviderCost 429 response', compiled.getCustomProviderCost_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getCustomProviderCost']['responses']['5XX']['content']['application/json']
  >('getCustomProviderCost 5XX response', compiled.getCustomProviderCost_5XX),
};
