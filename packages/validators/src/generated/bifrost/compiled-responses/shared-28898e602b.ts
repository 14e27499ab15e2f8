// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';

const formats44 = formats.int64;
export function validate1183(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.model === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model' },
      });
      errors++;
    }
    if (data.provider === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
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
    if (data.success_count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success_count' },
      });
      errors++;
    }
    if (data.success_rate === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success_rate' },
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
    if (data.avg_latency === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'avg_latency' },
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
    if (data.model !== undefined) {
      if (typeof data.model !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.canonical_model_name !== undefined) {
      if (typeof data.canonical_model_name !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/canonical_model_name',
          schemaPath: '#/properties/canonical_model_name/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.provider !== undefined) {
      if (typeof data.provider !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/provider',
          schemaPath: '#/properties/provider/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.total_requests !== undefined) {
      let data3 = data.total_requests;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_requests',
          schemaPath: '#/properties/total_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_requests',
            schemaPath: '#/properties/total_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data3)) {
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
    if (data.success_count !== undefined) {
      let data4 = data.success_count;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success_count',
          schemaPath: '#/properties/success_count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/success_count',
            schemaPath: '#/properties/success_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/success_count',
            schemaPath: '#/properties/success_count/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.success_rate !== undefined) {
      let data5 = data.success_rate;
      if (typeof data5 == 'number') {
        if (data5 > 100 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/success_rate',
            schemaPath: '#/properties/success_rate/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
          });
          errors++;
        }
        if (data5 < 0 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/success_rate',
            schemaPath: '#/properties/success_rate/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success_rate',
          schemaPath: '#/properties/success_rate/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.total_tokens !== undefined) {
      let data6 = data.total_tokens;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data6)) {
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
      let data7 = data.total_cost;
      if (typeof data7 == 'number') {
        if (data7 < 0 || isNaN(data7)) {
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
    if (data.avg_latency !== undefined) {
      let data8 = data.avg_latency;
      if (typeof data8 == 'number') {
        if (data8 < 0 || isNaN(data8)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/avg_latency',
            schemaPath: '#/properties/avg_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/avg_latency',
          schemaPath: '#/properties/avg_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.throughput !== undefined) {
      let data9 = data.throughput;
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/throughput',
            schemaPath: '#/properties/throughput/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/throughput',
          schemaPath: '#/properties/throughput/type',
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
  validate1183.errors = vErrors;
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
