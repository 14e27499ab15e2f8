// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createDynamicRoute.js';
import type { operations } from '../types.js';

/** Each JSON response of createDynamicRoute, by status. */
export const createDynamicRouteResponses: {
  '200': Validator<
    operations['createDynamicRoute']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['createDynamicRoute']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['createDynamicRoute']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['createDynamicRoute']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['createDynamicRoute']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['createDynamicRoute']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createDynamicRoute']['responses']['200']['content']['application/json']
  >('createDynamicRoute 200 response', compiled.createDynamicRoute_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createDynamicRoute']['responses']['400']['content']['application/json']
  >('createDynamicRoute 400 response', compiled.createDynamicRoute_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createDynamicRoute']['responses']['401']['content']['application/json']
  >('createDynamicRoute 401 response', compiled.createDynamicRoute_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createDynamicRoute']['responses']['403']['content']['application/json']
  >('createDynamicRoute 403 response', compiled.createDynamicRoute_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createDynamicRoute']['responses']['429']['content']['application/json']
  >('createDynamicRoute 429 response', compiled.createDynamicRoute_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createDynamicRoute']['responses']['5XX']['content']['application/json']
  >('createDynamicRoute 5XX response', compiled.createDynamicRoute_5XX),
};
