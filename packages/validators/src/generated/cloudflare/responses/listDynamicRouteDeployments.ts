// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listDynamicRouteDeployments.js';
import type { operations } from '../types.js';

/** Each JSON response of listDynamicRouteDeployments, by status. */
export const listDynamicRouteDeploymentsResponses: {
  '200': Validator<
    operations['listDynamicRouteDeployments']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listDynamicRouteDeployments']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listDynamicRouteDeployments']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listDynamicRouteDeployments']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listDynamicRouteDeployments']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listDynamicRouteDeployments']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['200']['content']['application/json']
  >('listDynamicRouteDeployments 200 response', compiled.listDynamicRouteDeployments_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['400']['content']['application/json']
  >('listDynamicRouteDeployments 400 response', compiled.listDynamicRouteDeployments_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['401']['content']['application/json']
  >('listDynamicRouteDeployments 401 response', compiled.listDynamicRouteDeployments_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['403']['content']['application/json']
  >('listDynamicRouteDeployments 403 response', compiled.listDynamicRouteDeployments_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['429']['content']['application/json']
  >('listDynamicRouteDeployments 429 response', compiled.listDynamicRouteDeployments_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['5XX']['content']['application/json']
  >('listDynamicRouteDeployments 5XX response', compiled.listDynamicRouteDeployments_5XX),
};
