// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema436 = {
  type: 'object',
  required: ['invoices', 'pagination'],
  properties: {
    invoices: {
      type: 'array',
      items: {
        type: 'object',
        required: ['amount_due', 'amount_paid', 'amount_remaining', 'currency'],
        properties: {
          id: { type: ['string', 'null'] },
          amount_due: { type: 'number' },
          amount_paid: { type: 'number' },
          amount_remaining: { type: 'number' },
          currency: { type: 'string' },
          status: { type: ['string', 'null'] },
          attempted: { type: 'boolean' },
          attempt_count: { type: 'number' },
          auto_advance: { type: ['boolean', 'null'] },
          created: { type: 'number' },
          created_by: { type: 'string' },
          description: { type: ['string', 'null'] },
          invoice_origin: { type: 'string' },
          invoice_pdf: { type: ['string', 'null'] },
        },
      },
    },
    pagination: {
      type: 'object',
      required: ['has_more', 'page', 'per_page', 'total_count'],
      properties: {
        has_more: { type: 'boolean' },
        page: { type: 'integer', minimum: 1 },
        per_page: { type: 'integer', minimum: 1 },
        total_count: { type: 'integer', minimum: 0 },
      },
    },
  },
};
