// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteLogs.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteLogs, by status. */
export const deleteLogsResponses: {
  '200': Validator<operations['deleteLogs']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['deleteLogs']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['deleteLogs']['responses']['401']['content']['application/json']>;
  '500': Validator<operations['deleteLogs']['responses']['500']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteLogs']['responses']['200']['content']['application/json']
  >('deleteLogs 200 response', compiled.deleteLogs_200),
  '400': /* @__PURE__ */ createValidator<
    operations['deleteLogs']['responses']['400']['content']['application/json']
  >('deleteLogs 400 response', compiled.deleteLogs_400),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteLogs']['responses']['401']['content']['application/json']
  >('deleteLogs 401 response', compiled.deleteLogs_401),
  '500': /* @__PURE__ */ createValidator<
    operations['deleteLogs']['responses']['500']['content']['application/json']
  >('deleteLogs 500 response', compiled.deleteLogs_500),
};
