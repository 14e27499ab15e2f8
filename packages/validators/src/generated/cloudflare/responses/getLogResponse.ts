// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLogResponse.js';
import type { operations } from '../types.js';

/** Each JSON response of getLogResponse, by status. */
export const getLogResponseResponses: {
  '200': Validator<operations['getLogResponse']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['getLogResponse']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['getLogResponse']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['getLogResponse']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['getLogResponse']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['getLogResponse']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogResponse']['responses']['200']['content']['application/json']
  >('getLogResponse 200 response', compiled.getLogResponse_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogResponse']['responses']['401']['content']['application/json']
  >('getLogResponse 401 response', compiled.getLogResponse_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getLogResponse']['responses']['403']['content']['application/json']
  >('getLogResponse 403 response', compiled.getLogResponse_403),
  '404': /* @__PURE__ */ createValidator<
    operations['getLogResponse']['responses']['404']['content']['application/json']
  >('getLogResponse 404 response', compiled.getLogResponse_404),
  '429': /* @__PURE__ */ createValidator<
    operations['getLogResponse']['responses']['429']['content']['application/json']
  >('getLogResponse 429 response', compiled.getLogResponse_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getLogResponse']['responses']['5XX']['content']['application/json']
  >('getLogResponse 5XX response', compiled.getLogResponse_5XX),
};
