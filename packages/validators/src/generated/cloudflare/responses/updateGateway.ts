// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/updateGateway.js';
import type { operations } from '../types.js';

/** Each JSON response of updateGateway, by status. */
export const updateGatewayResponses: {
  '200': Validator<operations['updateGateway']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['updateGateway']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['updateGateway']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['updateGateway']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['updateGateway']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['updateGateway']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['updateGateway']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['200']['content']['application/json']
  >('updateGateway 200 response', compiled.updateGateway_200),
  '400': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['400']['content']['application/json']
  >('updateGateway 400 response', compiled.updateGateway_400),
  '401': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['401']['content']['application/json']
  >('updateGateway 401 response', compiled.updateGateway_401),
  '403': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['403']['content']['application/json']
  >('updateGateway 403 response', compiled.updateGateway_403),
  '404': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['404']['content']['application/json']
  >('updateGateway 404 response', compiled.updateGateway_404),
  '429': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['429']['content']['application/json']
  >('updateGateway 429 response', compiled.updateGateway_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['5XX']['content']['application/json']
  >('updateGateway 5XX response', compiled.updateGateway_5XX),
};
