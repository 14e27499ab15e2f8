// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';

const formats44 = formats.int64;
export const schema383 = {
  type: 'object',
  required: ['rankings', 'dimension'],
  properties: {
    rankings: { type: 'array', items: { $ref: '#/components/schemas/DimensionRanking' } },
    dimension: {
      type: 'string',
      enum: ['team', 'customer', 'business_unit', 'user', 'virtual_key'],
    },
    total_actual_requests: { type: 'integer', format: 'int64', minimum: 0 },
    total_attributed_requests: { type: 'integer', format: 'int64', minimum: 0 },
  },
};
export function validate1193(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.total_requests === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_requests' },
      });
      errors++;
    }
    if (data.total_tokens === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_tokens' },
      });
      errors++;
    }
    if (data.total_cost === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_cost' },
      });
      errors++;
    }
    if (data.trend === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'trend' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.total_requests !== undefined) {
      let data2 = data.total_requests;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_requests',
          schemaPath: '#/properties/total_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_requests',
            schemaPath: '#/properties/total_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_requests',
            schemaPath: '#/properties/total_requests/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.total_tokens !== undefined) {
      let data3 = data.total_tokens;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.total_cost !== undefined) {
      let data4 = data.total_cost;
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_cost',
            schemaPath: '#/properties/total_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_cost',
          schemaPath: '#/properties/total_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.trend !== undefined) {
      if (
        !(
          validate1178(data.trend, instancePath) ||
          validate1178(data.trend, instancePath + '/trend')
        )
      ) {
        vErrors = vErrors === null ? validate1178.errors : vErrors.concat(validate1178.errors);
        errors = vErrors.length;
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
  validate1193.errors = vErrors;
  return errors === 0;
}
function validate1178(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.has_previous_period === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'has_previous_period' },
      });
      errors++;
    }
    if (data.requests_trend === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'requests_trend' },
      });
      errors++;
    }
    if (data.tokens_trend === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_trend' },
      });
      errors++;
    }
    if (data.cost_trend === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cost_trend' },
      });
      errors++;
    }
    if (data.has_previous_period !== undefined) {
      if (typeof data.has_previous_period !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/has_previous_period',
          schemaPath: '#/properties/has_previous_period/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.requests_trend !== undefined) {
      if (!(typeof data.requests_trend == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/requests_trend',
          schemaPath: '#/properties/requests_trend/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.tokens_trend !== undefined) {
      if (!(typeof data.tokens_trend == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tokens_trend',
          schemaPath: '#/properties/tokens_trend/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.cost_trend !== undefined) {
      if (!(typeof data.cost_trend == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cost_trend',
          schemaPath: '#/properties/cost_trend/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.latency_trend !== undefined) {
      if (!(typeof data.latency_trend == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/latency_trend',
          schemaPath: '#/properties/latency_trend/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.throughput_trend !== undefined) {
      if (!(typeof data.throughput_trend == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/throughput_trend',
          schemaPath: '#/properties/throughput_trend/type',
          keyword: 'type',
          params: { type: 'number' },
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
  validate1178.errors = vErrors;
  return errors === 0;
}
