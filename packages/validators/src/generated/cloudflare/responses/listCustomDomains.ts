// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listCustomDomains.js';
import type { operations } from '../types.js';

/** Each JSON response of listCustomDomains, by status. */
export const listCustomDomainsResponses: {
  '200': Validator<
    operations['listCustomDomains']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listCustomDomains']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listCustomDomains']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listCustomDomains']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listCustomDomains']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listCustomDomains']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listCustomDomains']['responses']['200']['content']['application/json']
  >('listCustomDomains 200 response', compiled.listCustomDomains_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listCustomDomains']['responses']['400']['content']['application/json']
  >('listCustomDomains 400 response', compiled.listCustomDomains_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listCustomDomains']['responses']['401']['content']['application/json']
  >('listCustomDomains 401 response', compiled.listCustomDomains_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listCustomDomains']['responses']['403']['content']['application/json']
  >('listCustomDomains 403 response', compiled.listCustomDomains_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listCustomDomains']['responses']['429']['content']['application/json']
  >('listCustomDomains 429 response', compiled.listCustomDomains_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listCustomDomains']['responses']['5XX']['content']['application/json']
  >('listCustomDomains 5XX response', compiled.listCustomDomains_5XX),
};
