// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createDynamicRouteDeployment.js';
import type { operations } from '../types.js';

/** Each JSON response of createDynamicRouteDeployment, by status. */
export const createDynamicRouteDeploymentResponses: {
  '200': Validator<
    operations['createDynamicRouteDeployment']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['createDynamicRouteDeployment']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['createDynamicRouteDeployment']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['createDynamicRouteDeployment']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['createDynamicRouteDeployment']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['createDynamicRouteDeployment']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteDeployment']['responses']['200']['content']['application/json']
  >('createDynamicRouteDeployment 200 response', compiled.createDynamicRouteDeployment_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteDeployment']['responses']['400']['content']['application/json']
  >('createDynamicRouteDeployment 400 response', compiled.createDynamicRouteDeployment_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteDeployment']['responses']['401']['content']['application/json']
  >('createDynamicRouteDeployment 401 response', compiled.createDynamicRouteDeployment_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteDeployment']['responses']['403']['content']['application/json']
  >('createDynamicRouteDeployment 403 response', compiled.createDynamicRouteDeployment_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteDeployment']['responses']['429']['content']['application/json']
  >('createDynamicRouteDeployment 429 response', compiled.createDynamicRouteDeployment_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createDynamicRouteDeployment']['responses']['5XX']['content']['application/json']
  >('createDynamicRouteDeployment 5XX response', compiled.createDynamicRouteDeployment_5XX),
};
