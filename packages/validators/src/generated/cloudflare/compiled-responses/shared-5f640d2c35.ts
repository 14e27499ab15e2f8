// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema462 = {
  type: 'object',
  required: ['status', 'payment_intent_id'],
  properties: {
    payment_intent_id: { type: 'string' },
    status: { type: 'string', enum: ['completed', 'pending'] },
  },
};
