// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/updateDataset.js';
import type { operations } from '../types.js';

/** Each JSON response of updateDataset, by status. */
export const updateDatasetResponses: {
  '200': Validator<operations['updateDataset']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['updateDataset']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['updateDataset']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['updateDataset']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['updateDataset']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['updateDataset']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['updateDataset']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['updateDataset']['responses']['200']['content']['application/json']
  >('updateDataset 200 response', compiled.updateDataset_200),
  '400': /* @__PURE__ */ createValidator<
    operations['updateDataset']['responses']['400']['content']['application/json']
  >('updateDataset 400 response', compiled.updateDataset_400),
  '401': /* @__PURE__ */ createValidator<
    operations['updateDataset']['responses']['401']['content']['application/json']
  >('updateDataset 401 response', compiled.updateDataset_401),
  '403': /* @__PURE__ */ createValidator<
    operations['updateDataset']['responses']['403']['content']['application/json']
  >('updateDataset 403 response', compiled.updateDataset_403),
  '404': /* @__PURE__ */ createValidator<
    operations['updateDataset']['responses']['404']['content']['application/json']
  >('updateDataset 404 response', compiled.updateDataset_404),
  '429': /* @__PURE__ */ createValidator<
    operations['updateDataset']['responses']['429']['content']['application/json']
  >('updateDataset 429 response', compiled.updateDataset_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['updateDataset']['responses']['5XX']['content']['application/json']
  >('updateDataset 5XX response', compiled.updateDataset_5XX),
};
