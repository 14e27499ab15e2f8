// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import { validate66 } from './shared-common.js';

const formats2 = formats['date-time'];
export function validate1575(data, instancePath = '') {
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
    if (data.gateway_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      });
      errors++;
    }
    if (data.provider_slug === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider_slug' },
      });
      errors++;
    }
    if (data.alias === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'alias' },
      });
      errors++;
    }
    if (data.default_config === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'default_config' },
      });
      errors++;
    }
    if (data.secret_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'secret_id' },
      });
      errors++;
    }
    if (data.secret_preview === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'secret_preview' },
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
    if (data.provider_slug !== undefined) {
      if (typeof data.provider_slug !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/provider_slug',
          schemaPath: '#/properties/provider_slug/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.alias !== undefined) {
      if (typeof data.alias !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/alias',
          schemaPath: '#/properties/alias/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.default_config !== undefined) {
      if (typeof data.default_config !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/default_config',
          schemaPath: '#/properties/default_config/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.secret_id !== undefined) {
      if (typeof data.secret_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/secret_id',
          schemaPath: '#/properties/secret_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.secret_preview !== undefined) {
      if (typeof data.secret_preview !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/secret_preview',
          schemaPath: '#/properties/secret_preview/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.rate_limit !== undefined) {
      if (!(typeof data.rate_limit == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limit',
          schemaPath: '#/properties/rate_limit/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.rate_limit_period !== undefined) {
      if (!(typeof data.rate_limit_period == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limit_period',
          schemaPath: '#/properties/rate_limit_period/type',
          keyword: 'type',
          params: { type: 'number' },
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
  validate1575.errors = vErrors;
  return errors === 0;
}
