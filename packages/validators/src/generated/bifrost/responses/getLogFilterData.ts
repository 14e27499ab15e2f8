// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getLogFilterData.js';
import type { operations } from '../types.js';

/** Each JSON response of getLogFilterData, by status. */
export const getLogFilterDataResponses: {
  '200': Validator<
    operations['getLogFilterData']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getLogFilterData']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getLogFilterData']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogFilterData']['responses']['200']['content']['application/json']
  >('getLogFilterData 200 response', compiled.getLogFilterData_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogFilterData']['responses']['401']['content']['application/json']
  >('getLogFilterData 401 response', compiled.getLogFilterData_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLogFilterData']['responses']['500']['content']['application/json']
  >('getLogFilterData 500 response', compiled.getLogFilterData_500),
};
