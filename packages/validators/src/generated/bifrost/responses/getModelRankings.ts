// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getModelRankings.js';
import type { operations } from '../types.js';

/** Each JSON response of getModelRankings, by status. */
export const getModelRankingsResponses: {
  '200': Validator<
    operations['getModelRankings']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getModelRankings']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getModelRankings']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getModelRankings']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getModelRankings']['responses']['200']['content']['application/json']
  >('getModelRankings 200 response', compiled.getModelRankings_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getModelRankings']['responses']['400']['content']['application/json']
  >('getModelRankings 400 response', compiled.getModelRankings_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getModelRankings']['responses']['401']['content']['application/json']
  >('getModelRankings 401 response', compiled.getModelRankings_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getModelRankings']['responses']['500']['content']['application/json']
  >('getModelRankings 500 response', compiled.getModelRankings_500),
};
