// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createEvaluation.js';
import type { operations } from '../types.js';

/** Each JSON response of createEvaluation, by status. */
export const createEvaluationResponses: {
  '200': Validator<
    operations['createEvaluation']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['createEvaluation']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['createEvaluation']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['createEvaluation']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['createEvaluation']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['createEvaluation']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createEvaluation']['responses']['200']['content']['application/json']
  >('createEvaluation 200 response', compiled.createEvaluation_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createEvaluation']['responses']['400']['content']['application/json']
  >('createEvaluation 400 response', compiled.createEvaluation_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createEvaluation']['responses']['401']['content']['application/json']
  >('createEvaluation 401 response', compiled.createEvaluation_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createEvaluation']['responses']['403']['content']['application/json']
  >('createEvaluation 403 response', compiled.createEvaluation_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createEvaluation']['responses']['429']['content']['application/json']
  >('createEvaluation 429 response', compiled.createEvaluation_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createEvaluation']['responses']['5XX']['content']['application/json']
  >('createEvaluation 5XX response', compiled.createEvaluation_5XX),
};
