// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getCustomDomain.js';
import type { operations } from '../types.js';

/** Each JSON response of getCustomDomain, by status. */
export const getCustomDomainResponses: {
  '200': Validator<
    operations['getCustomDomain']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getCustomDomain']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getCustomDomain']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getCustomDomain']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['getCustomDomain']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['getCustomDomain']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getCustomDomain']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getCustomDomain']['responses']['200']['content']['application/json']
  >('getCustomDomain 200 response', compiled.getCustomDomain_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getCustomDomain']['responses']['400']['content']['application/json']
  >('getCustomDomain 400 response', compiled.getCustomDomain_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getCustomDomain']['responses']['401']['content']['application/json']
  >('getCustomDomain 401 response', compiled.getCustomDomain_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getCustomDomain']['responses']['403']['content']['application/json']
  >('getCustomDomain 403 response', compiled.getCustomDomain_403),
  '404': /* @__PURE__ */ createValidator<
    operations['getCustomDomain']['responses']['404']['content']['application/json']
  >('getCustomDomain 404 response', compiled.getCustomDomain_404),
  '429': /* @__PURE__ */ createValidator<
    operations['getCustomDomain']['responses']['429']['content']['application/json']
  >('getCustomDomain 429 response', compiled.getCustomDomain_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getCustomDomain']['responses']['5XX']['content']['application/json']
  >('getCustomDomain 5XX response', compiled.getCustomDomain_5XX),
};
