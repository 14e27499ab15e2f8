// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema274 = { type: 'string', enum: ['daily', 'weekly', 'monthly'] };
export const schema275 = { type: 'string', enum: ['fixed', 'sliding'] };
export const schema446 = {
  type: 'object',
  required: ['enabled', 'config'],
  properties: {
    enabled: { type: 'boolean' },
    config: {
      type: 'object',
      required: ['amount', 'duration', 'strategy'],
      properties: {
        amount: { type: ['number', 'null'] },
        duration: {
          oneOf: [{ $ref: '#/components/schemas/SpendingLimitDuration' }, { type: 'null' }],
        },
        strategy: {
          oneOf: [{ $ref: '#/components/schemas/SpendingLimitStrategy' }, { type: 'null' }],
        },
      },
    },
  },
};
export function validate543(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 'daily' || data === 'weekly' || data === 'monthly')) {
    const err1 = {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema274.enum },
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate543.errors = vErrors;
  return errors === 0;
}
export function validate545(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 'fixed' || data === 'sliding')) {
    const err1 = {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema275.enum },
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate545.errors = vErrors;
  return errors === 0;
}
