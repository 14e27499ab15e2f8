// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getEvaluation.js';
import type { operations } from '../types.js';

/** Each JSON response of getEvaluation, by status. */
export const getEvaluationResponses: {
  '200': Validator<operations['getEvaluation']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['getEvaluation']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['getEvaluation']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['getEvaluation']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['getEvaluation']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['getEvaluation']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getEvaluation']['responses']['200']['content']['application/json']
  >('getEvaluation 200 response', compiled.getEvaluation_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getEvaluation']['responses']['401']['content']['application/json']
  >('getEvaluation 401 response', compiled.getEvaluation_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getEvaluation']['responses']['403']['content']['application/json']
  >('getEvaluation 403 response', compiled.getEvaluation_403),
  '404': /* @__PURE__ */ createValidator<
    operations['getEvaluation']['responses']['404']['content']['application/json']
  >('getEvaluation 404 response', compiled.getEvaluation_404),
  '429': /* @__PURE__ */ createValidator<
    operations['getEvaluation']['responses']['429']['content']['application/json']
  >('getEvaluation 429 response', compiled.getEvaluation_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getEvaluation']['responses']['5XX']['content']['application/json']
  >('getEvaluation 5XX response', compiled.getEvaluation_5XX),
};
