// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema464 = {
  type: 'object',
  required: ['errors', 'result', 'success'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'number' }, message: { type: 'string' } },
      },
    },
    result: { type: ['object', 'null'] },
    success: { type: 'boolean', enum: [false] },
  },
};
