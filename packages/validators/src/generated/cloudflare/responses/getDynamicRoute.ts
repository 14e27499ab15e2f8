// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getDynamicRoute.js';
import type { operations } from '../types.js';

/** Each JSON response of getDynamicRoute, by status. */
export const getDynamicRouteResponses: {
  '200': Validator<
    operations['getDynamicRoute']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getDynamicRoute']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getDynamicRoute']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getDynamicRoute']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getDynamicRoute']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getDynamicRoute']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getDynamicRoute']['responses']['200']['content']['application/json']
  >('getDynamicRoute 200 response', compiled.getDynamicRoute_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getDynamicRoute']['responses']['400']['content']['application/json']
  >('getDynamicRoute 400 response', compiled.getDynamicRoute_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getDynamicRoute']['responses']['401']['content']['application/json']
  >('getDynamicRoute 401 response', compiled.getDynamicRoute_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getDynamicRoute']['responses']['403']['content']['application/json']
  >('getDynamicRoute 403 response', compiled.getDynamicRoute_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getDynamicRoute']['responses']['429']['content']['application/json']
  >('getDynamicRoute 429 response', compiled.getDynamicRoute_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getDynamicRoute']['responses']['5XX']['content']['application/json']
  >('getDynamicRoute 5XX response', compiled.getDynamicRoute_5XX),
};
