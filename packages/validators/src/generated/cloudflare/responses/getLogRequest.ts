// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLogRequest.js';
import type { operations } from '../types.js';

/** Each JSON response of getLogRequest, by status. */
export const getLogRequestResponses: {
  '200': Validator<operations['getLogRequest']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['getLogRequest']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['getLogRequest']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['getLogRequest']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['getLogRequest']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['getLogRequest']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogRequest']['responses']['200']['content']['application/json']
  >('getLogRequest 200 response', compiled.getLogRequest_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogRequest']['responses']['401']['content']['application/json']
  >('getLogRequest 401 response', compiled.getLogRequest_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getLogRequest']['responses']['403']['content']['application/json']
  >('getLogRequest 403 response', compiled.getLogRequest_403),
  '404': /* @__PURE__ */ createValidator<
    operations['getLogRequest']['responses']['404']['content']['application/json']
  >('getLogRequest 404 response', compiled.getLogRequest_404),
  '429': /* @__PURE__ */ createValidator<
    operations['getLogRequest']['responses']['429']['content']['application/json']
  >('getLogRequest 429 response', compiled.getLogRequest_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getLogRequest']['responses']['5XX']['content']['application/json']
  >('getLogRequest 5XX response', compiled.getLogRequest_5XX),
};
