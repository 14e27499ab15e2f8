// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteDynamicRoute.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteDynamicRoute, by status. */
export const deleteDynamicRouteResponses: {
  '200': Validator<
    operations['deleteDynamicRoute']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['deleteDynamicRoute']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteDynamicRoute']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['deleteDynamicRoute']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['deleteDynamicRoute']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['deleteDynamicRoute']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteDynamicRoute']['responses']['200']['content']['application/json']
  >('deleteDynamicRoute 200 response', compiled.deleteDynamicRoute_200),
  '400': /* @__PURE__ */ createValidator<
    operations['deleteDynamicRoute']['responses']['400']['content']['application/json']
  >('deleteDynamicRoute 400 response', compiled.deleteDynamicRoute_400),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteDynamicRoute']['responses']['401']['content']['application/json']
  >('deleteDynamicRoute 401 response', compiled.deleteDynamicRoute_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteDynamicRoute']['responses']['403']['content']['application/json']
  >('deleteDynamicRoute 403 response', compiled.deleteDynamicRoute_403),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteDynamicRoute']['responses']['429']['content']['application/json']
  >('deleteDynamicRoute 429 response', compiled.deleteDynamicRoute_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteDynamicRoute']['responses']['5XX']['content']['application/json']
  >('deleteDynamicRoute 5XX response', compiled.deleteDynamicRoute_5XX),
};
