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
export const getModelHistogram_200 = validate1439;
function validate1440(data, instancePath = '') {
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
  validate1440.errors = vErrors;
  return errors === 0;
}
function validate1439(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1440(data, instancePath)) {
    vErrors = vErrors === null ? validate1440.errors : vErrors.concat(validate1440.errors);
    errors = vErrors.length;
  }
  validate1439.errors = vErrors;
  return errors === 0;
}
export const getModelHistogram_401 = validate1445;
function validate1446(data, instancePath = '') {
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
  validate1446.errors = vErrors;
  return errors === 0;
}
function validate1445(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1446(data, instancePath)) {
    vErrors = vErrors === null ? validate1446.errors : vErrors.concat(validate1446.errors);
    errors = vErrors.length;
  }
  validate1445.errors = vErrors;
  return errors === 0;
}
export const getModelHistogram_500 = validate1450;
function validate1451(data, instancePath = '') {
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
  validate1451.errors = vErrors;
  return errors === 0;
}
function validate1450(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1451(data, instancePath)) {
    vErrors = vErrors === null ? validate1451.errors : vErrors.concat(validate1451.errors);
    errors = vErrors.length;
  }
  validate1450.errors = vErrors;
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

/** Each JSON response of getModelHistogram, by status. */
export const getModelHistogramResponses: {
  '200': Validator<
    operations['getModelHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getModelHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getModelHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getModelHistogram']['responses']['200']['content']['application/json']
  >('getModelHistogram 200 response', getModelHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getModelHistogram']['responses']['401']['content']['application/json']
  >('getModelHistogram 401 response', getModelHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getModelHistogram']['responses']['500']['content']['application/json']
  >('getModelHistogram 500 response', getModelHistogram_500),
};
