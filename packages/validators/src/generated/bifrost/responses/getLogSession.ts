// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLogSession.js';
import type { operations } from '../types.js';

/** Each JSON response of getLogSession, by status. */
export const getLogSessionResponses: {
  '200': Validator<operations['getLogSession']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['getLogSession']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['getLogSession']['responses']['401']['content']['application/json']>;
  '500': Validator<operations['getLogSession']['responses']['500']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogSession']['responses']['200']['content']['application/json']
  >('getLogSession 200 response', compiled.getLogSession_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getLogSession']['responses']['400']['content']['application/json']
  >('getLogSession 400 response', compiled.getLogSession_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogSession']['responses']['401']['content']['application/json']
  >('getLogSession 401 response', compiled.getLogSession_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLogSession']['responses']['500']['content']['application/json']
  >('getLogSession 500 response', compiled.getLogSession_500),
};
