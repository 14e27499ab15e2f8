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
export const listUserAgentMappings_200 = validate1757;
function validate1758(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.mappings === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mappings' },
      });
      errors++;
    }
    if (data.mappings !== undefined) {
      let data0 = data.mappings;
      if (!Array.isArray(data0) && data0 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/mappings',
          schemaPath: '#/properties/mappings/type',
          keyword: 'type',
          params: { type: schema407.properties.mappings.type },
        });
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate1280(data0[i0], instancePath) ||
              validate1280(data0[i0], instancePath + '/mappings/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate1280.errors : vErrors.concat(validate1280.errors);
            errors = vErrors.length;
          }
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
  validate1758.errors = vErrors;
  return errors === 0;
}
function validate1757(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1758(data, instancePath)) {
    vErrors = vErrors === null ? validate1758.errors : vErrors.concat(validate1758.errors);
    errors = vErrors.length;
  }
  validate1757.errors = vErrors;
  return errors === 0;
}
export const listUserAgentMappings_401 = validate1761;
function validate1762(data, instancePath = '') {
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
  validate1762.errors = vErrors;
  return errors === 0;
}
function validate1761(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1762(data, instancePath)) {
    vErrors = vErrors === null ? validate1762.errors : vErrors.concat(validate1762.errors);
    errors = vErrors.length;
  }
  validate1761.errors = vErrors;
  return errors === 0;
}
export const listUserAgentMappings_500 = validate1766;
function validate1767(data, instancePath = '') {
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
  validate1767.errors = vErrors;
  return errors === 0;
}
function validate1766(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1767(data, instancePath)) {
    vErrors = vErrors === null ? validate1767.errors : vErrors.concat(validate1767.errors);
    errors = vErrors.length;
  }
  validate1766.errors = vErrors;
  return errors === 0;
}
const schema407 = {
  type: 'object',
  required: ['mappings'],
  properties: {
    mappings: { type: ['array', 'null'], items: { $ref: '#/components/schemas/UserAgentMapping' } },
  },
};
function validate1280(data, instancePath = '') {
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
  validate1280.errors = vErrors;
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

/** Each JSON response of listUserAgentMappings, by status. */
export const listUserAgentMappingsResponses: {
  '200': Validator<
    operations['listUserAgentMappings']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['listUserAgentMappings']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['listUserAgentMappings']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listUserAgentMappings']['responses']['200']['content']['application/json']
  >('listUserAgentMappings 200 response', listUserAgentMappings_200),
  '401': /* @__PURE__ */ createValidator<
    operations['listUserAgentMappings']['responses']['401']['content']['application/json']
  >('listUserAgentMappings 401 response', listUserAgentMappings_401),
  '500': /* @__PURE__ */ createValidator<
    operations['listUserAgentMappings']['responses']['500']['content']['application/json']
  >('listUserAgentMappings 500 response', listUserAgentMappings_500),
};
