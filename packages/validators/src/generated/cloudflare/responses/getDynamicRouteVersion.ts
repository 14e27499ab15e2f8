// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getDynamicRouteVersion.js';
import type { operations } from '../types.js';

/** Each JSON response of getDynamicRouteVersion, by status. */
export const getDynamicRouteVersionResponses: {
  '200': Validator<
    operations['getDynamicRouteVersion']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getDynamicRouteVersion']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getDynamicRouteVersion']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getDynamicRouteVersion']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getDynamicRouteVersion']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getDynamicRouteVersion']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getDynamicRouteVersion']['responses']['200']['content']['application/json']
  >('getDynamicRouteVersion 200 response', compiled.getDynamicRouteVersion_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getDynamicRouteVersion']['responses']['400']['content']['application/json']
  >('getDynamicRouteVersion 400 response', compiled.getDynamicRouteVersion_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getDynamicRouteVersion']['responses']['401']['content']['application/json']
  >('getDynamicRouteVersion 401 response', compiled.getDynamicRouteVersion_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getDynamicRouteVersion']['responses']['403']['content']['application/json']
  >('getDynamicRouteVersion 403 response', compiled.getDynamicRouteVersion_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getDynamicRouteVersion']['responses']['429']['content']['application/json']
  >('getDynamicRouteVersion 429 response', compiled.getDynamicRouteVersion_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getDynamicRouteVersion']['responses']['5XX']['content']['application/json']
  >('getDynamicRouteVersion 5XX response', compiled.getDynamicRouteVersion_5XX),
};
