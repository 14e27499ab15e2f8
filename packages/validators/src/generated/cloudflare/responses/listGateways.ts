// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listGateways.js';
import type { operations } from '../types.js';

/** Each JSON response of listGateways, by status. */
export const listGatewaysResponses: {
  '200': Validator<operations['listGateways']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['listGateways']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['listGateways']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['listGateways']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['listGateways']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['listGateways']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listGateways']['responses']['200']['content']['application/json']
  >('listGateways 200 response', compiled.listGateways_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listGateways']['responses']['400']['content']['application/json']
  >('listGateways 400 response', compiled.listGateways_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listGateways']['responses']['401']['content']['application/json']
  >('listGateways 401 response', compiled.listGateways_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listGateways']['responses']['403']['content']['application/json']
  >('listGateways 403 response', compiled.listGateways_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listGateways']['responses']['429']['content']['application/json']
  >('listGateways 429 response', compiled.listGateways_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listGateways']['responses']['5XX']['content']['application/json']
  >('listGateways 5XX response', compiled.listGateways_5XX),
};
