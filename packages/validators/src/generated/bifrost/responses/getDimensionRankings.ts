// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getDimensionRankings.js';
import type { operations } from '../types.js';

/** Each JSON response of getDimensionRankings, by status. */
export const getDimensionRankingsResponses: {
  '200': Validator<
    operations['getDimensionRankings']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getDimensionRankings']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getDimensionRankings']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getDimensionRankings']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getDimensionRankings']['responses']['200']['content']['application/json']
  >('getDimensionRankings 200 response', compiled.getDimensionRankings_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getDimensionRankings']['responses']['400']['content']['application/json']
  >('getDimensionRankings 400 response', compiled.getDimensionRankings_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getDimensionRankings']['responses']['401']['content']['application/json']
  >('getDimensionRankings 401 response', compiled.getDimensionRankings_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getDimensionRankings']['responses']['500']['content']['application/json']
  >('getDimensionRankings 500 response', compiled.getDimensionRankings_500),
};
