// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';

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
export function validate223(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.key === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
      });
      errors++;
    }
    if (data.operator === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'operator' },
      });
      errors++;
    }
    if (data.value === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'value' },
      });
      errors++;
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/type',
          keyword: 'type',
          params: { type: 'string' },
        });
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
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/enum',
          keyword: 'enum',
          params: { allowedValues: schema101.properties.key.enum },
        });
        errors++;
      }
    }
    if (data.operator !== undefined) {
      let data1 = data.operator;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'eq' || data1 === 'contains' || data1 === 'lt' || data1 === 'gt')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/enum',
          keyword: 'enum',
          params: { allowedValues: schema101.properties.operator.enum },
        });
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
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/value/' + i0,
              schemaPath: '#/properties/value/items/type',
              keyword: 'type',
              params: { type: schema101.properties.value.items.type },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/value',
          schemaPath: '#/properties/value/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate223.errors = vErrors;
  return errors === 0;
}
