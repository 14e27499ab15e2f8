// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate925, validate927, validate1053, validate1055 } from './shared-common.js';
import { validate1115 } from './shared-fb6ce09b18.js';

export const getProviderTokenHistogram_200 = validate1503;
function validate1504(data, instancePath = '') {
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
  validate1504.errors = vErrors;
  return errors === 0;
}
function validate1503(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1504(data, instancePath)) {
    vErrors = vErrors === null ? validate1504.errors : vErrors.concat(validate1504.errors);
    errors = vErrors.length;
  }
  validate1503.errors = vErrors;
  return errors === 0;
}
export const getProviderTokenHistogram_401 = validate1509;
function validate1510(data, instancePath = '') {
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
  validate1510.errors = vErrors;
  return errors === 0;
}
function validate1509(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1510(data, instancePath)) {
    vErrors = vErrors === null ? validate1510.errors : vErrors.concat(validate1510.errors);
    errors = vErrors.length;
  }
  validate1509.errors = vErrors;
  return errors === 0;
}
export const getProviderTokenHistogram_500 = validate1514;
function validate1515(data, instancePath = '') {
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
  validate1515.errors = vErrors;
  return errors === 0;
}
function validate1514(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1515(data, instancePath)) {
    vErrors = vErrors === null ? validate1515.errors : vErrors.concat(validate1515.errors);
    errors = vErrors.length;
  }
  validate1514.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of getProviderTokenHistogram, by status. */
export const getProviderTokenHistogramResponses: {
  '200': Validator<
    operations['getProviderTokenHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getProviderTokenHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getProviderTokenHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getProviderTokenHistogram']['responses']['200']['content']['application/json']
  >('getProviderTokenHistogram 200 response', getProviderTokenHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getProviderTokenHistogram']['responses']['401']['content']['application/json']
  >('getProviderTokenHistogram 401 response', getProviderTokenHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getProviderTokenHistogram']['responses']['500']['content']['application/json']
  >('getProviderTokenHistogram 500 response', getProviderTokenHistogram_500),
};
