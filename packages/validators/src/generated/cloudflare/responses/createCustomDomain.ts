// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createCustomDomain.js';
import type { operations } from '../types.js';

/** Each JSON response of createCustomDomain, by status. */
export const createCustomDomainResponses: {
  '200': Validator<
    operations['createCustomDomain']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['createCustomDomain']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['createCustomDomain']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['createCustomDomain']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['createCustomDomain']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['createCustomDomain']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createCustomDomain']['responses']['200']['content']['application/json']
  >('createCustomDomain 200 response', compiled.createCustomDomain_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createCustomDomain']['responses']['400']['content']['application/json']
  >('createCustomDomain 400 response', compiled.createCustomDomain_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createCustomDomain']['responses']['401']['content']['application/json']
  >('createCustomDomain 401 response', compiled.createCustomDomain_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createCustomDomain']['responses']['403']['content']['application/json']
  >('createCustomDomain 403 response', compiled.createCustomDomain_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createCustomDomain']['responses']['429']['content']['application/json']
  >('createCustomDomain 429 response', compiled.createCustomDomain_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createCustomDomain']['responses']['5XX']['content']['application/json']
  >('createCustomDomain 5XX response', compiled.createCustomDomain_5XX),
};
