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
export const updateUserAgentMapping_200 = validate1790;
function validate1791(data, instancePath = '') {
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
  validate1791.errors = vErrors;
  return errors === 0;
}
function validate1790(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1791(data, instancePath)) {
    vErrors = vErrors === null ? validate1791.errors : vErrors.concat(validate1791.errors);
    errors = vErrors.length;
  }
  validate1790.errors = vErrors;
  return errors === 0;
}
export const updateUserAgentMapping_400 = validate1794;
function validate1795(data, instancePath = '') {
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
  validate1795.errors = vErrors;
  return errors === 0;
}
function validate1794(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1795(data, instancePath)) {
    vErrors = vErrors === null ? validate1795.errors : vErrors.concat(validate1795.errors);
    errors = vErrors.length;
  }
  validate1794.errors = vErrors;
  return errors === 0;
}
export const updateUserAgentMapping_401 = validate1799;
function validate1800(data, instancePath = '') {
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
  validate1800.errors = vErrors;
  return errors === 0;
}
function validate1799(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1800(data, instancePath)) {
    vErrors = vErrors === null ? validate1800.errors : vErrors.concat(validate1800.errors);
    errors = vErrors.length;
  }
  validate1799.errors = vErrors;
  return errors === 0;
}
export const updateUserAgentMapping_404 = validate1804;
function validate1805(data, instancePath = '') {
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
  validate1805.errors = vErrors;
  return errors === 0;
}
function validate1804(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1805(data, instancePath)) {
    vErrors = vErrors === null ? validate1805.errors : vErrors.concat(validate1805.errors);
    errors = vErrors.length;
  }
  validate1804.errors = vErrors;
  return errors === 0;
}
export const updateUserAgentMapping_500 = validate1809;
function validate1810(data, instancePath = '') {
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
  validate1810.errors = vErrors;
  return errors === 0;
}
function validate1809(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1810(data, instancePath)) {
    vErrors = vErrors === null ? validate1810.errors : vErrors.concat(validate1810.errors);
    errors = vErrors.length;
  }
  validate1809.errors = vErrors;
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

/** Each JSON response of updateUserAgentMapping, by status. */
export const updateUserAgentMappingResponses: {
  '200': Validator<
    operations['updateUserAgentMapping']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['updateUserAgentMapping']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['updateUserAgentMapping']['responses']['401']['content']['application/json']
  >;
  '404': Validator<
    operations['updateUserAgentMapping']['responses']['404']['content']['application/json']
  >;
  '500': Validator<
    operations['updateUserAgentMapping']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['updateUserAgentMapping']['responses']['200']['content']['application/json']
  >('updateUserAgentMapping 200 response', updateUserAgentMapping_200),
  '400': /* @__PURE__ */ createValidator<
    operations['updateUserAgentMapping']['responses']['400']['content']['application/json']
  >('updateUserAgentMapping 400 response', updateUserAgentMapping_400),
  '401': /* @__PURE__ */ createValidator<
    operations['updateUserAgentMapping']['responses']['401']['content']['application/json']
  >('updateUserAgentMapping 401 response', updateUserAgentMapping_401),
  '404': /* @__PURE__ */ createValidator<
    operations['updateUserAgentMapping']['responses']['404']['content']['application/json']
  >('updateUserAgentMapping 404 response', updateUserAgentMapping_404),
  '500': /* @__PURE__ */ createValidator<
    operations['updateUserAgentMapping']['responses']['500']['content']['application/json']
  >('updateUserAgentMapping 500 response', updateUserAgentMapping_500),
};
