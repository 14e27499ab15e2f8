// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import {
  validate897,
  validate932,
  schema266,
  validate939,
  schema264,
  schema268,
  schema263,
  schema262,
  validate931,
  validate935,
  validate917,
  validate919,
  validate921,
  schema254,
  validate916,
  validate924,
  validate930,
  validate938,
  validate945,
  schema244,
} from './shared-442e9c20cf.js';
import { validate1055, validate1053, validate925, validate927 } from './shared-common.js';
import { validate952 } from './shared-f42a625520.js';
import {
  validate1201,
  validate1205,
  validate1209,
  validate1214,
  validate1219,
  validate1224,
  validate1229,
  validate1234,
  validate1239,
  validate1244,
  validate1249,
  validate1253,
} from './shared-1bd935dffb.js';
import { validate1193, schema383 } from './shared-2cf985ef2a.js';
import { validate1183 } from './shared-28898e602b.js';
import { validate1088 } from './shared-87ac04431f.js';
import { validate1115 } from './shared-fb6ce09b18.js';
import { validate1098 } from './shared-955c587496.js';
import { validate914, validate950, schema269 } from './shared-a7108b2d06.js';

const formats0 = formats['date-time'];
const formats44 = formats.int64;
export const schema_LogStatus = validate909;
function validate910(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (!(data === 'processing' || data === 'success' || data === 'error' || data === 'cancelled')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema244.enum },
    });
    errors++;
  }
  validate910.errors = vErrors;
  return errors === 0;
}
function validate909(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate910(data, instancePath)) {
    vErrors = vErrors === null ? validate910.errors : vErrors.concat(validate910.errors);
    errors = vErrors.length;
  }
  validate909.errors = vErrors;
  return errors === 0;
}
export const schema_LogsListResponse = validate912;
function validate913(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.logs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'logs' },
      });
      errors++;
    }
    if (data.pagination === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pagination' },
      });
      errors++;
    }
    if (data.stats === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'stats' },
      });
      errors++;
    }
    if (data.has_logs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'has_logs' },
      });
      errors++;
    }
    if (data.logs !== undefined) {
      let data0 = data.logs;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate914(data0[i0], instancePath) ||
              validate914(data0[i0], instancePath + '/logs/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate914.errors : vErrors.concat(validate914.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/logs',
          schemaPath: '#/properties/logs/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.pagination !== undefined) {
      if (
        !(
          validate950(data.pagination, instancePath) ||
          validate950(data.pagination, instancePath + '/pagination')
        )
      ) {
        vErrors = vErrors === null ? validate950.errors : vErrors.concat(validate950.errors);
        errors = vErrors.length;
      }
    }
    if (data.stats !== undefined) {
      if (
        !(validate952(data.stats, instancePath) || validate952(data.stats, instancePath + '/stats'))
      ) {
        vErrors = vErrors === null ? validate952.errors : vErrors.concat(validate952.errors);
        errors = vErrors.length;
      }
    }
    if (data.has_logs !== undefined) {
      if (typeof data.has_logs !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/has_logs',
          schemaPath: '#/properties/has_logs/type',
          keyword: 'type',
          params: { type: 'boolean' },
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
  validate913.errors = vErrors;
  return errors === 0;
}
function validate912(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate913(data, instancePath)) {
    vErrors = vErrors === null ? validate913.errors : vErrors.concat(validate913.errors);
    errors = vErrors.length;
  }
  validate912.errors = vErrors;
  return errors === 0;
}
export const schema_LogsPagination = validate955;
function validate956(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'limit' },
      });
      errors++;
    }
    if (data.offset === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'offset' },
      });
      errors++;
    }
    if (data.total_count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_count' },
      });
      errors++;
    }
    if (data.limit !== undefined) {
      let data0 = data.limit;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 > 1000 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000 },
          });
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          });
          errors++;
        }
      }
    }
    if (data.offset !== undefined) {
      let data1 = data.offset;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/offset',
          schemaPath: '#/properties/offset/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/offset',
            schemaPath: '#/properties/offset/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.sort_by !== undefined) {
      let data2 = data.sort_by;
      if (typeof data2 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/sort_by',
          schemaPath: '#/properties/sort_by/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(data2 === 'timestamp' || data2 === 'latency' || data2 === 'tokens' || data2 === 'cost')
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/sort_by',
          schemaPath: '#/properties/sort_by/enum',
          keyword: 'enum',
          params: { allowedValues: schema269.properties.sort_by.enum },
        });
        errors++;
      }
    }
    if (data.order !== undefined) {
      let data3 = data.order;
      if (typeof data3 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/order',
          schemaPath: '#/properties/order/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data3 === 'asc' || data3 === 'desc')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/order',
          schemaPath: '#/properties/order/enum',
          keyword: 'enum',
          params: { allowedValues: schema269.properties.order.enum },
        });
        errors++;
      }
    }
    if (data.total_count !== undefined) {
      let data4 = data.total_count;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_count',
          schemaPath: '#/properties/total_count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 > 1000000000000 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          });
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/format',
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
  validate956.errors = vErrors;
  return errors === 0;
}
function validate955(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate956(data, instancePath)) {
    vErrors = vErrors === null ? validate956.errors : vErrors.concat(validate956.errors);
    errors = vErrors.length;
  }
  validate955.errors = vErrors;
  return errors === 0;
}
export const schema_LogStats = validate958;
function validate959(data, instancePath = '') {
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
  validate959.errors = vErrors;
  return errors === 0;
}
function validate958(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate959(data, instancePath)) {
    vErrors = vErrors === null ? validate959.errors : vErrors.concat(validate959.errors);
    errors = vErrors.length;
  }
  validate958.errors = vErrors;
  return errors === 0;
}
export const schema_LogStatsResponse = validate961;
function validate962(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate952(data, instancePath)) {
    vErrors = vErrors === null ? validate952.errors : vErrors.concat(validate952.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.has_previous_period !== undefined) {
      if (typeof data.has_previous_period !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/has_previous_period',
          schemaPath: '#/allOf/1/properties/has_previous_period/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.previous !== undefined) {
      if (
        !(
          validate952(data.previous, instancePath) ||
          validate952(data.previous, instancePath + '/previous')
        )
      ) {
        vErrors = vErrors === null ? validate952.errors : vErrors.concat(validate952.errors);
        errors = vErrors.length;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate962.errors = vErrors;
  return errors === 0;
}
function validate961(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate962(data, instancePath)) {
    vErrors = vErrors === null ? validate962.errors : vErrors.concat(validate962.errors);
    errors = vErrors.length;
  }
  validate961.errors = vErrors;
  return errors === 0;
}
export const schema_LogEntry = validate966;
function validate967(data, instancePath = '') {
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
    if (data.provider === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
      });
      errors++;
    }
    if (data.model === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model' },
      });
      errors++;
    }
    if (data.object === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'object' },
      });
      errors++;
    }
    if (data.status === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      });
      errors++;
    }
    if (data.timestamp === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'timestamp' },
      });
      errors++;
    }
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      });
      errors++;
    }
    if (data.number_of_retries === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'number_of_retries' },
      });
      errors++;
    }
    if (data.fallback_index === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fallback_index' },
      });
      errors++;
    }
    if (data.stream === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'stream' },
      });
      errors++;
    }
    if (data.parent_request_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'parent_request_id' },
      });
      errors++;
    }
    if (data.selected_key_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_key_id' },
      });
      errors++;
    }
    if (data.selected_key_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_key_name' },
      });
      errors++;
    }
    if (data.virtual_key_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'virtual_key_id' },
      });
      errors++;
    }
    if (data.virtual_key_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'virtual_key_name' },
      });
      errors++;
    }
    if (data.routing_rule_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'routing_rule_id' },
      });
      errors++;
    }
    if (data.routing_rule_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'routing_rule_name' },
      });
      errors++;
    }
    if (data.selected_prompt_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_prompt_name' },
      });
      errors++;
    }
    if (data.selected_prompt_version === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_prompt_version' },
      });
      errors++;
    }
    if (data.selected_prompt_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_prompt_id' },
      });
      errors++;
    }
    if (data.user_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_id' },
      });
      errors++;
    }
    if (data.user_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_name' },
      });
      errors++;
    }
    if (data.team_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'team_id' },
      });
      errors++;
    }
    if (data.team_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'team_name' },
      });
      errors++;
    }
    if (data.customer_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'customer_id' },
      });
      errors++;
    }
    if (data.customer_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'customer_name' },
      });
      errors++;
    }
    if (data.business_unit_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'business_unit_id' },
      });
      errors++;
    }
    if (data.business_unit_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'business_unit_name' },
      });
      errors++;
    }
    if (data.raw_request === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'raw_request' },
      });
      errors++;
    }
    if (data.raw_response === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'raw_response' },
      });
      errors++;
    }
    if (data.is_large_payload_request === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_large_payload_request' },
      });
      errors++;
    }
    if (data.is_large_payload_response === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_large_payload_response' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.parent_request_id !== undefined) {
      let data1 = data.parent_request_id;
      if (typeof data1 !== 'string' && data1 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/parent_request_id',
          schemaPath: '#/properties/parent_request_id/type',
          keyword: 'type',
          params: { type: schema254.properties.parent_request_id.type },
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
    if (data.object !== undefined) {
      if (typeof data.object !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/object',
          schemaPath: '#/properties/object/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      if (
        !(
          validate897(data.status, instancePath) ||
          validate897(data.status, instancePath + '/status')
        )
      ) {
        vErrors = vErrors === null ? validate897.errors : vErrors.concat(validate897.errors);
        errors = vErrors.length;
      }
    }
    if (data.timestamp !== undefined) {
      let data6 = data.timestamp;
      if (typeof data6 === 'string') {
        if (!formats0.validate(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/timestamp',
            schemaPath: '#/properties/timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/timestamp',
          schemaPath: '#/properties/timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data7 = data.created_at;
      if (typeof data7 === 'string') {
        if (!formats0.validate(data7)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.number_of_retries !== undefined) {
      let data8 = data.number_of_retries;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/number_of_retries',
          schemaPath: '#/properties/number_of_retries/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data8 == 'number') {
        if (data8 < 0 || isNaN(data8)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/number_of_retries',
            schemaPath: '#/properties/number_of_retries/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.fallback_index !== undefined) {
      let data9 = data.fallback_index;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/fallback_index',
          schemaPath: '#/properties/fallback_index/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/fallback_index',
            schemaPath: '#/properties/fallback_index/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.latency !== undefined) {
      let data10 = data.latency;
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/latency',
            schemaPath: '#/properties/latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/latency',
          schemaPath: '#/properties/latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.cost !== undefined) {
      let data11 = data.cost;
      if (typeof data11 == 'number') {
        if (data11 < 0 || isNaN(data11)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cost',
            schemaPath: '#/properties/cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cost',
          schemaPath: '#/properties/cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.selected_key_id !== undefined) {
      if (typeof data.selected_key_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_key_id',
          schemaPath: '#/properties/selected_key_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.selected_key_name !== undefined) {
      if (typeof data.selected_key_name !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_key_name',
          schemaPath: '#/properties/selected_key_name/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.virtual_key_id !== undefined) {
      let data14 = data.virtual_key_id;
      if (typeof data14 !== 'string' && data14 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_key_id',
          schemaPath: '#/properties/virtual_key_id/type',
          keyword: 'type',
          params: { type: schema254.properties.virtual_key_id.type },
        });
        errors++;
      }
    }
    if (data.virtual_key_name !== undefined) {
      let data15 = data.virtual_key_name;
      if (typeof data15 !== 'string' && data15 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_key_name',
          schemaPath: '#/properties/virtual_key_name/type',
          keyword: 'type',
          params: { type: schema254.properties.virtual_key_name.type },
        });
        errors++;
      }
    }
    if (data.routing_engines_used !== undefined) {
      let data16 = data.routing_engines_used;
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data16[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/routing_engines_used/' + i0,
              schemaPath: '#/properties/routing_engines_used/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_engines_used',
          schemaPath: '#/properties/routing_engines_used/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_rule_id !== undefined) {
      let data18 = data.routing_rule_id;
      if (typeof data18 !== 'string' && data18 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rule_id',
          schemaPath: '#/properties/routing_rule_id/type',
          keyword: 'type',
          params: { type: schema254.properties.routing_rule_id.type },
        });
        errors++;
      }
    }
    if (data.routing_rule_name !== undefined) {
      let data19 = data.routing_rule_name;
      if (typeof data19 !== 'string' && data19 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rule_name',
          schemaPath: '#/properties/routing_rule_name/type',
          keyword: 'type',
          params: { type: schema254.properties.routing_rule_name.type },
        });
        errors++;
      }
    }
    if (data.selected_prompt_name !== undefined) {
      let data20 = data.selected_prompt_name;
      if (typeof data20 !== 'string' && data20 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_prompt_name',
          schemaPath: '#/properties/selected_prompt_name/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_prompt_name.type },
        });
        errors++;
      }
    }
    if (data.selected_prompt_version !== undefined) {
      let data21 = data.selected_prompt_version;
      if (typeof data21 !== 'string' && data21 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_prompt_version',
          schemaPath: '#/properties/selected_prompt_version/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_prompt_version.type },
        });
        errors++;
      }
    }
    if (data.selected_prompt_id !== undefined) {
      let data22 = data.selected_prompt_id;
      if (typeof data22 !== 'string' && data22 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_prompt_id',
          schemaPath: '#/properties/selected_prompt_id/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_prompt_id.type },
        });
        errors++;
      }
    }
    if (data.user_id !== undefined) {
      let data23 = data.user_id;
      if (typeof data23 !== 'string' && data23 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_id',
          schemaPath: '#/properties/user_id/type',
          keyword: 'type',
          params: { type: schema254.properties.user_id.type },
        });
        errors++;
      }
    }
    if (data.user_name !== undefined) {
      let data24 = data.user_name;
      if (typeof data24 !== 'string' && data24 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_name',
          schemaPath: '#/properties/user_name/type',
          keyword: 'type',
          params: { type: schema254.properties.user_name.type },
        });
        errors++;
      }
    }
    if (data.team_id !== undefined) {
      let data25 = data.team_id;
      if (typeof data25 !== 'string' && data25 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_id',
          schemaPath: '#/properties/team_id/type',
          keyword: 'type',
          params: { type: schema254.properties.team_id.type },
        });
        errors++;
      }
    }
    if (data.team_name !== undefined) {
      let data26 = data.team_name;
      if (typeof data26 !== 'string' && data26 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_name',
          schemaPath: '#/properties/team_name/type',
          keyword: 'type',
          params: { type: schema254.properties.team_name.type },
        });
        errors++;
      }
    }
    if (data.customer_id !== undefined) {
      let data27 = data.customer_id;
      if (typeof data27 !== 'string' && data27 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_id',
          schemaPath: '#/properties/customer_id/type',
          keyword: 'type',
          params: { type: schema254.properties.customer_id.type },
        });
        errors++;
      }
    }
    if (data.customer_name !== undefined) {
      let data28 = data.customer_name;
      if (typeof data28 !== 'string' && data28 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_name',
          schemaPath: '#/properties/customer_name/type',
          keyword: 'type',
          params: { type: schema254.properties.customer_name.type },
        });
        errors++;
      }
    }
    if (data.business_unit_id !== undefined) {
      let data29 = data.business_unit_id;
      if (typeof data29 !== 'string' && data29 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_id',
          schemaPath: '#/properties/business_unit_id/type',
          keyword: 'type',
          params: { type: schema254.properties.business_unit_id.type },
        });
        errors++;
      }
    }
    if (data.business_unit_name !== undefined) {
      let data30 = data.business_unit_name;
      if (typeof data30 !== 'string' && data30 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_name',
          schemaPath: '#/properties/business_unit_name/type',
          keyword: 'type',
          params: { type: schema254.properties.business_unit_name.type },
        });
        errors++;
      }
    }
    if (data.team_ids !== undefined) {
      let data31 = data.team_ids;
      if (Array.isArray(data31)) {
        const len1 = data31.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data31[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/team_ids/' + i1,
              schemaPath: '#/properties/team_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_ids',
          schemaPath: '#/properties/team_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.team_names !== undefined) {
      let data33 = data.team_names;
      if (Array.isArray(data33)) {
        const len2 = data33.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data33[i2] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/team_names/' + i2,
              schemaPath: '#/properties/team_names/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_names',
          schemaPath: '#/properties/team_names/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.customer_ids !== undefined) {
      let data35 = data.customer_ids;
      if (Array.isArray(data35)) {
        const len3 = data35.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data35[i3] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/customer_ids/' + i3,
              schemaPath: '#/properties/customer_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_ids',
          schemaPath: '#/properties/customer_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.customer_names !== undefined) {
      let data37 = data.customer_names;
      if (Array.isArray(data37)) {
        const len4 = data37.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data37[i4] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/customer_names/' + i4,
              schemaPath: '#/properties/customer_names/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_names',
          schemaPath: '#/properties/customer_names/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.business_unit_ids !== undefined) {
      let data39 = data.business_unit_ids;
      if (Array.isArray(data39)) {
        const len5 = data39.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data39[i5] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/business_unit_ids/' + i5,
              schemaPath: '#/properties/business_unit_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_ids',
          schemaPath: '#/properties/business_unit_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.business_unit_names !== undefined) {
      let data41 = data.business_unit_names;
      if (Array.isArray(data41)) {
        const len6 = data41.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data41[i6] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/business_unit_names/' + i6,
              schemaPath: '#/properties/business_unit_names/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_names',
          schemaPath: '#/properties/business_unit_names/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.budget_ids !== undefined) {
      let data43 = data.budget_ids;
      if (Array.isArray(data43)) {
        const len7 = data43.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data43[i7] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/budget_ids/' + i7,
              schemaPath: '#/properties/budget_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/budget_ids',
          schemaPath: '#/properties/budget_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.rate_limit_ids !== undefined) {
      let data45 = data.rate_limit_ids;
      if (Array.isArray(data45)) {
        const len8 = data45.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data45[i8] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/rate_limit_ids/' + i8,
              schemaPath: '#/properties/rate_limit_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limit_ids',
          schemaPath: '#/properties/rate_limit_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.alias !== undefined) {
      if (typeof data.alias !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/alias',
          schemaPath: '#/properties/alias/type',
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
    if (data.alias_model_family !== undefined) {
      if (typeof data.alias_model_family !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/alias_model_family',
          schemaPath: '#/properties/alias_model_family/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.stop_reason !== undefined) {
      if (typeof data.stop_reason !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/stop_reason',
          schemaPath: '#/properties/stop_reason/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.content_summary !== undefined) {
      if (typeof data.content_summary !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content_summary',
          schemaPath: '#/properties/content_summary/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.attempt_trail !== undefined) {
      let data52 = data.attempt_trail;
      if (Array.isArray(data52)) {
        const len9 = data52.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data53 = data52[i9];
          if (data53 && typeof data53 == 'object' && !Array.isArray(data53)) {
            if (data53.attempt === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/attempt_trail/' + i9,
                schemaPath: '#/properties/attempt_trail/items/required',
                keyword: 'required',
                params: { missingProperty: 'attempt' },
              });
              errors++;
            }
            if (data53.key_id === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/attempt_trail/' + i9,
                schemaPath: '#/properties/attempt_trail/items/required',
                keyword: 'required',
                params: { missingProperty: 'key_id' },
              });
              errors++;
            }
            if (data53.key_name === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/attempt_trail/' + i9,
                schemaPath: '#/properties/attempt_trail/items/required',
                keyword: 'required',
                params: { missingProperty: 'key_name' },
              });
              errors++;
            }
            if (data53.attempt !== undefined) {
              let data54 = data53.attempt;
              if (!(typeof data54 == 'number' && !(data54 % 1) && !isNaN(data54))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/attempt',
                  schemaPath: '#/properties/attempt_trail/items/properties/attempt/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data54 == 'number') {
                if (data54 < 0 || isNaN(data54)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/attempt_trail/' + i9 + '/attempt',
                    schemaPath: '#/properties/attempt_trail/items/properties/attempt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
              }
            }
            if (data53.key_id !== undefined) {
              if (typeof data53.key_id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/key_id',
                  schemaPath: '#/properties/attempt_trail/items/properties/key_id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data53.key_name !== undefined) {
              if (typeof data53.key_name !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/key_name',
                  schemaPath: '#/properties/attempt_trail/items/properties/key_name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data53.fail_reason !== undefined) {
              if (typeof data53.fail_reason !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/fail_reason',
                  schemaPath: '#/properties/attempt_trail/items/properties/fail_reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data53.triggered_rotation !== undefined) {
              if (typeof data53.triggered_rotation !== 'boolean') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/triggered_rotation',
                  schemaPath: '#/properties/attempt_trail/items/properties/triggered_rotation/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/attempt_trail/' + i9,
              schemaPath: '#/properties/attempt_trail/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/attempt_trail',
          schemaPath: '#/properties/attempt_trail/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_rule !== undefined) {
      let data59 = data.routing_rule;
      if (!(data59 && typeof data59 == 'object' && !Array.isArray(data59))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rule',
          schemaPath: '#/properties/routing_rule/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.plugin_logs !== undefined) {
      if (typeof data.plugin_logs !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/plugin_logs',
          schemaPath: '#/properties/plugin_logs/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.inc_number !== undefined) {
      let data61 = data.inc_number;
      if (!(typeof data61 == 'number' && !(data61 % 1) && !isNaN(data61))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/inc_number',
          schemaPath: '#/properties/inc_number/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data61 == 'number') {
        if (!formats44.validate(data61)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/inc_number',
            schemaPath: '#/properties/inc_number/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.cluster_node_id !== undefined) {
      if (typeof data.cluster_node_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cluster_node_id',
          schemaPath: '#/properties/cluster_node_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.content_hidden !== undefined) {
      if (typeof data.content_hidden !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content_hidden',
          schemaPath: '#/properties/content_hidden/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.ocr_input !== undefined) {
      let data64 = data.ocr_input;
      if (!(data64 && typeof data64 == 'object' && !Array.isArray(data64))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/ocr_input',
          schemaPath: '#/properties/ocr_input/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.ocr_output !== undefined) {
      let data65 = data.ocr_output;
      if (!(data65 && typeof data65 == 'object' && !Array.isArray(data65))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/ocr_output',
          schemaPath: '#/properties/ocr_output/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.image_edit_input !== undefined) {
      let data66 = data.image_edit_input;
      if (!(data66 && typeof data66 == 'object' && !Array.isArray(data66))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_edit_input',
          schemaPath: '#/properties/image_edit_input/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.image_variation_input !== undefined) {
      let data67 = data.image_variation_input;
      if (!(data67 && typeof data67 == 'object' && !Array.isArray(data67))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_variation_input',
          schemaPath: '#/properties/image_variation_input/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.stream !== undefined) {
      if (typeof data.stream !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/stream',
          schemaPath: '#/properties/stream/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.raw_request !== undefined) {
      if (typeof data.raw_request !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/raw_request',
          schemaPath: '#/properties/raw_request/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.raw_response !== undefined) {
      if (typeof data.raw_response !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/raw_response',
          schemaPath: '#/properties/raw_response/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.redaction_mapping !== undefined) {
      let data71 = data.redaction_mapping;
      if (!(data71 && typeof data71 == 'object' && !Array.isArray(data71)) && data71 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/redaction_mapping',
          schemaPath: '#/properties/redaction_mapping/type',
          keyword: 'type',
          params: { type: schema254.properties.redaction_mapping.type },
        });
        errors++;
      }
      if (data71 && typeof data71 == 'object' && !Array.isArray(data71)) {
        if (data71.input !== undefined) {
          let data72 = data71.input;
          if (data72 && typeof data72 == 'object' && !Array.isArray(data72)) {
            for (const key0 in data72) {
              if (typeof data72[key0] !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath:
                    instancePath +
                    '/redaction_mapping/input/' +
                    key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    '#/properties/redaction_mapping/properties/input/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/redaction_mapping/input',
              schemaPath: '#/properties/redaction_mapping/properties/input/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data71.output !== undefined) {
          let data74 = data71.output;
          if (data74 && typeof data74 == 'object' && !Array.isArray(data74)) {
            for (const key1 in data74) {
              if (typeof data74[key1] !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath:
                    instancePath +
                    '/redaction_mapping/output/' +
                    key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    '#/properties/redaction_mapping/properties/output/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/redaction_mapping/output',
              schemaPath: '#/properties/redaction_mapping/properties/output/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      }
    }
    if (data.token_usage !== undefined) {
      if (
        !(
          validate916(data.token_usage, instancePath) ||
          validate916(data.token_usage, instancePath + '/token_usage')
        )
      ) {
        vErrors = vErrors === null ? validate916.errors : vErrors.concat(validate916.errors);
        errors = vErrors.length;
      }
    }
    if (data.error_details !== undefined) {
      if (
        !(
          validate924(data.error_details, instancePath) ||
          validate924(data.error_details, instancePath + '/error_details')
        )
      ) {
        vErrors = vErrors === null ? validate924.errors : vErrors.concat(validate924.errors);
        errors = vErrors.length;
      }
    }
    if (data.input_history !== undefined) {
      let data78 = data.input_history;
      if (!Array.isArray(data78) && data78 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_history',
          schemaPath: '#/properties/input_history/type',
          keyword: 'type',
          params: { type: schema254.properties.input_history.type },
        });
        errors++;
      }
      if (Array.isArray(data78)) {
        const len10 = data78.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (
            !(
              validate930(data78[i10], instancePath) ||
              validate930(data78[i10], instancePath + '/input_history/' + i10)
            )
          ) {
            vErrors = vErrors === null ? validate930.errors : vErrors.concat(validate930.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.responses_input_history !== undefined) {
      let data80 = data.responses_input_history;
      if (!Array.isArray(data80) && data80 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/responses_input_history',
          schemaPath: '#/properties/responses_input_history/type',
          keyword: 'type',
          params: { type: schema254.properties.responses_input_history.type },
        });
        errors++;
      }
      if (Array.isArray(data80)) {
        const len11 = data80.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (
            !(
              validate938(data80[i11], instancePath) ||
              validate938(data80[i11], instancePath + '/responses_input_history/' + i11)
            )
          ) {
            vErrors = vErrors === null ? validate938.errors : vErrors.concat(validate938.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.output_message !== undefined) {
      let data82 = data.output_message;
      const _errs163 = errors;
      let valid29 = false;
      const _errs164 = errors;
      if (
        !(
          validate930(data82, instancePath) || validate930(data82, instancePath + '/output_message')
        )
      ) {
        vErrors = vErrors === null ? validate930.errors : vErrors.concat(validate930.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs164 === errors;
      valid29 = valid29 || _valid0;
      if (!valid29) {
        const _errs165 = errors;
        if (data82 !== null) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/output_message',
            schemaPath: '#/properties/output_message/anyOf/1/type',
            keyword: 'type',
            params: { type: 'null' },
          });
          errors++;
        }
        var _valid0 = _errs165 === errors;
        valid29 = valid29 || _valid0;
      }
      if (!valid29) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/output_message',
          schemaPath: '#/properties/output_message/anyOf',
          keyword: 'anyOf',
          params: {},
        });
        errors++;
      } else {
        errors = _errs163;
        if (vErrors !== null) {
          if (_errs163) {
            vErrors.length = _errs163;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.responses_output !== undefined) {
      let data83 = data.responses_output;
      if (!Array.isArray(data83) && data83 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/responses_output',
          schemaPath: '#/properties/responses_output/type',
          keyword: 'type',
          params: { type: schema254.properties.responses_output.type },
        });
        errors++;
      }
      if (Array.isArray(data83)) {
        const len12 = data83.length;
        for (let i12 = 0; i12 < len12; i12++) {
          if (
            !(
              validate938(data83[i12], instancePath) ||
              validate938(data83[i12], instancePath + '/responses_output/' + i12)
            )
          ) {
            vErrors = vErrors === null ? validate938.errors : vErrors.concat(validate938.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.embedding_output !== undefined) {
      let data85 = data.embedding_output;
      if (!Array.isArray(data85) && data85 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/embedding_output',
          schemaPath: '#/properties/embedding_output/type',
          keyword: 'type',
          params: { type: schema254.properties.embedding_output.type },
        });
        errors++;
      }
      if (Array.isArray(data85)) {
        const len13 = data85.length;
        for (let i13 = 0; i13 < len13; i13++) {
          let data86 = data85[i13];
          const _errs173 = errors;
          let valid34 = false;
          const _errs174 = errors;
          if (Array.isArray(data86)) {
            const len14 = data86.length;
            for (let i14 = 0; i14 < len14; i14++) {
              if (!(typeof data86[i14] == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/embedding_output/' + i13 + '/' + i14,
                  schemaPath: '#/properties/embedding_output/items/anyOf/0/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/embedding_output/' + i13,
              schemaPath: '#/properties/embedding_output/items/anyOf/0/type',
              keyword: 'type',
              params: { type: 'array' },
            });
            errors++;
          }
          var _valid1 = _errs174 === errors;
          valid34 = valid34 || _valid1;
          if (!valid34) {
            const _errs178 = errors;
            if (!(data86 && typeof data86 == 'object' && !Array.isArray(data86))) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/embedding_output/' + i13,
                schemaPath: '#/properties/embedding_output/items/anyOf/1/type',
                keyword: 'type',
                params: { type: 'object' },
              });
              errors++;
            }
            var _valid1 = _errs178 === errors;
            valid34 = valid34 || _valid1;
          }
          if (!valid34) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/embedding_output/' + i13,
              schemaPath: '#/properties/embedding_output/items/anyOf',
              keyword: 'anyOf',
              params: {},
            });
            errors++;
          } else {
            errors = _errs173;
            if (vErrors !== null) {
              if (_errs173) {
                vErrors.length = _errs173;
              } else {
                vErrors = null;
              }
            }
          }
        }
      }
    }
    if (data.params !== undefined) {
      let data88 = data.params;
      if (!(data88 && typeof data88 == 'object' && !Array.isArray(data88)) && data88 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/params',
          schemaPath: '#/properties/params/type',
          keyword: 'type',
          params: { type: schema254.properties.params.type },
        });
        errors++;
      }
    }
    if (data.tools !== undefined) {
      let data89 = data.tools;
      if (!Array.isArray(data89) && data89 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tools',
          schemaPath: '#/properties/tools/type',
          keyword: 'type',
          params: { type: schema254.properties.tools.type },
        });
        errors++;
      }
      if (Array.isArray(data89)) {
        const len15 = data89.length;
        for (let i15 = 0; i15 < len15; i15++) {
          if (
            !(
              validate945(data89[i15], instancePath) ||
              validate945(data89[i15], instancePath + '/tools/' + i15)
            )
          ) {
            vErrors = vErrors === null ? validate945.errors : vErrors.concat(validate945.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.tool_calls !== undefined) {
      let data91 = data.tool_calls;
      if (!Array.isArray(data91) && data91 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tool_calls',
          schemaPath: '#/properties/tool_calls/type',
          keyword: 'type',
          params: { type: schema254.properties.tool_calls.type },
        });
        errors++;
      }
      if (Array.isArray(data91)) {
        const len16 = data91.length;
        for (let i16 = 0; i16 < len16; i16++) {
          if (
            !(
              validate935(data91[i16], instancePath) ||
              validate935(data91[i16], instancePath + '/tool_calls/' + i16)
            )
          ) {
            vErrors = vErrors === null ? validate935.errors : vErrors.concat(validate935.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.speech_input !== undefined) {
      let data93 = data.speech_input;
      if (!(data93 && typeof data93 == 'object' && !Array.isArray(data93)) && data93 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/speech_input',
          schemaPath: '#/properties/speech_input/type',
          keyword: 'type',
          params: { type: schema254.properties.speech_input.type },
        });
        errors++;
      }
    }
    if (data.transcription_input !== undefined) {
      let data94 = data.transcription_input;
      if (!(data94 && typeof data94 == 'object' && !Array.isArray(data94)) && data94 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/transcription_input',
          schemaPath: '#/properties/transcription_input/type',
          keyword: 'type',
          params: { type: schema254.properties.transcription_input.type },
        });
        errors++;
      }
    }
    if (data.image_generation_input !== undefined) {
      let data95 = data.image_generation_input;
      if (!(data95 && typeof data95 == 'object' && !Array.isArray(data95)) && data95 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_generation_input',
          schemaPath: '#/properties/image_generation_input/type',
          keyword: 'type',
          params: { type: schema254.properties.image_generation_input.type },
        });
        errors++;
      }
    }
    if (data.speech_output !== undefined) {
      let data96 = data.speech_output;
      if (!(data96 && typeof data96 == 'object' && !Array.isArray(data96)) && data96 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/speech_output',
          schemaPath: '#/properties/speech_output/type',
          keyword: 'type',
          params: { type: schema254.properties.speech_output.type },
        });
        errors++;
      }
    }
    if (data.transcription_output !== undefined) {
      let data97 = data.transcription_output;
      if (!(data97 && typeof data97 == 'object' && !Array.isArray(data97)) && data97 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/transcription_output',
          schemaPath: '#/properties/transcription_output/type',
          keyword: 'type',
          params: { type: schema254.properties.transcription_output.type },
        });
        errors++;
      }
    }
    if (data.image_generation_output !== undefined) {
      let data98 = data.image_generation_output;
      if (!(data98 && typeof data98 == 'object' && !Array.isArray(data98)) && data98 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_generation_output',
          schemaPath: '#/properties/image_generation_output/type',
          keyword: 'type',
          params: { type: schema254.properties.image_generation_output.type },
        });
        errors++;
      }
    }
    if (data.cache_debug !== undefined) {
      let data99 = data.cache_debug;
      if (!(data99 && typeof data99 == 'object' && !Array.isArray(data99)) && data99 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cache_debug',
          schemaPath: '#/properties/cache_debug/type',
          keyword: 'type',
          params: { type: schema254.properties.cache_debug.type },
        });
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      let data100 = data.metadata;
      if (!(data100 && typeof data100 == 'object' && !Array.isArray(data100)) && data100 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
          keyword: 'type',
          params: { type: schema254.properties.metadata.type },
        });
        errors++;
      }
    }
    if (data.selected_key !== undefined) {
      let data101 = data.selected_key;
      if (!(data101 && typeof data101 == 'object' && !Array.isArray(data101)) && data101 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_key',
          schemaPath: '#/properties/selected_key/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_key.type },
        });
        errors++;
      }
    }
    if (data.virtual_key !== undefined) {
      let data102 = data.virtual_key;
      if (!(data102 && typeof data102 == 'object' && !Array.isArray(data102)) && data102 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_key',
          schemaPath: '#/properties/virtual_key/type',
          keyword: 'type',
          params: { type: schema254.properties.virtual_key.type },
        });
        errors++;
      }
    }
    if (data.passthrough_request_body !== undefined) {
      let data103 = data.passthrough_request_body;
      if (typeof data103 !== 'string' && data103 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/passthrough_request_body',
          schemaPath: '#/properties/passthrough_request_body/type',
          keyword: 'type',
          params: { type: schema254.properties.passthrough_request_body.type },
        });
        errors++;
      }
    }
    if (data.passthrough_response_body !== undefined) {
      let data104 = data.passthrough_response_body;
      if (typeof data104 !== 'string' && data104 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/passthrough_response_body',
          schemaPath: '#/properties/passthrough_response_body/type',
          keyword: 'type',
          params: { type: schema254.properties.passthrough_response_body.type },
        });
        errors++;
      }
    }
    if (data.routing_engine_logs !== undefined) {
      let data105 = data.routing_engine_logs;
      if (
        typeof data105 !== 'string' &&
        !(data105 && typeof data105 == 'object' && !Array.isArray(data105)) &&
        data105 !== null
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_engine_logs',
          schemaPath: '#/properties/routing_engine_logs/type',
          keyword: 'type',
          params: { type: schema254.properties.routing_engine_logs.type },
        });
        errors++;
      }
    }
    if (data.is_large_payload_request !== undefined) {
      if (typeof data.is_large_payload_request !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_large_payload_request',
          schemaPath: '#/properties/is_large_payload_request/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.is_large_payload_response !== undefined) {
      if (typeof data.is_large_payload_response !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_large_payload_response',
          schemaPath: '#/properties/is_large_payload_response/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.rerank_output !== undefined) {
      if (typeof data.rerank_output != 'object') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rerank_output',
          schemaPath: '#/properties/rerank_output/type',
          keyword: 'type',
          params: { type: schema254.properties.rerank_output.type },
        });
        errors++;
      }
    }
    if (data.video_generation_input !== undefined) {
      let data109 = data.video_generation_input;
      if (!(data109 && typeof data109 == 'object' && !Array.isArray(data109)) && data109 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_generation_input',
          schemaPath: '#/properties/video_generation_input/type',
          keyword: 'type',
          params: { type: schema254.properties.video_generation_input.type },
        });
        errors++;
      }
    }
    if (data.video_generation_output !== undefined) {
      let data110 = data.video_generation_output;
      if (!(data110 && typeof data110 == 'object' && !Array.isArray(data110)) && data110 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_generation_output',
          schemaPath: '#/properties/video_generation_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_generation_output.type },
        });
        errors++;
      }
    }
    if (data.video_retrieve_output !== undefined) {
      let data111 = data.video_retrieve_output;
      if (!(data111 && typeof data111 == 'object' && !Array.isArray(data111)) && data111 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_retrieve_output',
          schemaPath: '#/properties/video_retrieve_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_retrieve_output.type },
        });
        errors++;
      }
    }
    if (data.video_list_output !== undefined) {
      let data112 = data.video_list_output;
      if (!(data112 && typeof data112 == 'object' && !Array.isArray(data112)) && data112 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_list_output',
          schemaPath: '#/properties/video_list_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_list_output.type },
        });
        errors++;
      }
    }
    if (data.video_delete_output !== undefined) {
      let data113 = data.video_delete_output;
      if (!(data113 && typeof data113 == 'object' && !Array.isArray(data113)) && data113 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_delete_output',
          schemaPath: '#/properties/video_delete_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_delete_output.type },
        });
        errors++;
      }
    }
    if (data.video_download_output !== undefined) {
      let data114 = data.video_download_output;
      if (!(data114 && typeof data114 == 'object' && !Array.isArray(data114)) && data114 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_download_output',
          schemaPath: '#/properties/video_download_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_download_output.type },
        });
        errors++;
      }
    }
    if (data.list_models_output !== undefined) {
      if (typeof data.list_models_output != 'object') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/list_models_output',
          schemaPath: '#/properties/list_models_output/type',
          keyword: 'type',
          params: { type: schema254.properties.list_models_output.type },
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
  validate967.errors = vErrors;
  return errors === 0;
}
function validate966(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate967(data, instancePath)) {
    vErrors = vErrors === null ? validate967.errors : vErrors.concat(validate967.errors);
    errors = vErrors.length;
  }
  validate966.errors = vErrors;
  return errors === 0;
}
export const schema_TokenUsage = validate978;
function validate979(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.prompt_tokens !== undefined) {
      let data0 = data.prompt_tokens;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/prompt_tokens',
          schemaPath: '#/properties/prompt_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/prompt_tokens',
            schemaPath: '#/properties/prompt_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.prompt_tokens_details !== undefined) {
      if (
        !(
          validate917(data.prompt_tokens_details, instancePath) ||
          validate917(data.prompt_tokens_details, instancePath + '/prompt_tokens_details')
        )
      ) {
        vErrors = vErrors === null ? validate917.errors : vErrors.concat(validate917.errors);
        errors = vErrors.length;
      }
    }
    if (data.completion_tokens !== undefined) {
      let data2 = data.completion_tokens;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/completion_tokens',
          schemaPath: '#/properties/completion_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/completion_tokens',
            schemaPath: '#/properties/completion_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.completion_tokens_details !== undefined) {
      if (
        !(
          validate919(data.completion_tokens_details, instancePath) ||
          validate919(data.completion_tokens_details, instancePath + '/completion_tokens_details')
        )
      ) {
        vErrors = vErrors === null ? validate919.errors : vErrors.concat(validate919.errors);
        errors = vErrors.length;
      }
    }
    if (data.total_tokens !== undefined) {
      let data4 = data.total_tokens;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.cost !== undefined) {
      if (
        !(validate921(data.cost, instancePath) || validate921(data.cost, instancePath + '/cost'))
      ) {
        vErrors = vErrors === null ? validate921.errors : vErrors.concat(validate921.errors);
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
  validate979.errors = vErrors;
  return errors === 0;
}
function validate978(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate979(data, instancePath)) {
    vErrors = vErrors === null ? validate979.errors : vErrors.concat(validate979.errors);
    errors = vErrors.length;
  }
  validate978.errors = vErrors;
  return errors === 0;
}
export const schema_PromptTokensDetails = validate984;
function validate985(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.text_tokens !== undefined) {
      let data0 = data.text_tokens;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/text_tokens',
          schemaPath: '#/properties/text_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/text_tokens',
            schemaPath: '#/properties/text_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.audio_tokens !== undefined) {
      let data1 = data.audio_tokens;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/audio_tokens',
          schemaPath: '#/properties/audio_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/audio_tokens',
            schemaPath: '#/properties/audio_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.image_tokens !== undefined) {
      let data2 = data.image_tokens;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_tokens',
          schemaPath: '#/properties/image_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/image_tokens',
            schemaPath: '#/properties/image_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.cached_read_tokens !== undefined) {
      let data3 = data.cached_read_tokens;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cached_read_tokens',
          schemaPath: '#/properties/cached_read_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cached_read_tokens',
            schemaPath: '#/properties/cached_read_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.cached_write_tokens !== undefined) {
      let data4 = data.cached_write_tokens;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cached_write_tokens',
          schemaPath: '#/properties/cached_write_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cached_write_tokens',
            schemaPath: '#/properties/cached_write_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
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
  validate985.errors = vErrors;
  return errors === 0;
}
function validate984(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate985(data, instancePath)) {
    vErrors = vErrors === null ? validate985.errors : vErrors.concat(validate985.errors);
    errors = vErrors.length;
  }
  validate984.errors = vErrors;
  return errors === 0;
}
export const schema_CompletionTokensDetails = validate987;
function validate988(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.text_tokens !== undefined) {
      let data0 = data.text_tokens;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/text_tokens',
          schemaPath: '#/properties/text_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/text_tokens',
            schemaPath: '#/properties/text_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.accepted_prediction_tokens !== undefined) {
      let data1 = data.accepted_prediction_tokens;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/accepted_prediction_tokens',
          schemaPath: '#/properties/accepted_prediction_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/accepted_prediction_tokens',
            schemaPath: '#/properties/accepted_prediction_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.audio_tokens !== undefined) {
      let data2 = data.audio_tokens;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/audio_tokens',
          schemaPath: '#/properties/audio_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/audio_tokens',
            schemaPath: '#/properties/audio_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.citation_tokens !== undefined) {
      let data3 = data.citation_tokens;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/citation_tokens',
          schemaPath: '#/properties/citation_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/citation_tokens',
            schemaPath: '#/properties/citation_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.num_search_queries !== undefined) {
      let data4 = data.num_search_queries;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/num_search_queries',
          schemaPath: '#/properties/num_search_queries/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/num_search_queries',
            schemaPath: '#/properties/num_search_queries/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.reasoning_tokens !== undefined) {
      let data5 = data.reasoning_tokens;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/reasoning_tokens',
          schemaPath: '#/properties/reasoning_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/reasoning_tokens',
            schemaPath: '#/properties/reasoning_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.image_tokens !== undefined) {
      let data6 = data.image_tokens;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_tokens',
          schemaPath: '#/properties/image_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/image_tokens',
            schemaPath: '#/properties/image_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.rejected_prediction_tokens !== undefined) {
      let data7 = data.rejected_prediction_tokens;
      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rejected_prediction_tokens',
          schemaPath: '#/properties/rejected_prediction_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data7 == 'number') {
        if (data7 < 0 || isNaN(data7)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/rejected_prediction_tokens',
            schemaPath: '#/properties/rejected_prediction_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
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
  validate988.errors = vErrors;
  return errors === 0;
}
function validate987(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate988(data, instancePath)) {
    vErrors = vErrors === null ? validate988.errors : vErrors.concat(validate988.errors);
    errors = vErrors.length;
  }
  validate987.errors = vErrors;
  return errors === 0;
}
export const schema_CostBreakdown = validate990;
function validate991(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.input_tokens_cost !== undefined) {
      let data0 = data.input_tokens_cost;
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/input_tokens_cost',
            schemaPath: '#/properties/input_tokens_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_tokens_cost',
          schemaPath: '#/properties/input_tokens_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.output_tokens_cost !== undefined) {
      let data1 = data.output_tokens_cost;
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/output_tokens_cost',
            schemaPath: '#/properties/output_tokens_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/output_tokens_cost',
          schemaPath: '#/properties/output_tokens_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.reasoning_tokens_cost !== undefined) {
      let data2 = data.reasoning_tokens_cost;
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/reasoning_tokens_cost',
            schemaPath: '#/properties/reasoning_tokens_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/reasoning_tokens_cost',
          schemaPath: '#/properties/reasoning_tokens_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.citation_tokens_cost !== undefined) {
      let data3 = data.citation_tokens_cost;
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/citation_tokens_cost',
            schemaPath: '#/properties/citation_tokens_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/citation_tokens_cost',
          schemaPath: '#/properties/citation_tokens_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.search_queries_cost !== undefined) {
      let data4 = data.search_queries_cost;
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/search_queries_cost',
            schemaPath: '#/properties/search_queries_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/search_queries_cost',
          schemaPath: '#/properties/search_queries_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.request_cost !== undefined) {
      let data5 = data.request_cost;
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/request_cost',
            schemaPath: '#/properties/request_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_cost',
          schemaPath: '#/properties/request_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.total_cost !== undefined) {
      let data6 = data.total_cost;
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate991.errors = vErrors;
  return errors === 0;
}
function validate990(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate991(data, instancePath)) {
    vErrors = vErrors === null ? validate991.errors : vErrors.concat(validate991.errors);
    errors = vErrors.length;
  }
  validate990.errors = vErrors;
  return errors === 0;
}
export const schema_BifrostError = validate993;
function validate994(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
      });
      errors++;
    }
    if (data.error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      });
      errors++;
    }
    if (data.event_id !== undefined) {
      if (typeof data.event_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/event_id',
          schemaPath: '#/properties/event_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !(validate925(data.error, instancePath) || validate925(data.error, instancePath + '/error'))
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !(
          validate927(data.extra_fields, instancePath) ||
          validate927(data.extra_fields, instancePath + '/extra_fields')
        )
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
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
  validate994.errors = vErrors;
  return errors === 0;
}
function validate993(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate994(data, instancePath)) {
    vErrors = vErrors === null ? validate994.errors : vErrors.concat(validate994.errors);
    errors = vErrors.length;
  }
  validate993.errors = vErrors;
  return errors === 0;
}
export const schema_ErrorDetail = validate998;
function validate999(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.message === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'message' },
      });
      errors++;
    }
    if (data.message !== undefined) {
      if (typeof data.message !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/message',
          schemaPath: '#/properties/message/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.code !== undefined) {
      if (typeof data.code !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/code',
          schemaPath: '#/properties/code/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.event_id !== undefined) {
      if (typeof data.event_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/event_id',
          schemaPath: '#/properties/event_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (typeof data.error !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/error',
          schemaPath: '#/properties/error/type',
          keyword: 'type',
          params: { type: 'string' },
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
  validate999.errors = vErrors;
  return errors === 0;
}
function validate998(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate999(data, instancePath)) {
    vErrors = vErrors === null ? validate999.errors : vErrors.concat(validate999.errors);
    errors = vErrors.length;
  }
  validate998.errors = vErrors;
  return errors === 0;
}
export const schema_ErrorExtraFields = validate1001;
function validate1002(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.original_model_requested !== undefined) {
      if (typeof data.original_model_requested !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/original_model_requested',
          schemaPath: '#/properties/original_model_requested/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.resolved_model_used !== undefined) {
      if (typeof data.resolved_model_used !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/resolved_model_used',
          schemaPath: '#/properties/resolved_model_used/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.converted_request_type !== undefined) {
      if (typeof data.converted_request_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/converted_request_type',
          schemaPath: '#/properties/converted_request_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.dropped_compat_plugin_params !== undefined) {
      let data3 = data.dropped_compat_plugin_params;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/dropped_compat_plugin_params/' + i0,
              schemaPath: '#/properties/dropped_compat_plugin_params/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dropped_compat_plugin_params',
          schemaPath: '#/properties/dropped_compat_plugin_params/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.key_statuses !== undefined) {
      let data5 = data.key_statuses;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (!(data6 && typeof data6 == 'object' && !Array.isArray(data6))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/key_statuses/' + i1,
              schemaPath: '#/properties/key_statuses/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/key_statuses',
          schemaPath: '#/properties/key_statuses/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.mcp_auth_required !== undefined) {
      let data7 = data.mcp_auth_required;
      if (!(data7 && typeof data7 == 'object' && !Array.isArray(data7))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/mcp_auth_required',
          schemaPath: '#/properties/mcp_auth_required/type',
          keyword: 'type',
          params: { type: 'object' },
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
    if (data.model_requested !== undefined) {
      if (typeof data.model_requested !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model_requested',
          schemaPath: '#/properties/model_requested/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.request_type !== undefined) {
      if (typeof data.request_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_type',
          schemaPath: '#/properties/request_type/type',
          keyword: 'type',
          params: { type: 'string' },
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
  validate1002.errors = vErrors;
  return errors === 0;
}
function validate1001(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1002(data, instancePath)) {
    vErrors = vErrors === null ? validate1002.errors : vErrors.concat(validate1002.errors);
    errors = vErrors.length;
  }
  validate1001.errors = vErrors;
  return errors === 0;
}
export const schema_ChatMessage = validate1004;
function validate1005(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.role === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'role' },
      });
      errors++;
    }
    if (data.role !== undefined) {
      let data0 = data.role;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(
          data0 === 'assistant' ||
          data0 === 'user' ||
          data0 === 'system' ||
          data0 === 'tool' ||
          data0 === 'developer'
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/enum',
          keyword: 'enum',
          params: { allowedValues: schema262.properties.role.enum },
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
    if (data.content !== undefined) {
      let data2 = data.content;
      const _errs6 = errors;
      let valid1 = false;
      const _errs7 = errors;
      if (typeof data2 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/anyOf/0/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs9 = errors;
        if (Array.isArray(data2)) {
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (
              !(
                validate931(data2[i0], instancePath) ||
                validate931(data2[i0], instancePath + '/content/' + i0)
              )
            ) {
              vErrors = vErrors === null ? validate931.errors : vErrors.concat(validate931.errors);
              errors = vErrors.length;
            }
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/content',
            schemaPath: '#/properties/content/anyOf/1/type',
            keyword: 'type',
            params: { type: 'array' },
          });
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
          const _errs12 = errors;
          if (data2 !== null) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf/2/type',
              keyword: 'type',
              params: { type: 'null' },
            });
            errors++;
          }
          var _valid0 = _errs12 === errors;
          valid1 = valid1 || _valid0;
        }
      }
      if (!valid1) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/anyOf',
          keyword: 'anyOf',
          params: {},
        });
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.tool_call_id !== undefined) {
      if (typeof data.tool_call_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tool_call_id',
          schemaPath: '#/properties/tool_call_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.refusal !== undefined) {
      if (typeof data.refusal !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/refusal',
          schemaPath: '#/properties/refusal/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.audio !== undefined) {
      let data6 = data.audio;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.id !== undefined) {
          if (typeof data6.id !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/audio/id',
              schemaPath: '#/properties/audio/properties/id/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data6.data !== undefined) {
          if (typeof data6.data !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/audio/data',
              schemaPath: '#/properties/audio/properties/data/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data6.expires_at !== undefined) {
          let data9 = data6.expires_at;
          if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/audio/expires_at',
              schemaPath: '#/properties/audio/properties/expires_at/type',
              keyword: 'type',
              params: { type: 'integer' },
            });
            errors++;
          }
        }
        if (data6.transcript !== undefined) {
          if (typeof data6.transcript !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/audio/transcript',
              schemaPath: '#/properties/audio/properties/transcript/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/audio',
          schemaPath: '#/properties/audio/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.reasoning !== undefined) {
      if (typeof data.reasoning !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/reasoning',
          schemaPath: '#/properties/reasoning/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.reasoning_details !== undefined) {
      let data12 = data.reasoning_details;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
            if (data13.id !== undefined) {
              if (typeof data13.id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/id',
                  schemaPath: '#/properties/reasoning_details/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data13.index !== undefined) {
              let data15 = data13.index;
              if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/index',
                  schemaPath: '#/properties/reasoning_details/items/properties/index/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data13.type !== undefined) {
              let data16 = data13.type;
              if (typeof data16 !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/type',
                  schemaPath: '#/properties/reasoning_details/items/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
              if (
                !(
                  data16 === 'reasoning.summary' ||
                  data16 === 'reasoning.encrypted' ||
                  data16 === 'reasoning.text'
                )
              ) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/type',
                  schemaPath: '#/properties/reasoning_details/items/properties/type/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues:
                      schema262.properties.reasoning_details.items.properties.type.enum,
                  },
                });
                errors++;
              }
            }
            if (data13.summary !== undefined) {
              if (typeof data13.summary !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/summary',
                  schemaPath: '#/properties/reasoning_details/items/properties/summary/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data13.text !== undefined) {
              if (typeof data13.text !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/text',
                  schemaPath: '#/properties/reasoning_details/items/properties/text/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data13.signature !== undefined) {
              if (typeof data13.signature !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/signature',
                  schemaPath: '#/properties/reasoning_details/items/properties/signature/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data13.data !== undefined) {
              if (typeof data13.data !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/data',
                  schemaPath: '#/properties/reasoning_details/items/properties/data/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/reasoning_details/' + i1,
              schemaPath: '#/properties/reasoning_details/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/reasoning_details',
          schemaPath: '#/properties/reasoning_details/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.annotations !== undefined) {
      let data21 = data.annotations;
      if (Array.isArray(data21)) {
        const len2 = data21.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data22 = data21[i2];
          if (data22 && typeof data22 == 'object' && !Array.isArray(data22)) {
            if (data22.type !== undefined) {
              if (typeof data22.type !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i2 + '/type',
                  schemaPath: '#/properties/annotations/items/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data22.url_citation !== undefined) {
              let data24 = data22.url_citation;
              if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                if (data24.start_index !== undefined) {
                  let data25 = data24.start_index;
                  if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25))) {
                    vErrors = appendError(vErrors, {
                      instancePath:
                        instancePath + '/annotations/' + i2 + '/url_citation/start_index',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/start_index/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                    });
                    errors++;
                  }
                }
                if (data24.end_index !== undefined) {
                  let data26 = data24.end_index;
                  if (!(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26))) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/annotations/' + i2 + '/url_citation/end_index',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/end_index/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                    });
                    errors++;
                  }
                }
                if (data24.title !== undefined) {
                  if (typeof data24.title !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/annotations/' + i2 + '/url_citation/title',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/title/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
                if (data24.url !== undefined) {
                  if (typeof data24.url !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/annotations/' + i2 + '/url_citation/url',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/url/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
                if (data24.sources !== undefined) {
                  let data29 = data24.sources;
                  if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/annotations/' + i2 + '/url_citation/sources',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/sources/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
                if (data24.type !== undefined) {
                  if (typeof data24.type !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/annotations/' + i2 + '/url_citation/type',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/type/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i2 + '/url_citation',
                  schemaPath: '#/properties/annotations/items/properties/url_citation/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/annotations/' + i2,
              schemaPath: '#/properties/annotations/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/annotations',
          schemaPath: '#/properties/annotations/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.tool_calls !== undefined) {
      let data31 = data.tool_calls;
      if (Array.isArray(data31)) {
        const len3 = data31.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !(
              validate935(data31[i3], instancePath) ||
              validate935(data31[i3], instancePath + '/tool_calls/' + i3)
            )
          ) {
            vErrors = vErrors === null ? validate935.errors : vErrors.concat(validate935.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tool_calls',
          schemaPath: '#/properties/tool_calls/type',
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
  validate1005.errors = vErrors;
  return errors === 0;
}
function validate1004(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1005(data, instancePath)) {
    vErrors = vErrors === null ? validate1005.errors : vErrors.concat(validate1005.errors);
    errors = vErrors.length;
  }
  validate1004.errors = vErrors;
  return errors === 0;
}
export const schema_ChatContentBlock = validate1009;
function validate1010(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(
          data0 === 'text' ||
          data0 === 'image_url' ||
          data0 === 'input_audio' ||
          data0 === 'file' ||
          data0 === 'refusal'
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema263.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.text !== undefined) {
      if (typeof data.text !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/text',
          schemaPath: '#/properties/text/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.refusal !== undefined) {
      if (typeof data.refusal !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/refusal',
          schemaPath: '#/properties/refusal/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.image_url !== undefined) {
      let data3 = data.image_url;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.url === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/image_url',
            schemaPath: '#/properties/image_url/required',
            keyword: 'required',
            params: { missingProperty: 'url' },
          });
          errors++;
        }
        if (data3.url !== undefined) {
          if (typeof data3.url !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/image_url/url',
              schemaPath: '#/properties/image_url/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data3.detail !== undefined) {
          let data5 = data3.detail;
          if (typeof data5 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/image_url/detail',
              schemaPath: '#/properties/image_url/properties/detail/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
          if (!(data5 === 'low' || data5 === 'high' || data5 === 'auto')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/image_url/detail',
              schemaPath: '#/properties/image_url/properties/detail/enum',
              keyword: 'enum',
              params: { allowedValues: schema263.properties.image_url.properties.detail.enum },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_url',
          schemaPath: '#/properties/image_url/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.input_audio !== undefined) {
      let data6 = data.input_audio;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.data === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/input_audio',
            schemaPath: '#/properties/input_audio/required',
            keyword: 'required',
            params: { missingProperty: 'data' },
          });
          errors++;
        }
        if (data6.data !== undefined) {
          if (typeof data6.data !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/input_audio/data',
              schemaPath: '#/properties/input_audio/properties/data/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data6.format !== undefined) {
          if (typeof data6.format !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/input_audio/format',
              schemaPath: '#/properties/input_audio/properties/format/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_audio',
          schemaPath: '#/properties/input_audio/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.file !== undefined) {
      let data9 = data.file;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        if (data9.file_data !== undefined) {
          if (typeof data9.file_data !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/file/file_data',
              schemaPath: '#/properties/file/properties/file_data/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data9.file_id !== undefined) {
          if (typeof data9.file_id !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/file/file_id',
              schemaPath: '#/properties/file/properties/file_id/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data9.filename !== undefined) {
          if (typeof data9.filename !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/file/filename',
              schemaPath: '#/properties/file/properties/filename/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data9.file_type !== undefined) {
          if (typeof data9.file_type !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/file/file_type',
              schemaPath: '#/properties/file/properties/file_type/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/file',
          schemaPath: '#/properties/file/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.cache_control !== undefined) {
      if (
        !(
          validate932(data.cache_control, instancePath) ||
          validate932(data.cache_control, instancePath + '/cache_control')
        )
      ) {
        vErrors = vErrors === null ? validate932.errors : vErrors.concat(validate932.errors);
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
  validate1010.errors = vErrors;
  return errors === 0;
}
function validate1009(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1010(data, instancePath)) {
    vErrors = vErrors === null ? validate1010.errors : vErrors.concat(validate1010.errors);
    errors = vErrors.length;
  }
  validate1009.errors = vErrors;
  return errors === 0;
}
export const schema_ToolCall = validate1013;
function validate1014(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.function === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'function' },
      });
      errors++;
    }
    if (data.index !== undefined) {
      let data0 = data.index;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/index',
          schemaPath: '#/properties/index/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
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
    if (data.function !== undefined) {
      let data3 = data.function;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.name !== undefined) {
          if (typeof data3.name !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/name',
              schemaPath: '#/properties/function/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data3.arguments !== undefined) {
          if (typeof data3.arguments !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/arguments',
              schemaPath: '#/properties/function/properties/arguments/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/function',
          schemaPath: '#/properties/function/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate1014.errors = vErrors;
  return errors === 0;
}
function validate1013(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1014(data, instancePath)) {
    vErrors = vErrors === null ? validate1014.errors : vErrors.concat(validate1014.errors);
    errors = vErrors.length;
  }
  validate1013.errors = vErrors;
  return errors === 0;
}
export const schema_Tool = validate1016;
function validate1017(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data0 === 'function' || data0 === 'custom')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema268.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.function !== undefined) {
      let data1 = data.function;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.name === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/function',
            schemaPath: '#/properties/function/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
          });
          errors++;
        }
        if (data1.name !== undefined) {
          if (typeof data1.name !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/name',
              schemaPath: '#/properties/function/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data1.description !== undefined) {
          if (typeof data1.description !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/description',
              schemaPath: '#/properties/function/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data1.parameters !== undefined) {
          let data4 = data1.parameters;
          if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
            if (data4.type !== undefined) {
              let data5 = data4.type;
              if (typeof data5 !== 'string' && !Array.isArray(data5)) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/type',
                  schemaPath: '#/properties/function/properties/parameters/properties/type/type',
                  keyword: 'type',
                  params: {
                    type: schema268.properties.function.properties.parameters.properties.type.type,
                  },
                });
                errors++;
              }
              if (Array.isArray(data5)) {
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data5[i0] !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/function/parameters/type/' + i0,
                      schemaPath:
                        '#/properties/function/properties/parameters/properties/type/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              }
            }
            if (data4.description !== undefined) {
              if (typeof data4.description !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/description',
                  schemaPath:
                    '#/properties/function/properties/parameters/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data4.required !== undefined) {
              let data8 = data4.required;
              if (Array.isArray(data8)) {
                const len1 = data8.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data8[i1] !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/function/parameters/required/' + i1,
                      schemaPath:
                        '#/properties/function/properties/parameters/properties/required/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/required',
                  schemaPath:
                    '#/properties/function/properties/parameters/properties/required/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
            if (data4.properties !== undefined) {
              let data10 = data4.properties;
              if (!(data10 && typeof data10 == 'object' && !Array.isArray(data10))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/properties',
                  schemaPath:
                    '#/properties/function/properties/parameters/properties/properties/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
            if (data4.enum !== undefined) {
              if (!Array.isArray(data4.enum)) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/enum',
                  schemaPath: '#/properties/function/properties/parameters/properties/enum/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
            if (data4.additionalProperties !== undefined) {
              let data12 = data4.additionalProperties;
              if (
                typeof data12 !== 'boolean' &&
                !(data12 && typeof data12 == 'object' && !Array.isArray(data12))
              ) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/additionalProperties',
                  schemaPath:
                    '#/properties/function/properties/parameters/properties/additionalProperties/type',
                  keyword: 'type',
                  params: {
                    type: schema268.properties.function.properties.parameters.properties
                      .additionalProperties.type,
                  },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/parameters',
              schemaPath: '#/properties/function/properties/parameters/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data1.strict !== undefined) {
          if (typeof data1.strict !== 'boolean') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/strict',
              schemaPath: '#/properties/function/properties/strict/type',
              keyword: 'type',
              params: { type: 'boolean' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/function',
          schemaPath: '#/properties/function/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.custom !== undefined) {
      let data14 = data.custom;
      if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
        if (data14.format !== undefined) {
          let data15 = data14.format;
          if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
            if (data15.type === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/custom/format',
                schemaPath: '#/properties/custom/properties/format/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
              });
              errors++;
            }
            if (data15.type !== undefined) {
              if (typeof data15.type !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/custom/format/type',
                  schemaPath: '#/properties/custom/properties/format/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.grammar !== undefined) {
              let data17 = data15.grammar;
              if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                if (data17.definition === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/custom/format/grammar',
                    schemaPath: '#/properties/custom/properties/format/properties/grammar/required',
                    keyword: 'required',
                    params: { missingProperty: 'definition' },
                  });
                  errors++;
                }
                if (data17.syntax === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/custom/format/grammar',
                    schemaPath: '#/properties/custom/properties/format/properties/grammar/required',
                    keyword: 'required',
                    params: { missingProperty: 'syntax' },
                  });
                  errors++;
                }
                if (data17.definition !== undefined) {
                  if (typeof data17.definition !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/custom/format/grammar/definition',
                      schemaPath:
                        '#/properties/custom/properties/format/properties/grammar/properties/definition/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
                if (data17.syntax !== undefined) {
                  let data19 = data17.syntax;
                  if (typeof data19 !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/custom/format/grammar/syntax',
                      schemaPath:
                        '#/properties/custom/properties/format/properties/grammar/properties/syntax/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                  if (!(data19 === 'lark' || data19 === 'regex')) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/custom/format/grammar/syntax',
                      schemaPath:
                        '#/properties/custom/properties/format/properties/grammar/properties/syntax/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues:
                          schema268.properties.custom.properties.format.properties.grammar
                            .properties.syntax.enum,
                      },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/custom/format/grammar',
                  schemaPath: '#/properties/custom/properties/format/properties/grammar/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/custom/format',
              schemaPath: '#/properties/custom/properties/format/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/custom',
          schemaPath: '#/properties/custom/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.cache_control !== undefined) {
      if (
        !(
          validate932(data.cache_control, instancePath) ||
          validate932(data.cache_control, instancePath + '/cache_control')
        )
      ) {
        vErrors = vErrors === null ? validate932.errors : vErrors.concat(validate932.errors);
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
  validate1017.errors = vErrors;
  return errors === 0;
}
function validate1016(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1017(data, instancePath)) {
    vErrors = vErrors === null ? validate1017.errors : vErrors.concat(validate1017.errors);
    errors = vErrors.length;
  }
  validate1016.errors = vErrors;
  return errors === 0;
}
export const schema_CacheControl = validate1020;
function validate1021(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data0 === 'ephemeral')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema264.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.ttl !== undefined) {
      if (typeof data.ttl !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/ttl',
          schemaPath: '#/properties/ttl/type',
          keyword: 'type',
          params: { type: 'string' },
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
  validate1021.errors = vErrors;
  return errors === 0;
}
function validate1020(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1021(data, instancePath)) {
    vErrors = vErrors === null ? validate1021.errors : vErrors.concat(validate1021.errors);
    errors = vErrors.length;
  }
  validate1020.errors = vErrors;
  return errors === 0;
}
export const schema_ResponsesItem = validate1023;
function validate1024(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
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
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      if (typeof data.status !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.role !== undefined) {
      let data3 = data.role;
      if (typeof data3 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(data3 === 'assistant' || data3 === 'user' || data3 === 'system' || data3 === 'developer')
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/enum',
          keyword: 'enum',
          params: { allowedValues: schema266.properties.role.enum },
        });
        errors++;
      }
    }
    if (data.content !== undefined) {
      let data4 = data.content;
      const _errs10 = errors;
      let valid1 = false;
      const _errs11 = errors;
      if (typeof data4 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/anyOf/0/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      var _valid0 = _errs11 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs13 = errors;
        if (Array.isArray(data4)) {
          const len0 = data4.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (
              !(
                validate939(data4[i0], instancePath) ||
                validate939(data4[i0], instancePath + '/content/' + i0)
              )
            ) {
              vErrors = vErrors === null ? validate939.errors : vErrors.concat(validate939.errors);
              errors = vErrors.length;
            }
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/content',
            schemaPath: '#/properties/content/anyOf/1/type',
            keyword: 'type',
            params: { type: 'array' },
          });
          errors++;
        }
        var _valid0 = _errs13 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
          const _errs16 = errors;
          if (data4 !== null) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf/2/type',
              keyword: 'type',
              params: { type: 'null' },
            });
            errors++;
          }
          var _valid0 = _errs16 === errors;
          valid1 = valid1 || _valid0;
        }
      }
      if (!valid1) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/anyOf',
          keyword: 'anyOf',
          params: {},
        });
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.call_id !== undefined) {
      if (typeof data.call_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/call_id',
          schemaPath: '#/properties/call_id/type',
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
    if (data.arguments !== undefined) {
      if (typeof data.arguments !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/arguments',
          schemaPath: '#/properties/arguments/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.action !== undefined) {
      let data9 = data.action;
      if (!(data9 && typeof data9 == 'object' && !Array.isArray(data9))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/action',
          schemaPath: '#/properties/action/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (typeof data.error !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/error',
          schemaPath: '#/properties/error/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.queries !== undefined) {
      let data11 = data.queries;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data11[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/queries/' + i1,
              schemaPath: '#/properties/queries/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/queries',
          schemaPath: '#/properties/queries/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.results !== undefined) {
      let data13 = data.results;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (!(data14 && typeof data14 == 'object' && !Array.isArray(data14))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/results/' + i2,
              schemaPath: '#/properties/results/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/results',
          schemaPath: '#/properties/results/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.summary !== undefined) {
      let data15 = data.summary;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data16 = data15[i3];
          if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
            if (data16.type === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/summary/' + i3,
                schemaPath: '#/properties/summary/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
              });
              errors++;
            }
            if (data16.text === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/summary/' + i3,
                schemaPath: '#/properties/summary/items/required',
                keyword: 'required',
                params: { missingProperty: 'text' },
              });
              errors++;
            }
            if (data16.type !== undefined) {
              let data17 = data16.type;
              if (typeof data17 !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/summary/' + i3 + '/type',
                  schemaPath: '#/properties/summary/items/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
              if (!(data17 === 'summary_text')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/summary/' + i3 + '/type',
                  schemaPath: '#/properties/summary/items/properties/type/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema266.properties.summary.items.properties.type.enum,
                  },
                });
                errors++;
              }
            }
            if (data16.text !== undefined) {
              if (typeof data16.text !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/summary/' + i3 + '/text',
                  schemaPath: '#/properties/summary/items/properties/text/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/summary/' + i3,
              schemaPath: '#/properties/summary/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/summary',
          schemaPath: '#/properties/summary/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.encrypted_content !== undefined) {
      if (typeof data.encrypted_content !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/encrypted_content',
          schemaPath: '#/properties/encrypted_content/type',
          keyword: 'type',
          params: { type: 'string' },
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
  validate1024.errors = vErrors;
  return errors === 0;
}
function validate1023(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1024(data, instancePath)) {
    vErrors = vErrors === null ? validate1024.errors : vErrors.concat(validate1024.errors);
    errors = vErrors.length;
  }
  validate1023.errors = vErrors;
  return errors === 0;
}
export const schema_ResponsesContentPart = validate1027;
function validate1028(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.text !== undefined) {
      if (typeof data.text !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/text',
          schemaPath: '#/properties/text/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.signature !== undefined) {
      if (typeof data.signature !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/signature',
          schemaPath: '#/properties/signature/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.refusal !== undefined) {
      if (typeof data.refusal !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/refusal',
          schemaPath: '#/properties/refusal/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.file_id !== undefined) {
      if (typeof data.file_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/file_id',
          schemaPath: '#/properties/file_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.image_url !== undefined) {
      if (typeof data.image_url !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_url',
          schemaPath: '#/properties/image_url/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.detail !== undefined) {
      if (typeof data.detail !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/detail',
          schemaPath: '#/properties/detail/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.file_data !== undefined) {
      if (typeof data.file_data !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/file_data',
          schemaPath: '#/properties/file_data/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.file_url !== undefined) {
      if (typeof data.file_url !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/file_url',
          schemaPath: '#/properties/file_url/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.filename !== undefined) {
      if (typeof data.filename !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/filename',
          schemaPath: '#/properties/filename/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.file_type !== undefined) {
      if (typeof data.file_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/file_type',
          schemaPath: '#/properties/file_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.input_audio !== undefined) {
      let data11 = data.input_audio;
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        if (data11.format === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/input_audio',
            schemaPath: '#/properties/input_audio/required',
            keyword: 'required',
            params: { missingProperty: 'format' },
          });
          errors++;
        }
        if (data11.data === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/input_audio',
            schemaPath: '#/properties/input_audio/required',
            keyword: 'required',
            params: { missingProperty: 'data' },
          });
          errors++;
        }
        if (data11.format !== undefined) {
          if (typeof data11.format !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/input_audio/format',
              schemaPath: '#/properties/input_audio/properties/format/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data11.data !== undefined) {
          if (typeof data11.data !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/input_audio/data',
              schemaPath: '#/properties/input_audio/properties/data/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_audio',
          schemaPath: '#/properties/input_audio/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.annotations !== undefined) {
      let data14 = data.annotations;
      if (Array.isArray(data14)) {
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data15 = data14[i0];
          if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
            if (data15.type !== undefined) {
              if (typeof data15.type !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/type',
                  schemaPath: '#/properties/annotations/items/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.index !== undefined) {
              let data17 = data15.index;
              if (!(typeof data17 == 'number' && !(data17 % 1) && !isNaN(data17))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/index',
                  schemaPath: '#/properties/annotations/items/properties/index/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data15.file_id !== undefined) {
              if (typeof data15.file_id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/file_id',
                  schemaPath: '#/properties/annotations/items/properties/file_id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.text !== undefined) {
              if (typeof data15.text !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/text',
                  schemaPath: '#/properties/annotations/items/properties/text/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.start_index !== undefined) {
              let data20 = data15.start_index;
              if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/start_index',
                  schemaPath: '#/properties/annotations/items/properties/start_index/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data15.end_index !== undefined) {
              let data21 = data15.end_index;
              if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/end_index',
                  schemaPath: '#/properties/annotations/items/properties/end_index/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data15.filename !== undefined) {
              if (typeof data15.filename !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/filename',
                  schemaPath: '#/properties/annotations/items/properties/filename/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.title !== undefined) {
              if (typeof data15.title !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/title',
                  schemaPath: '#/properties/annotations/items/properties/title/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.url !== undefined) {
              if (typeof data15.url !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/url',
                  schemaPath: '#/properties/annotations/items/properties/url/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.container_id !== undefined) {
              if (typeof data15.container_id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/container_id',
                  schemaPath: '#/properties/annotations/items/properties/container_id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/annotations/' + i0,
              schemaPath: '#/properties/annotations/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/annotations',
          schemaPath: '#/properties/annotations/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.logprobs !== undefined) {
      let data26 = data.logprobs;
      if (Array.isArray(data26)) {
        const len1 = data26.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data27 = data26[i1];
          if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
            if (data27.token !== undefined) {
              if (typeof data27.token !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/logprobs/' + i1 + '/token',
                  schemaPath: '#/properties/logprobs/items/properties/token/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data27.logprob !== undefined) {
              if (!(typeof data27.logprob == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/logprobs/' + i1 + '/logprob',
                  schemaPath: '#/properties/logprobs/items/properties/logprob/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data27.bytes !== undefined) {
              let data30 = data27.bytes;
              if (Array.isArray(data30)) {
                const len2 = data30.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data31 = data30[i2];
                  if (!(typeof data31 == 'number' && !(data31 % 1) && !isNaN(data31))) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/logprobs/' + i1 + '/bytes/' + i2,
                      schemaPath: '#/properties/logprobs/items/properties/bytes/items/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/logprobs/' + i1 + '/bytes',
                  schemaPath: '#/properties/logprobs/items/properties/bytes/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
            if (data27.top_logprobs !== undefined) {
              let data32 = data27.top_logprobs;
              if (Array.isArray(data32)) {
                const len3 = data32.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data33 = data32[i3];
                  if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
                    if (data33.token !== undefined) {
                      if (typeof data33.token !== 'string') {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath + '/logprobs/' + i1 + '/top_logprobs/' + i3 + '/token',
                          schemaPath:
                            '#/properties/logprobs/items/properties/top_logprobs/items/properties/token/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        });
                        errors++;
                      }
                    }
                    if (data33.logprob !== undefined) {
                      if (!(typeof data33.logprob == 'number')) {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath + '/logprobs/' + i1 + '/top_logprobs/' + i3 + '/logprob',
                          schemaPath:
                            '#/properties/logprobs/items/properties/top_logprobs/items/properties/logprob/type',
                          keyword: 'type',
                          params: { type: 'number' },
                        });
                        errors++;
                      }
                    }
                    if (data33.bytes !== undefined) {
                      let data36 = data33.bytes;
                      if (Array.isArray(data36)) {
                        const len4 = data36.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          let data37 = data36[i4];
                          if (!(typeof data37 == 'number' && !(data37 % 1) && !isNaN(data37))) {
                            vErrors = appendError(vErrors, {
                              instancePath:
                                instancePath +
                                '/logprobs/' +
                                i1 +
                                '/top_logprobs/' +
                                i3 +
                                '/bytes/' +
                                i4,
                              schemaPath:
                                '#/properties/logprobs/items/properties/top_logprobs/items/properties/bytes/items/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                            });
                            errors++;
                          }
                        }
                      } else {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath + '/logprobs/' + i1 + '/top_logprobs/' + i3 + '/bytes',
                          schemaPath:
                            '#/properties/logprobs/items/properties/top_logprobs/items/properties/bytes/type',
                          keyword: 'type',
                          params: { type: 'array' },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/logprobs/' + i1 + '/top_logprobs/' + i3,
                      schemaPath: '#/properties/logprobs/items/properties/top_logprobs/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/logprobs/' + i1 + '/top_logprobs',
                  schemaPath: '#/properties/logprobs/items/properties/top_logprobs/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/logprobs/' + i1,
              schemaPath: '#/properties/logprobs/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/logprobs',
          schemaPath: '#/properties/logprobs/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.cache_control !== undefined) {
      if (
        !(
          validate932(data.cache_control, instancePath) ||
          validate932(data.cache_control, instancePath + '/cache_control')
        )
      ) {
        vErrors = vErrors === null ? validate932.errors : vErrors.concat(validate932.errors);
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
  validate1028.errors = vErrors;
  return errors === 0;
}
function validate1027(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1028(data, instancePath)) {
    vErrors = vErrors === null ? validate1028.errors : vErrors.concat(validate1028.errors);
    errors = vErrors.length;
  }
  validate1027.errors = vErrors;
  return errors === 0;
}
export const schema_DeleteLogsRequest = validate1031;
function validate1032(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.ids === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ids' },
      });
      errors++;
    }
    if (data.ids !== undefined) {
      let data0 = data.ids;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/ids',
            schemaPath: '#/properties/ids/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
          });
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === 'string') {
            if (data1.length < 1) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/ids/' + i0,
                schemaPath: '#/properties/ids/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/ids/' + i0,
              schemaPath: '#/properties/ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/ids',
          schemaPath: '#/properties/ids/type',
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
  validate1032.errors = vErrors;
  return errors === 0;
}
function validate1031(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1032(data, instancePath)) {
    vErrors = vErrors === null ? validate1032.errors : vErrors.concat(validate1032.errors);
    errors = vErrors.length;
  }
  validate1031.errors = vErrors;
  return errors === 0;
}
export const schema_MessageResponse = validate1034;
function validate1035(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.message === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'message' },
      });
      errors++;
    }
    if (data.message !== undefined) {
      if (typeof data.message !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/message',
          schemaPath: '#/properties/message/type',
          keyword: 'type',
          params: { type: 'string' },
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
  validate1035.errors = vErrors;
  return errors === 0;
}
function validate1034(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1035(data, instancePath)) {
    vErrors = vErrors === null ? validate1035.errors : vErrors.concat(validate1035.errors);
    errors = vErrors.length;
  }
  validate1034.errors = vErrors;
  return errors === 0;
}
export const schema_SessionLogsResponse = validate1037;
function validate1038(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.session_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'session_id' },
      });
      errors++;
    }
    if (data.logs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'logs' },
      });
      errors++;
    }
    if (data.pagination === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pagination' },
      });
      errors++;
    }
    if (data.count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'count' },
      });
      errors++;
    }
    if (data.returned_count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'returned_count' },
      });
      errors++;
    }
    if (data.has_more === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'has_more' },
      });
      errors++;
    }
    if (data.session_id !== undefined) {
      if (typeof data.session_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/session_id',
          schemaPath: '#/properties/session_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.logs !== undefined) {
      let data1 = data.logs;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate914(data1[i0], instancePath) ||
              validate914(data1[i0], instancePath + '/logs/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate914.errors : vErrors.concat(validate914.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/logs',
          schemaPath: '#/properties/logs/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.pagination !== undefined) {
      if (
        !(
          validate950(data.pagination, instancePath) ||
          validate950(data.pagination, instancePath + '/pagination')
        )
      ) {
        vErrors = vErrors === null ? validate950.errors : vErrors.concat(validate950.errors);
        errors = vErrors.length;
      }
    }
    if (data.count !== undefined) {
      let data4 = data.count;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/count',
          schemaPath: '#/properties/count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.returned_count !== undefined) {
      let data5 = data.returned_count;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/returned_count',
          schemaPath: '#/properties/returned_count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/returned_count',
            schemaPath: '#/properties/returned_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.has_more !== undefined) {
      if (typeof data.has_more !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/has_more',
          schemaPath: '#/properties/has_more/type',
          keyword: 'type',
          params: { type: 'boolean' },
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
  validate1038.errors = vErrors;
  return errors === 0;
}
function validate1037(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1038(data, instancePath)) {
    vErrors = vErrors === null ? validate1038.errors : vErrors.concat(validate1038.errors);
    errors = vErrors.length;
  }
  validate1037.errors = vErrors;
  return errors === 0;
}
export const schema_SessionSummary = validate1042;
function validate1043(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.session_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'session_id' },
      });
      errors++;
    }
    if (data.count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'count' },
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
    if (data.total_tokens === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_tokens' },
      });
      errors++;
    }
    if (data.duration_ms === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration_ms' },
      });
      errors++;
    }
    if (data.session_id !== undefined) {
      if (typeof data.session_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/session_id',
          schemaPath: '#/properties/session_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.count !== undefined) {
      let data1 = data.count;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/count',
          schemaPath: '#/properties/count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.total_cost !== undefined) {
      let data2 = data.total_cost;
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
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
    if (data.started_at !== undefined) {
      let data4 = data.started_at;
      if (typeof data4 === 'string') {
        if (!formats0.validate(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/started_at',
            schemaPath: '#/properties/started_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/started_at',
          schemaPath: '#/properties/started_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.latest_at !== undefined) {
      let data5 = data.latest_at;
      if (typeof data5 === 'string') {
        if (!formats0.validate(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/latest_at',
            schemaPath: '#/properties/latest_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/latest_at',
          schemaPath: '#/properties/latest_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.duration_ms !== undefined) {
      let data6 = data.duration_ms;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/duration_ms',
          schemaPath: '#/properties/duration_ms/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/duration_ms',
            schemaPath: '#/properties/duration_ms/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/duration_ms',
            schemaPath: '#/properties/duration_ms/format',
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
  validate1043.errors = vErrors;
  return errors === 0;
}
function validate1042(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1043(data, instancePath)) {
    vErrors = vErrors === null ? validate1043.errors : vErrors.concat(validate1043.errors);
    errors = vErrors.length;
  }
  validate1042.errors = vErrors;
  return errors === 0;
}
export const schema_BucketSizeSeconds = validate1045;
function validate1046(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 60 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 60 },
      });
      errors++;
    }
    if (!formats44.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'int64' },
      });
      errors++;
    }
  }
  validate1046.errors = vErrors;
  return errors === 0;
}
function validate1045(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1046(data, instancePath)) {
    vErrors = vErrors === null ? validate1046.errors : vErrors.concat(validate1046.errors);
    errors = vErrors.length;
  }
  validate1045.errors = vErrors;
  return errors === 0;
}
export const schema_BucketTimestamp = validate1048;
function validate1049(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate1049.errors = vErrors;
  return errors === 0;
}
function validate1048(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1049(data, instancePath)) {
    vErrors = vErrors === null ? validate1049.errors : vErrors.concat(validate1049.errors);
    errors = vErrors.length;
  }
  validate1048.errors = vErrors;
  return errors === 0;
}
export const schema_RequestHistogram = validate1051;
function validate1052(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.count === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'count' },
              });
              errors++;
            }
            if (data1.success === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'success' },
              });
              errors++;
            }
            if (data1.error === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'error' },
              });
              errors++;
            }
            if (data1.cancelled === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'cancelled' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.count !== undefined) {
              let data3 = data1.count;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/count',
                  schemaPath: '#/properties/buckets/items/properties/count/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data3 == 'number') {
                if (data3 < 0 || isNaN(data3)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/count',
                    schemaPath: '#/properties/buckets/items/properties/count/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
                if (!formats44.validate(data3)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/count',
                    schemaPath: '#/properties/buckets/items/properties/count/format',
                    keyword: 'format',
                    params: { format: 'int64' },
                  });
                  errors++;
                }
              }
            }
            if (data1.success !== undefined) {
              let data4 = data1.success;
              if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/success',
                  schemaPath: '#/properties/buckets/items/properties/success/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data4 == 'number') {
                if (data4 < 0 || isNaN(data4)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/success',
                    schemaPath: '#/properties/buckets/items/properties/success/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
                if (!formats44.validate(data4)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/success',
                    schemaPath: '#/properties/buckets/items/properties/success/format',
                    keyword: 'format',
                    params: { format: 'int64' },
                  });
                  errors++;
                }
              }
            }
            if (data1.error !== undefined) {
              let data5 = data1.error;
              if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/error',
                  schemaPath: '#/properties/buckets/items/properties/error/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data5 == 'number') {
                if (data5 < 0 || isNaN(data5)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/error',
                    schemaPath: '#/properties/buckets/items/properties/error/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
                if (!formats44.validate(data5)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/error',
                    schemaPath: '#/properties/buckets/items/properties/error/format',
                    keyword: 'format',
                    params: { format: 'int64' },
                  });
                  errors++;
                }
              }
            }
            if (data1.cancelled !== undefined) {
              let data6 = data1.cancelled;
              if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/cancelled',
                  schemaPath: '#/properties/buckets/items/properties/cancelled/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data6 == 'number') {
                if (data6 < 0 || isNaN(data6)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/cancelled',
                    schemaPath: '#/properties/buckets/items/properties/cancelled/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
                if (!formats44.validate(data6)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/cancelled',
                    schemaPath: '#/properties/buckets/items/properties/cancelled/format',
                    keyword: 'format',
                    params: { format: 'int64' },
                  });
                  errors++;
                }
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
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
  validate1052.errors = vErrors;
  return errors === 0;
}
function validate1051(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1052(data, instancePath)) {
    vErrors = vErrors === null ? validate1052.errors : vErrors.concat(validate1052.errors);
    errors = vErrors.length;
  }
  validate1051.errors = vErrors;
  return errors === 0;
}
export const schema_TokenHistogram = validate1058;
function validate1059(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.prompt_tokens === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'prompt_tokens' },
              });
              errors++;
            }
            if (data1.completion_tokens === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'completion_tokens' },
              });
              errors++;
            }
            if (data1.total_tokens === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'total_tokens' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.prompt_tokens !== undefined) {
              let data3 = data1.prompt_tokens;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/prompt_tokens',
                  schemaPath: '#/properties/buckets/items/properties/prompt_tokens/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data3 == 'number') {
                if (data3 < 0 || isNaN(data3)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/prompt_tokens',
                    schemaPath: '#/properties/buckets/items/properties/prompt_tokens/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
                if (!formats44.validate(data3)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/prompt_tokens',
                    schemaPath: '#/properties/buckets/items/properties/prompt_tokens/format',
                    keyword: 'format',
                    params: { format: 'int64' },
                  });
                  errors++;
                }
              }
            }
            if (data1.completion_tokens !== undefined) {
              let data4 = data1.completion_tokens;
              if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/completion_tokens',
                  schemaPath: '#/properties/buckets/items/properties/completion_tokens/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data4 == 'number') {
                if (data4 < 0 || isNaN(data4)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/completion_tokens',
                    schemaPath: '#/properties/buckets/items/properties/completion_tokens/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
                if (!formats44.validate(data4)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/completion_tokens',
                    schemaPath: '#/properties/buckets/items/properties/completion_tokens/format',
                    keyword: 'format',
                    params: { format: 'int64' },
                  });
                  errors++;
                }
              }
            }
            if (data1.total_tokens !== undefined) {
              let data5 = data1.total_tokens;
              if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/total_tokens',
                  schemaPath: '#/properties/buckets/items/properties/total_tokens/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data5 == 'number') {
                if (data5 < 0 || isNaN(data5)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/total_tokens',
                    schemaPath: '#/properties/buckets/items/properties/total_tokens/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
                if (!formats44.validate(data5)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/total_tokens',
                    schemaPath: '#/properties/buckets/items/properties/total_tokens/format',
                    keyword: 'format',
                    params: { format: 'int64' },
                  });
                  errors++;
                }
              }
            }
            if (data1.cached_read_tokens !== undefined) {
              let data6 = data1.cached_read_tokens;
              if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/cached_read_tokens',
                  schemaPath: '#/properties/buckets/items/properties/cached_read_tokens/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data6 == 'number') {
                if (data6 < 0 || isNaN(data6)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/cached_read_tokens',
                    schemaPath: '#/properties/buckets/items/properties/cached_read_tokens/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
                if (!formats44.validate(data6)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/cached_read_tokens',
                    schemaPath: '#/properties/buckets/items/properties/cached_read_tokens/format',
                    keyword: 'format',
                    params: { format: 'int64' },
                  });
                  errors++;
                }
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
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
  validate1059.errors = vErrors;
  return errors === 0;
}
function validate1058(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1059(data, instancePath)) {
    vErrors = vErrors === null ? validate1059.errors : vErrors.concat(validate1059.errors);
    errors = vErrors.length;
  }
  validate1058.errors = vErrors;
  return errors === 0;
}
export const schema_CostByName = validate1063;
function validate1064(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/additionalProperties/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate1064.errors = vErrors;
  return errors === 0;
}
function validate1063(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1064(data, instancePath)) {
    vErrors = vErrors === null ? validate1064.errors : vErrors.concat(validate1064.errors);
    errors = vErrors.length;
  }
  validate1063.errors = vErrors;
  return errors === 0;
}
export const schema_CostHistogram = validate1066;
function validate1067(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.models === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'models' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.total_cost === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'total_cost' },
              });
              errors++;
            }
            if (data1.by_model === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'by_model' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.total_cost !== undefined) {
              let data3 = data1.total_cost;
              if (typeof data3 == 'number') {
                if (data3 < 0 || isNaN(data3)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/total_cost',
                    schemaPath: '#/properties/buckets/items/properties/total_cost/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/total_cost',
                  schemaPath: '#/properties/buckets/items/properties/total_cost/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.by_model !== undefined) {
              if (
                !(
                  validate1069(data1.by_model, instancePath) ||
                  validate1069(data1.by_model, instancePath + '/buckets/' + i0 + '/by_model')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1069.errors : vErrors.concat(validate1069.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
        errors = vErrors.length;
      }
    }
    if (data.models !== undefined) {
      let data6 = data.models;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data6[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/models/' + i1,
              schemaPath: '#/properties/models/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
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
  validate1067.errors = vErrors;
  return errors === 0;
}
function validate1066(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1067(data, instancePath)) {
    vErrors = vErrors === null ? validate1067.errors : vErrors.concat(validate1067.errors);
    errors = vErrors.length;
  }
  validate1066.errors = vErrors;
  return errors === 0;
}
export const schema_OutcomeCounts = validate1073;
function validate1074(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.total === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total' },
      });
      errors++;
    }
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      });
      errors++;
    }
    if (data.cancelled === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cancelled' },
      });
      errors++;
    }
    if (data.total !== undefined) {
      let data0 = data.total;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total',
          schemaPath: '#/properties/total/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total',
            schemaPath: '#/properties/total/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total',
            schemaPath: '#/properties/total/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.success !== undefined) {
      let data1 = data.success;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/success',
            schemaPath: '#/properties/success/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/success',
            schemaPath: '#/properties/success/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.error !== undefined) {
      let data2 = data.error;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/error',
          schemaPath: '#/properties/error/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/error',
            schemaPath: '#/properties/error/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/error',
            schemaPath: '#/properties/error/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.cancelled !== undefined) {
      let data3 = data.cancelled;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cancelled',
          schemaPath: '#/properties/cancelled/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cancelled',
            schemaPath: '#/properties/cancelled/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cancelled',
            schemaPath: '#/properties/cancelled/format',
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
  validate1074.errors = vErrors;
  return errors === 0;
}
function validate1073(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1074(data, instancePath)) {
    vErrors = vErrors === null ? validate1074.errors : vErrors.concat(validate1074.errors);
    errors = vErrors.length;
  }
  validate1073.errors = vErrors;
  return errors === 0;
}
export const schema_ModelHistogram = validate1076;
function validate1077(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.models === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'models' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.by_model === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'by_model' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.by_model !== undefined) {
              let data3 = data1.by_model;
              if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                for (const key0 in data3) {
                  if (
                    !(
                      validate1079(data3[key0], instancePath) ||
                      validate1079(
                        data3[key0],
                        instancePath +
                          '/buckets/' +
                          i0 +
                          '/by_model/' +
                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                      )
                    )
                  ) {
                    vErrors =
                      vErrors === null ? validate1079.errors : vErrors.concat(validate1079.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/by_model',
                  schemaPath: '#/properties/buckets/items/properties/by_model/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
        errors = vErrors.length;
      }
    }
    if (data.models !== undefined) {
      let data6 = data.models;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data6[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/models/' + i1,
              schemaPath: '#/properties/models/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
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
  validate1077.errors = vErrors;
  return errors === 0;
}
function validate1076(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1077(data, instancePath)) {
    vErrors = vErrors === null ? validate1077.errors : vErrors.concat(validate1077.errors);
    errors = vErrors.length;
  }
  validate1076.errors = vErrors;
  return errors === 0;
}
export const schema_LatencyFigures = validate1083;
function validate1084(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.avg_latency === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'avg_latency' },
      });
      errors++;
    }
    if (data.p90_latency === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'p90_latency' },
      });
      errors++;
    }
    if (data.p95_latency === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'p95_latency' },
      });
      errors++;
    }
    if (data.p99_latency === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'p99_latency' },
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
    if (data.avg_latency !== undefined) {
      let data0 = data.avg_latency;
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
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
    if (data.p90_latency !== undefined) {
      let data1 = data.p90_latency;
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/p90_latency',
            schemaPath: '#/properties/p90_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/p90_latency',
          schemaPath: '#/properties/p90_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.p95_latency !== undefined) {
      let data2 = data.p95_latency;
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/p95_latency',
            schemaPath: '#/properties/p95_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/p95_latency',
          schemaPath: '#/properties/p95_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.p99_latency !== undefined) {
      let data3 = data.p99_latency;
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/p99_latency',
            schemaPath: '#/properties/p99_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/p99_latency',
          schemaPath: '#/properties/p99_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.total_requests !== undefined) {
      let data4 = data.total_requests;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_requests',
          schemaPath: '#/properties/total_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_requests',
            schemaPath: '#/properties/total_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data4)) {
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1084.errors = vErrors;
  return errors === 0;
}
function validate1083(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1084(data, instancePath)) {
    vErrors = vErrors === null ? validate1084.errors : vErrors.concat(validate1084.errors);
    errors = vErrors.length;
  }
  validate1083.errors = vErrors;
  return errors === 0;
}
export const schema_LatencyHistogram = validate1086;
function validate1087(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (
            !(
              validate1088(data1, instancePath) ||
              validate1088(data1, instancePath + '/buckets/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate1088.errors : vErrors.concat(validate1088.errors);
            errors = vErrors.length;
          }
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/allOf/1/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/properties/buckets/items/allOf/1/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
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
  validate1087.errors = vErrors;
  return errors === 0;
}
function validate1086(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1087(data, instancePath)) {
    vErrors = vErrors === null ? validate1087.errors : vErrors.concat(validate1087.errors);
    errors = vErrors.length;
  }
  validate1086.errors = vErrors;
  return errors === 0;
}
export const schema_ThroughputFigures = validate1093;
function validate1094(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.tokens_per_second === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_per_second' },
      });
      errors++;
    }
    if (data.total_completion_tokens === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_completion_tokens' },
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
    if (data.tokens_per_second !== undefined) {
      let data0 = data.tokens_per_second;
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/tokens_per_second',
            schemaPath: '#/properties/tokens_per_second/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tokens_per_second',
          schemaPath: '#/properties/tokens_per_second/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.total_completion_tokens !== undefined) {
      let data1 = data.total_completion_tokens;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_completion_tokens',
          schemaPath: '#/properties/total_completion_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_completion_tokens',
            schemaPath: '#/properties/total_completion_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_completion_tokens',
            schemaPath: '#/properties/total_completion_tokens/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1094.errors = vErrors;
  return errors === 0;
}
function validate1093(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1094(data, instancePath)) {
    vErrors = vErrors === null ? validate1094.errors : vErrors.concat(validate1094.errors);
    errors = vErrors.length;
  }
  validate1093.errors = vErrors;
  return errors === 0;
}
export const schema_ThroughputHistogram = validate1096;
function validate1097(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (
            !(
              validate1098(data1, instancePath) ||
              validate1098(data1, instancePath + '/buckets/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate1098.errors : vErrors.concat(validate1098.errors);
            errors = vErrors.length;
          }
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/allOf/1/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/properties/buckets/items/allOf/1/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
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
  validate1097.errors = vErrors;
  return errors === 0;
}
function validate1096(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1097(data, instancePath)) {
    vErrors = vErrors === null ? validate1097.errors : vErrors.concat(validate1097.errors);
    errors = vErrors.length;
  }
  validate1096.errors = vErrors;
  return errors === 0;
}
export const schema_TokenFigures = validate1103;
function validate1104(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.prompt_tokens === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'prompt_tokens' },
      });
      errors++;
    }
    if (data.completion_tokens === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'completion_tokens' },
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
    if (data.prompt_tokens !== undefined) {
      let data0 = data.prompt_tokens;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/prompt_tokens',
          schemaPath: '#/properties/prompt_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/prompt_tokens',
            schemaPath: '#/properties/prompt_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data0)) {
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
      let data1 = data.completion_tokens;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/completion_tokens',
          schemaPath: '#/properties/completion_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/completion_tokens',
            schemaPath: '#/properties/completion_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data1)) {
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
    if (data.total_tokens !== undefined) {
      let data2 = data.total_tokens;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data2)) {
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1104.errors = vErrors;
  return errors === 0;
}
function validate1103(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1104(data, instancePath)) {
    vErrors = vErrors === null ? validate1104.errors : vErrors.concat(validate1104.errors);
    errors = vErrors.length;
  }
  validate1103.errors = vErrors;
  return errors === 0;
}
export const schema_ProviderCostHistogram = validate1106;
function validate1107(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.providers === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'providers' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.total_cost === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'total_cost' },
              });
              errors++;
            }
            if (data1.by_provider === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'by_provider' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.total_cost !== undefined) {
              let data3 = data1.total_cost;
              if (typeof data3 == 'number') {
                if (data3 < 0 || isNaN(data3)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/total_cost',
                    schemaPath: '#/properties/buckets/items/properties/total_cost/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/total_cost',
                  schemaPath: '#/properties/buckets/items/properties/total_cost/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.by_provider !== undefined) {
              if (
                !(
                  validate1069(data1.by_provider, instancePath) ||
                  validate1069(data1.by_provider, instancePath + '/buckets/' + i0 + '/by_provider')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1069.errors : vErrors.concat(validate1069.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
        errors = vErrors.length;
      }
    }
    if (data.providers !== undefined) {
      let data6 = data.providers;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data6[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/providers/' + i1,
              schemaPath: '#/properties/providers/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/providers',
          schemaPath: '#/properties/providers/type',
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
  validate1107.errors = vErrors;
  return errors === 0;
}
function validate1106(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1107(data, instancePath)) {
    vErrors = vErrors === null ? validate1107.errors : vErrors.concat(validate1107.errors);
    errors = vErrors.length;
  }
  validate1106.errors = vErrors;
  return errors === 0;
}
export const schema_ProviderTokenHistogram = validate1112;
function validate1113(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.providers === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'providers' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.by_provider === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'by_provider' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.by_provider !== undefined) {
              let data3 = data1.by_provider;
              if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                for (const key0 in data3) {
                  if (
                    !(
                      validate1115(data3[key0], instancePath) ||
                      validate1115(
                        data3[key0],
                        instancePath +
                          '/buckets/' +
                          i0 +
                          '/by_provider/' +
                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                      )
                    )
                  ) {
                    vErrors =
                      vErrors === null ? validate1115.errors : vErrors.concat(validate1115.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/by_provider',
                  schemaPath: '#/properties/buckets/items/properties/by_provider/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
        errors = vErrors.length;
      }
    }
    if (data.providers !== undefined) {
      let data6 = data.providers;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data6[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/providers/' + i1,
              schemaPath: '#/properties/providers/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/providers',
          schemaPath: '#/properties/providers/type',
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
  validate1113.errors = vErrors;
  return errors === 0;
}
function validate1112(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1113(data, instancePath)) {
    vErrors = vErrors === null ? validate1113.errors : vErrors.concat(validate1113.errors);
    errors = vErrors.length;
  }
  validate1112.errors = vErrors;
  return errors === 0;
}
export const schema_ProviderLatencyHistogram = validate1119;
function validate1120(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.providers === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'providers' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.by_provider === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'by_provider' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.by_provider !== undefined) {
              let data3 = data1.by_provider;
              if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                for (const key0 in data3) {
                  if (
                    !(
                      validate1088(data3[key0], instancePath) ||
                      validate1088(
                        data3[key0],
                        instancePath +
                          '/buckets/' +
                          i0 +
                          '/by_provider/' +
                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                      )
                    )
                  ) {
                    vErrors =
                      vErrors === null ? validate1088.errors : vErrors.concat(validate1088.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/by_provider',
                  schemaPath: '#/properties/buckets/items/properties/by_provider/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
        errors = vErrors.length;
      }
    }
    if (data.providers !== undefined) {
      let data6 = data.providers;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data6[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/providers/' + i1,
              schemaPath: '#/properties/providers/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/providers',
          schemaPath: '#/properties/providers/type',
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
  validate1120.errors = vErrors;
  return errors === 0;
}
function validate1119(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1120(data, instancePath)) {
    vErrors = vErrors === null ? validate1120.errors : vErrors.concat(validate1120.errors);
    errors = vErrors.length;
  }
  validate1119.errors = vErrors;
  return errors === 0;
}
export const schema_ProviderThroughputHistogram = validate1125;
function validate1126(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.providers === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'providers' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.by_provider === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'by_provider' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.by_provider !== undefined) {
              let data3 = data1.by_provider;
              if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                for (const key0 in data3) {
                  if (
                    !(
                      validate1098(data3[key0], instancePath) ||
                      validate1098(
                        data3[key0],
                        instancePath +
                          '/buckets/' +
                          i0 +
                          '/by_provider/' +
                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                      )
                    )
                  ) {
                    vErrors =
                      vErrors === null ? validate1098.errors : vErrors.concat(validate1098.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/by_provider',
                  schemaPath: '#/properties/buckets/items/properties/by_provider/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
        errors = vErrors.length;
      }
    }
    if (data.providers !== undefined) {
      let data6 = data.providers;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data6[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/providers/' + i1,
              schemaPath: '#/properties/providers/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/providers',
          schemaPath: '#/properties/providers/type',
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
  validate1126.errors = vErrors;
  return errors === 0;
}
function validate1125(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1126(data, instancePath)) {
    vErrors = vErrors === null ? validate1126.errors : vErrors.concat(validate1126.errors);
    errors = vErrors.length;
  }
  validate1125.errors = vErrors;
  return errors === 0;
}
export const schema_DimensionHistogramFields = validate1131;
function validate1132(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.dimension === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dimension' },
      });
      errors++;
    }
    if (data.dimension_values === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dimension_values' },
      });
      errors++;
    }
    if (data.dimension !== undefined) {
      let data0 = data.dimension;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dimension',
          schemaPath: '#/properties/dimension/type',
          keyword: 'type',
          params: { type: 'string' },
        });
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
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dimension',
          schemaPath: '#/properties/dimension/enum',
          keyword: 'enum',
          params: { allowedValues: schema357.properties.dimension.enum },
        });
        errors++;
      }
    }
    if (data.dimension_values !== undefined) {
      let data1 = data.dimension_values;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/dimension_values/' + i0,
              schemaPath: '#/properties/dimension_values/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dimension_values',
          schemaPath: '#/properties/dimension_values/type',
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
  validate1132.errors = vErrors;
  return errors === 0;
}
function validate1131(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1132(data, instancePath)) {
    vErrors = vErrors === null ? validate1132.errors : vErrors.concat(validate1132.errors);
    errors = vErrors.length;
  }
  validate1131.errors = vErrors;
  return errors === 0;
}
export const schema_DimensionCostHistogram = validate1134;
function validate1135(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1136(data, instancePath)) {
    vErrors = vErrors === null ? validate1136.errors : vErrors.concat(validate1136.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/allOf/1/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.total_cost === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/allOf/1/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'total_cost' },
              });
              errors++;
            }
            if (data1.by_dimension === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/allOf/1/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'by_dimension' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.total_cost !== undefined) {
              let data3 = data1.total_cost;
              if (typeof data3 == 'number') {
                if (data3 < 0 || isNaN(data3)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/buckets/' + i0 + '/total_cost',
                    schemaPath: '#/allOf/1/properties/buckets/items/properties/total_cost/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/total_cost',
                  schemaPath: '#/allOf/1/properties/buckets/items/properties/total_cost/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.by_dimension !== undefined) {
              if (
                !(
                  validate1069(data1.by_dimension, instancePath) ||
                  validate1069(
                    data1.by_dimension,
                    instancePath + '/buckets/' + i0 + '/by_dimension',
                  )
                )
              ) {
                vErrors =
                  vErrors === null ? validate1069.errors : vErrors.concat(validate1069.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/allOf/1/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/allOf/1/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
        errors = vErrors.length;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1135.errors = vErrors;
  return errors === 0;
}
function validate1134(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1135(data, instancePath)) {
    vErrors = vErrors === null ? validate1135.errors : vErrors.concat(validate1135.errors);
    errors = vErrors.length;
  }
  validate1134.errors = vErrors;
  return errors === 0;
}
export const schema_DimensionTokenHistogram = validate1142;
function validate1143(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1136(data, instancePath)) {
    vErrors = vErrors === null ? validate1136.errors : vErrors.concat(validate1136.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/allOf/1/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.by_dimension === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/allOf/1/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'by_dimension' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.by_dimension !== undefined) {
              let data3 = data1.by_dimension;
              if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                for (const key0 in data3) {
                  if (
                    !(
                      validate1115(data3[key0], instancePath) ||
                      validate1115(
                        data3[key0],
                        instancePath +
                          '/buckets/' +
                          i0 +
                          '/by_dimension/' +
                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                      )
                    )
                  ) {
                    vErrors =
                      vErrors === null ? validate1115.errors : vErrors.concat(validate1115.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/by_dimension',
                  schemaPath: '#/allOf/1/properties/buckets/items/properties/by_dimension/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/allOf/1/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/allOf/1/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
        errors = vErrors.length;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1143.errors = vErrors;
  return errors === 0;
}
function validate1142(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1143(data, instancePath)) {
    vErrors = vErrors === null ? validate1143.errors : vErrors.concat(validate1143.errors);
    errors = vErrors.length;
  }
  validate1142.errors = vErrors;
  return errors === 0;
}
export const schema_DimensionLatencyHistogram = validate1149;
function validate1150(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1136(data, instancePath)) {
    vErrors = vErrors === null ? validate1136.errors : vErrors.concat(validate1136.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.buckets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'buckets' },
      });
      errors++;
    }
    if (data.bucket_size_seconds === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'bucket_size_seconds' },
      });
      errors++;
    }
    if (data.buckets !== undefined) {
      let data0 = data.buckets;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.timestamp === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/allOf/1/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'timestamp' },
              });
              errors++;
            }
            if (data1.by_dimension === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/buckets/' + i0,
                schemaPath: '#/allOf/1/properties/buckets/items/required',
                keyword: 'required',
                params: { missingProperty: 'by_dimension' },
              });
              errors++;
            }
            if (data1.timestamp !== undefined) {
              if (
                !(
                  validate1053(data1.timestamp, instancePath) ||
                  validate1053(data1.timestamp, instancePath + '/buckets/' + i0 + '/timestamp')
                )
              ) {
                vErrors =
                  vErrors === null ? validate1053.errors : vErrors.concat(validate1053.errors);
                errors = vErrors.length;
              }
            }
            if (data1.by_dimension !== undefined) {
              let data3 = data1.by_dimension;
              if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                for (const key0 in data3) {
                  if (
                    !(
                      validate1088(data3[key0], instancePath) ||
                      validate1088(
                        data3[key0],
                        instancePath +
                          '/buckets/' +
                          i0 +
                          '/by_dimension/' +
                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                      )
                    )
                  ) {
                    vErrors =
                      vErrors === null ? validate1088.errors : vErrors.concat(validate1088.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/buckets/' + i0 + '/by_dimension',
                  schemaPath: '#/allOf/1/properties/buckets/items/properties/by_dimension/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/buckets/' + i0,
              schemaPath: '#/allOf/1/properties/buckets/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/buckets',
          schemaPath: '#/allOf/1/properties/buckets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.bucket_size_seconds !== undefined) {
      if (
        !(
          validate1055(data.bucket_size_seconds, instancePath) ||
          validate1055(data.bucket_size_seconds, instancePath + '/bucket_size_seconds')
        )
      ) {
        vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
        errors = vErrors.length;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1150.errors = vErrors;
  return errors === 0;
}
function validate1149(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1150(data, instancePath)) {
    vErrors = vErrors === null ? validate1150.errors : vErrors.concat(validate1150.errors);
    errors = vErrors.length;
  }
  validate1149.errors = vErrors;
  return errors === 0;
}
export const schema_DroppedRequests = validate1156;
function validate1157(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.dropped_requests === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dropped_requests' },
      });
      errors++;
    }
    if (data.dropped_requests !== undefined) {
      let data0 = data.dropped_requests;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dropped_requests',
          schemaPath: '#/properties/dropped_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dropped_requests',
            schemaPath: '#/properties/dropped_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dropped_requests',
            schemaPath: '#/properties/dropped_requests/format',
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
  validate1157.errors = vErrors;
  return errors === 0;
}
function validate1156(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1157(data, instancePath)) {
    vErrors = vErrors === null ? validate1157.errors : vErrors.concat(validate1157.errors);
    errors = vErrors.length;
  }
  validate1156.errors = vErrors;
  return errors === 0;
}
export const schema_IdName = validate1159;
function validate1160(data, instancePath = '') {
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
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1160.errors = vErrors;
  return errors === 0;
}
function validate1159(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1160(data, instancePath)) {
    vErrors = vErrors === null ? validate1160.errors : vErrors.concat(validate1160.errors);
    errors = vErrors.length;
  }
  validate1159.errors = vErrors;
  return errors === 0;
}
export const schema_FilterData = validate1162;
function validate1163(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.models !== undefined) {
      let data0 = data.models;
      if (!Array.isArray(data0) && data0 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
          keyword: 'type',
          params: { type: schema370.properties.models.type },
        });
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/models/' + i0,
              schemaPath: '#/properties/models/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.aliases !== undefined) {
      let data2 = data.aliases;
      if (!Array.isArray(data2) && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/aliases',
          schemaPath: '#/properties/aliases/type',
          keyword: 'type',
          params: { type: schema370.properties.aliases.type },
        });
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/aliases/' + i1,
              schemaPath: '#/properties/aliases/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.selected_keys !== undefined) {
      let data4 = data.selected_keys;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !(
              validate1164(data4[i2], instancePath) ||
              validate1164(data4[i2], instancePath + '/selected_keys/' + i2)
            )
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_keys',
          schemaPath: '#/properties/selected_keys/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.virtual_keys !== undefined) {
      let data6 = data.virtual_keys;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !(
              validate1164(data6[i3], instancePath) ||
              validate1164(data6[i3], instancePath + '/virtual_keys/' + i3)
            )
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_keys',
          schemaPath: '#/properties/virtual_keys/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_rules !== undefined) {
      let data8 = data.routing_rules;
      if (Array.isArray(data8)) {
        const len4 = data8.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (
            !(
              validate1164(data8[i4], instancePath) ||
              validate1164(data8[i4], instancePath + '/routing_rules/' + i4)
            )
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rules',
          schemaPath: '#/properties/routing_rules/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_engines !== undefined) {
      let data10 = data.routing_engines;
      if (!Array.isArray(data10) && data10 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_engines',
          schemaPath: '#/properties/routing_engines/type',
          keyword: 'type',
          params: { type: schema370.properties.routing_engines.type },
        });
        errors++;
      }
      if (Array.isArray(data10)) {
        const len5 = data10.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data10[i5] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/routing_engines/' + i5,
              schemaPath: '#/properties/routing_engines/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.stop_reasons !== undefined) {
      let data12 = data.stop_reasons;
      if (!Array.isArray(data12) && data12 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/stop_reasons',
          schemaPath: '#/properties/stop_reasons/type',
          keyword: 'type',
          params: { type: schema370.properties.stop_reasons.type },
        });
        errors++;
      }
      if (Array.isArray(data12)) {
        const len6 = data12.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data12[i6] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/stop_reasons/' + i6,
              schemaPath: '#/properties/stop_reasons/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.apps !== undefined) {
      let data14 = data.apps;
      if (!Array.isArray(data14) && data14 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/apps',
          schemaPath: '#/properties/apps/type',
          keyword: 'type',
          params: { type: schema370.properties.apps.type },
        });
        errors++;
      }
      if (Array.isArray(data14)) {
        const len7 = data14.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data14[i7] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/apps/' + i7,
              schemaPath: '#/properties/apps/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.user_agents !== undefined) {
      let data16 = data.user_agents;
      if (!Array.isArray(data16) && data16 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_agents',
          schemaPath: '#/properties/user_agents/type',
          keyword: 'type',
          params: { type: schema370.properties.user_agents.type },
        });
        errors++;
      }
      if (Array.isArray(data16)) {
        const len8 = data16.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data16[i8] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/user_agents/' + i8,
              schemaPath: '#/properties/user_agents/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.teams !== undefined) {
      let data18 = data.teams;
      if (!Array.isArray(data18) && data18 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/teams',
          schemaPath: '#/properties/teams/type',
          keyword: 'type',
          params: { type: schema370.properties.teams.type },
        });
        errors++;
      }
      if (Array.isArray(data18)) {
        const len9 = data18.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (
            !(
              validate1164(data18[i9], instancePath) ||
              validate1164(data18[i9], instancePath + '/teams/' + i9)
            )
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.customers !== undefined) {
      let data20 = data.customers;
      if (!Array.isArray(data20) && data20 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customers',
          schemaPath: '#/properties/customers/type',
          keyword: 'type',
          params: { type: schema370.properties.customers.type },
        });
        errors++;
      }
      if (Array.isArray(data20)) {
        const len10 = data20.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (
            !(
              validate1164(data20[i10], instancePath) ||
              validate1164(data20[i10], instancePath + '/customers/' + i10)
            )
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.users !== undefined) {
      let data22 = data.users;
      if (!Array.isArray(data22) && data22 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/users',
          schemaPath: '#/properties/users/type',
          keyword: 'type',
          params: { type: schema370.properties.users.type },
        });
        errors++;
      }
      if (Array.isArray(data22)) {
        const len11 = data22.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (
            !(
              validate1164(data22[i11], instancePath) ||
              validate1164(data22[i11], instancePath + '/users/' + i11)
            )
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.business_units !== undefined) {
      let data24 = data.business_units;
      if (!Array.isArray(data24) && data24 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_units',
          schemaPath: '#/properties/business_units/type',
          keyword: 'type',
          params: { type: schema370.properties.business_units.type },
        });
        errors++;
      }
      if (Array.isArray(data24)) {
        const len12 = data24.length;
        for (let i12 = 0; i12 < len12; i12++) {
          if (
            !(
              validate1164(data24[i12], instancePath) ||
              validate1164(data24[i12], instancePath + '/business_units/' + i12)
            )
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.metadata_keys !== undefined) {
      let data26 = data.metadata_keys;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        for (const key0 in data26) {
          let data27 = data26[key0];
          if (Array.isArray(data27)) {
            const len13 = data27.length;
            for (let i13 = 0; i13 < len13; i13++) {
              if (typeof data27[i13] !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath:
                    instancePath +
                    '/metadata_keys/' +
                    key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/' +
                    i13,
                  schemaPath: '#/properties/metadata_keys/additionalProperties/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath:
                instancePath + '/metadata_keys/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/metadata_keys/additionalProperties/type',
              keyword: 'type',
              params: { type: 'array' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata_keys',
          schemaPath: '#/properties/metadata_keys/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate1163.errors = vErrors;
  return errors === 0;
}
function validate1162(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1163(data, instancePath)) {
    vErrors = vErrors === null ? validate1163.errors : vErrors.concat(validate1163.errors);
    errors = vErrors.length;
  }
  validate1162.errors = vErrors;
  return errors === 0;
}
export const schema_Trend = validate1173;
function validate1174(data, instancePath = '') {
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
  validate1174.errors = vErrors;
  return errors === 0;
}
function validate1173(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1174(data, instancePath)) {
    vErrors = vErrors === null ? validate1174.errors : vErrors.concat(validate1174.errors);
    errors = vErrors.length;
  }
  validate1173.errors = vErrors;
  return errors === 0;
}
export const schema_ModelRanking = validate1176;
function validate1177(data, instancePath = '') {
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
  validate1177.errors = vErrors;
  return errors === 0;
}
function validate1176(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1177(data, instancePath)) {
    vErrors = vErrors === null ? validate1177.errors : vErrors.concat(validate1177.errors);
    errors = vErrors.length;
  }
  validate1176.errors = vErrors;
  return errors === 0;
}
export const schema_ModelRankings = validate1181;
function validate1182(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.rankings === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rankings' },
      });
      errors++;
    }
    if (data.rankings !== undefined) {
      let data0 = data.rankings;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate1183(data0[i0], instancePath) ||
              validate1183(data0[i0], instancePath + '/rankings/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate1183.errors : vErrors.concat(validate1183.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rankings',
          schemaPath: '#/properties/rankings/type',
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
  validate1182.errors = vErrors;
  return errors === 0;
}
function validate1181(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1182(data, instancePath)) {
    vErrors = vErrors === null ? validate1182.errors : vErrors.concat(validate1182.errors);
    errors = vErrors.length;
  }
  validate1181.errors = vErrors;
  return errors === 0;
}
export const schema_DimensionRanking = validate1187;
function validate1188(data, instancePath = '') {
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
  validate1188.errors = vErrors;
  return errors === 0;
}
function validate1187(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1188(data, instancePath)) {
    vErrors = vErrors === null ? validate1188.errors : vErrors.concat(validate1188.errors);
    errors = vErrors.length;
  }
  validate1187.errors = vErrors;
  return errors === 0;
}
export const schema_DimensionRankings = validate1191;
function validate1192(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.rankings === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rankings' },
      });
      errors++;
    }
    if (data.dimension === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dimension' },
      });
      errors++;
    }
    if (data.rankings !== undefined) {
      let data0 = data.rankings;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate1193(data0[i0], instancePath) ||
              validate1193(data0[i0], instancePath + '/rankings/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate1193.errors : vErrors.concat(validate1193.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rankings',
          schemaPath: '#/properties/rankings/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.dimension !== undefined) {
      let data2 = data.dimension;
      if (typeof data2 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dimension',
          schemaPath: '#/properties/dimension/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(
          data2 === 'team' ||
          data2 === 'customer' ||
          data2 === 'business_unit' ||
          data2 === 'user' ||
          data2 === 'virtual_key'
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dimension',
          schemaPath: '#/properties/dimension/enum',
          keyword: 'enum',
          params: { allowedValues: schema383.properties.dimension.enum },
        });
        errors++;
      }
    }
    if (data.total_actual_requests !== undefined) {
      let data3 = data.total_actual_requests;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_actual_requests',
          schemaPath: '#/properties/total_actual_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_actual_requests',
            schemaPath: '#/properties/total_actual_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_actual_requests',
            schemaPath: '#/properties/total_actual_requests/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.total_attributed_requests !== undefined) {
      let data4 = data.total_attributed_requests;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_attributed_requests',
          schemaPath: '#/properties/total_attributed_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_attributed_requests',
            schemaPath: '#/properties/total_attributed_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_attributed_requests',
            schemaPath: '#/properties/total_attributed_requests/format',
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
  validate1192.errors = vErrors;
  return errors === 0;
}
function validate1191(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1192(data, instancePath)) {
    vErrors = vErrors === null ? validate1192.errors : vErrors.concat(validate1192.errors);
    errors = vErrors.length;
  }
  validate1191.errors = vErrors;
  return errors === 0;
}
export const schema_Dashboard = validate1197;
function validate1198(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.meta === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'meta' },
      });
      errors++;
    }
    if (data.overview === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'overview' },
      });
      errors++;
    }
    if (data.provider_usage === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider_usage' },
      });
      errors++;
    }
    if (data.model_rankings === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model_rankings' },
      });
      errors++;
    }
    if (data.dimension_rankings === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dimension_rankings' },
      });
      errors++;
    }
    if (data.mcp === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mcp' },
      });
      errors++;
    }
    if (data.meta !== undefined) {
      let data0 = data.meta;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.generated_at === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/meta',
            schemaPath: '#/properties/meta/required',
            keyword: 'required',
            params: { missingProperty: 'generated_at' },
          });
          errors++;
        }
        if (data0.bucket_size_seconds === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/meta',
            schemaPath: '#/properties/meta/required',
            keyword: 'required',
            params: { missingProperty: 'bucket_size_seconds' },
          });
          errors++;
        }
        if (data0.generated_at !== undefined) {
          let data1 = data0.generated_at;
          if (typeof data1 === 'string') {
            if (!formats0.validate(data1)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/meta/generated_at',
                schemaPath: '#/properties/meta/properties/generated_at/format',
                keyword: 'format',
                params: { format: 'date-time' },
              });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/meta/generated_at',
              schemaPath: '#/properties/meta/properties/generated_at/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data0.bucket_size_seconds !== undefined) {
          if (
            !(
              validate1055(data0.bucket_size_seconds, instancePath) ||
              validate1055(data0.bucket_size_seconds, instancePath + '/meta/bucket_size_seconds')
            )
          ) {
            vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
            errors = vErrors.length;
          }
        }
        if (data0.start_time !== undefined) {
          let data3 = data0.start_time;
          if (typeof data3 === 'string') {
            if (!formats0.validate(data3)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/meta/start_time',
                schemaPath: '#/properties/meta/properties/start_time/format',
                keyword: 'format',
                params: { format: 'date-time' },
              });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/meta/start_time',
              schemaPath: '#/properties/meta/properties/start_time/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data0.end_time !== undefined) {
          let data4 = data0.end_time;
          if (typeof data4 === 'string') {
            if (!formats0.validate(data4)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/meta/end_time',
                schemaPath: '#/properties/meta/properties/end_time/format',
                keyword: 'format',
                params: { format: 'date-time' },
              });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/meta/end_time',
              schemaPath: '#/properties/meta/properties/end_time/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/meta',
          schemaPath: '#/properties/meta/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.overview !== undefined) {
      let data5 = data.overview;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (data5.stats === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'stats' },
          });
          errors++;
        }
        if (data5.requests === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'requests' },
          });
          errors++;
        }
        if (data5.tokens === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'tokens' },
          });
          errors++;
        }
        if (data5.cost === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'cost' },
          });
          errors++;
        }
        if (data5.models === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'models' },
          });
          errors++;
        }
        if (data5.latency === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'latency' },
          });
          errors++;
        }
        if (data5.stats !== undefined) {
          if (
            !(
              validate952(data5.stats, instancePath) ||
              validate952(data5.stats, instancePath + '/overview/stats')
            )
          ) {
            vErrors = vErrors === null ? validate952.errors : vErrors.concat(validate952.errors);
            errors = vErrors.length;
          }
        }
        if (data5.requests !== undefined) {
          if (
            !(
              validate1201(data5.requests, instancePath) ||
              validate1201(data5.requests, instancePath + '/overview/requests')
            )
          ) {
            vErrors = vErrors === null ? validate1201.errors : vErrors.concat(validate1201.errors);
            errors = vErrors.length;
          }
        }
        if (data5.tokens !== undefined) {
          if (
            !(
              validate1205(data5.tokens, instancePath) ||
              validate1205(data5.tokens, instancePath + '/overview/tokens')
            )
          ) {
            vErrors = vErrors === null ? validate1205.errors : vErrors.concat(validate1205.errors);
            errors = vErrors.length;
          }
        }
        if (data5.cost !== undefined) {
          if (
            !(
              validate1209(data5.cost, instancePath) ||
              validate1209(data5.cost, instancePath + '/overview/cost')
            )
          ) {
            vErrors = vErrors === null ? validate1209.errors : vErrors.concat(validate1209.errors);
            errors = vErrors.length;
          }
        }
        if (data5.models !== undefined) {
          if (
            !(
              validate1214(data5.models, instancePath) ||
              validate1214(data5.models, instancePath + '/overview/models')
            )
          ) {
            vErrors = vErrors === null ? validate1214.errors : vErrors.concat(validate1214.errors);
            errors = vErrors.length;
          }
        }
        if (data5.latency !== undefined) {
          if (
            !(
              validate1219(data5.latency, instancePath) ||
              validate1219(data5.latency, instancePath + '/overview/latency')
            )
          ) {
            vErrors = vErrors === null ? validate1219.errors : vErrors.concat(validate1219.errors);
            errors = vErrors.length;
          }
        }
        if (data5.throughput !== undefined) {
          if (
            !(
              validate1224(data5.throughput, instancePath) ||
              validate1224(data5.throughput, instancePath + '/overview/throughput')
            )
          ) {
            vErrors = vErrors === null ? validate1224.errors : vErrors.concat(validate1224.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/overview',
          schemaPath: '#/properties/overview/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.provider_usage !== undefined) {
      let data13 = data.provider_usage;
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        if (data13.cost === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/provider_usage',
            schemaPath: '#/properties/provider_usage/required',
            keyword: 'required',
            params: { missingProperty: 'cost' },
          });
          errors++;
        }
        if (data13.tokens === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/provider_usage',
            schemaPath: '#/properties/provider_usage/required',
            keyword: 'required',
            params: { missingProperty: 'tokens' },
          });
          errors++;
        }
        if (data13.latency === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/provider_usage',
            schemaPath: '#/properties/provider_usage/required',
            keyword: 'required',
            params: { missingProperty: 'latency' },
          });
          errors++;
        }
        if (data13.cost !== undefined) {
          if (
            !(
              validate1229(data13.cost, instancePath) ||
              validate1229(data13.cost, instancePath + '/provider_usage/cost')
            )
          ) {
            vErrors = vErrors === null ? validate1229.errors : vErrors.concat(validate1229.errors);
            errors = vErrors.length;
          }
        }
        if (data13.tokens !== undefined) {
          if (
            !(
              validate1234(data13.tokens, instancePath) ||
              validate1234(data13.tokens, instancePath + '/provider_usage/tokens')
            )
          ) {
            vErrors = vErrors === null ? validate1234.errors : vErrors.concat(validate1234.errors);
            errors = vErrors.length;
          }
        }
        if (data13.latency !== undefined) {
          if (
            !(
              validate1239(data13.latency, instancePath) ||
              validate1239(data13.latency, instancePath + '/provider_usage/latency')
            )
          ) {
            vErrors = vErrors === null ? validate1239.errors : vErrors.concat(validate1239.errors);
            errors = vErrors.length;
          }
        }
        if (data13.throughput !== undefined) {
          if (
            !(
              validate1244(data13.throughput, instancePath) ||
              validate1244(data13.throughput, instancePath + '/provider_usage/throughput')
            )
          ) {
            vErrors = vErrors === null ? validate1244.errors : vErrors.concat(validate1244.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/provider_usage',
          schemaPath: '#/properties/provider_usage/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.model_rankings !== undefined) {
      let data18 = data.model_rankings;
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        if (data18.rankings === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/model_rankings',
            schemaPath: '#/properties/model_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'rankings' },
          });
          errors++;
        }
        if (data18.histogram === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/model_rankings',
            schemaPath: '#/properties/model_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'histogram' },
          });
          errors++;
        }
        if (data18.rankings !== undefined) {
          if (
            !(
              validate1249(data18.rankings, instancePath) ||
              validate1249(data18.rankings, instancePath + '/model_rankings/rankings')
            )
          ) {
            vErrors = vErrors === null ? validate1249.errors : vErrors.concat(validate1249.errors);
            errors = vErrors.length;
          }
        }
        if (data18.histogram !== undefined) {
          if (
            !(
              validate1214(data18.histogram, instancePath) ||
              validate1214(data18.histogram, instancePath + '/model_rankings/histogram')
            )
          ) {
            vErrors = vErrors === null ? validate1214.errors : vErrors.concat(validate1214.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model_rankings',
          schemaPath: '#/properties/model_rankings/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.dimension_rankings !== undefined) {
      let data21 = data.dimension_rankings;
      if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
        if (data21.team === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'team' },
          });
          errors++;
        }
        if (data21.user === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'user' },
          });
          errors++;
        }
        if (data21.virtual_key === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'virtual_key' },
          });
          errors++;
        }
        if (data21.customer === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'customer' },
          });
          errors++;
        }
        if (data21.business_unit === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'business_unit' },
          });
          errors++;
        }
        if (data21.team !== undefined) {
          if (
            !(
              validate1253(data21.team, instancePath) ||
              validate1253(data21.team, instancePath + '/dimension_rankings/team')
            )
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.user !== undefined) {
          if (
            !(
              validate1253(data21.user, instancePath) ||
              validate1253(data21.user, instancePath + '/dimension_rankings/user')
            )
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.virtual_key !== undefined) {
          if (
            !(
              validate1253(data21.virtual_key, instancePath) ||
              validate1253(data21.virtual_key, instancePath + '/dimension_rankings/virtual_key')
            )
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.customer !== undefined) {
          if (
            !(
              validate1253(data21.customer, instancePath) ||
              validate1253(data21.customer, instancePath + '/dimension_rankings/customer')
            )
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.business_unit !== undefined) {
          if (
            !(
              validate1253(data21.business_unit, instancePath) ||
              validate1253(data21.business_unit, instancePath + '/dimension_rankings/business_unit')
            )
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dimension_rankings',
          schemaPath: '#/properties/dimension_rankings/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.mcp !== undefined) {
      let data27 = data.mcp;
      if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
        if (data27.volume === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/mcp',
            schemaPath: '#/properties/mcp/required',
            keyword: 'required',
            params: { missingProperty: 'volume' },
          });
          errors++;
        }
        if (data27.cost === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/mcp',
            schemaPath: '#/properties/mcp/required',
            keyword: 'required',
            params: { missingProperty: 'cost' },
          });
          errors++;
        }
        if (data27.top_tools === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/mcp',
            schemaPath: '#/properties/mcp/required',
            keyword: 'required',
            params: { missingProperty: 'top_tools' },
          });
          errors++;
        }
        if (data27.volume !== undefined) {
          let data28 = data27.volume;
          if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
            if (data28.buckets === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/mcp/volume',
                schemaPath: '#/properties/mcp/properties/volume/required',
                keyword: 'required',
                params: { missingProperty: 'buckets' },
              });
              errors++;
            }
            if (data28.bucket_size_seconds === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/mcp/volume',
                schemaPath: '#/properties/mcp/properties/volume/required',
                keyword: 'required',
                params: { missingProperty: 'bucket_size_seconds' },
              });
              errors++;
            }
            if (data28.buckets !== undefined) {
              let data29 = data28.buckets;
              if (Array.isArray(data29)) {
                const len0 = data29.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data30 = data29[i0];
                  if (data30 && typeof data30 == 'object' && !Array.isArray(data30)) {
                    if (data30.timestamp === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'timestamp' },
                      });
                      errors++;
                    }
                    if (data30.count === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'count' },
                      });
                      errors++;
                    }
                    if (data30.success === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'success' },
                      });
                      errors++;
                    }
                    if (data30.error === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'error' },
                      });
                      errors++;
                    }
                    if (data30.timestamp !== undefined) {
                      if (
                        !(
                          validate1053(data30.timestamp, instancePath) ||
                          validate1053(
                            data30.timestamp,
                            instancePath + '/mcp/volume/buckets/' + i0 + '/timestamp',
                          )
                        )
                      ) {
                        vErrors =
                          vErrors === null
                            ? validate1053.errors
                            : vErrors.concat(validate1053.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data30.count !== undefined) {
                      let data32 = data30.count;
                      if (!(typeof data32 == 'number' && !(data32 % 1) && !isNaN(data32))) {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/count',
                          schemaPath:
                            '#/properties/mcp/properties/volume/properties/buckets/items/properties/count/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        });
                        errors++;
                      }
                      if (typeof data32 == 'number') {
                        if (data32 < 0 || isNaN(data32)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/count/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                        if (!formats44.validate(data32)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/count/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          });
                          errors++;
                        }
                      }
                    }
                    if (data30.success !== undefined) {
                      let data33 = data30.success;
                      if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33))) {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/success',
                          schemaPath:
                            '#/properties/mcp/properties/volume/properties/buckets/items/properties/success/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        });
                        errors++;
                      }
                      if (typeof data33 == 'number') {
                        if (data33 < 0 || isNaN(data33)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/success',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/success/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                        if (!formats44.validate(data33)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/success',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/success/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          });
                          errors++;
                        }
                      }
                    }
                    if (data30.error !== undefined) {
                      let data34 = data30.error;
                      if (!(typeof data34 == 'number' && !(data34 % 1) && !isNaN(data34))) {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/error',
                          schemaPath:
                            '#/properties/mcp/properties/volume/properties/buckets/items/properties/error/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        });
                        errors++;
                      }
                      if (typeof data34 == 'number') {
                        if (data34 < 0 || isNaN(data34)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/error',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/error/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                        if (!formats44.validate(data34)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/error',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/error/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          });
                          errors++;
                        }
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                      schemaPath:
                        '#/properties/mcp/properties/volume/properties/buckets/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/mcp/volume/buckets',
                  schemaPath: '#/properties/mcp/properties/volume/properties/buckets/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
            if (data28.bucket_size_seconds !== undefined) {
              if (
                !(
                  validate1055(data28.bucket_size_seconds, instancePath) ||
                  validate1055(
                    data28.bucket_size_seconds,
                    instancePath + '/mcp/volume/bucket_size_seconds',
                  )
                )
              ) {
                vErrors =
                  vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/mcp/volume',
              schemaPath: '#/properties/mcp/properties/volume/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data27.cost !== undefined) {
          let data36 = data27.cost;
          if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
            if (data36.buckets === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/mcp/cost',
                schemaPath: '#/properties/mcp/properties/cost/required',
                keyword: 'required',
                params: { missingProperty: 'buckets' },
              });
              errors++;
            }
            if (data36.bucket_size_seconds === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/mcp/cost',
                schemaPath: '#/properties/mcp/properties/cost/required',
                keyword: 'required',
                params: { missingProperty: 'bucket_size_seconds' },
              });
              errors++;
            }
            if (data36.buckets !== undefined) {
              let data37 = data36.buckets;
              if (Array.isArray(data37)) {
                const len1 = data37.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data38 = data37[i1];
                  if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
                    if (data38.timestamp === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/cost/buckets/' + i1,
                        schemaPath:
                          '#/properties/mcp/properties/cost/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'timestamp' },
                      });
                      errors++;
                    }
                    if (data38.total_cost === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/cost/buckets/' + i1,
                        schemaPath:
                          '#/properties/mcp/properties/cost/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'total_cost' },
                      });
                      errors++;
                    }
                    if (data38.timestamp !== undefined) {
                      if (
                        !(
                          validate1053(data38.timestamp, instancePath) ||
                          validate1053(
                            data38.timestamp,
                            instancePath + '/mcp/cost/buckets/' + i1 + '/timestamp',
                          )
                        )
                      ) {
                        vErrors =
                          vErrors === null
                            ? validate1053.errors
                            : vErrors.concat(validate1053.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data38.total_cost !== undefined) {
                      let data40 = data38.total_cost;
                      if (typeof data40 == 'number') {
                        if (data40 < 0 || isNaN(data40)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/cost/buckets/' + i1 + '/total_cost',
                            schemaPath:
                              '#/properties/mcp/properties/cost/properties/buckets/items/properties/total_cost/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                      } else {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/cost/buckets/' + i1 + '/total_cost',
                          schemaPath:
                            '#/properties/mcp/properties/cost/properties/buckets/items/properties/total_cost/type',
                          keyword: 'type',
                          params: { type: 'number' },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/mcp/cost/buckets/' + i1,
                      schemaPath: '#/properties/mcp/properties/cost/properties/buckets/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/mcp/cost/buckets',
                  schemaPath: '#/properties/mcp/properties/cost/properties/buckets/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
            if (data36.bucket_size_seconds !== undefined) {
              if (
                !(
                  validate1055(data36.bucket_size_seconds, instancePath) ||
                  validate1055(
                    data36.bucket_size_seconds,
                    instancePath + '/mcp/cost/bucket_size_seconds',
                  )
                )
              ) {
                vErrors =
                  vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/mcp/cost',
              schemaPath: '#/properties/mcp/properties/cost/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data27.top_tools !== undefined) {
          let data42 = data27.top_tools;
          if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
            if (data42.tools === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/mcp/top_tools',
                schemaPath: '#/properties/mcp/properties/top_tools/required',
                keyword: 'required',
                params: { missingProperty: 'tools' },
              });
              errors++;
            }
            if (data42.tools !== undefined) {
              let data43 = data42.tools;
              if (Array.isArray(data43)) {
                const len2 = data43.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data44 = data43[i2];
                  if (data44 && typeof data44 == 'object' && !Array.isArray(data44)) {
                    if (data44.tool_name === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                        schemaPath:
                          '#/properties/mcp/properties/top_tools/properties/tools/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'tool_name' },
                      });
                      errors++;
                    }
                    if (data44.count === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                        schemaPath:
                          '#/properties/mcp/properties/top_tools/properties/tools/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'count' },
                      });
                      errors++;
                    }
                    if (data44.cost === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                        schemaPath:
                          '#/properties/mcp/properties/top_tools/properties/tools/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'cost' },
                      });
                      errors++;
                    }
                    if (data44.tool_name !== undefined) {
                      if (typeof data44.tool_name !== 'string') {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/tool_name',
                          schemaPath:
                            '#/properties/mcp/properties/top_tools/properties/tools/items/properties/tool_name/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        });
                        errors++;
                      }
                    }
                    if (data44.count !== undefined) {
                      let data46 = data44.count;
                      if (!(typeof data46 == 'number' && !(data46 % 1) && !isNaN(data46))) {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/count',
                          schemaPath:
                            '#/properties/mcp/properties/top_tools/properties/tools/items/properties/count/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        });
                        errors++;
                      }
                      if (typeof data46 == 'number') {
                        if (data46 < 0 || isNaN(data46)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/top_tools/properties/tools/items/properties/count/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                        if (!formats44.validate(data46)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/top_tools/properties/tools/items/properties/count/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          });
                          errors++;
                        }
                      }
                    }
                    if (data44.cost !== undefined) {
                      let data47 = data44.cost;
                      if (typeof data47 == 'number') {
                        if (data47 < 0 || isNaN(data47)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/cost',
                            schemaPath:
                              '#/properties/mcp/properties/top_tools/properties/tools/items/properties/cost/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                      } else {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/cost',
                          schemaPath:
                            '#/properties/mcp/properties/top_tools/properties/tools/items/properties/cost/type',
                          keyword: 'type',
                          params: { type: 'number' },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                      schemaPath:
                        '#/properties/mcp/properties/top_tools/properties/tools/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/mcp/top_tools/tools',
                  schemaPath: '#/properties/mcp/properties/top_tools/properties/tools/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/mcp/top_tools',
              schemaPath: '#/properties/mcp/properties/top_tools/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/mcp',
          schemaPath: '#/properties/mcp/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate1198.errors = vErrors;
  return errors === 0;
}
function validate1197(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1198(data, instancePath)) {
    vErrors = vErrors === null ? validate1198.errors : vErrors.concat(validate1198.errors);
    errors = vErrors.length;
  }
  validate1197.errors = vErrors;
  return errors === 0;
}
export const schema_UserAgentMatchType = validate1265;
function validate1266(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (!(data === 'contains' || data === 'starts_with' || data === 'exact' || data === 'regex')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema233.enum },
    });
    errors++;
  }
  validate1266.errors = vErrors;
  return errors === 0;
}
function validate1265(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1266(data, instancePath)) {
    vErrors = vErrors === null ? validate1266.errors : vErrors.concat(validate1266.errors);
    errors = vErrors.length;
  }
  validate1265.errors = vErrors;
  return errors === 0;
}
export const schema_UserAgentMappingInput = validate1268;
function validate1269(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.pattern === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pattern' },
      });
      errors++;
    }
    if (data.app === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'app' },
      });
      errors++;
    }
    if (data.match_type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'match_type' },
      });
      errors++;
    }
    if (data.pattern !== undefined) {
      let data0 = data.pattern;
      if (typeof data0 === 'string') {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pattern',
            schemaPath: '#/properties/pattern/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/pattern',
          schemaPath: '#/properties/pattern/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.app !== undefined) {
      let data1 = data.app;
      if (typeof data1 === 'string') {
        if (data1.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/app',
            schemaPath: '#/properties/app/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/app',
          schemaPath: '#/properties/app/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.match_type !== undefined) {
      if (
        !(
          validate880(data.match_type, instancePath) ||
          validate880(data.match_type, instancePath + '/match_type')
        )
      ) {
        vErrors = vErrors === null ? validate880.errors : vErrors.concat(validate880.errors);
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
  validate1269.errors = vErrors;
  return errors === 0;
}
function validate1268(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1269(data, instancePath)) {
    vErrors = vErrors === null ? validate1269.errors : vErrors.concat(validate1269.errors);
    errors = vErrors.length;
  }
  validate1268.errors = vErrors;
  return errors === 0;
}
export const schema_UserAgentMapping = validate1272;
function validate1273(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1274(data, instancePath)) {
    vErrors = vErrors === null ? validate1274.errors : vErrors.concat(validate1274.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      });
      errors++;
    }
    if (data.updated_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'updated_at' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/id',
            schemaPath: '#/allOf/1/properties/id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/allOf/1/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data1 = data.created_at;
      if (typeof data1 === 'string') {
        if (!formats0.validate(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/allOf/1/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/allOf/1/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.updated_at !== undefined) {
      let data2 = data.updated_at;
      if (typeof data2 === 'string') {
        if (!formats0.validate(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/updated_at',
            schemaPath: '#/allOf/1/properties/updated_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/updated_at',
          schemaPath: '#/allOf/1/properties/updated_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1273.errors = vErrors;
  return errors === 0;
}
function validate1272(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1273(data, instancePath)) {
    vErrors = vErrors === null ? validate1273.errors : vErrors.concat(validate1273.errors);
    errors = vErrors.length;
  }
  validate1272.errors = vErrors;
  return errors === 0;
}
export const schema_UserAgentMappings = validate1278;
function validate1279(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.mappings === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mappings' },
      });
      errors++;
    }
    if (data.mappings !== undefined) {
      let data0 = data.mappings;
      if (!Array.isArray(data0) && data0 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/mappings',
          schemaPath: '#/properties/mappings/type',
          keyword: 'type',
          params: { type: schema407.properties.mappings.type },
        });
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate1280(data0[i0], instancePath) ||
              validate1280(data0[i0], instancePath + '/mappings/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate1280.errors : vErrors.concat(validate1280.errors);
            errors = vErrors.length;
          }
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
  validate1279.errors = vErrors;
  return errors === 0;
}
function validate1278(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1279(data, instancePath)) {
    vErrors = vErrors === null ? validate1279.errors : vErrors.concat(validate1279.errors);
    errors = vErrors.length;
  }
  validate1278.errors = vErrors;
  return errors === 0;
}
export const schema_SuccessFlag = validate1284;
function validate1285(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.success !== undefined) {
      let data0 = data.success;
      if (typeof data0 !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
      if (true !== data0) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/const',
          keyword: 'const',
          params: { allowedValue: true },
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
  validate1285.errors = vErrors;
  return errors === 0;
}
function validate1284(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1285(data, instancePath)) {
    vErrors = vErrors === null ? validate1285.errors : vErrors.concat(validate1285.errors);
    errors = vErrors.length;
  }
  validate1284.errors = vErrors;
  return errors === 0;
}
export const schema_RecalculateCostFilters = validate1287;
const schema243 = {
  type: 'object',
  properties: {
    providers: { type: 'array', items: { type: 'string' } },
    models: { type: 'array', items: { type: 'string' } },
    aliases: { type: 'array', items: { type: 'string' } },
    status: { type: 'array', items: { $ref: '#/components/schemas/LogStatus' } },
    stop_reasons: { type: 'array', items: { type: 'string' } },
    objects: { type: 'array', items: { type: 'string' } },
    parent_request_id: { type: 'string' },
    selected_key_ids: { type: 'array', items: { type: 'string' } },
    virtual_key_ids: { type: 'array', items: { type: 'string' } },
    routing_rule_ids: { type: 'array', items: { type: 'string' } },
    team_ids: { type: 'array', items: { type: 'string' } },
    customer_ids: { type: 'array', items: { type: 'string' } },
    user_ids: { type: 'array', items: { type: 'string' } },
    business_unit_ids: { type: 'array', items: { type: 'string' } },
    routing_engine_used: { type: 'array', items: { $ref: '#/components/schemas/RoutingEngine' } },
    start_time: { type: 'string', format: 'date-time' },
    end_time: { type: 'string', format: 'date-time' },
    period: { type: 'string', minLength: 1 },
    min_latency: { type: 'number', minimum: 0 },
    max_latency: { type: 'number', minimum: 0 },
    min_tokens: { type: 'integer', minimum: 0 },
    max_tokens: { type: 'integer', minimum: 0 },
    min_cost: { type: 'number', minimum: 0 },
    max_cost: { type: 'number', minimum: 0 },
    missing_cost_only: { type: 'boolean' },
    cache_hit_types: { type: 'array', items: { type: 'string', enum: ['direct', 'semantic'] } },
    content_search: { type: 'string' },
    metadata_filters: { type: 'object', additionalProperties: { type: 'string' } },
  },
};
const schema36 = {
  type: 'string',
  enum: [
    'governance',
    'routing-rule',
    'loadbalancing',
    'model-catalog',
    'circuit-breaker',
    'session-affinity',
    'core',
  ],
};
function validate899(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (
    !(
      data === 'governance' ||
      data === 'routing-rule' ||
      data === 'loadbalancing' ||
      data === 'model-catalog' ||
      data === 'circuit-breaker' ||
      data === 'session-affinity' ||
      data === 'core'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema36.enum },
    });
    errors++;
  }
  validate899.errors = vErrors;
  return errors === 0;
}
function validate1288(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.providers !== undefined) {
      let data0 = data.providers;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/providers/' + i0,
              schemaPath: '#/properties/providers/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/providers',
          schemaPath: '#/properties/providers/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.models !== undefined) {
      let data2 = data.models;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/models/' + i1,
              schemaPath: '#/properties/models/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.aliases !== undefined) {
      let data4 = data.aliases;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data4[i2] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/aliases/' + i2,
              schemaPath: '#/properties/aliases/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/aliases',
          schemaPath: '#/properties/aliases/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data6 = data.status;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !(
              validate897(data6[i3], instancePath) ||
              validate897(data6[i3], instancePath + '/status/' + i3)
            )
          ) {
            vErrors = vErrors === null ? validate897.errors : vErrors.concat(validate897.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.stop_reasons !== undefined) {
      let data8 = data.stop_reasons;
      if (Array.isArray(data8)) {
        const len4 = data8.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data8[i4] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/stop_reasons/' + i4,
              schemaPath: '#/properties/stop_reasons/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/stop_reasons',
          schemaPath: '#/properties/stop_reasons/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.objects !== undefined) {
      let data10 = data.objects;
      if (Array.isArray(data10)) {
        const len5 = data10.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data10[i5] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/objects/' + i5,
              schemaPath: '#/properties/objects/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/objects',
          schemaPath: '#/properties/objects/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.parent_request_id !== undefined) {
      if (typeof data.parent_request_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/parent_request_id',
          schemaPath: '#/properties/parent_request_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.selected_key_ids !== undefined) {
      let data13 = data.selected_key_ids;
      if (Array.isArray(data13)) {
        const len6 = data13.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data13[i6] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/selected_key_ids/' + i6,
              schemaPath: '#/properties/selected_key_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_key_ids',
          schemaPath: '#/properties/selected_key_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.virtual_key_ids !== undefined) {
      let data15 = data.virtual_key_ids;
      if (Array.isArray(data15)) {
        const len7 = data15.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data15[i7] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/virtual_key_ids/' + i7,
              schemaPath: '#/properties/virtual_key_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_key_ids',
          schemaPath: '#/properties/virtual_key_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_rule_ids !== undefined) {
      let data17 = data.routing_rule_ids;
      if (Array.isArray(data17)) {
        const len8 = data17.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data17[i8] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/routing_rule_ids/' + i8,
              schemaPath: '#/properties/routing_rule_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rule_ids',
          schemaPath: '#/properties/routing_rule_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.team_ids !== undefined) {
      let data19 = data.team_ids;
      if (Array.isArray(data19)) {
        const len9 = data19.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (typeof data19[i9] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/team_ids/' + i9,
              schemaPath: '#/properties/team_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_ids',
          schemaPath: '#/properties/team_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.customer_ids !== undefined) {
      let data21 = data.customer_ids;
      if (Array.isArray(data21)) {
        const len10 = data21.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (typeof data21[i10] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/customer_ids/' + i10,
              schemaPath: '#/properties/customer_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_ids',
          schemaPath: '#/properties/customer_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.user_ids !== undefined) {
      let data23 = data.user_ids;
      if (Array.isArray(data23)) {
        const len11 = data23.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (typeof data23[i11] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/user_ids/' + i11,
              schemaPath: '#/properties/user_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_ids',
          schemaPath: '#/properties/user_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.business_unit_ids !== undefined) {
      let data25 = data.business_unit_ids;
      if (Array.isArray(data25)) {
        const len12 = data25.length;
        for (let i12 = 0; i12 < len12; i12++) {
          if (typeof data25[i12] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/business_unit_ids/' + i12,
              schemaPath: '#/properties/business_unit_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_ids',
          schemaPath: '#/properties/business_unit_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_engine_used !== undefined) {
      let data27 = data.routing_engine_used;
      if (Array.isArray(data27)) {
        const len13 = data27.length;
        for (let i13 = 0; i13 < len13; i13++) {
          if (
            !(
              validate899(data27[i13], instancePath) ||
              validate899(data27[i13], instancePath + '/routing_engine_used/' + i13)
            )
          ) {
            vErrors = vErrors === null ? validate899.errors : vErrors.concat(validate899.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_engine_used',
          schemaPath: '#/properties/routing_engine_used/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.start_time !== undefined) {
      let data29 = data.start_time;
      if (typeof data29 === 'string') {
        if (!formats0.validate(data29)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/start_time',
            schemaPath: '#/properties/start_time/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/start_time',
          schemaPath: '#/properties/start_time/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.end_time !== undefined) {
      let data30 = data.end_time;
      if (typeof data30 === 'string') {
        if (!formats0.validate(data30)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/end_time',
            schemaPath: '#/properties/end_time/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/end_time',
          schemaPath: '#/properties/end_time/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.period !== undefined) {
      let data31 = data.period;
      if (typeof data31 === 'string') {
        if (data31.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/period',
            schemaPath: '#/properties/period/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/period',
          schemaPath: '#/properties/period/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.min_latency !== undefined) {
      let data32 = data.min_latency;
      if (typeof data32 == 'number') {
        if (data32 < 0 || isNaN(data32)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_latency',
            schemaPath: '#/properties/min_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_latency',
          schemaPath: '#/properties/min_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.max_latency !== undefined) {
      let data33 = data.max_latency;
      if (typeof data33 == 'number') {
        if (data33 < 0 || isNaN(data33)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_latency',
            schemaPath: '#/properties/max_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_latency',
          schemaPath: '#/properties/max_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.min_tokens !== undefined) {
      let data34 = data.min_tokens;
      if (!(typeof data34 == 'number' && !(data34 % 1) && !isNaN(data34))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_tokens',
          schemaPath: '#/properties/min_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data34 == 'number') {
        if (data34 < 0 || isNaN(data34)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_tokens',
            schemaPath: '#/properties/min_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_tokens !== undefined) {
      let data35 = data.max_tokens;
      if (!(typeof data35 == 'number' && !(data35 % 1) && !isNaN(data35))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_tokens',
          schemaPath: '#/properties/max_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data35 == 'number') {
        if (data35 < 0 || isNaN(data35)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_tokens',
            schemaPath: '#/properties/max_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_cost !== undefined) {
      let data36 = data.min_cost;
      if (typeof data36 == 'number') {
        if (data36 < 0 || isNaN(data36)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_cost',
            schemaPath: '#/properties/min_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_cost',
          schemaPath: '#/properties/min_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.max_cost !== undefined) {
      let data37 = data.max_cost;
      if (typeof data37 == 'number') {
        if (data37 < 0 || isNaN(data37)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_cost',
            schemaPath: '#/properties/max_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_cost',
          schemaPath: '#/properties/max_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.missing_cost_only !== undefined) {
      if (typeof data.missing_cost_only !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/missing_cost_only',
          schemaPath: '#/properties/missing_cost_only/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.cache_hit_types !== undefined) {
      let data39 = data.cache_hit_types;
      if (Array.isArray(data39)) {
        const len14 = data39.length;
        for (let i14 = 0; i14 < len14; i14++) {
          let data40 = data39[i14];
          if (typeof data40 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/cache_hit_types/' + i14,
              schemaPath: '#/properties/cache_hit_types/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
          if (!(data40 === 'direct' || data40 === 'semantic')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/cache_hit_types/' + i14,
              schemaPath: '#/properties/cache_hit_types/items/enum',
              keyword: 'enum',
              params: { allowedValues: schema243.properties.cache_hit_types.items.enum },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cache_hit_types',
          schemaPath: '#/properties/cache_hit_types/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.content_search !== undefined) {
      if (typeof data.content_search !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content_search',
          schemaPath: '#/properties/content_search/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.metadata_filters !== undefined) {
      let data42 = data.metadata_filters;
      if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
        for (const key0 in data42) {
          if (typeof data42[key0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath:
                instancePath + '/metadata_filters/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/metadata_filters/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata_filters',
          schemaPath: '#/properties/metadata_filters/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate1288.errors = vErrors;
  return errors === 0;
}
function validate1287(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1288(data, instancePath)) {
    vErrors = vErrors === null ? validate1288.errors : vErrors.concat(validate1288.errors);
    errors = vErrors.length;
  }
  validate1287.errors = vErrors;
  return errors === 0;
}
export const schema_RecalculateCostRequest = validate1292;
function validate896(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.providers !== undefined) {
      let data0 = data.providers;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/providers/' + i0,
              schemaPath: '#/properties/providers/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/providers',
          schemaPath: '#/properties/providers/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.models !== undefined) {
      let data2 = data.models;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/models/' + i1,
              schemaPath: '#/properties/models/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.aliases !== undefined) {
      let data4 = data.aliases;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data4[i2] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/aliases/' + i2,
              schemaPath: '#/properties/aliases/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/aliases',
          schemaPath: '#/properties/aliases/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data6 = data.status;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !(
              validate897(data6[i3], instancePath) ||
              validate897(data6[i3], instancePath + '/status/' + i3)
            )
          ) {
            vErrors = vErrors === null ? validate897.errors : vErrors.concat(validate897.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.stop_reasons !== undefined) {
      let data8 = data.stop_reasons;
      if (Array.isArray(data8)) {
        const len4 = data8.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data8[i4] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/stop_reasons/' + i4,
              schemaPath: '#/properties/stop_reasons/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/stop_reasons',
          schemaPath: '#/properties/stop_reasons/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.objects !== undefined) {
      let data10 = data.objects;
      if (Array.isArray(data10)) {
        const len5 = data10.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data10[i5] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/objects/' + i5,
              schemaPath: '#/properties/objects/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/objects',
          schemaPath: '#/properties/objects/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.parent_request_id !== undefined) {
      if (typeof data.parent_request_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/parent_request_id',
          schemaPath: '#/properties/parent_request_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.selected_key_ids !== undefined) {
      let data13 = data.selected_key_ids;
      if (Array.isArray(data13)) {
        const len6 = data13.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data13[i6] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/selected_key_ids/' + i6,
              schemaPath: '#/properties/selected_key_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_key_ids',
          schemaPath: '#/properties/selected_key_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.virtual_key_ids !== undefined) {
      let data15 = data.virtual_key_ids;
      if (Array.isArray(data15)) {
        const len7 = data15.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data15[i7] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/virtual_key_ids/' + i7,
              schemaPath: '#/properties/virtual_key_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_key_ids',
          schemaPath: '#/properties/virtual_key_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_rule_ids !== undefined) {
      let data17 = data.routing_rule_ids;
      if (Array.isArray(data17)) {
        const len8 = data17.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data17[i8] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/routing_rule_ids/' + i8,
              schemaPath: '#/properties/routing_rule_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rule_ids',
          schemaPath: '#/properties/routing_rule_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.team_ids !== undefined) {
      let data19 = data.team_ids;
      if (Array.isArray(data19)) {
        const len9 = data19.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (typeof data19[i9] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/team_ids/' + i9,
              schemaPath: '#/properties/team_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_ids',
          schemaPath: '#/properties/team_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.customer_ids !== undefined) {
      let data21 = data.customer_ids;
      if (Array.isArray(data21)) {
        const len10 = data21.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (typeof data21[i10] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/customer_ids/' + i10,
              schemaPath: '#/properties/customer_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_ids',
          schemaPath: '#/properties/customer_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.user_ids !== undefined) {
      let data23 = data.user_ids;
      if (Array.isArray(data23)) {
        const len11 = data23.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (typeof data23[i11] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/user_ids/' + i11,
              schemaPath: '#/properties/user_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_ids',
          schemaPath: '#/properties/user_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.business_unit_ids !== undefined) {
      let data25 = data.business_unit_ids;
      if (Array.isArray(data25)) {
        const len12 = data25.length;
        for (let i12 = 0; i12 < len12; i12++) {
          if (typeof data25[i12] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/business_unit_ids/' + i12,
              schemaPath: '#/properties/business_unit_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_ids',
          schemaPath: '#/properties/business_unit_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_engine_used !== undefined) {
      let data27 = data.routing_engine_used;
      if (Array.isArray(data27)) {
        const len13 = data27.length;
        for (let i13 = 0; i13 < len13; i13++) {
          if (
            !(
              validate899(data27[i13], instancePath) ||
              validate899(data27[i13], instancePath + '/routing_engine_used/' + i13)
            )
          ) {
            vErrors = vErrors === null ? validate899.errors : vErrors.concat(validate899.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_engine_used',
          schemaPath: '#/properties/routing_engine_used/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.start_time !== undefined) {
      let data29 = data.start_time;
      if (typeof data29 === 'string') {
        if (!formats0.validate(data29)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/start_time',
            schemaPath: '#/properties/start_time/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/start_time',
          schemaPath: '#/properties/start_time/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.end_time !== undefined) {
      let data30 = data.end_time;
      if (typeof data30 === 'string') {
        if (!formats0.validate(data30)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/end_time',
            schemaPath: '#/properties/end_time/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/end_time',
          schemaPath: '#/properties/end_time/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.period !== undefined) {
      let data31 = data.period;
      if (typeof data31 === 'string') {
        if (data31.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/period',
            schemaPath: '#/properties/period/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/period',
          schemaPath: '#/properties/period/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.min_latency !== undefined) {
      let data32 = data.min_latency;
      if (typeof data32 == 'number') {
        if (data32 < 0 || isNaN(data32)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_latency',
            schemaPath: '#/properties/min_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_latency',
          schemaPath: '#/properties/min_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.max_latency !== undefined) {
      let data33 = data.max_latency;
      if (typeof data33 == 'number') {
        if (data33 < 0 || isNaN(data33)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_latency',
            schemaPath: '#/properties/max_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_latency',
          schemaPath: '#/properties/max_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.min_tokens !== undefined) {
      let data34 = data.min_tokens;
      if (!(typeof data34 == 'number' && !(data34 % 1) && !isNaN(data34))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_tokens',
          schemaPath: '#/properties/min_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data34 == 'number') {
        if (data34 < 0 || isNaN(data34)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_tokens',
            schemaPath: '#/properties/min_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_tokens !== undefined) {
      let data35 = data.max_tokens;
      if (!(typeof data35 == 'number' && !(data35 % 1) && !isNaN(data35))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_tokens',
          schemaPath: '#/properties/max_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data35 == 'number') {
        if (data35 < 0 || isNaN(data35)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_tokens',
            schemaPath: '#/properties/max_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_cost !== undefined) {
      let data36 = data.min_cost;
      if (typeof data36 == 'number') {
        if (data36 < 0 || isNaN(data36)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_cost',
            schemaPath: '#/properties/min_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_cost',
          schemaPath: '#/properties/min_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.max_cost !== undefined) {
      let data37 = data.max_cost;
      if (typeof data37 == 'number') {
        if (data37 < 0 || isNaN(data37)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_cost',
            schemaPath: '#/properties/max_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_cost',
          schemaPath: '#/properties/max_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.missing_cost_only !== undefined) {
      if (typeof data.missing_cost_only !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/missing_cost_only',
          schemaPath: '#/properties/missing_cost_only/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.cache_hit_types !== undefined) {
      let data39 = data.cache_hit_types;
      if (Array.isArray(data39)) {
        const len14 = data39.length;
        for (let i14 = 0; i14 < len14; i14++) {
          let data40 = data39[i14];
          if (typeof data40 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/cache_hit_types/' + i14,
              schemaPath: '#/properties/cache_hit_types/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
          if (!(data40 === 'direct' || data40 === 'semantic')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/cache_hit_types/' + i14,
              schemaPath: '#/properties/cache_hit_types/items/enum',
              keyword: 'enum',
              params: { allowedValues: schema243.properties.cache_hit_types.items.enum },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cache_hit_types',
          schemaPath: '#/properties/cache_hit_types/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.content_search !== undefined) {
      if (typeof data.content_search !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content_search',
          schemaPath: '#/properties/content_search/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.metadata_filters !== undefined) {
      let data42 = data.metadata_filters;
      if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
        for (const key0 in data42) {
          if (typeof data42[key0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath:
                instancePath + '/metadata_filters/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/metadata_filters/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata_filters',
          schemaPath: '#/properties/metadata_filters/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate896.errors = vErrors;
  return errors === 0;
}
function validate1293(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.filters !== undefined) {
      if (
        !(
          validate896(data.filters, instancePath) ||
          validate896(data.filters, instancePath + '/filters')
        )
      ) {
        vErrors = vErrors === null ? validate896.errors : vErrors.concat(validate896.errors);
        errors = vErrors.length;
      }
    }
    if (data.limit !== undefined) {
      let data1 = data.limit;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
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
  validate1293.errors = vErrors;
  return errors === 0;
}
function validate1292(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1293(data, instancePath)) {
    vErrors = vErrors === null ? validate1293.errors : vErrors.concat(validate1293.errors);
    errors = vErrors.length;
  }
  validate1292.errors = vErrors;
  return errors === 0;
}
export const schema_CostRecalculationJob = validate1296;
function validate1297(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.status === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      });
      errors++;
    }
    if (data.total === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total' },
      });
      errors++;
    }
    if (data.processed === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'processed' },
      });
      errors++;
    }
    if (data.updated === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'updated' },
      });
      errors++;
    }
    if (data.skipped === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'skipped' },
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
    if (data.status !== undefined) {
      if (typeof data.status !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.total !== undefined) {
      let data2 = data.total;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total',
          schemaPath: '#/properties/total/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total',
            schemaPath: '#/properties/total/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total',
            schemaPath: '#/properties/total/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.processed !== undefined) {
      let data3 = data.processed;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/processed',
          schemaPath: '#/properties/processed/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/processed',
            schemaPath: '#/properties/processed/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.updated !== undefined) {
      let data4 = data.updated;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/updated',
          schemaPath: '#/properties/updated/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/updated',
            schemaPath: '#/properties/updated/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.skipped !== undefined) {
      let data5 = data.skipped;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/skipped',
          schemaPath: '#/properties/skipped/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/skipped',
            schemaPath: '#/properties/skipped/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.unpriceable !== undefined) {
      let data6 = data.unpriceable;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/unpriceable',
          schemaPath: '#/properties/unpriceable/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/unpriceable',
            schemaPath: '#/properties/unpriceable/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.message !== undefined) {
      if (typeof data.message !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/message',
          schemaPath: '#/properties/message/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.last_error !== undefined) {
      if (typeof data.last_error !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/last_error',
          schemaPath: '#/properties/last_error/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.started_at !== undefined) {
      let data9 = data.started_at;
      if (typeof data9 === 'string') {
        if (!formats0.validate(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/started_at',
            schemaPath: '#/properties/started_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/started_at',
          schemaPath: '#/properties/started_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.updated_at !== undefined) {
      let data10 = data.updated_at;
      if (typeof data10 === 'string') {
        if (!formats0.validate(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/updated_at',
            schemaPath: '#/properties/updated_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/updated_at',
          schemaPath: '#/properties/updated_at/type',
          keyword: 'type',
          params: { type: 'string' },
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
  validate1297.errors = vErrors;
  return errors === 0;
}
function validate1296(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1297(data, instancePath)) {
    vErrors = vErrors === null ? validate1297.errors : vErrors.concat(validate1297.errors);
    errors = vErrors.length;
  }
  validate1296.errors = vErrors;
  return errors === 0;
}
export const schema_RoutingEngine = validate1299;
function validate1300(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (
    !(
      data === 'governance' ||
      data === 'routing-rule' ||
      data === 'loadbalancing' ||
      data === 'model-catalog' ||
      data === 'circuit-breaker' ||
      data === 'session-affinity' ||
      data === 'core'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema36.enum },
    });
    errors++;
  }
  validate1300.errors = vErrors;
  return errors === 0;
}
function validate1299(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1300(data, instancePath)) {
    vErrors = vErrors === null ? validate1300.errors : vErrors.concat(validate1300.errors);
    errors = vErrors.length;
  }
  validate1299.errors = vErrors;
  return errors === 0;
}
const schema407 = {
  type: 'object',
  required: ['mappings'],
  properties: {
    mappings: { type: ['array', 'null'], items: { $ref: '#/components/schemas/UserAgentMapping' } },
  },
};
function validate1280(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1274(data, instancePath)) {
    vErrors = vErrors === null ? validate1274.errors : vErrors.concat(validate1274.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      });
      errors++;
    }
    if (data.updated_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'updated_at' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/id',
            schemaPath: '#/allOf/1/properties/id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/allOf/1/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data1 = data.created_at;
      if (typeof data1 === 'string') {
        if (!formats0.validate(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/allOf/1/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/allOf/1/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.updated_at !== undefined) {
      let data2 = data.updated_at;
      if (typeof data2 === 'string') {
        if (!formats0.validate(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/updated_at',
            schemaPath: '#/allOf/1/properties/updated_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/updated_at',
          schemaPath: '#/allOf/1/properties/updated_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1280.errors = vErrors;
  return errors === 0;
}
function validate1274(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.pattern === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pattern' },
      });
      errors++;
    }
    if (data.app === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'app' },
      });
      errors++;
    }
    if (data.match_type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'match_type' },
      });
      errors++;
    }
    if (data.pattern !== undefined) {
      let data0 = data.pattern;
      if (typeof data0 === 'string') {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pattern',
            schemaPath: '#/properties/pattern/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/pattern',
          schemaPath: '#/properties/pattern/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.app !== undefined) {
      let data1 = data.app;
      if (typeof data1 === 'string') {
        if (data1.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/app',
            schemaPath: '#/properties/app/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/app',
          schemaPath: '#/properties/app/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.match_type !== undefined) {
      if (
        !(
          validate880(data.match_type, instancePath) ||
          validate880(data.match_type, instancePath + '/match_type')
        )
      ) {
        vErrors = vErrors === null ? validate880.errors : vErrors.concat(validate880.errors);
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
  validate1274.errors = vErrors;
  return errors === 0;
}
function validate880(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (!(data === 'contains' || data === 'starts_with' || data === 'exact' || data === 'regex')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema233.enum },
    });
    errors++;
  }
  validate880.errors = vErrors;
  return errors === 0;
}
const schema233 = { type: 'string', enum: ['contains', 'starts_with', 'exact', 'regex'] };
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
const schema370 = {
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
function validate1164(data, instancePath = '') {
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
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1164.errors = vErrors;
  return errors === 0;
}
function validate1136(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.dimension === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dimension' },
      });
      errors++;
    }
    if (data.dimension_values === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dimension_values' },
      });
      errors++;
    }
    if (data.dimension !== undefined) {
      let data0 = data.dimension;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dimension',
          schemaPath: '#/properties/dimension/type',
          keyword: 'type',
          params: { type: 'string' },
        });
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
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dimension',
          schemaPath: '#/properties/dimension/enum',
          keyword: 'enum',
          params: { allowedValues: schema357.properties.dimension.enum },
        });
        errors++;
      }
    }
    if (data.dimension_values !== undefined) {
      let data1 = data.dimension_values;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/dimension_values/' + i0,
              schemaPath: '#/properties/dimension_values/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dimension_values',
          schemaPath: '#/properties/dimension_values/type',
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
  validate1136.errors = vErrors;
  return errors === 0;
}
const schema357 = {
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
function validate1069(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
            schemaPath: '#/additionalProperties/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate1069.errors = vErrors;
  return errors === 0;
}
function validate1079(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.total === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total' },
      });
      errors++;
    }
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      });
      errors++;
    }
    if (data.cancelled === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cancelled' },
      });
      errors++;
    }
    if (data.total !== undefined) {
      let data0 = data.total;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total',
          schemaPath: '#/properties/total/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total',
            schemaPath: '#/properties/total/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total',
            schemaPath: '#/properties/total/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.success !== undefined) {
      let data1 = data.success;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/success',
            schemaPath: '#/properties/success/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/success',
            schemaPath: '#/properties/success/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.error !== undefined) {
      let data2 = data.error;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/error',
          schemaPath: '#/properties/error/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/error',
            schemaPath: '#/properties/error/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/error',
            schemaPath: '#/properties/error/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.cancelled !== undefined) {
      let data3 = data.cancelled;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cancelled',
          schemaPath: '#/properties/cancelled/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cancelled',
            schemaPath: '#/properties/cancelled/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
        if (!formats44.validate(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cancelled',
            schemaPath: '#/properties/cancelled/format',
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
  validate1079.errors = vErrors;
  return errors === 0;
}
