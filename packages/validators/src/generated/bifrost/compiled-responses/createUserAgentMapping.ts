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
export const createUserAgentMapping_200 = validate1771;
function validate1772(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1274(data, instancePath)) {
    vErrors = vErrors === null ? validate1274.errors : vErrors.concat(validate1274.errors);
    errors = vErrors.length;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      });
      errors++;
    }
    if (data.updated_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/allOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'updated_at' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/id',
            schemaPath: '#/allOf/1/properties/id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/allOf/1/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data1 = data.created_at;
      if (typeof data1 === 'string') {
        if (!formats0.validate(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/allOf/1/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/allOf/1/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.updated_at !== undefined) {
      let data2 = data.updated_at;
      if (typeof data2 === 'string') {
        if (!formats0.validate(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/updated_at',
            schemaPath: '#/allOf/1/properties/updated_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/updated_at',
          schemaPath: '#/allOf/1/properties/updated_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/allOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1772.errors = vErrors;
  return errors === 0;
}
function validate1771(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1772(data, instancePath)) {
    vErrors = vErrors === null ? validate1772.errors : vErrors.concat(validate1772.errors);
    errors = vErrors.length;
  }
  validate1771.errors = vErrors;
  return errors === 0;
}
export const createUserAgentMapping_400 = validate1775;
function validate1776(data, instancePath = '') {
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
  validate1776.errors = vErrors;
  return errors === 0;
}
function validate1775(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1776(data, instancePath)) {
    vErrors = vErrors === null ? validate1776.errors : vErrors.concat(validate1776.errors);
    errors = vErrors.length;
  }
  validate1775.errors = vErrors;
  return errors === 0;
}
export const createUserAgentMapping_401 = validate1780;
function validate1781(data, instancePath = '') {
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
  validate1781.errors = vErrors;
  return errors === 0;
}
function validate1780(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1781(data, instancePath)) {
    vErrors = vErrors === null ? validate1781.errors : vErrors.concat(validate1781.errors);
    errors = vErrors.length;
  }
  validate1780.errors = vErrors;
  return errors === 0;
}
export const createUserAgentMapping_500 = validate1785;
function validate1786(data, instancePath = '') {
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
  validate1786.errors = vErrors;
  return errors === 0;
}
function validate1785(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1786(data, instancePath)) {
    vErrors = vErrors === null ? validate1786.errors : vErrors.concat(validate1786.errors);
    errors = vErrors.length;
  }
  validate1785.errors = vErrors;
  return errors === 0;
}
function validate1274(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.pattern === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pattern' },
      });
      errors++;
    }
    if (data.app === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'app' },
      });
      errors++;
    }
    if (data.match_type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'match_type' },
      });
      errors++;
    }
    if (data.pattern !== undefined) {
      let data0 = data.pattern;
      if (typeof data0 === 'string') {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pattern',
            schemaPath: '#/properties/pattern/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/pattern',
          schemaPath: '#/properties/pattern/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.app !== undefined) {
      let data1 = data.app;
      if (typeof data1 === 'string') {
        if (data1.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/app',
            schemaPath: '#/properties/app/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/app',
          schemaPath: '#/properties/app/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.match_type !== undefined) {
      if (
        !(
          validate880(data.match_type, instancePath) ||
          validate880(data.match_type, instancePath + '/match_type')
        )
      ) {
        vErrors = vErrors === null ? validate880.errors : vErrors.concat(validate880.errors);
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
  validate1274.errors = vErrors;
  return errors === 0;
}
function validate880(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (!(data === 'contains' || data === 'starts_with' || data === 'exact' || data === 'regex')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema233.enum },
    });
    errors++;
  }
  validate880.errors = vErrors;
  return errors === 0;
}
const schema233 = { type: 'string', enum: ['contains', 'starts_with', 'exact', 'regex'] };

/** Each JSON response of createUserAgentMapping, by status. */
export const createUserAgentMappingResponses: {
  '200': Validator<
    operations['createUserAgentMapping']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['createUserAgentMapping']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['createUserAgentMapping']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['createUserAgentMapping']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createUserAgentMapping']['responses']['200']['content']['application/json']
  >('createUserAgentMapping 200 response', createUserAgentMapping_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createUserAgentMapping']['responses']['400']['content']['application/json']
  >('createUserAgentMapping 400 response', createUserAgentMapping_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createUserAgentMapping']['responses']['401']['content']['application/json']
  >('createUserAgentMapping 401 response', createUserAgentMapping_401),
  '500': /* @__PURE__ */ createValidator<
    operations['createUserAgentMapping']['responses']['500']['content']['application/json']
  >('createUserAgentMapping 500 response', createUserAgentMapping_500),
};
