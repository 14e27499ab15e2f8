// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';

const formats2 = formats['date-time'];
const formats6 = formats.uuid;
export function validate1798(data, instancePath = '') {
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
    if (data.account_provider_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'account_provider_id' },
      });
      errors++;
    }
    if (data.model === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model' },
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
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (!formats6.validate(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/format',
            keyword: 'format',
            params: { format: 'uuid' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.account_provider_id !== undefined) {
      let data1 = data.account_provider_id;
      if (typeof data1 === 'string') {
        if (!formats6.validate(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/account_provider_id',
            schemaPath: '#/properties/account_provider_id/format',
            keyword: 'format',
            params: { format: 'uuid' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/account_provider_id',
          schemaPath: '#/properties/account_provider_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.model !== undefined) {
      if (typeof data.model !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.model_rule !== undefined) {
      if (
        !(
          validate455(data.model_rule, instancePath) ||
          validate455(data.model_rule, instancePath + '/model_rule')
        )
      ) {
        vErrors = vErrors === null ? validate455.errors : vErrors.concat(validate455.errors);
        errors = vErrors.length;
      }
    }
    if (data.cost_type !== undefined) {
      if (typeof data.cost_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cost_type',
          schemaPath: '#/properties/cost_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.cost_in !== undefined) {
      if (!(typeof data.cost_in == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cost_in',
          schemaPath: '#/properties/cost_in/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.cost_out !== undefined) {
      if (!(typeof data.cost_out == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cost_out',
          schemaPath: '#/properties/cost_out/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.token_pricing !== undefined) {
      if (typeof data.token_pricing !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/token_pricing',
          schemaPath: '#/properties/token_pricing/type',
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
    if (data.changed_by !== undefined) {
      if (typeof data.changed_by !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/changed_by',
          schemaPath: '#/properties/changed_by/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.weight !== undefined) {
      let data10 = data.weight;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/weight',
          schemaPath: '#/properties/weight/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data11 = data.created_at;
      if (typeof data11 === 'string') {
        if (!formats2.validate(data11)) {
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
      let data12 = data.modified_at;
      if (typeof data12 === 'string') {
        if (!formats2.validate(data12)) {
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
  validate1798.errors = vErrors;
  return errors === 0;
}
function validate455(data, instancePath = '') {
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
  if (!(data === 'equals' || data === 'starts-with' || data === 'contains')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema218.enum },
    });
    errors++;
  }
  validate455.errors = vErrors;
  return errors === 0;
}
const schema218 = { type: 'string', enum: ['equals', 'starts-with', 'contains'] };
