// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteCustomDomain.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteCustomDomain, by status. */
export const deleteCustomDomainResponses: {
  '200': Validator<
    operations['deleteCustomDomain']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['deleteCustomDomain']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteCustomDomain']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['deleteCustomDomain']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['deleteCustomDomain']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['deleteCustomDomain']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['deleteCustomDomain']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteCustomDomain']['responses']['200']['content']['application/json']
  >('deleteCustomDomain 200 response', compiled.deleteCustomDomain_200),
  '400': /* @__PURE__ */ createValidator<
    operations['deleteCustomDomain']['responses']['400']['content']['application/json']
  >('deleteCustomDomain 400 response', compiled.deleteCustomDomain_400),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteCustomDomain']['responses']['401']['content']['application/json']
  >('deleteCustomDomain 401 response', compiled.deleteCustomDomain_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteCustomDomain']['responses']['403']['content']['application/json']
  >('deleteCustomDomain 403 response', compiled.deleteCustomDomain_403),
  '404': /* @__PURE__ */ createValidator<
    operations['deleteCustomDomain']['responses']['404']['content']['application/json']
  >('deleteCustomDomain 404 response', compiled.deleteCustomDomain_404),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteCustomDomain']['responses']['429']['content']['application/json']
  >('deleteCustomDomain 429 response', compiled.deleteCustomDomain_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteCustomDomain']['responses']['5XX']['content']['application/json']
  >('deleteCustomDomain 5XX response', compiled.deleteCustomDomain_5XX),
};
