// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/listDatasets.js';
import type { operations } from '../types.js';

/** Each JSON response of listDatasets, by status. */
export const listDatasetsResponses: {
  '200': Validator<operations['listDatasets']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['listDatasets']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['listDatasets']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['listDatasets']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['listDatasets']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['listDatasets']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listDatasets']['responses']['200']['content']['application/json']
  >('listDatasets 200 response', compiled.listDatasets_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listDatasets']['responses']['400']['content']['application/json']
  >('listDatasets 400 response', compiled.listDatasets_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listDatasets']['responses']['401']['content']['application/json']
  >('listDatasets 401 response', compiled.listDatasets_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listDatasets']['responses']['403']['content']['application/json']
  >('listDatasets 403 response', compiled.listDatasets_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listDatasets']['responses']['429']['content']['application/json']
  >('listDatasets 429 response', compiled.listDatasets_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listDatasets']['responses']['5XX']['content']['application/json']
  >('listDatasets 5XX response', compiled.listDatasets_5XX),
};
