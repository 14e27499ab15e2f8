// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getDroppedRequests.js';
import type { operations } from '../types.js';

/** Each JSON response of getDroppedRequests, by status. */
export const getDroppedRequestsResponses: {
  '200': Validator<
    operations['getDroppedRequests']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getDroppedRequests']['responses']['401']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getDroppedRequests']['responses']['200']['content']['application/json']
  >('getDroppedRequests 200 response', compiled.getDroppedRequests_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getDroppedRequests']['responses']['401']['content']['application/json']
  >('getDroppedRequests 401 response', compiled.getDroppedRequests_401),
};
