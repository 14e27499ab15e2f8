// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLog.js';
import type { operations } from '../types.js';

/** Each JSON response of getLog, by status. */
export const getLogResponses: {
  '200': Validator<operations['getLog']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['getLog']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['getLog']['responses']['401']['content']['application/json']>;
  '404': Validator<operations['getLog']['responses']['404']['content']['application/json']>;
  '500': Validator<operations['getLog']['responses']['500']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['200']['content']['application/json']
  >('getLog 200 response', compiled.getLog_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['400']['content']['application/json']
  >('getLog 400 response', compiled.getLog_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['401']['content']['application/json']
  >('getLog 401 response', compiled.getLog_401),
  '404': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['404']['content']['application/json']
  >('getLog 404 response', compiled.getLog_404),
  '500': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['500']['content']['application/json']
  >('getLog 500 response', compiled.getLog_500),
};
