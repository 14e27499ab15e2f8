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
export const cancelRecalculateCost_200 = validate1881;
function validate1882(data, instancePath = '') {
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
  validate1882.errors = vErrors;
  return errors === 0;
}
function validate1881(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1882(data, instancePath)) {
    vErrors = vErrors === null ? validate1882.errors : vErrors.concat(validate1882.errors);
    errors = vErrors.length;
  }
  validate1881.errors = vErrors;
  return errors === 0;
}
export const cancelRecalculateCost_400 = validate1884;
function validate1885(data, instancePath = '') {
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
  validate1885.errors = vErrors;
  return errors === 0;
}
function validate1884(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1885(data, instancePath)) {
    vErrors = vErrors === null ? validate1885.errors : vErrors.concat(validate1885.errors);
    errors = vErrors.length;
  }
  validate1884.errors = vErrors;
  return errors === 0;
}
export const cancelRecalculateCost_401 = validate1889;
function validate1890(data, instancePath = '') {
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
  validate1890.errors = vErrors;
  return errors === 0;
}
function validate1889(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1890(data, instancePath)) {
    vErrors = vErrors === null ? validate1890.errors : vErrors.concat(validate1890.errors);
    errors = vErrors.length;
  }
  validate1889.errors = vErrors;
  return errors === 0;
}
export const cancelRecalculateCost_404 = validate1894;
function validate1895(data, instancePath = '') {
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
  validate1895.errors = vErrors;
  return errors === 0;
}
function validate1894(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1895(data, instancePath)) {
    vErrors = vErrors === null ? validate1895.errors : vErrors.concat(validate1895.errors);
    errors = vErrors.length;
  }
  validate1894.errors = vErrors;
  return errors === 0;
}
export const cancelRecalculateCost_500 = validate1899;
function validate1900(data, instancePath = '') {
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
  validate1900.errors = vErrors;
  return errors === 0;
}
function validate1899(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1900(data, instancePath)) {
    vErrors = vErrors === null ? validate1900.errors : vErrors.concat(validate1900.errors);
    errors = vErrors.length;
  }
  validate1899.errors = vErrors;
  return errors === 0;
}
export const cancelRecalculateCost_503 = validate1904;
function validate1905(data, instancePath = '') {
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
  validate1905.errors = vErrors;
  return errors === 0;
}
function validate1904(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1905(data, instancePath)) {
    vErrors = vErrors === null ? validate1905.errors : vErrors.concat(validate1905.errors);
    errors = vErrors.length;
  }
  validate1904.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of cancelRecalculateCost, by status. */
export const cancelRecalculateCostResponses: {
  '200': Validator<
    operations['cancelRecalculateCost']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['cancelRecalculateCost']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['cancelRecalculateCost']['responses']['401']['content']['application/json']
  >;
  '404': Validator<
    operations['cancelRecalculateCost']['responses']['404']['content']['application/json']
  >;
  '500': Validator<
    operations['cancelRecalculateCost']['responses']['500']['content']['application/json']
  >;
  '503': Validator<
    operations['cancelRecalculateCost']['responses']['503']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['200']['content']['application/json']
  >('cancelRecalculateCost 200 response', cancelRecalculateCost_200),
  '400': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['400']['content']['application/json']
  >('cancelRecalculateCost 400 response', cancelRecalculateCost_400),
  '401': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['401']['content']['application/json']
  >('cancelRecalculateCost 401 response', cancelRecalculateCost_401),
  '404': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['404']['content']['application/json']
  >('cancelRecalculateCost 404 response', cancelRecalculateCost_404),
  '500': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['500']['content']['application/json']
  >('cancelRecalculateCost 500 response', cancelRecalculateCost_500),
  '503': /* @__PURE__ */ createValidator<
    operations['cancelRecalculateCost']['responses']['503']['content']['application/json']
  >('cancelRecalculateCost 503 response', cancelRecalculateCost_503),
};
