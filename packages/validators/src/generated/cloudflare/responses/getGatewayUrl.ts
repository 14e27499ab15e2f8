// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getGatewayUrl.js';
import type { operations } from '../types.js';

/** Each JSON response of getGatewayUrl, by status. */
export const getGatewayUrlResponses: {
  '200': Validator<operations['getGatewayUrl']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['getGatewayUrl']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['getGatewayUrl']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['getGatewayUrl']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['getGatewayUrl']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['getGatewayUrl']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getGatewayUrl']['responses']['200']['content']['application/json']
  >('getGatewayUrl 200 response', compiled.getGatewayUrl_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getGatewayUrl']['responses']['400']['content']['application/json']
  >('getGatewayUrl 400 response', compiled.getGatewayUrl_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getGatewayUrl']['responses']['401']['content']['application/json']
  >('getGatewayUrl 401 response', compiled.getGatewayUrl_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getGatewayUrl']['responses']['403']['content']['application/json']
  >('getGatewayUrl 403 response', compiled.getGatewayUrl_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getGatewayUrl']['responses']['429']['content']['application/json']
  >('getGatewayUrl 429 response', compiled.getGatewayUrl_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getGatewayUrl']['responses']['5XX']['content']['application/json']
  >('getGatewayUrl 5XX response', compiled.getGatewayUrl_5XX),
};
