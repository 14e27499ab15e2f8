// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createGateway.js';
import type { operations } from '../types.js';

/** Each JSON response of createGateway, by status. */
export const createGatewayResponses: {
  '200': Validator<operations['createGateway']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['createGateway']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['createGateway']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['createGateway']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['createGateway']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['createGateway']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createGateway']['responses']['200']['content']['application/json']
  >('createGateway 200 response', compiled.createGateway_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createGateway']['responses']['400']['content']['application/json']
  >('createGateway 400 response', compiled.createGateway_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createGateway']['responses']['401']['content']['application/json']
  >('createGateway 401 response', compiled.createGateway_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createGateway']['responses']['403']['content']['application/json']
  >('createGateway 403 response', compiled.createGateway_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createGateway']['responses']['429']['content']['application/json']
  >('createGateway 429 response', compiled.createGateway_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createGateway']['responses']['5XX']['content']['application/json']
  >('createGateway 5XX response', compiled.createGateway_5XX),
};
