// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/updateDynamicRoute.js';
import type { operations } from '../types.js';

/** Each JSON response of updateDynamicRoute, by status. */
export const updateDynamicRouteResponses: {
  '200': Validator<
    operations['updateDynamicRoute']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['updateDynamicRoute']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['updateDynamicRoute']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['updateDynamicRoute']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['updateDynamicRoute']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['updateDynamicRoute']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['updateDynamicRoute']['responses']['200']['content']['application/json']
  >('updateDynamicRoute 200 response', compiled.updateDynamicRoute_200),
  '400': /* @__PURE__ */ createValidator<
    operations['updateDynamicRoute']['responses']['400']['content']['application/json']
  >('updateDynamicRoute 400 response', compiled.updateDynamicRoute_400),
  '401': /* @__PURE__ */ createValidator<
    operations['updateDynamicRoute']['responses']['401']['content']['application/json']
  >('updateDynamicRoute 401 response', compiled.updateDynamicRoute_401),
  '403': /* @__PURE__ */ createValidator<
    operations['updateDynamicRoute']['responses']['403']['content']['application/json']
  >('updateDynamicRoute 403 response', compiled.updateDynamicRoute_403),
  '429': /* @__PURE__ */ createValidator<
    operations['updateDynamicRoute']['responses']['429']['content']['application/json']
  >('updateDynamicRoute 429 response', compiled.updateDynamicRoute_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['updateDynamicRoute']['responses']['5XX']['content']['application/json']
  >('updateDynamicRoute 5XX response', compiled.updateDynamicRoute_5XX),
};
