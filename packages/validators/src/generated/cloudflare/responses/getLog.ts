// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLog.js';
import type { operations } from '../types.js';

/** Each JSON response of getLog, by status. */
export const getLogResponses: {
  '200': Validator<operations['getLog']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['getLog']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['getLog']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['getLog']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['getLog']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['getLog']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['200']['content']['application/json']
  >('getLog 200 response', compiled.getLog_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['401']['content']['application/json']
  >('getLog 401 response', compiled.getLog_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['403']['content']['application/json']
  >('getLog 403 response', compiled.getLog_403),
  '404': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['404']['content']['application/json']
  >('getLog 404 response', compiled.getLog_404),
  '429': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['429']['content']['application/json']
  >('getLog 429 response', compiled.getLog_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['5XX']['content']['application/json']
  >('getLog 5XX response', compiled.getLog_5XX),
};
