// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteTopupConfig.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteTopupConfig, by status. */
export const deleteTopupConfigResponses: {
  '200': Validator<
    operations['deleteTopupConfig']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteTopupConfig']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['deleteTopupConfig']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['deleteTopupConfig']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['deleteTopupConfig']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteTopupConfig']['responses']['200']['content']['application/json']
  >('deleteTopupConfig 200 response', compiled.deleteTopupConfig_200),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteTopupConfig']['responses']['401']['content']['application/json']
  >('deleteTopupConfig 401 response', compiled.deleteTopupConfig_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteTopupConfig']['responses']['403']['content']['application/json']
  >('deleteTopupConfig 403 response', compiled.deleteTopupConfig_403),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteTopupConfig']['responses']['429']['content']['application/json']
  >('deleteTopupConfig 429 response', compiled.deleteTopupConfig_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteTopupConfig']['responses']['5XX']['content']['application/json']
  >('deleteTopupConfig 5XX response', compiled.deleteTopupConfig_5XX),
};
