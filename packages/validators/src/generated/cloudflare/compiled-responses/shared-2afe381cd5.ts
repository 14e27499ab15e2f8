// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema323 = {
  type: 'object',
  required: [
    'id',
    'created_at',
    'provider',
    'model',
    'path',
    'duration',
    'success',
    'cached',
    'tokens_in',
    'tokens_out',
  ],
  properties: {
    id: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
    provider: { type: 'string' },
    model: { type: 'string' },
    model_type: { type: 'string' },
    path: { type: 'string' },
    request_type: { type: 'string' },
    request_content_type: { type: 'string' },
    response_content_type: { type: 'string' },
    status_code: { type: 'integer' },
    step: { type: 'integer', minimum: 0 },
    success: { type: 'boolean' },
    cached: { type: 'boolean' },
    duration: { type: 'integer', minimum: 0 },
    tokens_in: { type: ['integer', 'null'], minimum: 0 },
    tokens_out: { type: ['integer', 'null'], minimum: 0 },
    cost: { type: 'number', minimum: 0 },
    custom_cost: { type: 'boolean' },
    metadata: { type: 'string' },
  },
};
