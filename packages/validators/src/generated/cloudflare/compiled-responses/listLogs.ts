// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate918, validate920 } from './shared-common.js';

const formats2 = formats['date-time'];
export const listLogs_200 = validate1042;
function validate1044(data, instancePath = '') {
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
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
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
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.duration === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration' },
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
    if (data.cached === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cached' },
      });
      errors++;
    }
    if (data.tokens_in === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_in' },
      });
      errors++;
    }
    if (data.tokens_out === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_out' },
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
    if (data.created_at !== undefined) {
      let data1 = data.created_at;
      if (typeof data1 === 'string') {
        if (!formats2.validate(data1)) {
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
    if (data.model_type !== undefined) {
      if (typeof data.model_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model_type',
          schemaPath: '#/properties/model_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.path !== undefined) {
      if (typeof data.path !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
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
    if (data.request_content_type !== undefined) {
      if (typeof data.request_content_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_content_type',
          schemaPath: '#/properties/request_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.response_content_type !== undefined) {
      if (typeof data.response_content_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/response_content_type',
          schemaPath: '#/properties/response_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data9 = data.status_code;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.step !== undefined) {
      let data10 = data.step;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/step',
          schemaPath: '#/properties/step/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/step',
            schemaPath: '#/properties/step/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.cached !== undefined) {
      if (typeof data.cached !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cached',
          schemaPath: '#/properties/cached/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.duration !== undefined) {
      let data13 = data.duration;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/duration',
          schemaPath: '#/properties/duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 < 0 || isNaN(data13)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/duration',
            schemaPath: '#/properties/duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.tokens_in !== undefined) {
      let data14 = data.tokens_in;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14)) && data14 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tokens_in',
          schemaPath: '#/properties/tokens_in/type',
          keyword: 'type',
          params: { type: schema323.properties.tokens_in.type },
        });
        errors++;
      }
      if (typeof data14 == 'number') {
        if (data14 < 0 || isNaN(data14)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/tokens_in',
            schemaPath: '#/properties/tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.tokens_out !== undefined) {
      let data15 = data.tokens_out;
      if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15)) && data15 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tokens_out',
          schemaPath: '#/properties/tokens_out/type',
          keyword: 'type',
          params: { type: schema323.properties.tokens_out.type },
        });
        errors++;
      }
      if (typeof data15 == 'number') {
        if (data15 < 0 || isNaN(data15)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/tokens_out',
            schemaPath: '#/properties/tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.cost !== undefined) {
      let data16 = data.cost;
      if (typeof data16 == 'number') {
        if (data16 < 0 || isNaN(data16)) {
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
    if (data.custom_cost !== undefined) {
      if (typeof data.custom_cost !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/custom_cost',
          schemaPath: '#/properties/custom_cost/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      if (typeof data.metadata !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
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
  validate1044.errors = vErrors;
  return errors === 0;
}
function validate1046(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'count' },
      });
      errors++;
    }
    if (data.page === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page' },
      });
      errors++;
    }
    if (data.per_page === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'per_page' },
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
    if (data.count !== undefined) {
      let data0 = data.count;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/count',
          schemaPath: '#/properties/count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 > 50 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 50 },
          });
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.page !== undefined) {
      let data1 = data.page;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/page',
          schemaPath: '#/properties/page/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/page',
            schemaPath: '#/properties/page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          });
          errors++;
        }
      }
    }
    if (data.per_page !== undefined) {
      let data2 = data.per_page;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/per_page',
          schemaPath: '#/properties/per_page/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 > 50 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 50 },
          });
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          });
          errors++;
        }
      }
    }
    if (data.total_count !== undefined) {
      let data3 = data.total_count;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_count',
          schemaPath: '#/properties/total_count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 > 10000000 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000000 },
          });
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_cost !== undefined) {
      let data4 = data.min_cost;
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
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
      let data5 = data.max_cost;
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
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
    if (data.min_duration !== undefined) {
      let data6 = data.min_duration;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_duration',
          schemaPath: '#/properties/min_duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_duration',
            schemaPath: '#/properties/min_duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_duration !== undefined) {
      let data7 = data.max_duration;
      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_duration',
          schemaPath: '#/properties/max_duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data7 == 'number') {
        if (data7 < 0 || isNaN(data7)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_duration',
            schemaPath: '#/properties/max_duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_tokens_in !== undefined) {
      let data8 = data.min_tokens_in;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_tokens_in',
          schemaPath: '#/properties/min_tokens_in/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data8 == 'number') {
        if (data8 < 0 || isNaN(data8)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_tokens_in',
            schemaPath: '#/properties/min_tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_tokens_in !== undefined) {
      let data9 = data.max_tokens_in;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_tokens_in',
          schemaPath: '#/properties/max_tokens_in/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_tokens_in',
            schemaPath: '#/properties/max_tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_tokens_out !== undefined) {
      let data10 = data.min_tokens_out;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_tokens_out',
          schemaPath: '#/properties/min_tokens_out/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_tokens_out',
            schemaPath: '#/properties/min_tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_tokens_out !== undefined) {
      let data11 = data.max_tokens_out;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_tokens_out',
          schemaPath: '#/properties/max_tokens_out/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data11 == 'number') {
        if (data11 < 0 || isNaN(data11)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_tokens_out',
            schemaPath: '#/properties/max_tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_total_tokens !== undefined) {
      let data12 = data.min_total_tokens;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_total_tokens',
          schemaPath: '#/properties/min_total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data12 == 'number') {
        if (data12 < 0 || isNaN(data12)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_total_tokens',
            schemaPath: '#/properties/min_total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_total_tokens !== undefined) {
      let data13 = data.max_total_tokens;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_total_tokens',
          schemaPath: '#/properties/max_total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 < 0 || isNaN(data13)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_total_tokens',
            schemaPath: '#/properties/max_total_tokens/minimum',
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
  validate1046.errors = vErrors;
  return errors === 0;
}
function validate1043(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.result === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'result' },
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
    if (data.result_info === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'result_info' },
      });
      errors++;
    }
    if (data.result !== undefined) {
      let data0 = data.result;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate1044(data0[i0], instancePath) ||
              validate1044(data0[i0], instancePath + '/result/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate1044.errors : vErrors.concat(validate1044.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.result_info !== undefined) {
      if (
        !(
          validate1046(data.result_info, instancePath) ||
          validate1046(data.result_info, instancePath + '/result_info')
        )
      ) {
        vErrors = vErrors === null ? validate1046.errors : vErrors.concat(validate1046.errors);
        errors = vErrors.length;
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
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
export const listLogs_400 = validate1049;
function validate1050(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate918(data, instancePath)) {
    vErrors = vErrors === null ? validate918.errors : vErrors.concat(validate918.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (!validate920(data, instancePath)) {
    vErrors = vErrors === null ? validate920.errors : vErrors.concat(validate920.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
    });
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate1050.errors = vErrors;
  return errors === 0;
}
function validate1049(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1050(data, instancePath)) {
    vErrors = vErrors === null ? validate1050.errors : vErrors.concat(validate1050.errors);
    errors = vErrors.length;
  }
  validate1049.errors = vErrors;
  return errors === 0;
}
export const listLogs_401 = validate1054;
function validate1055(data, instancePath = '') {
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
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.errors !== undefined) {
      let data1 = data.errors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.message === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data2.code !== undefined) {
              let data3 = data2.code;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data2.message !== undefined) {
              if (typeof data2.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.messages !== undefined) {
      if (!Array.isArray(data.messages)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
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
  validate1055.errors = vErrors;
  return errors === 0;
}
function validate1054(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1055(data, instancePath)) {
    vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
    errors = vErrors.length;
  }
  validate1054.errors = vErrors;
  return errors === 0;
}
export const listLogs_403 = validate1057;
function validate1058(data, instancePath = '') {
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
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.errors !== undefined) {
      let data1 = data.errors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.message === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data2.code !== undefined) {
              let data3 = data2.code;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data2.message !== undefined) {
              if (typeof data2.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.messages !== undefined) {
      if (!Array.isArray(data.messages)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
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
  validate1058.errors = vErrors;
  return errors === 0;
}
function validate1057(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1058(data, instancePath)) {
    vErrors = vErrors === null ? validate1058.errors : vErrors.concat(validate1058.errors);
    errors = vErrors.length;
  }
  validate1057.errors = vErrors;
  return errors === 0;
}
export const listLogs_429 = validate1060;
function validate1061(data, instancePath = '') {
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
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.errors !== undefined) {
      let data1 = data.errors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.message === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data2.code !== undefined) {
              let data3 = data2.code;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data2.message !== undefined) {
              if (typeof data2.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.messages !== undefined) {
      if (!Array.isArray(data.messages)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
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
  validate1061.errors = vErrors;
  return errors === 0;
}
function validate1060(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1061(data, instancePath)) {
    vErrors = vErrors === null ? validate1061.errors : vErrors.concat(validate1061.errors);
    errors = vErrors.length;
  }
  validate1060.errors = vErrors;
  return errors === 0;
}
export const listLogs_5XX = validate1063;
function validate1064(data, instancePath = '') {
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
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.errors !== undefined) {
      let data1 = data.errors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.message === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data2.code !== undefined) {
              let data3 = data2.code;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data2.message !== undefined) {
              if (typeof data2.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.messages !== undefined) {
      if (!Array.isArray(data.messages)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
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
const schema323 = {
  type: 'object',
  required: [
    'id',
    'created_at',
    'provider',
    'model',
    'path',
    'duration',
    'success',
    'cached',
    'tokens_in',
    'tokens_out',
  ],
  properties: {
    id: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
    provider: { type: 'string' },
    model: { type: 'string' },
    model_type: { type: 'string' },
    path: { type: 'string' },
    request_type: { type: 'string' },
    request_content_type: { type: 'string' },
    response_content_type: { type: 'string' },
    status_code: { type: 'integer' },
    step: { type: 'integer', minimum: 0 },
    success: { type: 'boolean' },
    cached: { type: 'boolean' },
    duration: { type: 'integer', minimum: 0 },
    tokens_in: { type: ['integer', 'null'], minimum: 0 },
    tokens_out: { type: ['integer', 'null'], minimum: 0 },
    cost: { type: 'number', minimum: 0 },
    custom_cost: { type: 'boolean' },
    metadata: { type: 'string' },
  },
};

/** Each JSON response of listLogs, by status. */
export const listLogsResponses: {
  '200': Validator<operations['listLogs']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['listLogs']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['listLogs']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['listLogs']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['listLogs']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['listLogs']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['200']['content']['application/json']
  >('listLogs 200 response', listLogs_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['400']['content']['application/json']
  >('listLogs 400 response', listLogs_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['401']['content']['application/json']
  >('listLogs 401 response', listLogs_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['403']['content']['application/json']
  >('listLogs 403 response', listLogs_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['429']['content']['application/json']
  >('listLogs 429 response', listLogs_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listLogs']['responses']['5XX']['content']['application/json']
  >('listLogs 5XX response', listLogs_5XX),
};
