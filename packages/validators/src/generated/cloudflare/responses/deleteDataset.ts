// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/deleteDataset.js';
import type { operations } from '../types.js';

/** Each JSON response of deleteDataset, by status. */
export const deleteDatasetResponses: {
  '200': Validator<operations['deleteDataset']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['deleteDataset']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['deleteDataset']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['deleteDataset']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['deleteDataset']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['deleteDataset']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteDataset']['responses']['200']['content']['application/json']
  >('deleteDataset 200 response', compiled.deleteDataset_200),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteDataset']['responses']['401']['content']['application/json']
  >('deleteDataset 401 response', compiled.deleteDataset_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteDataset']['responses']['403']['content']['application/json']
  >('deleteDataset 403 response', compiled.deleteDataset_403),
  '404': /* @__PURE__ */ createValidator<
    operations['deleteDataset']['responses']['404']['content']['application/json']
  >('deleteDataset 404 response', compiled.deleteDataset_404),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteDataset']['responses']['429']['content']['application/json']
  >('deleteDataset 429 response', compiled.deleteDataset_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteDataset']['responses']['5XX']['content']['application/json']
  >('deleteDataset 5XX response', compiled.deleteDataset_5XX),
};
