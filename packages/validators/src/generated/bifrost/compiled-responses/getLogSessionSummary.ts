// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate925, validate927 } from './shared-common.js';

const formats0 = formats['date-time'];
const formats44 = formats.int64;
export const getLogSessionSummary_200 = validate1637;
function validate1638(data, instancePath = '') {
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
  validate1638.errors = vErrors;
  return errors === 0;
}
function validate1637(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1638(data, instancePath)) {
    vErrors = vErrors === null ? validate1638.errors : vErrors.concat(validate1638.errors);
    errors = vErrors.length;
  }
  validate1637.errors = vErrors;
  return errors === 0;
}
export const getLogSessionSummary_401 = validate1640;
function validate1641(data, instancePath = '') {
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
  validate1641.errors = vErrors;
  return errors === 0;
}
function validate1640(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1641(data, instancePath)) {
    vErrors = vErrors === null ? validate1641.errors : vErrors.concat(validate1641.errors);
    errors = vErrors.length;
  }
  validate1640.errors = vErrors;
  return errors === 0;
}
export const getLogSessionSummary_500 = validate1645;
function validate1646(data, instancePath = '') {
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
  validate1646.errors = vErrors;
  return errors === 0;
}
function validate1645(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1646(data, instancePath)) {
    vErrors = vErrors === null ? validate1646.errors : vErrors.concat(validate1646.errors);
    errors = vErrors.length;
  }
  validate1645.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of getLogSessionSummary, by status. */
export const getLogSessionSummaryResponses: {
  '200': Validator<
    operations['getLogSessionSummary']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getLogSessionSummary']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getLogSessionSummary']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogSessionSummary']['responses']['200']['content']['application/json']
  >('getLogSessionSummary 200 response', getLogSessionSummary_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogSessionSummary']['responses']['401']['content']['application/json']
  >('getLogSessionSummary 401 response', getLogSessionSummary_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLogSessionSummary']['responses']['500']['content']['application/json']
  >('getLogSessionSummary 500 response', getLogSessionSummary_500),
};
