// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';

const formats44 = formats.int64;
export function validate952(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
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
    if (data.average_latency === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'average_latency' },
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
    if (data.total_requests !== undefined) {
      let data0 = data.total_requests;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_requests',
          schemaPath: '#/properties/total_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 > 1000000000000 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_requests',
            schemaPath: '#/properties/total_requests/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          });
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_requests',
            schemaPath: '#/properties/total_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data0)) {
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
      let data1 = data.total_tokens;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 > 1000000000000000 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000000 },
          });
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data1)) {
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
    if (data.prompt_tokens !== undefined) {
      let data2 = data.prompt_tokens;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/prompt_tokens',
          schemaPath: '#/properties/prompt_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 > 1000000000000000 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/prompt_tokens',
            schemaPath: '#/properties/prompt_tokens/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000000 },
          });
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/prompt_tokens',
            schemaPath: '#/properties/prompt_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/prompt_tokens',
            schemaPath: '#/properties/prompt_tokens/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.completion_tokens !== undefined) {
      let data3 = data.completion_tokens;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/completion_tokens',
          schemaPath: '#/properties/completion_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 > 1000000000000000 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/completion_tokens',
            schemaPath: '#/properties/completion_tokens/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000000 },
          });
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/completion_tokens',
            schemaPath: '#/properties/completion_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/completion_tokens',
            schemaPath: '#/properties/completion_tokens/format',
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
    if (data.average_latency !== undefined) {
      let data5 = data.average_latency;
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/average_latency',
            schemaPath: '#/properties/average_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/average_latency',
          schemaPath: '#/properties/average_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.success_rate !== undefined) {
      let data6 = data.success_rate;
      if (typeof data6 == 'number') {
        if (data6 > 100 || isNaN(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/success_rate',
            schemaPath: '#/properties/success_rate/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
          });
          errors++;
        }
        if (data6 < 0 || isNaN(data6)) {
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
    if (data.user_facing_success_rate !== undefined) {
      let data7 = data.user_facing_success_rate;
      if (typeof data7 == 'number') {
        if (data7 > 100 || isNaN(data7)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/user_facing_success_rate',
            schemaPath: '#/properties/user_facing_success_rate/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
          });
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/user_facing_success_rate',
            schemaPath: '#/properties/user_facing_success_rate/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_facing_success_rate',
          schemaPath: '#/properties/user_facing_success_rate/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.user_facing_total_requests !== undefined) {
      let data8 = data.user_facing_total_requests;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_facing_total_requests',
          schemaPath: '#/properties/user_facing_total_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data8 == 'number') {
        if (data8 > 1000000000000 || isNaN(data8)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/user_facing_total_requests',
            schemaPath: '#/properties/user_facing_total_requests/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          });
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/user_facing_total_requests',
            schemaPath: '#/properties/user_facing_total_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data8)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/user_facing_total_requests',
            schemaPath: '#/properties/user_facing_total_requests/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.cache_hit_rate_total_requests !== undefined) {
      let data9 = data.cache_hit_rate_total_requests;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cache_hit_rate_total_requests',
          schemaPath: '#/properties/cache_hit_rate_total_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 > 1000000000000 || isNaN(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cache_hit_rate_total_requests',
            schemaPath: '#/properties/cache_hit_rate_total_requests/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          });
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cache_hit_rate_total_requests',
            schemaPath: '#/properties/cache_hit_rate_total_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cache_hit_rate_total_requests',
            schemaPath: '#/properties/cache_hit_rate_total_requests/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.direct_cache_hits !== undefined) {
      let data10 = data.direct_cache_hits;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/direct_cache_hits',
          schemaPath: '#/properties/direct_cache_hits/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 > 1000000000000 || isNaN(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/direct_cache_hits',
            schemaPath: '#/properties/direct_cache_hits/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          });
          errors++;
        }
        if (data10 < 0 || isNaN(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/direct_cache_hits',
            schemaPath: '#/properties/direct_cache_hits/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/direct_cache_hits',
            schemaPath: '#/properties/direct_cache_hits/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.semantic_cache_hits !== undefined) {
      let data11 = data.semantic_cache_hits;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/semantic_cache_hits',
          schemaPath: '#/properties/semantic_cache_hits/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data11 == 'number') {
        if (data11 > 1000000000000 || isNaN(data11)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/semantic_cache_hits',
            schemaPath: '#/properties/semantic_cache_hits/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          });
          errors++;
        }
        if (data11 < 0 || isNaN(data11)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/semantic_cache_hits',
            schemaPath: '#/properties/semantic_cache_hits/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data11)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/semantic_cache_hits',
            schemaPath: '#/properties/semantic_cache_hits/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
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
  validate952.errors = vErrors;
  return errors === 0;
}
