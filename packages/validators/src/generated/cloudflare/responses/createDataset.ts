// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/createDataset.js';
import type { operations } from '../types.js';

/** Each JSON response of createDataset, by status. */
export const createDatasetResponses: {
  '200': Validator<operations['createDataset']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['createDataset']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['createDataset']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['createDataset']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['createDataset']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['createDataset']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createDataset']['responses']['200']['content']['application/json']
  >('createDataset 200 response', compiled.createDataset_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createDataset']['responses']['400']['content']['application/json']
  >('createDataset 400 response', compiled.createDataset_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createDataset']['responses']['401']['content']['application/json']
  >('createDataset 401 response', compiled.createDataset_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createDataset']['responses']['403']['content']['application/json']
  >('createDataset 403 response', compiled.createDataset_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createDataset']['responses']['429']['content']['application/json']
  >('createDataset 429 response', compiled.createDataset_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createDataset']['responses']['5XX']['content']['application/json']
  >('createDataset 5XX response', compiled.createDataset_5XX),
};
