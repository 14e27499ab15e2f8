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
export const getTokenHistogram_200 = validate1408;
function validate1409(data, instancePath = '') {
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
  validate1409.errors = vErrors;
  return errors === 0;
}
function validate1408(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1409(data, instancePath)) {
    vErrors = vErrors === null ? validate1409.errors : vErrors.concat(validate1409.errors);
    errors = vErrors.length;
  }
  validate1408.errors = vErrors;
  return errors === 0;
}
export const getTokenHistogram_401 = validate1413;
function validate1414(data, instancePath = '') {
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
  validate1414.errors = vErrors;
  return errors === 0;
}
function validate1413(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1414(data, instancePath)) {
    vErrors = vErrors === null ? validate1414.errors : vErrors.concat(validate1414.errors);
    errors = vErrors.length;
  }
  validate1413.errors = vErrors;
  return errors === 0;
}
export const getTokenHistogram_500 = validate1418;
function validate1419(data, instancePath = '') {
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
  validate1419.errors = vErrors;
  return errors === 0;
}
function validate1418(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1419(data, instancePath)) {
    vErrors = vErrors === null ? validate1419.errors : vErrors.concat(validate1419.errors);
    errors = vErrors.length;
  }
  validate1418.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of getTokenHistogram, by status. */
export const getTokenHistogramResponses: {
  '200': Validator<
    operations['getTokenHistogram']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getTokenHistogram']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getTokenHistogram']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getTokenHistogram']['responses']['200']['content']['application/json']
  >('getTokenHistogram 200 response', getTokenHistogram_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getTokenHistogram']['responses']['401']['content']['application/json']
  >('getTokenHistogram 401 response', getTokenHistogram_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getTokenHistogram']['responses']['500']['content']['application/json']
  >('getTokenHistogram 500 response', getTokenHistogram_500),
};
