// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/checkTopupStatus.js';
import type { operations } from '../types.js';

/** Each JSON response of checkTopupStatus, by status. */
export const checkTopupStatusResponses: {
  '200': Validator<
    operations['checkTopupStatus']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['checkTopupStatus']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['checkTopupStatus']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['checkTopupStatus']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['checkTopupStatus']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['checkTopupStatus']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['checkTopupStatus']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['200']['content']['application/json']
  >('checkTopupStatus 200 response', compiled.checkTopupStatus_200),
  '400': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['400']['content']['application/json']
  >('checkTopupStatus 400 response', compiled.checkTopupStatus_400),
  '401': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['401']['content']['application/json']
  >('checkTopupStatus 401 response', compiled.checkTopupStatus_401),
  '403': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['403']['content']['application/json']
  >('checkTopupStatus 403 response', compiled.checkTopupStatus_403),
  '404': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['404']['content']['application/json']
  >('checkTopupStatus 404 response', compiled.checkTopupStatus_404),
  '429': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['429']['content']['application/json']
  >('checkTopupStatus 429 response', compiled.checkTopupStatus_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['5XX']['content']['application/json']
  >('checkTopupStatus 5XX response', compiled.checkTopupStatus_5XX),
};
