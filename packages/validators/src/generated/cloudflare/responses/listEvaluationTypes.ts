// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listEvaluationTypes.js';
import type { operations } from '../types.js';

/** Each JSON response of listEvaluationTypes, by status. */
export const listEvaluationTypesResponses: {
  '200': Validator<
    operations['listEvaluationTypes']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listEvaluationTypes']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listEvaluationTypes']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listEvaluationTypes']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listEvaluationTypes']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listEvaluationTypes']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listEvaluationTypes']['responses']['200']['content']['application/json']
  >('listEvaluationTypes 200 response', compiled.listEvaluationTypes_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listEvaluationTypes']['responses']['400']['content']['application/json']
  >('listEvaluationTypes 400 response', compiled.listEvaluationTypes_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listEvaluationTypes']['responses']['401']['content']['application/json']
  >('listEvaluationTypes 401 response', compiled.listEvaluationTypes_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listEvaluationTypes']['responses']['403']['content']['application/json']
  >('listEvaluationTypes 403 response', compiled.listEvaluationTypes_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listEvaluationTypes']['responses']['429']['content']['application/json']
  >('listEvaluationTypes 429 response', compiled.listEvaluationTypes_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listEvaluationTypes']['responses']['5XX']['content']['application/json']
  >('listEvaluationTypes 5XX response', compiled.listEvaluationTypes_5XX),
};
