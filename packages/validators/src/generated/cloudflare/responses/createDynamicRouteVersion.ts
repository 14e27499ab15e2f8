// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createDynamicRouteVersion.js';
import type { operations } from '../types.js';

/** Each JSON response of createDynamicRouteVersion, by status. */
export const createDynamicRouteVersionResponses: {
  '200': Validator<
    operations['createDynamicRouteVersion']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['createDynamicRouteVersion']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['createDynamicRouteVersion']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['createDynamicRouteVersion']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['createDynamicRouteVersion']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['createDynamicRouteVersion']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteVersion']['responses']['200']['content']['application/json']
  >('createDynamicRouteVersion 200 response', compiled.createDynamicRouteVersion_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteVersion']['responses']['400']['content']['application/json']
  >('createDynamicRouteVersion 400 response', compiled.createDynamicRouteVersion_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteVersion']['responses']['401']['content']['application/json']
  >('createDynamicRouteVersion 401 response', compiled.createDynamicRouteVersion_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteVersion']['responses']['403']['content']['application/json']
  >('createDynamicRouteVersion 403 response', compiled.createDynamicRouteVersion_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteVersion']['responses']['429']['content']['application/json']
  >('createDynamicRouteVersion 429 response', compiled.createDynamicRouteVersion_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteVersion']['responses']['5XX']['content']['application/json']
  >('createDynamicRouteVersion 5XX response', compiled.createDynamicRouteVersion_5XX),
};
