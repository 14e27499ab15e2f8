// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';

const formats0 = formats['date-time'];
const formats44 = formats.int64;
export function validate925(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.message === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'message' },
      });
      errors++;
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
    if (data.code !== undefined) {
      if (typeof data.code !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/code',
          schemaPath: '#/properties/code/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
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
    if (data.error !== undefined) {
      if (typeof data.error !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/error',
          schemaPath: '#/properties/error/type',
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
  validate925.errors = vErrors;
  return errors === 0;
}
export function validate927(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.original_model_requested !== undefined) {
      if (typeof data.original_model_requested !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/original_model_requested',
          schemaPath: '#/properties/original_model_requested/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.resolved_model_used !== undefined) {
      if (typeof data.resolved_model_used !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/resolved_model_used',
          schemaPath: '#/properties/resolved_model_used/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.converted_request_type !== undefined) {
      if (typeof data.converted_request_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/converted_request_type',
          schemaPath: '#/properties/converted_request_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.dropped_compat_plugin_params !== undefined) {
      let data3 = data.dropped_compat_plugin_params;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data3[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/dropped_compat_plugin_params/' + i0,
              schemaPath: '#/properties/dropped_compat_plugin_params/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dropped_compat_plugin_params',
          schemaPath: '#/properties/dropped_compat_plugin_params/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.key_statuses !== undefined) {
      let data5 = data.key_statuses;
      if (Array.isArray(data5)) {
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (!(data6 && typeof data6 == 'object' && !Array.isArray(data6))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/key_statuses/' + i1,
              schemaPath: '#/properties/key_statuses/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/key_statuses',
          schemaPath: '#/properties/key_statuses/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.mcp_auth_required !== undefined) {
      let data7 = data.mcp_auth_required;
      if (!(data7 && typeof data7 == 'object' && !Array.isArray(data7))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/mcp_auth_required',
          schemaPath: '#/properties/mcp_auth_required/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.provider !== undefined) {
      if (typeof data.provider !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/provider',
          schemaPath: '#/properties/provider/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.model_requested !== undefined) {
      if (typeof data.model_requested !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model_requested',
          schemaPath: '#/properties/model_requested/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.request_type !== undefined) {
      if (typeof data.request_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_type',
          schemaPath: '#/properties/request_type/type',
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
  validate927.errors = vErrors;
  return errors === 0;
}
export function validate1053(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate1053.errors = vErrors;
  return errors === 0;
}
export function validate1055(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 60 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 60 },
      });
      errors++;
    }
    if (!formats44.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'int64' },
      });
      errors++;
    }
  }
  validate1055.errors = vErrors;
  return errors === 0;
}
