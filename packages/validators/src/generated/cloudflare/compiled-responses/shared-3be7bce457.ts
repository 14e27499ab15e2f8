// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema370 = {
  type: 'object',
  required: [
    'id',
    'name',
    'elements',
    'created_at',
    'modified_at',
    'gateway_id',
    'version_id',
    'data',
    'active',
  ],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    gateway_id: { type: 'string' },
    version_id: { type: 'string' },
    active: { type: 'string', enum: ['true', 'false'] },
    is_valid: { type: 'boolean' },
    data: { type: 'string' },
    elements: { type: 'array', items: { $ref: '#/components/schemas/DynamicRouteElement' } },
    created_at: { type: 'string' },
    modified_at: { type: 'string', format: 'date-time' },
  },
};
