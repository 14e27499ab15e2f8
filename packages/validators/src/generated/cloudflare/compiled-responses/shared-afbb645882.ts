// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema438 = {
  type: 'object',
  required: [
    'id',
    'amount_due',
    'amount_paid',
    'amount_remaining',
    'currency',
    'period_start',
    'period_end',
    'status',
    'invoice_lines',
  ],
  properties: {
    id: { type: 'string' },
    amount_due: { type: 'number' },
    amount_paid: { type: 'number' },
    amount_remaining: { type: 'number' },
    currency: { type: 'string' },
    period_start: { type: 'number' },
    period_end: { type: 'number' },
    status: { type: 'string', enum: ['draft', 'open', 'paid', 'uncollectible', 'void'] },
    invoice_lines: {
      type: 'array',
      items: {
        type: 'object',
        required: ['description', 'amount', 'period', 'currency', 'pricing', 'quantity'],
        properties: {
          description: { type: ['string', 'null'] },
          amount: { type: 'number' },
          currency: { type: 'string' },
          quantity: { type: 'number' },
          period: {
            type: 'object',
            required: ['start', 'end'],
            properties: { start: { type: 'number' }, end: { type: 'number' } },
          },
          pricing: {
            type: 'object',
            required: ['unit_amount_decimal'],
            properties: { unit_amount_decimal: { type: ['string', 'null'] } },
          },
          pretax_credit_amounts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['amount', 'type'],
              properties: {
                amount: { type: 'number' },
                type: { type: 'string' },
                credit_balance_transaction: { type: ['string', 'null'] },
                discount: { type: ['string', 'null'] },
              },
            },
          },
        },
      },
    },
  },
};
