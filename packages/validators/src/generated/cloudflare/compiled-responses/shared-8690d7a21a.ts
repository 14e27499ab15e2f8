// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema433 = {
  type: 'object',
  required: ['balance', 'has_default_payment_method', 'payment_method', 'topup_config'],
  properties: {
    balance: { type: 'number' },
    has_default_payment_method: { type: 'boolean' },
    payment_method: {
      type: ['object', 'null'],
      properties: { brand: { type: 'string' }, last4: { type: 'string' } },
    },
    first_topup_success: { type: 'boolean' },
    topup_config: { $ref: '#/components/schemas/TopupConfig' },
  },
};
