// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/updateCustomProviderCost.js';
import type { operations } from '../types.js';

/** Each JSON response of updateCustomProviderCost, by status. */
export const updateCustomProviderCostResponses: {
  '200': Validator<
    operations['updateCustomProviderCost']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['updateCustomProviderCost']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['updateCustomProviderCost']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['updateCustomProviderCost']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['updateCustomProviderCost']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['updateCustomProviderCost']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['updateCustomProviderCost']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['200']['content']['application/json']
  >('updateCustomProviderCost 200 response', compiled.updateCustomProviderCost_200),
  '400': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['400']['content']['application/json']
  >('updateCustomProviderCost 400 response', compiled.updateCustomProviderCost_400),
  '401': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['401']['content']['application/json']
  >('updateCustomProviderCost 401 response', compiled.updateCustomProviderCost_401),
  '403': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['403']['content']['application/json']
  >('updateCustomProviderCost 403 response', compiled.updateCustomProviderCost_403),
  '404': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['404']['content']['application/json']
  >('updateCustomProviderCost 404 response', compiled.updateCustomProviderCost_404),
  '429': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['429']['content']['application/json']
  >('updateCustomProviderCost 429 response', compiled.updateCustomProviderCost_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['5XX']['content']['application/json']
  >('updateCustomProviderCost 5XX response', compiled.updateCustomProviderCost_5XX),
};
