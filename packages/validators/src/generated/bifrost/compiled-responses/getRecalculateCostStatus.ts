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
export const getRecalculateCostStatus_200 = validate1858;
function validate1859(data, instancePath = '') {
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
  validate1859.errors = vErrors;
  return errors === 0;
}
function validate1858(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1859(data, instancePath)) {
    vErrors = vErrors === null ? validate1859.errors : vErrors.concat(validate1859.errors);
    errors = vErrors.length;
  }
  validate1858.errors = vErrors;
  return errors === 0;
}
export const getRecalculateCostStatus_401 = validate1861;
function validate1862(data, instancePath = '') {
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
  validate1862.errors = vErrors;
  return errors === 0;
}
function validate1861(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1862(data, instancePath)) {
    vErrors = vErrors === null ? validate1862.errors : vErrors.concat(validate1862.errors);
    errors = vErrors.length;
  }
  validate1861.errors = vErrors;
  return errors === 0;
}
export const getRecalculateCostStatus_404 = validate1866;
function validate1867(data, instancePath = '') {
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
  validate1867.errors = vErrors;
  return errors === 0;
}
function validate1866(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1867(data, instancePath)) {
    vErrors = vErrors === null ? validate1867.errors : vErrors.concat(validate1867.errors);
    errors = vErrors.length;
  }
  validate1866.errors = vErrors;
  return errors === 0;
}
export const getRecalculateCostStatus_500 = validate1871;
function validate1872(data, instancePath = '') {
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
  validate1872.errors = vErrors;
  return errors === 0;
}
function validate1871(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1872(data, instancePath)) {
    vErrors = vErrors === null ? validate1872.errors : vErrors.concat(validate1872.errors);
    errors = vErrors.length;
  }
  validate1871.errors = vErrors;
  return errors === 0;
}
export const getRecalculateCostStatus_503 = validate1876;
function validate1877(data, instancePath = '') {
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
  validate1877.errors = vErrors;
  return errors === 0;
}
function validate1876(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1877(data, instancePath)) {
    vErrors = vErrors === null ? validate1877.errors : vErrors.concat(validate1877.errors);
    errors = vErrors.length;
  }
  validate1876.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of getRecalculateCostStatus, by status. */
export const getRecalculateCostStatusResponses: {
  '200': Validator<
    operations['getRecalculateCostStatus']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getRecalculateCostStatus']['responses']['401']['content']['application/json']
  >;
  '404': Validator<
    operations['getRecalculateCostStatus']['responses']['404']['content']['application/json']
  >;
  '500': Validator<
    operations['getRecalculateCostStatus']['responses']['500']['content']['application/json']
  >;
  '503': Validator<
    operations['getRecalculateCostStatus']['responses']['503']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getRecalculateCostStatus']['responses']['200']['content']['application/json']
  >('getRecalculateCostStatus 200 response', getRecalculateCostStatus_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getRecalculateCostStatus']['responses']['401']['content']['application/json']
  >('getRecalculateCostStatus 401 response', getRecalculateCostStatus_401),
  '404': /* @__PURE__ */ createValidator<
    operations['getRecalculateCostStatus']['responses']['404']['content']['application/json']
  >('getRecalculateCostStatus 404 response', getRecalculateCostStatus_404),
  '500': /* @__PURE__ */ createValidator<
    operations['getRecalculateCostStatus']['responses']['500']['content']['application/json']
  >('getRecalculateCostStatus 500 response', getRecalculateCostStatus_500),
  '503': /* @__PURE__ */ createValidator<
    operations['getRecalculateCostStatus']['responses']['503']['content']['application/json']
  >('getRecalculateCostStatus 503 response', getRecalculateCostStatus_503),
};
