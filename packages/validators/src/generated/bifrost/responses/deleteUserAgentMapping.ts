// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteUserAgentMapping.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteUserAgentMapping, by status. */
export const deleteUserAgentMappingResponses: {
  '200': Validator<
    operations['deleteUserAgentMapping']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteUserAgentMapping']['responses']['401']['content']['application/json']
  >;
  '404': Validator<
    operations['deleteUserAgentMapping']['responses']['404']['content']['application/json']
  >;
  '500': Validator<
    operations['deleteUserAgentMapping']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteUserAgentMapping']['responses']['200']['content']['application/json']
  >('deleteUserAgentMapping 200 response', compiled.deleteUserAgentMapping_200),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteUserAgentMapping']['responses']['401']['content']['application/json']
  >('deleteUserAgentMapping 401 response', compiled.deleteUserAgentMapping_401),
  '404': /* @__PURE__ */ createValidator<
    operations['deleteUserAgentMapping']['responses']['404']['content']['application/json']
  >('deleteUserAgentMapping 404 response', compiled.deleteUserAgentMapping_404),
  '500': /* @__PURE__ */ createValidator<
    operations['deleteUserAgentMapping']['responses']['500']['content']['application/json']
  >('deleteUserAgentMapping 500 response', compiled.deleteUserAgentMapping_500),
};
