// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listUserAgentMappings.js';
import type { operations } from '../types.js';

/** Each JSON response of listUserAgentMappings, by status. */
export const listUserAgentMappingsResponses: {
  '200': Validator<
    operations['listUserAgentMappings']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['listUserAgentMappings']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['listUserAgentMappings']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listUserAgentMappings']['responses']['200']['content']['application/json']
  >('listUserAgentMappings 200 response', compiled.listUserAgentMappings_200),
  '401': /* @__PURE__ */ createValidator<
    operations['listUserAgentMappings']['responses']['401']['content']['application/json']
  >('listUserAgentMappings 401 response', compiled.listUserAgentMappings_401),
  '500': /* @__PURE__ */ createValidator<
    operations['listUserAgentMappings']['responses']['500']['content']['application/json']
  >('listUserAgentMappings 500 response', compiled.listUserAgentMappings_500),
};
