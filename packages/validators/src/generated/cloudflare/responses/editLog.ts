// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/editLog.js';
import type { operations } from '../types.js';

/** Each JSON response of editLog, by status. */
export const editLogResponses: {
  '200': Validator<operations['editLog']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['editLog']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['editLog']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['editLog']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['editLog']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['editLog']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['editLog']['responses']['200']['content']['application/json']
  >('editLog 200 response', compiled.editLog_200),
  '401': /* @__PURE__ */ createValidator<
    operations['editLog']['responses']['401']['content']['application/json']
  >('editLog 401 response', compiled.editLog_401),
  '403': /* @__PURE__ */ createValidator<
    operations['editLog']['responses']['403']['content']['application/json']
  >('editLog 403 response', compiled.editLog_403),
  '404': /* @__PURE__ */ createValidator<
    operations['editLog']['responses']['404']['content']['application/json']
  >('editLog 404 response', compiled.editLog_404),
  '429': /* @__PURE__ */ createValidator<
    operations['editLog']['responses']['429']['content']['application/json']
  >('editLog 429 response', compiled.editLog_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['editLog']['responses']['5XX']['content']['application/json']
  >('editLog 5XX response', compiled.editLog_5XX),
};
