// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

import { createValidator, type Validator } from '../../../runtime/validator.js';
import * as compiled from '../compiled-responses/getInvoicePreview.js';
import type { operations } from '../types.js';

/** Each JSON response of getInvoicePreview, by status. */
export const getInvoicePreviewResponses: {
  '200': Validator<
    operations['getInvoicePreview']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getInvoicePreview']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getInvoicePreview']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getInvoicePreview']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getInvoicePreview']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getInvoicePreview']['responses']['200']['content']['application/json']
  >('getInvoicePreview 200 response', compiled.getInvoicePreview_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getInvoicePreview']['responses']['401']['content']['application/json']
  >('getInvoicePreview 401 response', compiled.getInvoicePreview_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getInvoicePreview']['responses']['403']['content']['application/json']
  >('getInvoicePreview 403 response', compiled.getInvoicePreview_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getInvoicePreview']['responses']['429']['content']['application/json']
  >('getInvoicePreview 429 response', compiled.getInvoicePreview_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getInvoicePreview']['responses']['5XX']['content']['application/json']
  >('getInvoicePreview 5XX response', compiled.getInvoicePreview_5XX),
};
