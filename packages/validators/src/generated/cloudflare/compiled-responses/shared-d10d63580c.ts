// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

export const schema101 = {
  type: 'object',
  required: ['key', 'operator', 'value'],
  properties: {
    key: {
      type: 'string',
      enum: [
        'created_at',
        'request_content_type',
        'response_content_type',
        'success',
        'cached',
        'provider',
        'model',
        'cost',
        'tokens',
        'tokens_in',
        'tokens_out',
        'duration',
        'feedback',
      ],
    },
    operator: { type: 'string', enum: ['eq', 'contains', 'lt', 'gt'] },
    value: { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
  },
};
export function validate223(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.operator === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'operator' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.value === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'value' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/type',
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
      if (
        !(
          data0 === 'created_at' ||
          data0 === 'request_content_type' ||
          data0 === 'response_content_type' ||
          data0 === 'success' ||
          data0 === 'cached' ||
          data0 === 'provider' ||
          data0 === 'model' ||
          data0 === 'cost' ||
          data0 === 'tokens' ||
          data0 === 'tokens_in' ||
          data0 === 'tokens_out' ||
          data0 === 'duration' ||
          data0 === 'feedback'
        )
      ) {
        const err4 = {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/enum',
          keyword: 'enum',
          params: { allowedValues: schema101.properties.key.enum },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.operator !== undefined) {
      let data1 = data.operator;
      if (typeof data1 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === 'eq' || data1 === 'contains' || data1 === 'lt' || data1 === 'gt')) {
        const err6 = {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/enum',
          keyword: 'enum',
          params: { allowedValues: schema101.properties.operator.enum },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.value !== undefined) {
      let data2 = data.value;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (
            typeof data3 !== 'string' &&
            !(typeof data3 == 'number') &&
            typeof data3 !== 'boolean'
          ) {
            const err7 = {
              instancePath: instancePath + '/value/' + i0,
              schemaPath: '#/properties/value/items/type',
              keyword: 'type',
              params: { type: schema101.properties.value.items.type },
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/value',
          schemaPath: '#/properties/value/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate223.errors = vErrors;
  return errors === 0;
}
