// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate925, validate927 } from './shared-common.js';

const formats44 = formats.int64;
export const getDroppedRequests_200 = validate1650;
function validate1651(data, instancePath = '') {
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
  validate1651.errors = vErrors;
  return errors === 0;
}
function validate1650(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1651(data, instancePath)) {
    vErrors = vErrors === null ? validate1651.errors : vErrors.concat(validate1651.errors);
    errors = vErrors.length;
  }
  validate1650.errors = vErrors;
  return errors === 0;
}
export const getDroppedRequests_401 = validate1653;
function validate1654(data, instancePath = '') {
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
  validate1654.errors = vErrors;
  return errors === 0;
}
function validate1653(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1654(data, instancePath)) {
    vErrors = vErrors === null ? validate1654.errors : vErrors.concat(validate1654.errors);
    errors = vErrors.length;
  }
  validate1653.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of getDroppedRequests, by status. */
export const getDroppedRequestsResponses: {
  '200': Validator<
    operations['getDroppedRequests']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getDroppedRequests']['responses']['401']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getDroppedRequests']['responses']['200']['content']['application/json']
  >('getDroppedRequests 200 response', getDroppedRequests_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getDroppedRequests']['responses']['401']['content']['application/json']
  >('getDroppedRequests 401 response', getDroppedRequests_401),
};
