// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getGateway.js';
import type { operations } from '../types.js';

/** Each JSON response of getGateway, by status. */
export const getGatewayResponses: {
  '200': Validator<operations['getGateway']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['getGateway']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['getGateway']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['getGateway']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['getGateway']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['getGateway']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getGateway']['responses']['200']['content']['application/json']
  >('getGateway 200 response', compiled.getGateway_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getGateway']['responses']['401']['content']['application/json']
  >('getGateway 401 response', compiled.getGateway_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getGateway']['responses']['403']['content']['application/json']
  >('getGateway 403 response', compiled.getGateway_403),
  '404': /* @__PURE__ */ createValidator<
    operations['getGateway']['responses']['404']['content']['application/json']
  >('getGateway 404 response', compiled.getGateway_404),
  '429': /* @__PURE__ */ createValidator<
    operations['getGateway']['responses']['429']['content']['application/json']
  >('getGateway 429 response', compiled.getGateway_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getGateway']['responses']['5XX']['content']['application/json']
  >('getGateway 5XX response', compiled.getGateway_5XX),
};
