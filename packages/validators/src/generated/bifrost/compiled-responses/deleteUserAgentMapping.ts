// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate925, validate927 } from './shared-common.js';

export const deleteUserAgentMapping_200 = validate1814;
function validate1815(data, instancePath = '') {
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
  validate1815.errors = vErrors;
  return errors === 0;
}
function validate1814(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1815(data, instancePath)) {
    vErrors = vErrors === null ? validate1815.errors : vErrors.concat(validate1815.errors);
    errors = vErrors.length;
  }
  validate1814.errors = vErrors;
  return errors === 0;
}
export const deleteUserAgentMapping_401 = validate1817;
function validate1818(data, instancePath = '') {
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
  validate1818.errors = vErrors;
  return errors === 0;
}
function validate1817(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1818(data, instancePath)) {
    vErrors = vErrors === null ? validate1818.errors : vErrors.concat(validate1818.errors);
    errors = vErrors.length;
  }
  validate1817.errors = vErrors;
  return errors === 0;
}
export const deleteUserAgentMapping_404 = validate1822;
function validate1823(data, instancePath = '') {
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
  validate1823.errors = vErrors;
  return errors === 0;
}
function validate1822(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1823(data, instancePath)) {
    vErrors = vErrors === null ? validate1823.errors : vErrors.concat(validate1823.errors);
    errors = vErrors.length;
  }
  validate1822.errors = vErrors;
  return errors === 0;
}
export const deleteUserAgentMapping_500 = validate1827;
function validate1828(data, instancePath = '') {
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
  validate1828.errors = vErrors;
  return errors === 0;
}
function validate1827(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1828(data, instancePath)) {
    vErrors = vErrors === null ? validate1828.errors : vErrors.concat(validate1828.errors);
    errors = vErrors.length;
  }
  validate1827.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of deleteUserAgentMapping, by status. */
export const deleteUserAgentMappingResponses: {
  '200': Validator<
    operations['deleteUserAgentMapping']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteUserAgentMapping']['responses']['401']['content']['application/json']
  >;
  '404': Validator<
    operations['deleteUserAgentMapping']['responses']['404']['content']['application/json']
  >;
  '500': Validator<
    operations['deleteUserAgentMapping']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteUserAgentMapping']['responses']['200']['content']['application/json']
  >('deleteUserAgentMapping 200 response', deleteUserAgentMapping_200),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteUserAgentMapping']['responses']['401']['content']['application/json']
  >('deleteUserAgentMapping 401 response', deleteUserAgentMapping_401),
  '404': /* @__PURE__ */ createValidator<
    operations['deleteUserAgentMapping']['responses']['404']['content']['application/json']
  >('deleteUserAgentMapping 404 response', deleteUserAgentMapping_404),
  '500': /* @__PURE__ */ createValidator<
    operations['deleteUserAgentMapping']['responses']['500']['content']['application/json']
  >('deleteUserAgentMapping 500 response', deleteUserAgentMapping_500),
};
