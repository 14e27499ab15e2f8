// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteEvaluation.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteEvaluation, by status. */
export const deleteEvaluationResponses: {
  '200': Validator<
    operations['deleteEvaluation']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteEvaluation']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['deleteEvaluation']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['deleteEvaluation']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['deleteEvaluation']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['deleteEvaluation']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['200']['content']['application/json']
  >('deleteEvaluation 200 response', compiled.deleteEvaluation_200),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['401']['content']['application/json']
  >('deleteEvaluation 401 response', compiled.deleteEvaluation_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['403']['content']['application/json']
  >('deleteEvaluation 403 response', compiled.deleteEvaluation_403),
  '404': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['404']['content']['application/json']
  >('deleteEvaluation 404 response', compiled.deleteEvaluation_404),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['429']['content']['application/json']
  >('deleteEvaluation 429 response', compiled.deleteEvaluation_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['5XX']['content']['application/json']
  >('deleteEvaluation 5XX response', compiled.deleteEvaluation_5XX),
};
