// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getDataset.js';
import type { operations } from '../types.js';

/** Each JSON response of getDataset, by status. */
export const getDatasetResponses: {
  '200': Validator<operations['getDataset']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['getDataset']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['getDataset']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['getDataset']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['getDataset']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['getDataset']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getDataset']['responses']['200']['content']['application/json']
  >('getDataset 200 response', compiled.getDataset_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getDataset']['responses']['401']['content']['application/json']
  >('getDataset 401 response', compiled.getDataset_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getDataset']['responses']['403']['content']['application/json']
  >('getDataset 403 response', compiled.getDataset_403),
  '404': /* @__PURE__ */ createValidator<
    operations['getDataset']['responses']['404']['content']['application/json']
  >('getDataset 404 response', compiled.getDataset_404),
  '429': /* @__PURE__ */ createValidator<
    operations['getDataset']['responses']['429']['content']['application/json']
  >('getDataset 429 response', compiled.getDataset_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getDataset']['responses']['5XX']['content']['application/json']
  >('getDataset 5XX response', compiled.getDataset_5XX),
};
