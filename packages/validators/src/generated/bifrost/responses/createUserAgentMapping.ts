// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createUserAgentMapping.js';
import type { operations } from '../types.js';

/** Each JSON response of createUserAgentMapping, by status. */
export const createUserAgentMappingResponses: {
  '200': Validator<
    operations['createUserAgentMapping']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['createUserAgentMapping']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['createUserAgentMapping']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['createUserAgentMapping']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createUserAgentMapping']['responses']['200']['content']['application/json']
  >('createUserAgentMapping 200 response', compiled.createUserAgentMapping_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createUserAgentMapping']['responses']['400']['content']['application/json']
  >('createUserAgentMapping 400 response', compiled.createUserAgentMapping_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createUserAgentMapping']['responses']['401']['content']['application/json']
  >('createUserAgentMapping 401 response', compiled.createUserAgentMapping_401),
  '500': /* @__PURE__ */ createValidator<
    operations['createUserAgentMapping']['responses']['500']['content']['application/json']
  >('createUserAgentMapping 500 response', compiled.createUserAgentMapping_500),
};
