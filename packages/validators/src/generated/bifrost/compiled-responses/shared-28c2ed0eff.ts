// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema370 = {
  type: 'object',
  properties: {
    models: { type: ['array', 'null'], items: { type: 'string' } },
    aliases: { type: ['array', 'null'], items: { type: 'string' } },
    selected_keys: { type: 'array', items: { $ref: '#/components/schemas/IdName' } },
    virtual_keys: { type: 'array', items: { $ref: '#/components/schemas/IdName' } },
    routing_rules: { type: 'array', items: { $ref: '#/components/schemas/IdName' } },
    routing_engines: { type: ['array', 'null'], items: { type: 'string' } },
    stop_reasons: { type: ['array', 'null'], items: { type: 'string' } },
    apps: { type: ['array', 'null'], items: { type: 'string' } },
    user_agents: { type: ['array', 'null'], items: { type: 'string' } },
    teams: { type: ['array', 'null'], items: { $ref: '#/components/schemas/IdName' } },
    customers: { type: ['array', 'null'], items: { $ref: '#/components/schemas/IdName' } },
    users: { type: ['array', 'null'], items: { $ref: '#/components/schemas/IdName' } },
    business_units: { type: ['array', 'null'], items: { $ref: '#/components/schemas/IdName' } },
    metadata_keys: {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string' } },
    },
  },
};
export function validate1164(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err2 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err3 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate1164.errors = vErrors;
  return errors === 0;
}
