// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createTopup.js';
import type { operations } from '../types.js';

/** Each JSON response of createTopup, by status. */
export const createTopupResponses: {
  '200': Validator<operations['createTopup']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['createTopup']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['createTopup']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['createTopup']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['createTopup']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['createTopup']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['200']['content']['application/json']
  >('createTopup 200 response', compiled.createTopup_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['400']['content']['application/json']
  >('createTopup 400 response', compiled.createTopup_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['401']['content']['application/json']
  >('createTopup 401 response', compiled.createTopup_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['403']['content']['application/json']
  >('createTopup 403 response', compiled.createTopup_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['429']['content']['application/json']
  >('createTopup 429 response', compiled.createTopup_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['5XX']['content']['application/json']
  >('createTopup 5XX response', compiled.createTopup_5XX),
};
