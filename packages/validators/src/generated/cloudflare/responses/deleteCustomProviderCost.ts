// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteCustomProviderCost.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteCustomProviderCost, by status. */
export const deleteCustomProviderCostResponses: {
  '200': Validator<
    operations['deleteCustomProviderCost']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['deleteCustomProviderCost']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteCustomProviderCost']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['deleteCustomProviderCost']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['deleteCustomProviderCost']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['deleteCustomProviderCost']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['deleteCustomProviderCost']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteCustomProviderCost']['responses']['200']['content']['application/json']
  >('deleteCustomProviderCost 200 response', compiled.deleteCustomProviderCost_200),
  '400': /* @__PURE__ */ createValidator<
    operations['deleteCustomProviderCost']['responses']['400']['content']['application/json']
  >('deleteCustomProviderCost 400 response', compiled.deleteCustomProviderCost_400),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteCustomProviderCost']['responses']['401']['content']['application/json']
  >('deleteCustomProviderCost 401 response', compiled.deleteCustomProviderCost_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteCustomProviderCost']['responses']['403']['content']['application/json']
  >('deleteCustomProviderCost 403 response', compiled.deleteCustomProviderCost_403),
  '404': /* @__PURE__ */ createValidator<
    operations['deleteCustomProviderCost']['responses']['404']['content']['application/json']
  >('deleteCustomProviderCost 404 response', compiled.deleteCustomProviderCost_404),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteCustomProviderCost']['responses']['429']['content']['application/json']
  >('deleteCustomProviderCost 429 response', compiled.deleteCustomProviderCost_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteCustomProviderCost']['responses']['5XX']['content']['application/json']
  >('deleteCustomProviderCost 5XX response', compiled.deleteCustomProviderCost_5XX),
};
