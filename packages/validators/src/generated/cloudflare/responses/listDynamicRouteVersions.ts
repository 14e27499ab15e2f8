// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listDynamicRouteVersions.js';
import type { operations } from '../types.js';

/** Each JSON response of listDynamicRouteVersions, by status. */
export const listDynamicRouteVersionsResponses: {
  '200': Validator<
    operations['listDynamicRouteVersions']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listDynamicRouteVersions']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listDynamicRouteVersions']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listDynamicRouteVersions']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listDynamicRouteVersions']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listDynamicRouteVersions']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['200']['content']['application/json']
  >('listDynamicRouteVersions 200 response', compiled.listDynamicRouteVersions_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['400']['content']['application/json']
  >('listDynamicRouteVersions 400 response', compiled.listDynamicRouteVersions_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['401']['content']['application/json']
  >('listDynamicRouteVersions 401 response', compiled.listDynamicRouteVersions_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['403']['content']['application/json']
  >('listDynamicRouteVersions 403 response', compiled.listDynamicRouteVersions_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['429']['content']['application/json']
  >('listDynamicRouteVersions 429 response', compiled.listDynamicRouteVersions_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['5XX']['content']['application/json']
  >('listDynamicRouteVersions 5XX response', compiled.listDynamicRouteVersions_5XX),
};
