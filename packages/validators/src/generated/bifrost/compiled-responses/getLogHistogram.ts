// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate925, validate927, validate1053, validate1055 } from './shared-common.js';

const formats44 = formats.int64;
export const getLogHistogram_200 = validate1393;
function validate1394(data, instancePath = '') {
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
  validate1394.errors = vErrors;
  return errors === 0;
}
function validate1393(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1394(data, instancePath)) {
    vErrors = vErrors === null ? validate1394.errors : vErrors.concat(validate1394.errors);
    errors = vErrors.length;
  }
  validate1393.errors = vErrors;
  return errors === 0;
}
export const getLogHistogram_401 = validate1398;
function validate1399(data, instancePath = '') {
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
  validate1399.errors = vErrors;
  return errors === 0;
}
function validate1398(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1399(data, instancePath)) {
    vErrors = vErrors === null ? validate1399.errors : vErrors.concat(validate1399.errors);
    errors = vErrors.length;
  }
  validate1398.errors = vErrors;
  return errors === 0;
}
export const getLogHistogram_500 = validate1403;
function validate1404(data, instancePath = '') {
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
  validate1404.errors = vErrors;
  return errors === 0;
}
function validate1403(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1404(data, instancePath)) {
    vErrors = vErrors === null ? validate1404.errors : vErrors.concat(validate1404.errors);
    errors = vErrors.length;
  }
  validate1403.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of getLogHistogram, by status. */
export const getLogHistogramResponses: {
  '200': Validator<
    operations['getLogHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getLogHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getLogHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogHistogram']['responses']['200']['content']['application/json']
  >('getLogHistogram 200 response', getLogHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogHistogram']['responses']['401']['content']['application/json']
  >('getLogHistogram 401 response', getLogHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLogHistogram']['responses']['500']['content']['application/json']
  >('getLogHistogram 500 response', getLogHistogram_500),
};
