// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listDynamicRoutes.js';
import type { operations } from '../types.js';

/** Each JSON response of listDynamicRoutes, by status. */
export const listDynamicRoutesResponses: {
  '200': Validator<
    operations['listDynamicRoutes']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listDynamicRoutes']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listDynamicRoutes']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listDynamicRoutes']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listDynamicRoutes']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listDynamicRoutes']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['200']['content']['application/json']
  >('listDynamicRoutes 200 response', compiled.listDynamicRoutes_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['400']['content']['application/json']
  >('listDynamicRoutes 400 response', compiled.listDynamicRoutes_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['401']['content']['application/json']
  >('listDynamicRoutes 401 response', compiled.listDynamicRoutes_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['403']['content']['application/json']
  >('listDynamicRoutes 403 response', compiled.listDynamicRoutes_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['429']['content']['application/json']
  >('listDynamicRoutes 429 response', compiled.listDynamicRoutes_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['5XX']['content']['application/json']
  >('listDynamicRoutes 5XX response', compiled.listDynamicRoutes_5XX),
};
