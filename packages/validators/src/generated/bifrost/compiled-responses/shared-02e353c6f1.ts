// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema357 = {
  type: 'object',
  required: ['dimension', 'dimension_values'],
  properties: {
    dimension: {
      type: 'string',
      enum: ['provider', 'team_id', 'customer_id', 'user_id', 'business_unit_id'],
    },
    dimension_values: { type: 'array', items: { type: 'string' } },
  },
};
export function validate1136(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.dimension === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dimension' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.dimension_values === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dimension_values' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.dimension !== undefined) {
      let data0 = data.dimension;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/dimension',
          schemaPath: '#/properties/dimension/type',
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
      if (
        !(
          data0 === 'provider' ||
          data0 === 'team_id' ||
          data0 === 'customer_id' ||
          data0 === 'user_id' ||
          data0 === 'business_unit_id'
        )
      ) {
        const err3 = {
          instancePath: instancePath + '/dimension',
          schemaPath: '#/properties/dimension/enum',
          keyword: 'enum',
          params: { allowedValues: schema357.properties.dimension.enum },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.dimension_values !== undefined) {
      let data1 = data.dimension_values;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== 'string') {
            const err4 = {
              instancePath: instancePath + '/dimension_values/' + i0,
              schemaPath: '#/properties/dimension_values/items/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/dimension_values',
          schemaPath: '#/properties/dimension_values/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate1136.errors = vErrors;
  return errors === 0;
}
