// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError, ucs2length } from '../../../runtime/json.js';
import { validate66 } from './shared-common.js';
import {
  schema299,
  validate81,
  validate83,
  validate88,
  validate90,
  validate96,
} from './shared-05c9fd0c19.js';

const formats2 = formats['date-time'];
const func1 = ucs2length;
export function validate907(data, instancePath = '') {
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
    if (data.rate_limiting_interval === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rate_limiting_interval' },
      });
      errors++;
    }
    if (data.rate_limiting_limit === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rate_limiting_limit' },
      });
      errors++;
    }
    if (data.collect_logs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'collect_logs' },
      });
      errors++;
    }
    if (data.cache_ttl === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cache_ttl' },
      });
      errors++;
    }
    if (data.cache_invalidate_on_update === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cache_invalidate_on_update' },
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
      if (!(validate66(data.id, instancePath) || validate66(data.id, instancePath + '/id'))) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.authentication !== undefined) {
      if (typeof data.authentication !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/authentication',
          schemaPath: '#/properties/authentication/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.cache_invalidate_on_update !== undefined) {
      if (typeof data.cache_invalidate_on_update !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cache_invalidate_on_update',
          schemaPath: '#/properties/cache_invalidate_on_update/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.cache_ttl !== undefined) {
      let data3 = data.cache_ttl;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3)) && data3 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cache_ttl',
          schemaPath: '#/properties/cache_ttl/type',
          keyword: 'type',
          params: { type: schema299.properties.cache_ttl.type },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cache_ttl',
            schemaPath: '#/properties/cache_ttl/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.collect_logs !== undefined) {
      if (typeof data.collect_logs !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/collect_logs',
          schemaPath: '#/properties/collect_logs/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.log_management !== undefined) {
      let data5 = data.log_management;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5)) && data5 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/log_management',
          schemaPath: '#/properties/log_management/type',
          keyword: 'type',
          params: { type: schema299.properties.log_management.type },
        });
        errors++;
      }
      if (typeof data5 == 'number') {
        if (data5 > 10000000 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/log_management',
            schemaPath: '#/properties/log_management/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000000 },
          });
          errors++;
        }
        if (data5 < 10000 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/log_management',
            schemaPath: '#/properties/log_management/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 10000 },
          });
          errors++;
        }
      }
    }
    if (data.log_management_strategy !== undefined) {
      let data6 = data.log_management_strategy;
      if (typeof data6 !== 'string' && data6 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/type',
          keyword: 'type',
          params: { type: schema299.properties.log_management_strategy.type },
        });
        errors++;
      }
      if (!(data6 === 'STOP_INSERTING' || data6 === 'DELETE_OLDEST' || data6 === null)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/enum',
          keyword: 'enum',
          params: { allowedValues: schema299.properties.log_management_strategy.enum },
        });
        errors++;
      }
    }
    if (data.logpush !== undefined) {
      if (typeof data.logpush !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/logpush',
          schemaPath: '#/properties/logpush/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.logpush_public_key !== undefined) {
      let data8 = data.logpush_public_key;
      if (typeof data8 !== 'string' && data8 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/logpush_public_key',
          schemaPath: '#/properties/logpush_public_key/type',
          keyword: 'type',
          params: { type: schema299.properties.logpush_public_key.type },
        });
        errors++;
      }
      if (typeof data8 === 'string') {
        if (data8.length > 1024 && func1(data8) > 1024) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/logpush_public_key',
            schemaPath: '#/properties/logpush_public_key/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
          });
          errors++;
        }
        if (data8.length < 16 || (data8.length < 32 && func1(data8) < 16)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/logpush_public_key',
            schemaPath: '#/properties/logpush_public_key/minLength',
            keyword: 'minLength',
            params: { limit: 16 },
          });
          errors++;
        }
      }
    }
    if (data.rate_limiting_interval !== undefined) {
      let data9 = data.rate_limiting_interval;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9)) && data9 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limiting_interval',
          schemaPath: '#/properties/rate_limiting_interval/type',
          keyword: 'type',
          params: { type: schema299.properties.rate_limiting_interval.type },
        });
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/rate_limiting_interval',
            schemaPath: '#/properties/rate_limiting_interval/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.rate_limiting_limit !== undefined) {
      let data10 = data.rate_limiting_limit;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10)) && data10 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limiting_limit',
          schemaPath: '#/properties/rate_limiting_limit/type',
          keyword: 'type',
          params: { type: schema299.properties.rate_limiting_limit.type },
        });
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/rate_limiting_limit',
            schemaPath: '#/properties/rate_limiting_limit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.rate_limiting_technique !== undefined) {
      let data11 = data.rate_limiting_technique;
      if (typeof data11 !== 'string' && data11 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/type',
          keyword: 'type',
          params: { type: schema299.properties.rate_limiting_technique.type },
        });
        errors++;
      }
      if (!(data11 === 'fixed' || data11 === 'sliding' || data11 === null)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/enum',
          keyword: 'enum',
          params: { allowedValues: schema299.properties.rate_limiting_technique.enum },
        });
        errors++;
      }
    }
    if (data.retry_backoff !== undefined) {
      let data12 = data.retry_backoff;
      if (typeof data12 !== 'string' && data12 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/retry_backoff',
          schemaPath: '#/properties/retry_backoff/type',
          keyword: 'type',
          params: { type: schema299.properties.retry_backoff.type },
        });
        errors++;
      }
      if (
        !(
          data12 === 'constant' ||
          data12 === 'linear' ||
          data12 === 'exponential' ||
          data12 === null
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/retry_backoff',
          schemaPath: '#/properties/retry_backoff/enum',
          keyword: 'enum',
          params: { allowedValues: schema299.properties.retry_backoff.enum },
        });
        errors++;
      }
    }
    if (data.retry_delay !== undefined) {
      let data13 = data.retry_delay;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13)) && data13 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/retry_delay',
          schemaPath: '#/properties/retry_delay/type',
          keyword: 'type',
          params: { type: schema299.properties.retry_delay.type },
        });
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 > 5000 || isNaN(data13)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/retry_delay',
            schemaPath: '#/properties/retry_delay/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 5000 },
          });
          errors++;
        }
        if (data13 < 0 || isNaN(data13)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/retry_delay',
            schemaPath: '#/properties/retry_delay/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.retry_max_attempts !== undefined) {
      let data14 = data.retry_max_attempts;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14)) && data14 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/retry_max_attempts',
          schemaPath: '#/properties/retry_max_attempts/type',
          keyword: 'type',
          params: { type: schema299.properties.retry_max_attempts.type },
        });
        errors++;
      }
      if (typeof data14 == 'number') {
        if (data14 > 5 || isNaN(data14)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/retry_max_attempts',
            schemaPath: '#/properties/retry_max_attempts/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 5 },
          });
          errors++;
        }
        if (data14 < 1 || isNaN(data14)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/retry_max_attempts',
            schemaPath: '#/properties/retry_max_attempts/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          });
          errors++;
        }
      }
    }
    if (data.store_id !== undefined) {
      let data15 = data.store_id;
      if (typeof data15 !== 'string' && data15 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/store_id',
          schemaPath: '#/properties/store_id/type',
          keyword: 'type',
          params: { type: schema299.properties.store_id.type },
        });
        errors++;
      }
    }
    if (data.workers_ai_billing_mode !== undefined) {
      let data16 = data.workers_ai_billing_mode;
      if (typeof data16 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/workers_ai_billing_mode',
          schemaPath: '#/properties/workers_ai_billing_mode/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data16 === 'postpaid' || data16 === 'unified')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/workers_ai_billing_mode',
          schemaPath: '#/properties/workers_ai_billing_mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema299.properties.workers_ai_billing_mode.enum },
        });
        errors++;
      }
    }
    if (data.zdr !== undefined) {
      if (typeof data.zdr !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/zdr',
          schemaPath: '#/properties/zdr/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.is_default !== undefined) {
      if (typeof data.is_default !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_default',
          schemaPath: '#/properties/is_default/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.log_classification !== undefined) {
      if (typeof data.log_classification !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/log_classification',
          schemaPath: '#/properties/log_classification/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.dlp !== undefined) {
      if (!(validate81(data.dlp, instancePath) || validate81(data.dlp, instancePath + '/dlp'))) {
        vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
        errors = vErrors.length;
      }
    }
    if (data.guardrails !== undefined) {
      if (
        !(
          validate83(data.guardrails, instancePath) ||
          validate83(data.guardrails, instancePath + '/guardrails')
        )
      ) {
        vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.otel !== undefined) {
      if (!(validate88(data.otel, instancePath) || validate88(data.otel, instancePath + '/otel'))) {
        vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
        errors = vErrors.length;
      }
    }
    if (data.spend_limits !== undefined) {
      if (
        !(
          validate90(data.spend_limits, instancePath) ||
          validate90(data.spend_limits, instancePath + '/spend_limits')
        )
      ) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
    if (data.stripe !== undefined) {
      if (
        !(
          validate96(data.stripe, instancePath) || validate96(data.stripe, instancePath + '/stripe')
        )
      ) {
        vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
        errors = vErrors.length;
      }
    }
    if (data.created_at !== undefined) {
      let data25 = data.created_at;
      if (typeof data25 === 'string') {
        if (!formats2.validate(data25)) {
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
      let data26 = data.modified_at;
      if (typeof data26 === 'string') {
        if (!formats2.validate(data26)) {
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
  validate907.errors = vErrors;
  return errors === 0;
}
