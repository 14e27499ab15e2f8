// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import { validate66 } from './shared-common.js';
import { validate223 } from './shared-d10d63580c.js';

const formats2 = formats['date-time'];
export function validate675(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.account_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'account_id' },
      });
      errors++;
    }
    if (data.account_tag === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'account_tag' },
      });
      errors++;
    }
    if (data.gateway_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      });
      errors++;
    }
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.filters === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'filters' },
      });
      errors++;
    }
    if (data.enable === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enable' },
      });
      errors++;
    }
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      });
      errors++;
    }
    if (data.modified_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.account_id !== undefined) {
      if (typeof data.account_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/account_id',
          schemaPath: '#/properties/account_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.account_tag !== undefined) {
      if (typeof data.account_tag !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/account_tag',
          schemaPath: '#/properties/account_tag/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (
        !(
          validate66(data.gateway_id, instancePath) ||
          validate66(data.gateway_id, instancePath + '/gateway_id')
        )
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.filters !== undefined) {
      let data6 = data.filters;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate223(data6[i0], instancePath) ||
              validate223(data6[i0], instancePath + '/filters/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate223.errors : vErrors.concat(validate223.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/filters',
          schemaPath: '#/properties/filters/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data8 = data.created_at;
      if (typeof data8 === 'string') {
        if (!formats2.validate(data8)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data9 = data.modified_at;
      if (typeof data9 === 'string') {
        if (!formats2.validate(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
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
  validate675.errors = vErrors;
  return errors === 0;
}
export function validate679(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.evaluation_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'evaluation_id' },
      });
      errors++;
    }
    if (data.evaluation_type_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'evaluation_type_id' },
      });
      errors++;
    }
    if (data.result === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'result' },
      });
      errors++;
    }
    if (data.status === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      });
      errors++;
    }
    if (data.status_description === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status_description' },
      });
      errors++;
    }
    if (data.total_logs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_logs' },
      });
      errors++;
    }
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      });
      errors++;
    }
    if (data.modified_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.evaluation_id !== undefined) {
      if (typeof data.evaluation_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/evaluation_id',
          schemaPath: '#/properties/evaluation_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.evaluation_type_id !== undefined) {
      if (typeof data.evaluation_type_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/evaluation_type_id',
          schemaPath: '#/properties/evaluation_type_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.result !== undefined) {
      if (typeof data.result !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      if (!(typeof data.status == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.status_description !== undefined) {
      if (typeof data.status_description !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_description',
          schemaPath: '#/properties/status_description/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.total_logs !== undefined) {
      let data6 = data.total_logs;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_logs',
          schemaPath: '#/properties/total_logs/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_logs',
            schemaPath: '#/properties/total_logs/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.created_at !== undefined) {
      let data7 = data.created_at;
      if (typeof data7 === 'string') {
        if (!formats2.validate(data7)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data8 = data.modified_at;
      if (typeof data8 === 'string') {
        if (!formats2.validate(data8)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
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
  validate679.errors = vErrors;
  return errors === 0;
}
