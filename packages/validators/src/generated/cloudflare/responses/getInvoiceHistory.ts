// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getInvoiceHistory.js';
import type { operations } from '../types.js';

/** Each JSON response of getInvoiceHistory, by status. */
export const getInvoiceHistoryResponses: {
  '200': Validator<
    operations['getInvoiceHistory']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getInvoiceHistory']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getInvoiceHistory']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getInvoiceHistory']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getInvoiceHistory']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getInvoiceHistory']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['200']['content']['application/json']
  >('getInvoiceHistory 200 response', compiled.getInvoiceHistory_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['400']['content']['application/json']
  >('getInvoiceHistory 400 response', compiled.getInvoiceHistory_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['401']['content']['application/json']
  >('getInvoiceHistory 401 response', compiled.getInvoiceHistory_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['403']['content']['application/json']
  >('getInvoiceHistory 403 response', compiled.getInvoiceHistory_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['429']['content']['application/json']
  >('getInvoiceHistory 429 response', compiled.getInvoiceHistory_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['5XX']['content']['application/json']
  >('getInvoiceHistory 5XX response', compiled.getInvoiceHistory_5XX),
};
