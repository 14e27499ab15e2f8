// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/updateUserAgentMapping.js';
import type { operations } from '../types.js';

/** Each JSON response of updateUserAgentMapping, by status. */
export const updateUserAgentMappingResponses: {
  '200': Validator<
    operations['updateUserAgentMapping']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['updateUserAgentMapping']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['updateUserAgentMapping']['responses']['401']['content']['application/json']
  >;
  '404': Validator<
    operations['updateUserAgentMapping']['responses']['404']['content']['application/json']
  >;
  '500': Validator<
    operations['updateUserAgentMapping']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['updateUserAgentMapping']['responses']['200']['content']['application/json']
  >('updateUserAgentMapping 200 response', compiled.updateUserAgentMapping_200),
  '400': /* @__PURE__ */ createValidator<
    operations['updateUserAgentMapping']['responses']['400']['content']['application/json']
  >('updateUserAgentMapping 400 response', compiled.updateUserAgentMapping_400),
  '401': /* @__PURE__ */ createValidator<
    operations['updateUserAgentMapping']['responses']['401']['content']['application/json']
  >('updateUserAgentMapping 401 response', compiled.updateUserAgentMapping_401),
  '404': /* @__PURE__ */ createValidator<
    operations['updateUserAgentMapping']['responses']['404']['content']['application/json']
  >('updateUserAgentMapping 404 response', compiled.updateUserAgentMapping_404),
  '500': /* @__PURE__ */ createValidator<
    operations['updateUserAgentMapping']['responses']['500']['content']['application/json']
  >('updateUserAgentMapping 500 response', compiled.updateUserAgentMapping_500),
};
