// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteGateway.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteGateway, by status. */
export const deleteGatewayResponses: {
  '200': Validator<operations['deleteGateway']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['deleteGateway']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['deleteGateway']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['deleteGateway']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['deleteGateway']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['deleteGateway']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteGateway']['responses']['200']['content']['application/json']
  >('deleteGateway 200 response', compiled.deleteGateway_200),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteGateway']['responses']['401']['content']['application/json']
  >('deleteGateway 401 response', compiled.deleteGateway_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteGateway']['responses']['403']['content']['application/json']
  >('deleteGateway 403 response', compiled.deleteGateway_403),
  '404': /* @__PURE__ */ createValidator<
    operations['deleteGateway']['responses']['404']['content']['application/json']
  >('deleteGateway 404 response', compiled.deleteGateway_404),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteGateway']['responses']['429']['content']['application/json']
  >('deleteGateway 429 response', compiled.deleteGateway_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteGateway']['responses']['5XX']['content']['application/json']
  >('deleteGateway 5XX response', compiled.deleteGateway_5XX),
};
