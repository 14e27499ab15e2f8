// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listEvaluations.js';
import type { operations } from '../types.js';

/** Each JSON response of listEvaluations, by status. */
export const listEvaluationsResponses: {
  '200': Validator<
    operations['listEvaluations']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listEvaluations']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listEvaluations']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listEvaluations']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listEvaluations']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listEvaluations']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listEvaluations']['responses']['200']['content']['application/json']
  >('listEvaluations 200 response', compiled.listEvaluations_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listEvaluations']['responses']['400']['content']['application/json']
  >('listEvaluations 400 response', compiled.listEvaluations_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listEvaluations']['responses']['401']['content']['application/json']
  >('listEvaluations 401 response', compiled.listEvaluations_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listEvaluations']['responses']['403']['content']['application/json']
  >('listEvaluations 403 response', compiled.listEvaluations_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listEvaluations']['responses']['429']['content']['application/json']
  >('listEvaluations 429 response', compiled.listEvaluations_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listEvaluations']['responses']['5XX']['content']['application/json']
  >('listEvaluations 5XX response', compiled.listEvaluations_5XX),
};
