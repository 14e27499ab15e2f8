// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLogDashboard.js';
import type { operations } from '../types.js';

/** Each JSON response of getLogDashboard, by status. */
export const getLogDashboardResponses: {
  '200': Validator<
    operations['getLogDashboard']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getLogDashboard']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getLogDashboard']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getLogDashboard']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogDashboard']['responses']['200']['content']['application/json']
  >('getLogDashboard 200 response', compiled.getLogDashboard_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getLogDashboard']['responses']['400']['content']['application/json']
  >('getLogDashboard 400 response', compiled.getLogDashboard_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogDashboard']['responses']['401']['content']['application/json']
  >('getLogDashboard 401 response', compiled.getLogDashboard_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLogDashboard']['responses']['500']['content']['application/json']
  >('getLogDashboard 500 response', compiled.getLogDashboard_500),
};
