// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema452 = {
  type: 'object',
  required: ['onboarding', 'payment_intent_id', 'client_secret'],
  properties: {
    onboarding: { type: 'boolean' },
    payment_intent_id: { type: 'string' },
    client_secret: { type: ['string', 'null'] },
    brand: { type: 'string' },
    last4: { type: 'string' },
  },
};
