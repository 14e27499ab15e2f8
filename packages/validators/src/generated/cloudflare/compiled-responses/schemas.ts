// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError, ucs2length } from '../../../runtime/json.js';
import { validate66 } from './shared-common.js';
import { validate296, schema139 } from './shared-d7f7d07cfb.js';
import { validate736, schema368 } from './shared-b8f559a566.js';
import { validate675, validate679 } from './shared-b7ea293c69.js';
import { validate223, schema101 } from './shared-d10d63580c.js';
import {
  schema43,
  schema42,
  schema41,
  validate91,
  schema40,
  schema38,
  validate84,
  schema39,
  schema37,
  validate81,
  validate83,
  validate88,
  validate90,
  validate96,
  schema299,
} from './shared-05c9fd0c19.js';

const pattern3 = new RegExp('^[a-z0-9_]+(?:-[a-z0-9_]+)*$', 'u');
const pattern6 = new RegExp('^[a-zA-Z0-9_-]+$', 'u');
const formats0 = formats.uri;
const formats2 = formats['date-time'];
const formats6 = formats.uuid;
const pattern41 = new RegExp(
  '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$',
  'u',
);
const func1 = ucs2length;
const pattern42 = new RegExp('^[0-9a-f]{32}$', 'u');
export const schema_GatewayId = validate578;
function validate579(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 64 && func1(data) > 64) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 64 },
      });
      errors++;
    }
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
    if (!pattern3.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[a-z0-9_]+(?:-[a-z0-9_]+)*$' },
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
  validate579.errors = vErrors;
  return errors === 0;
}
function validate578(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate579(data, instancePath)) {
    vErrors = vErrors === null ? validate579.errors : vErrors.concat(validate579.errors);
    errors = vErrors.length;
  }
  validate578.errors = vErrors;
  return errors === 0;
}
export const schema_Gateway = validate581;
function validate582(data, instancePath = '') {
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
  validate582.errors = vErrors;
  return errors === 0;
}
function validate581(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate582(data, instancePath)) {
    vErrors = vErrors === null ? validate582.errors : vErrors.concat(validate582.errors);
    errors = vErrors.length;
  }
  validate581.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayCreate = validate590;
const schema27 = {
  type: 'object',
  required: [
    'id',
    'rate_limiting_interval',
    'rate_limiting_limit',
    'collect_logs',
    'cache_ttl',
    'cache_invalidate_on_update',
  ],
  properties: {
    id: { $ref: '#/components/schemas/GatewayId' },
    authentication: { type: 'boolean' },
    cache_invalidate_on_update: { type: 'boolean' },
    cache_ttl: { type: ['integer', 'null'], minimum: 0 },
    collect_logs: { type: 'boolean' },
    log_management: { type: ['integer', 'null'], minimum: 10000, maximum: 10000000 },
    log_management_strategy: {
      type: ['string', 'null'],
      enum: ['STOP_INSERTING', 'DELETE_OLDEST', null],
    },
    logpush: { type: 'boolean' },
    logpush_public_key: { type: ['string', 'null'], minLength: 16, maxLength: 1024 },
    rate_limiting_interval: { type: ['integer', 'null'], minimum: 0 },
    rate_limiting_limit: { type: ['integer', 'null'], minimum: 0 },
    rate_limiting_technique: { type: ['string', 'null'], enum: ['fixed', 'sliding', null] },
    retry_backoff: { type: ['string', 'null'], enum: ['constant', 'linear', 'exponential', null] },
    retry_delay: { type: ['integer', 'null'], minimum: 0, maximum: 5000 },
    retry_max_attempts: { type: ['integer', 'null'], minimum: 1, maximum: 5 },
    store_id: { type: ['string', 'null'] },
    workers_ai_billing_mode: { type: 'string', enum: ['postpaid', 'unified'] },
    zdr: { type: 'boolean' },
  },
};
function validate591(data, instancePath = '') {
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
          params: { type: schema27.properties.cache_ttl.type },
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
          params: { type: schema27.properties.log_management.type },
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
          params: { type: schema27.properties.log_management_strategy.type },
        });
        errors++;
      }
      if (!(data6 === 'STOP_INSERTING' || data6 === 'DELETE_OLDEST' || data6 === null)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/enum',
          keyword: 'enum',
          params: { allowedValues: schema27.properties.log_management_strategy.enum },
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
          params: { type: schema27.properties.logpush_public_key.type },
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
          params: { type: schema27.properties.rate_limiting_interval.type },
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
          params: { type: schema27.properties.rate_limiting_limit.type },
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
          params: { type: schema27.properties.rate_limiting_technique.type },
        });
        errors++;
      }
      if (!(data11 === 'fixed' || data11 === 'sliding' || data11 === null)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/enum',
          keyword: 'enum',
          params: { allowedValues: schema27.properties.rate_limiting_technique.enum },
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
          params: { type: schema27.properties.retry_backoff.type },
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
          params: { allowedValues: schema27.properties.retry_backoff.enum },
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
          params: { type: schema27.properties.retry_delay.type },
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
          params: { type: schema27.properties.retry_max_attempts.type },
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
          params: { type: schema27.properties.store_id.type },
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
          params: { allowedValues: schema27.properties.workers_ai_billing_mode.enum },
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate591.errors = vErrors;
  return errors === 0;
}
function validate590(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate591(data, instancePath)) {
    vErrors = vErrors === null ? validate591.errors : vErrors.concat(validate591.errors);
    errors = vErrors.length;
  }
  validate590.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayUpdate = validate594;
const schema36 = {
  type: 'object',
  required: [
    'rate_limiting_interval',
    'rate_limiting_limit',
    'collect_logs',
    'cache_ttl',
    'cache_invalidate_on_update',
  ],
  properties: {
    authentication: { type: 'boolean' },
    cache_invalidate_on_update: { type: 'boolean' },
    cache_ttl: { type: ['integer', 'null'], minimum: 0 },
    collect_logs: { type: 'boolean' },
    log_management: { type: ['integer', 'null'], minimum: 10000, maximum: 10000000 },
    log_management_strategy: {
      type: ['string', 'null'],
      enum: ['STOP_INSERTING', 'DELETE_OLDEST', null],
    },
    logpush: { type: 'boolean' },
    logpush_public_key: { type: ['string', 'null'], minLength: 16, maxLength: 1024 },
    rate_limiting_interval: { type: ['integer', 'null'], minimum: 0 },
    rate_limiting_limit: { type: ['integer', 'null'], minimum: 0 },
    rate_limiting_technique: { type: ['string', 'null'], enum: ['fixed', 'sliding', null] },
    retry_backoff: { type: ['string', 'null'], enum: ['constant', 'linear', 'exponential', null] },
    retry_delay: { type: ['integer', 'null'], minimum: 0, maximum: 5000 },
    retry_max_attempts: { type: ['integer', 'null'], minimum: 1, maximum: 5 },
    store_id: { type: ['string', 'null'] },
    workers_ai_billing_mode: { type: 'string', enum: ['postpaid', 'unified'] },
    zdr: { type: 'boolean' },
    log_classification: { type: 'boolean' },
    dlp: { $ref: '#/components/schemas/GatewayDlp' },
    guardrails: { $ref: '#/components/schemas/GatewayGuardrails' },
    otel: { $ref: '#/components/schemas/GatewayOtel' },
    spend_limits: { $ref: '#/components/schemas/GatewaySpendLimits' },
    stripe: { $ref: '#/components/schemas/GatewayStripe' },
  },
};
function validate595(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
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
      let data2 = data.cache_ttl;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2)) && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cache_ttl',
          schemaPath: '#/properties/cache_ttl/type',
          keyword: 'type',
          params: { type: schema36.properties.cache_ttl.type },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
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
      let data4 = data.log_management;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4)) && data4 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/log_management',
          schemaPath: '#/properties/log_management/type',
          keyword: 'type',
          params: { type: schema36.properties.log_management.type },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 > 10000000 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/log_management',
            schemaPath: '#/properties/log_management/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000000 },
          });
          errors++;
        }
        if (data4 < 10000 || isNaN(data4)) {
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
      let data5 = data.log_management_strategy;
      if (typeof data5 !== 'string' && data5 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/type',
          keyword: 'type',
          params: { type: schema36.properties.log_management_strategy.type },
        });
        errors++;
      }
      if (!(data5 === 'STOP_INSERTING' || data5 === 'DELETE_OLDEST' || data5 === null)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.properties.log_management_strategy.enum },
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
      let data7 = data.logpush_public_key;
      if (typeof data7 !== 'string' && data7 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/logpush_public_key',
          schemaPath: '#/properties/logpush_public_key/type',
          keyword: 'type',
          params: { type: schema36.properties.logpush_public_key.type },
        });
        errors++;
      }
      if (typeof data7 === 'string') {
        if (data7.length > 1024 && func1(data7) > 1024) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/logpush_public_key',
            schemaPath: '#/properties/logpush_public_key/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
          });
          errors++;
        }
        if (data7.length < 16 || (data7.length < 32 && func1(data7) < 16)) {
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
      let data8 = data.rate_limiting_interval;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8)) && data8 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limiting_interval',
          schemaPath: '#/properties/rate_limiting_interval/type',
          keyword: 'type',
          params: { type: schema36.properties.rate_limiting_interval.type },
        });
        errors++;
      }
      if (typeof data8 == 'number') {
        if (data8 < 0 || isNaN(data8)) {
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
      let data9 = data.rate_limiting_limit;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9)) && data9 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limiting_limit',
          schemaPath: '#/properties/rate_limiting_limit/type',
          keyword: 'type',
          params: { type: schema36.properties.rate_limiting_limit.type },
        });
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
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
      let data10 = data.rate_limiting_technique;
      if (typeof data10 !== 'string' && data10 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/type',
          keyword: 'type',
          params: { type: schema36.properties.rate_limiting_technique.type },
        });
        errors++;
      }
      if (!(data10 === 'fixed' || data10 === 'sliding' || data10 === null)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.properties.rate_limiting_technique.enum },
        });
        errors++;
      }
    }
    if (data.retry_backoff !== undefined) {
      let data11 = data.retry_backoff;
      if (typeof data11 !== 'string' && data11 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/retry_backoff',
          schemaPath: '#/properties/retry_backoff/type',
          keyword: 'type',
          params: { type: schema36.properties.retry_backoff.type },
        });
        errors++;
      }
      if (
        !(
          data11 === 'constant' ||
          data11 === 'linear' ||
          data11 === 'exponential' ||
          data11 === null
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/retry_backoff',
          schemaPath: '#/properties/retry_backoff/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.properties.retry_backoff.enum },
        });
        errors++;
      }
    }
    if (data.retry_delay !== undefined) {
      let data12 = data.retry_delay;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12)) && data12 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/retry_delay',
          schemaPath: '#/properties/retry_delay/type',
          keyword: 'type',
          params: { type: schema36.properties.retry_delay.type },
        });
        errors++;
      }
      if (typeof data12 == 'number') {
        if (data12 > 5000 || isNaN(data12)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/retry_delay',
            schemaPath: '#/properties/retry_delay/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 5000 },
          });
          errors++;
        }
        if (data12 < 0 || isNaN(data12)) {
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
      let data13 = data.retry_max_attempts;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13)) && data13 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/retry_max_attempts',
          schemaPath: '#/properties/retry_max_attempts/type',
          keyword: 'type',
          params: { type: schema36.properties.retry_max_attempts.type },
        });
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 > 5 || isNaN(data13)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/retry_max_attempts',
            schemaPath: '#/properties/retry_max_attempts/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 5 },
          });
          errors++;
        }
        if (data13 < 1 || isNaN(data13)) {
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
      let data14 = data.store_id;
      if (typeof data14 !== 'string' && data14 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/store_id',
          schemaPath: '#/properties/store_id/type',
          keyword: 'type',
          params: { type: schema36.properties.store_id.type },
        });
        errors++;
      }
    }
    if (data.workers_ai_billing_mode !== undefined) {
      let data15 = data.workers_ai_billing_mode;
      if (typeof data15 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/workers_ai_billing_mode',
          schemaPath: '#/properties/workers_ai_billing_mode/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data15 === 'postpaid' || data15 === 'unified')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/workers_ai_billing_mode',
          schemaPath: '#/properties/workers_ai_billing_mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.properties.workers_ai_billing_mode.enum },
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate595.errors = vErrors;
  return errors === 0;
}
function validate594(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate595(data, instancePath)) {
    vErrors = vErrors === null ? validate595.errors : vErrors.concat(validate595.errors);
    errors = vErrors.length;
  }
  validate594.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayDlp = validate602;
function validate603(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.enabled === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'enabled' },
      });
      errors++;
    }
    if (data.action === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'action' },
      });
      errors++;
    }
    if (data.profiles === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'profiles' },
      });
      errors++;
    }
    if (data.enabled !== undefined) {
      if (typeof data.enabled !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/enabled',
          schemaPath: '#/anyOf/0/properties/enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.action !== undefined) {
      let data1 = data.action;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/action',
          schemaPath: '#/anyOf/0/properties/action/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'BLOCK' || data1 === 'FLAG')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/action',
          schemaPath: '#/anyOf/0/properties/action/enum',
          keyword: 'enum',
          params: { allowedValues: schema37.anyOf[0].properties.action.enum },
        });
        errors++;
      }
    }
    if (data.profiles !== undefined) {
      let data2 = data.profiles;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/profiles/' + i0,
              schemaPath: '#/anyOf/0/properties/profiles/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/profiles',
          schemaPath: '#/anyOf/0/properties/profiles/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs11 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.enabled === undefined) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'enabled' },
        });
        errors++;
      }
      if (data.policies === undefined) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'policies' },
        });
        errors++;
      }
      if (data.enabled !== undefined) {
        if (typeof data.enabled !== 'boolean') {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/enabled',
            schemaPath: '#/anyOf/1/properties/enabled/type',
            keyword: 'type',
            params: { type: 'boolean' },
          });
          errors++;
        }
      }
      if (data.policies !== undefined) {
        let data5 = data.policies;
        if (Array.isArray(data5)) {
          const len1 = data5.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data6 = data5[i1];
            if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
              if (data6.id === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/policies/' + i1,
                  schemaPath: '#/anyOf/1/properties/policies/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'id' },
                });
                errors++;
              }
              if (data6.enabled === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/policies/' + i1,
                  schemaPath: '#/anyOf/1/properties/policies/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'enabled' },
                });
                errors++;
              }
              if (data6.action === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/policies/' + i1,
                  schemaPath: '#/anyOf/1/properties/policies/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'action' },
                });
                errors++;
              }
              if (data6.profiles === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/policies/' + i1,
                  schemaPath: '#/anyOf/1/properties/policies/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'profiles' },
                });
                errors++;
              }
              if (data6.check === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/policies/' + i1,
                  schemaPath: '#/anyOf/1/properties/policies/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'check' },
                });
                errors++;
              }
              if (data6.id !== undefined) {
                if (typeof data6.id !== 'string') {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/policies/' + i1 + '/id',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  });
                  errors++;
                }
              }
              if (data6.enabled !== undefined) {
                if (typeof data6.enabled !== 'boolean') {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/policies/' + i1 + '/enabled',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/enabled/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                  });
                  errors++;
                }
              }
              if (data6.action !== undefined) {
                let data9 = data6.action;
                if (typeof data9 !== 'string') {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/policies/' + i1 + '/action',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/action/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  });
                  errors++;
                }
                if (!(data9 === 'FLAG' || data9 === 'BLOCK')) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/policies/' + i1 + '/action',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/action/enum',
                    keyword: 'enum',
                    params: {
                      allowedValues:
                        schema37.anyOf[1].properties.policies.items.properties.action.enum,
                    },
                  });
                  errors++;
                }
              }
              if (data6.check !== undefined) {
                let data10 = data6.check;
                if (Array.isArray(data10)) {
                  const len2 = data10.length;
                  for (let i2 = 0; i2 < len2; i2++) {
                    let data11 = data10[i2];
                    if (typeof data11 !== 'string') {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/policies/' + i1 + '/check/' + i2,
                        schemaPath:
                          '#/anyOf/1/properties/policies/items/properties/check/items/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      });
                      errors++;
                    }
                    if (!(data11 === 'REQUEST' || data11 === 'RESPONSE')) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/policies/' + i1 + '/check/' + i2,
                        schemaPath:
                          '#/anyOf/1/properties/policies/items/properties/check/items/enum',
                        keyword: 'enum',
                        params: {
                          allowedValues:
                            schema37.anyOf[1].properties.policies.items.properties.check.items.enum,
                        },
                      });
                      errors++;
                    }
                  }
                } else {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/policies/' + i1 + '/check',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/check/type',
                    keyword: 'type',
                    params: { type: 'array' },
                  });
                  errors++;
                }
              }
              if (data6.profiles !== undefined) {
                let data12 = data6.profiles;
                if (Array.isArray(data12)) {
                  const len3 = data12.length;
                  for (let i3 = 0; i3 < len3; i3++) {
                    if (typeof data12[i3] !== 'string') {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/policies/' + i1 + '/profiles/' + i3,
                        schemaPath:
                          '#/anyOf/1/properties/policies/items/properties/profiles/items/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      });
                      errors++;
                    }
                  }
                } else {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/policies/' + i1 + '/profiles',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/profiles/type',
                    keyword: 'type',
                    params: { type: 'array' },
                  });
                  errors++;
                }
              }
            } else {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/policies/' + i1,
                schemaPath: '#/anyOf/1/properties/policies/items/type',
                keyword: 'type',
                params: { type: 'object' },
              });
              errors++;
            }
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/policies',
            schemaPath: '#/anyOf/1/properties/policies/type',
            keyword: 'type',
            params: { type: 'array' },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'object' },
      });
      errors++;
    }
    var _valid0 = _errs11 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
    });
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate603.errors = vErrors;
  return errors === 0;
}
function validate602(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate603(data, instancePath)) {
    vErrors = vErrors === null ? validate603.errors : vErrors.concat(validate603.errors);
    errors = vErrors.length;
  }
  validate602.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayGuardrailActions = validate605;
function validate606(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.P1 !== undefined) {
      let data0 = data.P1;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/P1',
          schemaPath: '#/properties/P1/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data0 === 'FLAG' || data0 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/P1',
          schemaPath: '#/properties/P1/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.P1.enum },
        });
        errors++;
      }
    }
    if (data.S1 !== undefined) {
      let data1 = data.S1;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S1',
          schemaPath: '#/properties/S1/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'FLAG' || data1 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S1',
          schemaPath: '#/properties/S1/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S1.enum },
        });
        errors++;
      }
    }
    if (data.S2 !== undefined) {
      let data2 = data.S2;
      if (typeof data2 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S2',
          schemaPath: '#/properties/S2/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data2 === 'FLAG' || data2 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S2',
          schemaPath: '#/properties/S2/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S2.enum },
        });
        errors++;
      }
    }
    if (data.S3 !== undefined) {
      let data3 = data.S3;
      if (typeof data3 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S3',
          schemaPath: '#/properties/S3/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data3 === 'FLAG' || data3 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S3',
          schemaPath: '#/properties/S3/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S3.enum },
        });
        errors++;
      }
    }
    if (data.S4 !== undefined) {
      let data4 = data.S4;
      if (typeof data4 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S4',
          schemaPath: '#/properties/S4/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data4 === 'FLAG' || data4 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S4',
          schemaPath: '#/properties/S4/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S4.enum },
        });
        errors++;
      }
    }
    if (data.S5 !== undefined) {
      let data5 = data.S5;
      if (typeof data5 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S5',
          schemaPath: '#/properties/S5/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data5 === 'FLAG' || data5 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S5',
          schemaPath: '#/properties/S5/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S5.enum },
        });
        errors++;
      }
    }
    if (data.S6 !== undefined) {
      let data6 = data.S6;
      if (typeof data6 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S6',
          schemaPath: '#/properties/S6/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data6 === 'FLAG' || data6 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S6',
          schemaPath: '#/properties/S6/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S6.enum },
        });
        errors++;
      }
    }
    if (data.S7 !== undefined) {
      let data7 = data.S7;
      if (typeof data7 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S7',
          schemaPath: '#/properties/S7/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data7 === 'FLAG' || data7 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S7',
          schemaPath: '#/properties/S7/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S7.enum },
        });
        errors++;
      }
    }
    if (data.S8 !== undefined) {
      let data8 = data.S8;
      if (typeof data8 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S8',
          schemaPath: '#/properties/S8/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data8 === 'FLAG' || data8 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S8',
          schemaPath: '#/properties/S8/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S8.enum },
        });
        errors++;
      }
    }
    if (data.S9 !== undefined) {
      let data9 = data.S9;
      if (typeof data9 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S9',
          schemaPath: '#/properties/S9/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data9 === 'FLAG' || data9 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S9',
          schemaPath: '#/properties/S9/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S9.enum },
        });
        errors++;
      }
    }
    if (data.S10 !== undefined) {
      let data10 = data.S10;
      if (typeof data10 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S10',
          schemaPath: '#/properties/S10/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data10 === 'FLAG' || data10 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S10',
          schemaPath: '#/properties/S10/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S10.enum },
        });
        errors++;
      }
    }
    if (data.S11 !== undefined) {
      let data11 = data.S11;
      if (typeof data11 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S11',
          schemaPath: '#/properties/S11/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data11 === 'FLAG' || data11 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S11',
          schemaPath: '#/properties/S11/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S11.enum },
        });
        errors++;
      }
    }
    if (data.S12 !== undefined) {
      let data12 = data.S12;
      if (typeof data12 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S12',
          schemaPath: '#/properties/S12/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data12 === 'FLAG' || data12 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S12',
          schemaPath: '#/properties/S12/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S12.enum },
        });
        errors++;
      }
    }
    if (data.S13 !== undefined) {
      let data13 = data.S13;
      if (typeof data13 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S13',
          schemaPath: '#/properties/S13/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data13 === 'FLAG' || data13 === 'BLOCK')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/S13',
          schemaPath: '#/properties/S13/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S13.enum },
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
  validate606.errors = vErrors;
  return errors === 0;
}
function validate605(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate606(data, instancePath)) {
    vErrors = vErrors === null ? validate606.errors : vErrors.concat(validate606.errors);
    errors = vErrors.length;
  }
  validate605.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayGuardrails = validate608;
function validate609(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && data !== null) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema38.type },
    });
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.prompt === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'prompt' },
      });
      errors++;
    }
    if (data.response === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'response' },
      });
      errors++;
    }
    if (data.prompt !== undefined) {
      if (
        !(
          validate84(data.prompt, instancePath) || validate84(data.prompt, instancePath + '/prompt')
        )
      ) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.response !== undefined) {
      if (
        !(
          validate84(data.response, instancePath) ||
          validate84(data.response, instancePath + '/response')
        )
      ) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
  }
  validate609.errors = vErrors;
  return errors === 0;
}
function validate608(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate609(data, instancePath)) {
    vErrors = vErrors === null ? validate609.errors : vErrors.concat(validate609.errors);
    errors = vErrors.length;
  }
  validate608.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayOtel = validate613;
function validate614(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema40.type },
    });
    errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 5) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maxItems',
        keyword: 'maxItems',
        params: { limit: 5 },
      });
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.url === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'url' },
          });
          errors++;
        }
        if (data0.headers === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'headers' },
          });
          errors++;
        }
        if (data0.url !== undefined) {
          let data1 = data0.url;
          if (typeof data1 === 'string') {
            if (data1.length > 2048 && func1(data1) > 2048) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/' + i0 + '/url',
                schemaPath: '#/items/properties/url/maxLength',
                keyword: 'maxLength',
                params: { limit: 2048 },
              });
              errors++;
            }
            if (!formats0.validate(data1)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/' + i0 + '/url',
                schemaPath: '#/items/properties/url/format',
                keyword: 'format',
                params: { format: 'uri' },
              });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0 + '/url',
              schemaPath: '#/items/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data0.authorization !== undefined) {
          let data2 = data0.authorization;
          if (typeof data2 === 'string') {
            if (data2.length > 256 && func1(data2) > 256) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/' + i0 + '/authorization',
                schemaPath: '#/items/properties/authorization/maxLength',
                keyword: 'maxLength',
                params: { limit: 256 },
              });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0 + '/authorization',
              schemaPath: '#/items/properties/authorization/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data0.headers !== undefined) {
          let data3 = data0.headers;
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            for (const key0 in data3) {
              let data4 = data3[key0];
              if (typeof data4 === 'string') {
                if (data4.length > 4096 && func1(data4) > 4096) {
                  vErrors = appendError(vErrors, {
                    instancePath:
                      instancePath +
                      '/' +
                      i0 +
                      '/headers/' +
                      key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath: '#/items/properties/headers/additionalProperties/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 4096 },
                  });
                  errors++;
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath:
                    instancePath +
                    '/' +
                    i0 +
                    '/headers/' +
                    key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/items/properties/headers/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0 + '/headers',
              schemaPath: '#/items/properties/headers/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data0.content_type !== undefined) {
          let data5 = data0.content_type;
          if (typeof data5 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0 + '/content_type',
              schemaPath: '#/items/properties/content_type/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
          if (!(data5 === 'json' || data5 === 'protobuf')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0 + '/content_type',
              schemaPath: '#/items/properties/content_type/enum',
              keyword: 'enum',
              params: { allowedValues: schema40.items.properties.content_type.enum },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
  }
  validate614.errors = vErrors;
  return errors === 0;
}
function validate613(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate614(data, instancePath)) {
    vErrors = vErrors === null ? validate614.errors : vErrors.concat(validate614.errors);
    errors = vErrors.length;
  }
  validate613.errors = vErrors;
  return errors === 0;
}
export const schema_GatewaySpendLimits = validate616;
function validate617(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && data !== null) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema41.type },
    });
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.enabled !== undefined) {
      if (typeof data.enabled !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/enabled',
          schemaPath: '#/properties/enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.rules !== undefined) {
      let data1 = data.rules;
      if (Array.isArray(data1)) {
        if (data1.length > 20) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/rules',
            schemaPath: '#/properties/rules/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
          });
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.limitType === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/rules/' + i0,
                schemaPath: '#/properties/rules/items/required',
                keyword: 'required',
                params: { missingProperty: 'limitType' },
              });
              errors++;
            }
            if (data2.limit === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/rules/' + i0,
                schemaPath: '#/properties/rules/items/required',
                keyword: 'required',
                params: { missingProperty: 'limit' },
              });
              errors++;
            }
            if (data2.window === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/rules/' + i0,
                schemaPath: '#/properties/rules/items/required',
                keyword: 'required',
                params: { missingProperty: 'window' },
              });
              errors++;
            }
            if (data2.id !== undefined) {
              let data3 = data2.id;
              if (typeof data3 === 'string') {
                if (data3.length < 1) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/rules/' + i0 + '/id',
                    schemaPath: '#/properties/rules/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                  });
                  errors++;
                }
                if (!pattern6.test(data3)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/rules/' + i0 + '/id',
                    schemaPath: '#/properties/rules/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-zA-Z0-9_-]+$' },
                  });
                  errors++;
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/rules/' + i0 + '/id',
                  schemaPath: '#/properties/rules/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data2.enabled !== undefined) {
              if (typeof data2.enabled !== 'boolean') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/rules/' + i0 + '/enabled',
                  schemaPath: '#/properties/rules/items/properties/enabled/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                });
                errors++;
              }
            }
            if (data2.limitType !== undefined) {
              let data5 = data2.limitType;
              if (typeof data5 !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/rules/' + i0 + '/limitType',
                  schemaPath: '#/properties/rules/items/properties/limitType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
              if (!(data5 === 'cost')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/rules/' + i0 + '/limitType',
                  schemaPath: '#/properties/rules/items/properties/limitType/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema41.properties.rules.items.properties.limitType.enum,
                  },
                });
                errors++;
              }
            }
            if (data2.limit !== undefined) {
              let data6 = data2.limit;
              if (typeof data6 == 'number') {
                if (data6 <= 0 || isNaN(data6)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/rules/' + i0 + '/limit',
                    schemaPath: '#/properties/rules/items/properties/limit/exclusiveMinimum',
                    keyword: 'exclusiveMinimum',
                    params: { comparison: '>', limit: 0 },
                  });
                  errors++;
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/rules/' + i0 + '/limit',
                  schemaPath: '#/properties/rules/items/properties/limit/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data2.window !== undefined) {
              let data7 = data2.window;
              if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/rules/' + i0 + '/window',
                  schemaPath: '#/properties/rules/items/properties/window/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data7 == 'number') {
                if (data7 <= 0 || isNaN(data7)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/rules/' + i0 + '/window',
                    schemaPath: '#/properties/rules/items/properties/window/exclusiveMinimum',
                    keyword: 'exclusiveMinimum',
                    params: { comparison: '>', limit: 0 },
                  });
                  errors++;
                }
              }
            }
            if (data2.technique !== undefined) {
              let data8 = data2.technique;
              if (typeof data8 !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/rules/' + i0 + '/technique',
                  schemaPath: '#/properties/rules/items/properties/technique/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
              if (!(data8 === 'fixed' || data8 === 'sliding')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/rules/' + i0 + '/technique',
                  schemaPath: '#/properties/rules/items/properties/technique/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema41.properties.rules.items.properties.technique.enum,
                  },
                });
                errors++;
              }
            }
            if (data2.provider !== undefined) {
              if (
                !(
                  validate91(data2.provider, instancePath) ||
                  validate91(data2.provider, instancePath + '/rules/' + i0 + '/provider')
                )
              ) {
                vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
                errors = vErrors.length;
              }
            }
            if (data2.model !== undefined) {
              if (
                !(
                  validate91(data2.model, instancePath) ||
                  validate91(data2.model, instancePath + '/rules/' + i0 + '/model')
                )
              ) {
                vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
                errors = vErrors.length;
              }
            }
            if (data2.metadata !== undefined) {
              let data11 = data2.metadata;
              if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                for (const key0 in data11) {
                  let data12 = data11[key0];
                  const _errs25 = errors;
                  let valid5 = false;
                  let passing0 = null;
                  const _errs26 = errors;
                  if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                    if (data12.mode === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath:
                          instancePath +
                          '/rules/' +
                          i0 +
                          '/metadata/' +
                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath:
                          '#/properties/rules/items/properties/metadata/additionalProperties/oneOf/0/required',
                        keyword: 'required',
                        params: { missingProperty: 'mode' },
                      });
                      errors++;
                    }
                    if (data12.mode !== undefined) {
                      let data13 = data12.mode;
                      if (typeof data13 !== 'string') {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/rules/' +
                            i0 +
                            '/metadata/' +
                            key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/mode',
                          schemaPath:
                            '#/properties/rules/items/properties/metadata/additionalProperties/oneOf/0/properties/mode/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        });
                        errors++;
                      }
                      if (!(data13 === 'partition')) {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/rules/' +
                            i0 +
                            '/metadata/' +
                            key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/mode',
                          schemaPath:
                            '#/properties/rules/items/properties/metadata/additionalProperties/oneOf/0/properties/mode/enum',
                          keyword: 'enum',
                          params: {
                            allowedValues:
                              schema41.properties.rules.items.properties.metadata
                                .additionalProperties.oneOf[0].properties.mode.enum,
                          },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath:
                        instancePath +
                        '/rules/' +
                        i0 +
                        '/metadata/' +
                        key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/properties/rules/items/properties/metadata/additionalProperties/oneOf/0/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                  var _valid0 = _errs26 === errors;
                  if (_valid0) {
                    valid5 = true;
                    passing0 = 0;
                  }
                  const _errs30 = errors;
                  if (
                    !(
                      validate91(data12, instancePath) ||
                      validate91(
                        data12,
                        instancePath +
                          '/rules/' +
                          i0 +
                          '/metadata/' +
                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                      )
                    )
                  ) {
                    vErrors =
                      vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
                    errors = vErrors.length;
                  }
                  var _valid0 = _errs30 === errors;
                  if (_valid0 && valid5) {
                    valid5 = false;
                    passing0 = [passing0, 1];
                  } else {
                    if (_valid0) {
                      valid5 = true;
                      passing0 = 1;
                    }
                  }
                  if (!valid5) {
                    vErrors = appendError(vErrors, {
                      instancePath:
                        instancePath +
                        '/rules/' +
                        i0 +
                        '/metadata/' +
                        key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath:
                        '#/properties/rules/items/properties/metadata/additionalProperties/oneOf',
                      keyword: 'oneOf',
                      params: { passingSchemas: passing0 },
                    });
                    errors++;
                  } else {
                    errors = _errs25;
                    if (vErrors !== null) {
                      if (_errs25) {
                        vErrors.length = _errs25;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/rules/' + i0 + '/metadata',
                  schemaPath: '#/properties/rules/items/properties/metadata/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/rules/' + i0,
              schemaPath: '#/properties/rules/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rules',
          schemaPath: '#/properties/rules/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
  }
  validate617.errors = vErrors;
  return errors === 0;
}
function validate616(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate617(data, instancePath)) {
    vErrors = vErrors === null ? validate617.errors : vErrors.concat(validate617.errors);
    errors = vErrors.length;
  }
  validate616.errors = vErrors;
  return errors === 0;
}
export const schema_GatewaySpendLimitFilter = validate622;
function validate623(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.mode === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mode' },
      });
      errors++;
    }
    if (data.values === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'values' },
      });
      errors++;
    }
    if (data.mode !== undefined) {
      let data0 = data.mode;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data0 === 'filter')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema42.properties.mode.enum },
        });
        errors++;
      }
    }
    if (data.values !== undefined) {
      let data1 = data.values;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/values/' + i0,
              schemaPath: '#/properties/values/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/values',
          schemaPath: '#/properties/values/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate623.errors = vErrors;
  return errors === 0;
}
function validate622(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate623(data, instancePath)) {
    vErrors = vErrors === null ? validate623.errors : vErrors.concat(validate623.errors);
    errors = vErrors.length;
  }
  validate622.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayStripe = validate625;
function validate626(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && data !== null) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema43.type },
    });
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.authorization === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'authorization' },
      });
      errors++;
    }
    if (data.usage_events === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'usage_events' },
      });
      errors++;
    }
    if (data.authorization !== undefined) {
      if (typeof data.authorization !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/authorization',
          schemaPath: '#/properties/authorization/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.usage_events !== undefined) {
      let data1 = data.usage_events;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.payload === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/usage_events/' + i0,
                schemaPath: '#/properties/usage_events/items/required',
                keyword: 'required',
                params: { missingProperty: 'payload' },
              });
              errors++;
            }
            if (data2.payload !== undefined) {
              if (typeof data2.payload !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/usage_events/' + i0 + '/payload',
                  schemaPath: '#/properties/usage_events/items/properties/payload/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/usage_events/' + i0,
              schemaPath: '#/properties/usage_events/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/usage_events',
          schemaPath: '#/properties/usage_events/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
  }
  validate626.errors = vErrors;
  return errors === 0;
}
function validate625(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate626(data, instancePath)) {
    vErrors = vErrors === null ? validate626.errors : vErrors.concat(validate626.errors);
    errors = vErrors.length;
  }
  validate625.errors = vErrors;
  return errors === 0;
}
export const schema_EvaluationType = validate628;
function validate629(data, instancePath = '') {
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
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.description === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'description' },
      });
      errors++;
    }
    if (data.mandatory === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mandatory' },
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
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.mandatory !== undefined) {
      if (typeof data.mandatory !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/mandatory',
          schemaPath: '#/properties/mandatory/type',
          keyword: 'type',
          params: { type: 'boolean' },
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
    if (data.created_at !== undefined) {
      let data6 = data.created_at;
      if (typeof data6 === 'string') {
        if (!formats2.validate(data6)) {
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
      let data7 = data.modified_at;
      if (typeof data7 === 'string') {
        if (!formats2.validate(data7)) {
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
  validate629.errors = vErrors;
  return errors === 0;
}
function validate628(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate629(data, instancePath)) {
    vErrors = vErrors === null ? validate629.errors : vErrors.concat(validate629.errors);
    errors = vErrors.length;
  }
  validate628.errors = vErrors;
  return errors === 0;
}
export const schema_ResultInfo = validate631;
function validate632(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'count' },
      });
      errors++;
    }
    if (data.page === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page' },
      });
      errors++;
    }
    if (data.per_page === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'per_page' },
      });
      errors++;
    }
    if (data.total_count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_count' },
      });
      errors++;
    }
    if (data.count !== undefined) {
      let data0 = data.count;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/count',
          schemaPath: '#/properties/count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 > 50 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 50 },
          });
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.page !== undefined) {
      let data1 = data.page;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/page',
          schemaPath: '#/properties/page/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/page',
            schemaPath: '#/properties/page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          });
          errors++;
        }
      }
    }
    if (data.per_page !== undefined) {
      let data2 = data.per_page;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/per_page',
          schemaPath: '#/properties/per_page/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 > 50 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 50 },
          });
          errors++;
        }
        if (data2 < 5 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 5 },
          });
          errors++;
        }
      }
    }
    if (data.total_count !== undefined) {
      let data3 = data.total_count;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_count',
          schemaPath: '#/properties/total_count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
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
  validate632.errors = vErrors;
  return errors === 0;
}
function validate631(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate632(data, instancePath)) {
    vErrors = vErrors === null ? validate632.errors : vErrors.concat(validate632.errors);
    errors = vErrors.length;
  }
  validate631.errors = vErrors;
  return errors === 0;
}
export const schema_Log = validate634;
function validate635(data, instancePath = '') {
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
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      });
      errors++;
    }
    if (data.provider === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
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
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.duration === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration' },
      });
      errors++;
    }
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.cached === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cached' },
      });
      errors++;
    }
    if (data.tokens_in === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_in' },
      });
      errors++;
    }
    if (data.tokens_out === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_out' },
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
    if (data.created_at !== undefined) {
      let data1 = data.created_at;
      if (typeof data1 === 'string') {
        if (!formats2.validate(data1)) {
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
    if (data.model_type !== undefined) {
      if (typeof data.model_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model_type',
          schemaPath: '#/properties/model_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.path !== undefined) {
      if (typeof data.path !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
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
    if (data.request_content_type !== undefined) {
      if (typeof data.request_content_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_content_type',
          schemaPath: '#/properties/request_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.response_content_type !== undefined) {
      if (typeof data.response_content_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/response_content_type',
          schemaPath: '#/properties/response_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data9 = data.status_code;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.step !== undefined) {
      let data10 = data.step;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/step',
          schemaPath: '#/properties/step/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/step',
            schemaPath: '#/properties/step/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.cached !== undefined) {
      if (typeof data.cached !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cached',
          schemaPath: '#/properties/cached/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.duration !== undefined) {
      let data13 = data.duration;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/duration',
          schemaPath: '#/properties/duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 < 0 || isNaN(data13)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/duration',
            schemaPath: '#/properties/duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.tokens_in !== undefined) {
      let data14 = data.tokens_in;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14)) && data14 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tokens_in',
          schemaPath: '#/properties/tokens_in/type',
          keyword: 'type',
          params: { type: schema323.properties.tokens_in.type },
        });
        errors++;
      }
      if (typeof data14 == 'number') {
        if (data14 < 0 || isNaN(data14)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/tokens_in',
            schemaPath: '#/properties/tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.tokens_out !== undefined) {
      let data15 = data.tokens_out;
      if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15)) && data15 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tokens_out',
          schemaPath: '#/properties/tokens_out/type',
          keyword: 'type',
          params: { type: schema323.properties.tokens_out.type },
        });
        errors++;
      }
      if (typeof data15 == 'number') {
        if (data15 < 0 || isNaN(data15)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/tokens_out',
            schemaPath: '#/properties/tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.cost !== undefined) {
      let data16 = data.cost;
      if (typeof data16 == 'number') {
        if (data16 < 0 || isNaN(data16)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cost',
            schemaPath: '#/properties/cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cost',
          schemaPath: '#/properties/cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.custom_cost !== undefined) {
      if (typeof data.custom_cost !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/custom_cost',
          schemaPath: '#/properties/custom_cost/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      if (typeof data.metadata !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
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
  validate635.errors = vErrors;
  return errors === 0;
}
function validate634(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate635(data, instancePath)) {
    vErrors = vErrors === null ? validate635.errors : vErrors.concat(validate635.errors);
    errors = vErrors.length;
  }
  validate634.errors = vErrors;
  return errors === 0;
}
export const schema_LogDetail = validate637;
function validate638(data, instancePath = '') {
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
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      });
      errors++;
    }
    if (data.provider === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
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
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.duration === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration' },
      });
      errors++;
    }
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.cached === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cached' },
      });
      errors++;
    }
    if (data.tokens_in === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_in' },
      });
      errors++;
    }
    if (data.tokens_out === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_out' },
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
    if (data.created_at !== undefined) {
      let data1 = data.created_at;
      if (typeof data1 === 'string') {
        if (!formats2.validate(data1)) {
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
    if (data.model_type !== undefined) {
      if (typeof data.model_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model_type',
          schemaPath: '#/properties/model_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.path !== undefined) {
      if (typeof data.path !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
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
    if (data.request_content_type !== undefined) {
      if (typeof data.request_content_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_content_type',
          schemaPath: '#/properties/request_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.response_content_type !== undefined) {
      if (typeof data.response_content_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/response_content_type',
          schemaPath: '#/properties/response_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.request_head !== undefined) {
      if (typeof data.request_head !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_head',
          schemaPath: '#/properties/request_head/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.request_head_complete !== undefined) {
      if (typeof data.request_head_complete !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_head_complete',
          schemaPath: '#/properties/request_head_complete/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.request_size !== undefined) {
      let data11 = data.request_size;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_size',
          schemaPath: '#/properties/request_size/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data11 == 'number') {
        if (data11 < 0 || isNaN(data11)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/request_size',
            schemaPath: '#/properties/request_size/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.response_head !== undefined) {
      if (typeof data.response_head !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/response_head',
          schemaPath: '#/properties/response_head/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.response_head_complete !== undefined) {
      if (typeof data.response_head_complete !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/response_head_complete',
          schemaPath: '#/properties/response_head_complete/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.response_size !== undefined) {
      let data14 = data.response_size;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/response_size',
          schemaPath: '#/properties/response_size/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data14 == 'number') {
        if (data14 < 0 || isNaN(data14)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/response_size',
            schemaPath: '#/properties/response_size/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.status_code !== undefined) {
      let data15 = data.status_code;
      if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.step !== undefined) {
      let data16 = data.step;
      if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/step',
          schemaPath: '#/properties/step/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data16 == 'number') {
        if (data16 < 0 || isNaN(data16)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/step',
            schemaPath: '#/properties/step/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.cached !== undefined) {
      if (typeof data.cached !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cached',
          schemaPath: '#/properties/cached/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.duration !== undefined) {
      let data19 = data.duration;
      if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/duration',
          schemaPath: '#/properties/duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data19 == 'number') {
        if (data19 < 0 || isNaN(data19)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/duration',
            schemaPath: '#/properties/duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.tokens_in !== undefined) {
      let data20 = data.tokens_in;
      if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20)) && data20 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tokens_in',
          schemaPath: '#/properties/tokens_in/type',
          keyword: 'type',
          params: { type: schema325.properties.tokens_in.type },
        });
        errors++;
      }
      if (typeof data20 == 'number') {
        if (data20 < 0 || isNaN(data20)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/tokens_in',
            schemaPath: '#/properties/tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.tokens_out !== undefined) {
      let data21 = data.tokens_out;
      if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21)) && data21 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tokens_out',
          schemaPath: '#/properties/tokens_out/type',
          keyword: 'type',
          params: { type: schema325.properties.tokens_out.type },
        });
        errors++;
      }
      if (typeof data21 == 'number') {
        if (data21 < 0 || isNaN(data21)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/tokens_out',
            schemaPath: '#/properties/tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.cost !== undefined) {
      let data22 = data.cost;
      if (typeof data22 == 'number') {
        if (data22 < 0 || isNaN(data22)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cost',
            schemaPath: '#/properties/cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cost',
          schemaPath: '#/properties/cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.custom_cost !== undefined) {
      if (typeof data.custom_cost !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/custom_cost',
          schemaPath: '#/properties/custom_cost/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      if (typeof data.metadata !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
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
  validate638.errors = vErrors;
  return errors === 0;
}
function validate637(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate638(data, instancePath)) {
    vErrors = vErrors === null ? validate638.errors : vErrors.concat(validate638.errors);
    errors = vErrors.length;
  }
  validate637.errors = vErrors;
  return errors === 0;
}
export const schema_LogFilter = validate640;
const schema61 = {
  type: 'object',
  required: ['key', 'operator', 'value'],
  properties: {
    key: {
      type: 'string',
      enum: [
        'id',
        'created_at',
        'request_content_type',
        'response_content_type',
        'request_type',
        'success',
        'cached',
        'provider',
        'model',
        'model_type',
        'cost',
        'tokens',
        'tokens_in',
        'tokens_out',
        'duration',
        'feedback',
        'event_id',
        'metadata.key',
        'metadata.value',
        'authentication',
        'wholesale',
        'compatibilityMode',
        'dlp_action',
        'user_agent',
      ],
    },
    operator: { type: 'string', enum: ['eq', 'neq', 'contains', 'lt', 'gt'] },
    value: { type: 'array', items: { type: ['string', 'number', 'boolean', 'null'] } },
  },
};
function validate641(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.key === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
      });
      errors++;
    }
    if (data.operator === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'operator' },
      });
      errors++;
    }
    if (data.value === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'value' },
      });
      errors++;
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(
          data0 === 'id' ||
          data0 === 'created_at' ||
          data0 === 'request_content_type' ||
          data0 === 'response_content_type' ||
          data0 === 'request_type' ||
          data0 === 'success' ||
          data0 === 'cached' ||
          data0 === 'provider' ||
          data0 === 'model' ||
          data0 === 'model_type' ||
          data0 === 'cost' ||
          data0 === 'tokens' ||
          data0 === 'tokens_in' ||
          data0 === 'tokens_out' ||
          data0 === 'duration' ||
          data0 === 'feedback' ||
          data0 === 'event_id' ||
          data0 === 'metadata.key' ||
          data0 === 'metadata.value' ||
          data0 === 'authentication' ||
          data0 === 'wholesale' ||
          data0 === 'compatibilityMode' ||
          data0 === 'dlp_action' ||
          data0 === 'user_agent'
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/enum',
          keyword: 'enum',
          params: { allowedValues: schema61.properties.key.enum },
        });
        errors++;
      }
    }
    if (data.operator !== undefined) {
      let data1 = data.operator;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(
          data1 === 'eq' ||
          data1 === 'neq' ||
          data1 === 'contains' ||
          data1 === 'lt' ||
          data1 === 'gt'
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/enum',
          keyword: 'enum',
          params: { allowedValues: schema61.properties.operator.enum },
        });
        errors++;
      }
    }
    if (data.value !== undefined) {
      let data2 = data.value;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (
            typeof data3 !== 'string' &&
            !(typeof data3 == 'number') &&
            typeof data3 !== 'boolean' &&
            data3 !== null
          ) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/value/' + i0,
              schemaPath: '#/properties/value/items/type',
              keyword: 'type',
              params: { type: schema61.properties.value.items.type },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/value',
          schemaPath: '#/properties/value/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate641.errors = vErrors;
  return errors === 0;
}
function validate640(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate641(data, instancePath)) {
    vErrors = vErrors === null ? validate641.errors : vErrors.concat(validate641.errors);
    errors = vErrors.length;
  }
  validate640.errors = vErrors;
  return errors === 0;
}
export const schema_LogEdit = validate643;
const schema83 = {
  type: 'object',
  properties: {
    feedback: { type: ['number', 'null'], minimum: -1, maximum: 1 },
    score: { type: ['number', 'null'], minimum: 0, maximum: 100 },
    metadata: {
      type: ['object', 'null'],
      additionalProperties: { type: ['string', 'number', 'boolean'] },
    },
  },
};
function validate644(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.feedback !== undefined) {
      let data0 = data.feedback;
      if (!(typeof data0 == 'number') && data0 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/feedback',
          schemaPath: '#/properties/feedback/type',
          keyword: 'type',
          params: { type: schema83.properties.feedback.type },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 > 1 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/feedback',
            schemaPath: '#/properties/feedback/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
          });
          errors++;
        }
        if (data0 < -1 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/feedback',
            schemaPath: '#/properties/feedback/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: -1 },
          });
          errors++;
        }
      }
    }
    if (data.score !== undefined) {
      let data1 = data.score;
      if (!(typeof data1 == 'number') && data1 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/score',
          schemaPath: '#/properties/score/type',
          keyword: 'type',
          params: { type: schema83.properties.score.type },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 > 100 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/score',
            schemaPath: '#/properties/score/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
          });
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/score',
            schemaPath: '#/properties/score/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.metadata !== undefined) {
      let data2 = data.metadata;
      if (!(data2 && typeof data2 == 'object' && !Array.isArray(data2)) && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
          keyword: 'type',
          params: { type: schema83.properties.metadata.type },
        });
        errors++;
      }
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key0 in data2) {
          let data3 = data2[key0];
          if (
            typeof data3 !== 'string' &&
            !(typeof data3 == 'number') &&
            typeof data3 !== 'boolean'
          ) {
            vErrors = appendError(vErrors, {
              instancePath:
                instancePath + '/metadata/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/metadata/additionalProperties/type',
              keyword: 'type',
              params: { type: schema83.properties.metadata.additionalProperties.type },
            });
            errors++;
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
  validate644.errors = vErrors;
  return errors === 0;
}
function validate643(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate644(data, instancePath)) {
    vErrors = vErrors === null ? validate644.errors : vErrors.concat(validate644.errors);
    errors = vErrors.length;
  }
  validate643.errors = vErrors;
  return errors === 0;
}
export const schema_LogsResultInfo = validate646;
function validate647(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'count' },
      });
      errors++;
    }
    if (data.page === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page' },
      });
      errors++;
    }
    if (data.per_page === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'per_page' },
      });
      errors++;
    }
    if (data.total_count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_count' },
      });
      errors++;
    }
    if (data.count !== undefined) {
      let data0 = data.count;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/count',
          schemaPath: '#/properties/count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 > 50 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 50 },
          });
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.page !== undefined) {
      let data1 = data.page;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/page',
          schemaPath: '#/properties/page/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/page',
            schemaPath: '#/properties/page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          });
          errors++;
        }
      }
    }
    if (data.per_page !== undefined) {
      let data2 = data.per_page;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/per_page',
          schemaPath: '#/properties/per_page/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 > 50 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 50 },
          });
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          });
          errors++;
        }
      }
    }
    if (data.total_count !== undefined) {
      let data3 = data.total_count;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_count',
          schemaPath: '#/properties/total_count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 > 10000000 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000000 },
          });
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_cost !== undefined) {
      let data4 = data.min_cost;
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_cost',
            schemaPath: '#/properties/min_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_cost',
          schemaPath: '#/properties/min_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.max_cost !== undefined) {
      let data5 = data.max_cost;
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_cost',
            schemaPath: '#/properties/max_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_cost',
          schemaPath: '#/properties/max_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.min_duration !== undefined) {
      let data6 = data.min_duration;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_duration',
          schemaPath: '#/properties/min_duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_duration',
            schemaPath: '#/properties/min_duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_duration !== undefined) {
      let data7 = data.max_duration;
      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_duration',
          schemaPath: '#/properties/max_duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data7 == 'number') {
        if (data7 < 0 || isNaN(data7)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_duration',
            schemaPath: '#/properties/max_duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_tokens_in !== undefined) {
      let data8 = data.min_tokens_in;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_tokens_in',
          schemaPath: '#/properties/min_tokens_in/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data8 == 'number') {
        if (data8 < 0 || isNaN(data8)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_tokens_in',
            schemaPath: '#/properties/min_tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_tokens_in !== undefined) {
      let data9 = data.max_tokens_in;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_tokens_in',
          schemaPath: '#/properties/max_tokens_in/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_tokens_in',
            schemaPath: '#/properties/max_tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_tokens_out !== undefined) {
      let data10 = data.min_tokens_out;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_tokens_out',
          schemaPath: '#/properties/min_tokens_out/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_tokens_out',
            schemaPath: '#/properties/min_tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_tokens_out !== undefined) {
      let data11 = data.max_tokens_out;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_tokens_out',
          schemaPath: '#/properties/max_tokens_out/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data11 == 'number') {
        if (data11 < 0 || isNaN(data11)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_tokens_out',
            schemaPath: '#/properties/max_tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_total_tokens !== undefined) {
      let data12 = data.min_total_tokens;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_total_tokens',
          schemaPath: '#/properties/min_total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data12 == 'number') {
        if (data12 < 0 || isNaN(data12)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_total_tokens',
            schemaPath: '#/properties/min_total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_total_tokens !== undefined) {
      let data13 = data.max_total_tokens;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_total_tokens',
          schemaPath: '#/properties/max_total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 < 0 || isNaN(data13)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_total_tokens',
            schemaPath: '#/properties/max_total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
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
  validate647.errors = vErrors;
  return errors === 0;
}
function validate646(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate647(data, instancePath)) {
    vErrors = vErrors === null ? validate647.errors : vErrors.concat(validate647.errors);
    errors = vErrors.length;
  }
  validate646.errors = vErrors;
  return errors === 0;
}
export const schema_LogPayload = validate649;
function validate650(data, instancePath = '') {
  validate650.errors = null;
  return true;
}
function validate649(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate650(data, instancePath)) {
    vErrors = vErrors === null ? validate650.errors : vErrors.concat(validate650.errors);
    errors = vErrors.length;
  }
  validate649.errors = vErrors;
  return errors === 0;
}
export const schema_DatasetFilter = validate652;
function validate653(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.key === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
      });
      errors++;
    }
    if (data.operator === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'operator' },
      });
      errors++;
    }
    if (data.value === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'value' },
      });
      errors++;
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(
          data0 === 'created_at' ||
          data0 === 'request_content_type' ||
          data0 === 'response_content_type' ||
          data0 === 'success' ||
          data0 === 'cached' ||
          data0 === 'provider' ||
          data0 === 'model' ||
          data0 === 'cost' ||
          data0 === 'tokens' ||
          data0 === 'tokens_in' ||
          data0 === 'tokens_out' ||
          data0 === 'duration' ||
          data0 === 'feedback'
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/enum',
          keyword: 'enum',
          params: { allowedValues: schema101.properties.key.enum },
        });
        errors++;
      }
    }
    if (data.operator !== undefined) {
      let data1 = data.operator;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'eq' || data1 === 'contains' || data1 === 'lt' || data1 === 'gt')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/enum',
          keyword: 'enum',
          params: { allowedValues: schema101.properties.operator.enum },
        });
        errors++;
      }
    }
    if (data.value !== undefined) {
      let data2 = data.value;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (
            typeof data3 !== 'string' &&
            !(typeof data3 == 'number') &&
            typeof data3 !== 'boolean'
          ) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/value/' + i0,
              schemaPath: '#/properties/value/items/type',
              keyword: 'type',
              params: { type: schema101.properties.value.items.type },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/value',
          schemaPath: '#/properties/value/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate653.errors = vErrors;
  return errors === 0;
}
function validate652(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate653(data, instancePath)) {
    vErrors = vErrors === null ? validate653.errors : vErrors.concat(validate653.errors);
    errors = vErrors.length;
  }
  validate652.errors = vErrors;
  return errors === 0;
}
export const schema_Dataset = validate655;
function validate656(data, instancePath = '') {
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
      let data4 = data.filters;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate223(data4[i0], instancePath) ||
              validate223(data4[i0], instancePath + '/filters/' + i0)
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
      let data6 = data.created_at;
      if (typeof data6 === 'string') {
        if (!formats2.validate(data6)) {
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
      let data7 = data.modified_at;
      if (typeof data7 === 'string') {
        if (!formats2.validate(data7)) {
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
  validate656.errors = vErrors;
  return errors === 0;
}
function validate655(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate656(data, instancePath)) {
    vErrors = vErrors === null ? validate656.errors : vErrors.concat(validate656.errors);
    errors = vErrors.length;
  }
  validate655.errors = vErrors;
  return errors === 0;
}
export const schema_DatasetCreate = validate660;
function validate661(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
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
      let data2 = data.filters;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate223(data2[i0], instancePath) ||
              validate223(data2[i0], instancePath + '/filters/' + i0)
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate661.errors = vErrors;
  return errors === 0;
}
function validate660(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate661(data, instancePath)) {
    vErrors = vErrors === null ? validate661.errors : vErrors.concat(validate661.errors);
    errors = vErrors.length;
  }
  validate660.errors = vErrors;
  return errors === 0;
}
export const schema_EvaluationDataset = validate664;
function validate665(data, instancePath = '') {
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
  validate665.errors = vErrors;
  return errors === 0;
}
function validate664(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate665(data, instancePath)) {
    vErrors = vErrors === null ? validate665.errors : vErrors.concat(validate665.errors);
    errors = vErrors.length;
  }
  validate664.errors = vErrors;
  return errors === 0;
}
export const schema_EvaluationResult = validate669;
function validate670(data, instancePath = '') {
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
  validate670.errors = vErrors;
  return errors === 0;
}
function validate669(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate670(data, instancePath)) {
    vErrors = vErrors === null ? validate670.errors : vErrors.concat(validate670.errors);
    errors = vErrors.length;
  }
  validate669.errors = vErrors;
  return errors === 0;
}
export const schema_Evaluation = validate672;
function validate673(data, instancePath = '') {
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
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
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
    if (data.datasets === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'datasets' },
      });
      errors++;
    }
    if (data.results === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'results' },
      });
      errors++;
    }
    if (data.processed === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'processed' },
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
    if (data.processed !== undefined) {
      if (typeof data.processed !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/processed',
          schemaPath: '#/properties/processed/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.total_logs !== undefined) {
      let data4 = data.total_logs;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_logs',
          schemaPath: '#/properties/total_logs/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
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
    if (data.datasets !== undefined) {
      let data5 = data.datasets;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate675(data5[i0], instancePath) ||
              validate675(data5[i0], instancePath + '/datasets/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate675.errors : vErrors.concat(validate675.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/datasets',
          schemaPath: '#/properties/datasets/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.results !== undefined) {
      let data7 = data.results;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !(
              validate679(data7[i1], instancePath) ||
              validate679(data7[i1], instancePath + '/results/' + i1)
            )
          ) {
            vErrors = vErrors === null ? validate679.errors : vErrors.concat(validate679.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/results',
          schemaPath: '#/properties/results/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data9 = data.created_at;
      if (typeof data9 === 'string') {
        if (!formats2.validate(data9)) {
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
      let data10 = data.modified_at;
      if (typeof data10 === 'string') {
        if (!formats2.validate(data10)) {
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
  validate673.errors = vErrors;
  return errors === 0;
}
function validate672(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate673(data, instancePath)) {
    vErrors = vErrors === null ? validate673.errors : vErrors.concat(validate673.errors);
    errors = vErrors.length;
  }
  validate672.errors = vErrors;
  return errors === 0;
}
export const schema_EvaluationCreate = validate682;
function validate683(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.dataset_ids === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dataset_ids' },
      });
      errors++;
    }
    if (data.evaluation_type_ids === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'evaluation_type_ids' },
      });
      errors++;
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
    if (data.dataset_ids !== undefined) {
      let data1 = data.dataset_ids;
      if (Array.isArray(data1)) {
        if (data1.length > 5) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dataset_ids',
            schemaPath: '#/properties/dataset_ids/maxItems',
            keyword: 'maxItems',
            params: { limit: 5 },
          });
          errors++;
        }
        if (data1.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dataset_ids',
            schemaPath: '#/properties/dataset_ids/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
          });
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/dataset_ids/' + i0,
              schemaPath: '#/properties/dataset_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dataset_ids',
          schemaPath: '#/properties/dataset_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.evaluation_type_ids !== undefined) {
      let data3 = data.evaluation_type_ids;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data3[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/evaluation_type_ids/' + i1,
              schemaPath: '#/properties/evaluation_type_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/evaluation_type_ids',
          schemaPath: '#/properties/evaluation_type_ids/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate683.errors = vErrors;
  return errors === 0;
}
function validate682(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate683(data, instancePath)) {
    vErrors = vErrors === null ? validate683.errors : vErrors.concat(validate683.errors);
    errors = vErrors.length;
  }
  validate682.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteElementRef = validate685;
function validate686(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.elementId === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elementId' },
      });
      errors++;
    }
    if (data.elementId !== undefined) {
      if (typeof data.elementId !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/elementId',
          schemaPath: '#/properties/elementId/type',
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
  validate686.errors = vErrors;
  return errors === 0;
}
function validate685(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate686(data, instancePath)) {
    vErrors = vErrors === null ? validate686.errors : vErrors.concat(validate686.errors);
    errors = vErrors.length;
  }
  validate685.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteElement = validate688;
function validate689(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.outputs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/oneOf/0/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/0/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'start')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/0/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema139.oneOf[0].properties.type.enum },
        });
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data2 = data.outputs;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.next === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/0/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'next' },
          });
          errors++;
        }
        if (data2.next !== undefined) {
          let data3 = data2.next;
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.elementId === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs/next',
                schemaPath: '#/oneOf/0/properties/outputs/properties/next/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              });
              errors++;
            }
            if (data3.elementId !== undefined) {
              if (typeof data3.elementId !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs/next/elementId',
                  schemaPath:
                    '#/oneOf/0/properties/outputs/properties/next/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/outputs/next',
              schemaPath: '#/oneOf/0/properties/outputs/properties/next/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/oneOf/0/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/oneOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs13 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.properties === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'properties' },
      });
      errors++;
    }
    if (data.outputs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/oneOf/1/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data6 = data.type;
      if (typeof data6 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/1/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data6 === 'conditional')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/1/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema139.oneOf[1].properties.type.enum },
        });
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data7 = data.properties;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.conditions !== undefined) {
          let data8 = data7.conditions;
          if (!(data8 && typeof data8 == 'object' && !Array.isArray(data8))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/conditions',
              schemaPath: '#/oneOf/1/properties/properties/properties/conditions/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/properties',
          schemaPath: '#/oneOf/1/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data9 = data.outputs;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        if (data9.true === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/1/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'true' },
          });
          errors++;
        }
        if (data9.false === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/1/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'false' },
          });
          errors++;
        }
        if (data9.true !== undefined) {
          let data10 = data9.true;
          if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
            if (data10.elementId === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs/true',
                schemaPath: '#/oneOf/1/properties/outputs/properties/true/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              });
              errors++;
            }
            if (data10.elementId !== undefined) {
              if (typeof data10.elementId !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs/true/elementId',
                  schemaPath:
                    '#/oneOf/1/properties/outputs/properties/true/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/outputs/true',
              schemaPath: '#/oneOf/1/properties/outputs/properties/true/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data9.false !== undefined) {
          let data12 = data9.false;
          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
            if (data12.elementId === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs/false',
                schemaPath: '#/oneOf/1/properties/outputs/properties/false/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              });
              errors++;
            }
            if (data12.elementId !== undefined) {
              if (typeof data12.elementId !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs/false/elementId',
                  schemaPath:
                    '#/oneOf/1/properties/outputs/properties/false/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/outputs/false',
              schemaPath: '#/oneOf/1/properties/outputs/properties/false/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/oneOf/1/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/oneOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  var _valid0 = _errs13 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs33 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.id === undefined) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'id' },
        });
        errors++;
      }
      if (data.type === undefined) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'type' },
        });
        errors++;
      }
      if (data.outputs === undefined) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'outputs' },
        });
        errors++;
      }
      if (data.id !== undefined) {
        if (typeof data.id !== 'string') {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/id',
            schemaPath: '#/oneOf/2/properties/id/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
      }
      if (data.type !== undefined) {
        let data15 = data.type;
        if (typeof data15 !== 'string') {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/type',
            schemaPath: '#/oneOf/2/properties/type/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
        if (!(data15 === 'percentage')) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/type',
            schemaPath: '#/oneOf/2/properties/type/enum',
            keyword: 'enum',
            params: { allowedValues: schema139.oneOf[2].properties.type.enum },
          });
          errors++;
        }
      }
      if (data.outputs !== undefined) {
        let data16 = data.outputs;
        if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
          for (const key0 in data16) {
            let data17 = data16[key0];
            if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
              if (data17.elementId === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath:
                    instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/oneOf/2/properties/outputs/additionalProperties/required',
                  keyword: 'required',
                  params: { missingProperty: 'elementId' },
                });
                errors++;
              }
              if (data17.elementId !== undefined) {
                if (typeof data17.elementId !== 'string') {
                  vErrors = appendError(vErrors, {
                    instancePath:
                      instancePath +
                      '/outputs/' +
                      key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/elementId',
                    schemaPath:
                      '#/oneOf/2/properties/outputs/additionalProperties/properties/elementId/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  });
                  errors++;
                }
              }
            } else {
              vErrors = appendError(vErrors, {
                instancePath:
                  instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/oneOf/2/properties/outputs/additionalProperties/type',
                keyword: 'type',
                params: { type: 'object' },
              });
              errors++;
            }
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/2/properties/outputs/type',
            keyword: 'type',
            params: { type: 'object' },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/2/type',
        keyword: 'type',
        params: { type: 'object' },
      });
      errors++;
    }
    var _valid0 = _errs33 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs46 = errors;
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        if (data.type === undefined) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
          });
          errors++;
        }
        if (data.properties === undefined) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'properties' },
          });
          errors++;
        }
        if (data.outputs === undefined) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'outputs' },
          });
          errors++;
        }
        if (data.id !== undefined) {
          if (typeof data.id !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/id',
              schemaPath: '#/oneOf/3/properties/id/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data.type !== undefined) {
          let data20 = data.type;
          if (typeof data20 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/type',
              schemaPath: '#/oneOf/3/properties/type/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
          if (!(data20 === 'rate')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/type',
              schemaPath: '#/oneOf/3/properties/type/enum',
              keyword: 'enum',
              params: { allowedValues: schema139.oneOf[3].properties.type.enum },
            });
            errors++;
          }
        }
        if (data.properties !== undefined) {
          let data21 = data.properties;
          if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
            if (data21.key === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'key' },
              });
              errors++;
            }
            if (data21.limitType === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'limitType' },
              });
              errors++;
            }
            if (data21.limit === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'limit' },
              });
              errors++;
            }
            if (data21.window === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'window' },
              });
              errors++;
            }
            if (data21.key !== undefined) {
              if (typeof data21.key !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties/key',
                  schemaPath: '#/oneOf/3/properties/properties/properties/key/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data21.limitType !== undefined) {
              let data23 = data21.limitType;
              if (typeof data23 !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties/limitType',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limitType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
              if (!(data23 === 'count' || data23 === 'cost')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties/limitType',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limitType/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues:
                      schema139.oneOf[3].properties.properties.properties.limitType.enum,
                  },
                });
                errors++;
              }
            }
            if (data21.limit !== undefined) {
              if (!(typeof data21.limit == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties/limit',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limit/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data21.window !== undefined) {
              if (!(typeof data21.window == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties/window',
                  schemaPath: '#/oneOf/3/properties/properties/properties/window/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties',
              schemaPath: '#/oneOf/3/properties/properties/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data.outputs !== undefined) {
          let data26 = data.outputs;
          if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
            if (data26.success === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/3/properties/outputs/required',
                keyword: 'required',
                params: { missingProperty: 'success' },
              });
              errors++;
            }
            if (data26.fallback === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/3/properties/outputs/required',
                keyword: 'required',
                params: { missingProperty: 'fallback' },
              });
              errors++;
            }
            if (data26.success !== undefined) {
              let data27 = data26.success;
              if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                if (data27.elementId === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/outputs/success',
                    schemaPath: '#/oneOf/3/properties/outputs/properties/success/required',
                    keyword: 'required',
                    params: { missingProperty: 'elementId' },
                  });
                  errors++;
                }
                if (data27.elementId !== undefined) {
                  if (typeof data27.elementId !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/outputs/success/elementId',
                      schemaPath:
                        '#/oneOf/3/properties/outputs/properties/success/properties/elementId/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs/success',
                  schemaPath: '#/oneOf/3/properties/outputs/properties/success/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
            if (data26.fallback !== undefined) {
              let data29 = data26.fallback;
              if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                if (data29.elementId === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/outputs/fallback',
                    schemaPath: '#/oneOf/3/properties/outputs/properties/fallback/required',
                    keyword: 'required',
                    params: { missingProperty: 'elementId' },
                  });
                  errors++;
                }
                if (data29.elementId !== undefined) {
                  if (typeof data29.elementId !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/outputs/fallback/elementId',
                      schemaPath:
                        '#/oneOf/3/properties/outputs/properties/fallback/properties/elementId/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs/fallback',
                  schemaPath: '#/oneOf/3/properties/outputs/properties/fallback/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/outputs',
              schemaPath: '#/oneOf/3/properties/outputs/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/oneOf/3/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
      var _valid0 = _errs46 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
        }
        const _errs72 = errors;
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.id === undefined) {
            vErrors = appendError(vErrors, {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'id' },
            });
            errors++;
          }
          if (data.type === undefined) {
            vErrors = appendError(vErrors, {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'type' },
            });
            errors++;
          }
          if (data.properties === undefined) {
            vErrors = appendError(vErrors, {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'properties' },
            });
            errors++;
          }
          if (data.outputs === undefined) {
            vErrors = appendError(vErrors, {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'outputs' },
            });
            errors++;
          }
          if (data.id !== undefined) {
            if (typeof data.id !== 'string') {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/id',
                schemaPath: '#/oneOf/4/properties/id/type',
                keyword: 'type',
                params: { type: 'string' },
              });
              errors++;
            }
          }
          if (data.type !== undefined) {
            let data32 = data.type;
            if (typeof data32 !== 'string') {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/type',
                schemaPath: '#/oneOf/4/properties/type/type',
                keyword: 'type',
                params: { type: 'string' },
              });
              errors++;
            }
            if (!(data32 === 'model')) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/type',
                schemaPath: '#/oneOf/4/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema139.oneOf[4].properties.type.enum },
              });
              errors++;
            }
          }
          if (data.properties !== undefined) {
            let data33 = data.properties;
            if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
              if (data33.provider === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'provider' },
                });
                errors++;
              }
              if (data33.model === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'model' },
                });
                errors++;
              }
              if (data33.timeout === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'timeout' },
                });
                errors++;
              }
              if (data33.retries === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'retries' },
                });
                errors++;
              }
              if (data33.provider !== undefined) {
                if (typeof data33.provider !== 'string') {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/properties/provider',
                    schemaPath: '#/oneOf/4/properties/properties/properties/provider/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  });
                  errors++;
                }
              }
              if (data33.model !== undefined) {
                if (typeof data33.model !== 'string') {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/properties/model',
                    schemaPath: '#/oneOf/4/properties/properties/properties/model/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  });
                  errors++;
                }
              }
              if (data33.timeout !== undefined) {
                if (!(typeof data33.timeout == 'number')) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/properties/timeout',
                    schemaPath: '#/oneOf/4/properties/properties/properties/timeout/type',
                    keyword: 'type',
                    params: { type: 'number' },
                  });
                  errors++;
                }
              }
              if (data33.retries !== undefined) {
                if (!(typeof data33.retries == 'number')) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/properties/retries',
                    schemaPath: '#/oneOf/4/properties/properties/properties/retries/type',
                    keyword: 'type',
                    params: { type: 'number' },
                  });
                  errors++;
                }
              }
            } else {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/4/properties/properties/type',
                keyword: 'type',
                params: { type: 'object' },
              });
              errors++;
            }
          }
          if (data.outputs !== undefined) {
            let data38 = data.outputs;
            if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
              if (data38.success === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/4/properties/outputs/required',
                  keyword: 'required',
                  params: { missingProperty: 'success' },
                });
                errors++;
              }
              if (data38.fallback === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/4/properties/outputs/required',
                  keyword: 'required',
                  params: { missingProperty: 'fallback' },
                });
                errors++;
              }
              if (data38.success !== undefined) {
                let data39 = data38.success;
                if (data39 && typeof data39 == 'object' && !Array.isArray(data39)) {
                  if (data39.elementId === undefined) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/outputs/success',
                      schemaPath: '#/oneOf/4/properties/outputs/properties/success/required',
                      keyword: 'required',
                      params: { missingProperty: 'elementId' },
                    });
                    errors++;
                  }
                  if (data39.elementId !== undefined) {
                    if (typeof data39.elementId !== 'string') {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/outputs/success/elementId',
                        schemaPath:
                          '#/oneOf/4/properties/outputs/properties/success/properties/elementId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      });
                      errors++;
                    }
                  }
                } else {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/outputs/success',
                    schemaPath: '#/oneOf/4/properties/outputs/properties/success/type',
                    keyword: 'type',
                    params: { type: 'object' },
                  });
                  errors++;
                }
              }
              if (data38.fallback !== undefined) {
                let data41 = data38.fallback;
                if (data41 && typeof data41 == 'object' && !Array.isArray(data41)) {
                  if (data41.elementId === undefined) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/outputs/fallback',
                      schemaPath: '#/oneOf/4/properties/outputs/properties/fallback/required',
                      keyword: 'required',
                      params: { missingProperty: 'elementId' },
                    });
                    errors++;
                  }
                  if (data41.elementId !== undefined) {
                    if (typeof data41.elementId !== 'string') {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/outputs/fallback/elementId',
                        schemaPath:
                          '#/oneOf/4/properties/outputs/properties/fallback/properties/elementId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      });
                      errors++;
                    }
                  }
                } else {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/outputs/fallback',
                    schemaPath: '#/oneOf/4/properties/outputs/properties/fallback/type',
                    keyword: 'type',
                    params: { type: 'object' },
                  });
                  errors++;
                }
              }
            } else {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/4/properties/outputs/type',
                keyword: 'type',
                params: { type: 'object' },
              });
              errors++;
            }
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/oneOf/4/type',
            keyword: 'type',
            params: { type: 'object' },
          });
          errors++;
        }
        var _valid0 = _errs72 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
          }
          const _errs98 = errors;
          if (data && typeof data == 'object' && !Array.isArray(data)) {
            if (data.id === undefined) {
              vErrors = appendError(vErrors, {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
              });
              errors++;
            }
            if (data.type === undefined) {
              vErrors = appendError(vErrors, {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
              });
              errors++;
            }
            if (data.outputs === undefined) {
              vErrors = appendError(vErrors, {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'outputs' },
              });
              errors++;
            }
            if (data.id !== undefined) {
              if (typeof data.id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/oneOf/5/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data.type !== undefined) {
              let data44 = data.type;
              if (typeof data44 !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/oneOf/5/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
              if (!(data44 === 'end')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/oneOf/5/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema139.oneOf[5].properties.type.enum },
                });
                errors++;
              }
            }
            if (data.outputs !== undefined) {
              let data45 = data.outputs;
              if (data45 && typeof data45 == 'object' && !Array.isArray(data45)) {
                for (const key1 in data45) {
                  let data46 = data45[key1];
                  if (data46 && typeof data46 == 'object' && !Array.isArray(data46)) {
                    if (data46.elementId === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath:
                          instancePath +
                          '/outputs/' +
                          key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath: '#/oneOf/5/properties/outputs/additionalProperties/required',
                        keyword: 'required',
                        params: { missingProperty: 'elementId' },
                      });
                      errors++;
                    }
                    if (data46.elementId !== undefined) {
                      if (typeof data46.elementId !== 'string') {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/outputs/' +
                            key1.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/elementId',
                          schemaPath:
                            '#/oneOf/5/properties/outputs/additionalProperties/properties/elementId/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath:
                        instancePath + '/outputs/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/oneOf/5/properties/outputs/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/5/properties/outputs/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath,
              schemaPath: '#/oneOf/5/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
          var _valid0 = _errs98 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
            }
          }
        }
      }
    }
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
    });
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate689.errors = vErrors;
  return errors === 0;
}
function validate688(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate689(data, instancePath)) {
    vErrors = vErrors === null ? validate689.errors : vErrors.concat(validate689.errors);
    errors = vErrors.length;
  }
  validate688.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteStartElement = validate691;
const schema355 = {
  type: 'object',
  required: ['id', 'type', 'outputs'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: ['start'] },
    outputs: {
      type: 'object',
      required: ['next'],
      properties: { next: { $ref: '#/components/schemas/DynamicRouteElementRef' } },
    },
  },
};
function validate693(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.elementId === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elementId' },
      });
      errors++;
    }
    if (data.elementId !== undefined) {
      if (typeof data.elementId !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/elementId',
          schemaPath: '#/properties/elementId/type',
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
  validate693.errors = vErrors;
  return errors === 0;
}
function validate692(data, instancePath = '') {
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
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.outputs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
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
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'start')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema355.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data2 = data.outputs;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.next === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'next' },
          });
          errors++;
        }
        if (data2.next !== undefined) {
          if (
            !(
              validate693(data2.next, instancePath) ||
              validate693(data2.next, instancePath + '/outputs/next')
            )
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate692.errors = vErrors;
  return errors === 0;
}
function validate691(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate692(data, instancePath)) {
    vErrors = vErrors === null ? validate692.errors : vErrors.concat(validate692.errors);
    errors = vErrors.length;
  }
  validate691.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteConditionalElement = validate696;
const schema358 = {
  type: 'object',
  required: ['id', 'type', 'properties', 'outputs'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: ['conditional'] },
    properties: { type: 'object', properties: { conditions: { type: 'object' } } },
    outputs: {
      type: 'object',
      required: ['true', 'false'],
      properties: {
        true: { $ref: '#/components/schemas/DynamicRouteElementRef' },
        false: { $ref: '#/components/schemas/DynamicRouteElementRef' },
      },
    },
  },
};
function validate697(data, instancePath = '') {
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
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.properties === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'properties' },
      });
      errors++;
    }
    if (data.outputs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
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
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'conditional')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema358.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data2 = data.properties;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.conditions !== undefined) {
          let data3 = data2.conditions;
          if (!(data3 && typeof data3 == 'object' && !Array.isArray(data3))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/conditions',
              schemaPath: '#/properties/properties/properties/conditions/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/properties',
          schemaPath: '#/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data4 = data.outputs;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.true === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'true' },
          });
          errors++;
        }
        if (data4.false === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'false' },
          });
          errors++;
        }
        if (data4.true !== undefined) {
          if (
            !(
              validate693(data4.true, instancePath) ||
              validate693(data4.true, instancePath + '/outputs/true')
            )
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
        if (data4.false !== undefined) {
          if (
            !(
              validate693(data4.false, instancePath) ||
              validate693(data4.false, instancePath + '/outputs/false')
            )
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate697.errors = vErrors;
  return errors === 0;
}
function validate696(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate697(data, instancePath)) {
    vErrors = vErrors === null ? validate697.errors : vErrors.concat(validate697.errors);
    errors = vErrors.length;
  }
  validate696.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRoutePercentageElement = validate701;
const schema360 = {
  type: 'object',
  required: ['id', 'type', 'outputs'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: ['percentage'] },
    outputs: {
      type: 'object',
      additionalProperties: { $ref: '#/components/schemas/DynamicRouteElementRef' },
    },
  },
};
function validate702(data, instancePath = '') {
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
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.outputs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
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
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'percentage')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema360.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data2 = data.outputs;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (
            !(
              validate693(data2[key0], instancePath) ||
              validate693(
                data2[key0],
                instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              )
            )
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate702.errors = vErrors;
  return errors === 0;
}
function validate701(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate702(data, instancePath)) {
    vErrors = vErrors === null ? validate702.errors : vErrors.concat(validate702.errors);
    errors = vErrors.length;
  }
  validate701.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteRateElement = validate705;
const schema362 = {
  type: 'object',
  required: ['id', 'type', 'properties', 'outputs'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: ['rate'] },
    properties: {
      type: 'object',
      required: ['key', 'limitType', 'limit', 'window'],
      properties: {
        key: { type: 'string' },
        limitType: { type: 'string', enum: ['count', 'cost'] },
        limit: { type: 'number' },
        window: { type: 'number' },
      },
    },
    outputs: {
      type: 'object',
      required: ['success', 'fallback'],
      properties: {
        success: { $ref: '#/components/schemas/DynamicRouteElementRef' },
        fallback: { $ref: '#/components/schemas/DynamicRouteElementRef' },
      },
    },
  },
};
function validate706(data, instancePath = '') {
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
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.properties === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'properties' },
      });
      errors++;
    }
    if (data.outputs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
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
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'rate')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema362.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data2 = data.properties;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.key === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'key' },
          });
          errors++;
        }
        if (data2.limitType === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'limitType' },
          });
          errors++;
        }
        if (data2.limit === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'limit' },
          });
          errors++;
        }
        if (data2.window === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'window' },
          });
          errors++;
        }
        if (data2.key !== undefined) {
          if (typeof data2.key !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/key',
              schemaPath: '#/properties/properties/properties/key/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data2.limitType !== undefined) {
          let data4 = data2.limitType;
          if (typeof data4 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/limitType',
              schemaPath: '#/properties/properties/properties/limitType/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
          if (!(data4 === 'count' || data4 === 'cost')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/limitType',
              schemaPath: '#/properties/properties/properties/limitType/enum',
              keyword: 'enum',
              params: { allowedValues: schema362.properties.properties.properties.limitType.enum },
            });
            errors++;
          }
        }
        if (data2.limit !== undefined) {
          if (!(typeof data2.limit == 'number')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/limit',
              schemaPath: '#/properties/properties/properties/limit/type',
              keyword: 'type',
              params: { type: 'number' },
            });
            errors++;
          }
        }
        if (data2.window !== undefined) {
          if (!(typeof data2.window == 'number')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/window',
              schemaPath: '#/properties/properties/properties/window/type',
              keyword: 'type',
              params: { type: 'number' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/properties',
          schemaPath: '#/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data7 = data.outputs;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.success === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'success' },
          });
          errors++;
        }
        if (data7.fallback === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'fallback' },
          });
          errors++;
        }
        if (data7.success !== undefined) {
          if (
            !(
              validate693(data7.success, instancePath) ||
              validate693(data7.success, instancePath + '/outputs/success')
            )
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
        if (data7.fallback !== undefined) {
          if (
            !(
              validate693(data7.fallback, instancePath) ||
              validate693(data7.fallback, instancePath + '/outputs/fallback')
            )
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate706.errors = vErrors;
  return errors === 0;
}
function validate705(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate706(data, instancePath)) {
    vErrors = vErrors === null ? validate706.errors : vErrors.concat(validate706.errors);
    errors = vErrors.length;
  }
  validate705.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteModelElement = validate710;
const schema364 = {
  type: 'object',
  required: ['id', 'type', 'properties', 'outputs'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: ['model'] },
    properties: {
      type: 'object',
      required: ['provider', 'model', 'timeout', 'retries'],
      properties: {
        provider: { type: 'string' },
        model: { type: 'string' },
        timeout: { type: 'number' },
        retries: { type: 'number' },
      },
    },
    outputs: {
      type: 'object',
      required: ['success', 'fallback'],
      properties: {
        success: { $ref: '#/components/schemas/DynamicRouteElementRef' },
        fallback: { $ref: '#/components/schemas/DynamicRouteElementRef' },
      },
    },
  },
};
function validate711(data, instancePath = '') {
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
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.properties === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'properties' },
      });
      errors++;
    }
    if (data.outputs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
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
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'model')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema364.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data2 = data.properties;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.provider === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'provider' },
          });
          errors++;
        }
        if (data2.model === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'model' },
          });
          errors++;
        }
        if (data2.timeout === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'timeout' },
          });
          errors++;
        }
        if (data2.retries === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'retries' },
          });
          errors++;
        }
        if (data2.provider !== undefined) {
          if (typeof data2.provider !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/provider',
              schemaPath: '#/properties/properties/properties/provider/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data2.model !== undefined) {
          if (typeof data2.model !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/model',
              schemaPath: '#/properties/properties/properties/model/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data2.timeout !== undefined) {
          if (!(typeof data2.timeout == 'number')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/timeout',
              schemaPath: '#/properties/properties/properties/timeout/type',
              keyword: 'type',
              params: { type: 'number' },
            });
            errors++;
          }
        }
        if (data2.retries !== undefined) {
          if (!(typeof data2.retries == 'number')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/retries',
              schemaPath: '#/properties/properties/properties/retries/type',
              keyword: 'type',
              params: { type: 'number' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/properties',
          schemaPath: '#/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data7 = data.outputs;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.success === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'success' },
          });
          errors++;
        }
        if (data7.fallback === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'fallback' },
          });
          errors++;
        }
        if (data7.success !== undefined) {
          if (
            !(
              validate693(data7.success, instancePath) ||
              validate693(data7.success, instancePath + '/outputs/success')
            )
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
        if (data7.fallback !== undefined) {
          if (
            !(
              validate693(data7.fallback, instancePath) ||
              validate693(data7.fallback, instancePath + '/outputs/fallback')
            )
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate711.errors = vErrors;
  return errors === 0;
}
function validate710(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate711(data, instancePath)) {
    vErrors = vErrors === null ? validate711.errors : vErrors.concat(validate711.errors);
    errors = vErrors.length;
  }
  validate710.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteEndElement = validate715;
const schema366 = {
  type: 'object',
  required: ['id', 'type', 'outputs'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: ['end'] },
    outputs: {
      type: 'object',
      additionalProperties: { $ref: '#/components/schemas/DynamicRouteElementRef' },
    },
  },
};
function validate716(data, instancePath = '') {
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
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.outputs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
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
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'end')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema366.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data2 = data.outputs;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (
            !(
              validate693(data2[key0], instancePath) ||
              validate693(
                data2[key0],
                instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              )
            )
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate716.errors = vErrors;
  return errors === 0;
}
function validate715(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate716(data, instancePath)) {
    vErrors = vErrors === null ? validate716.errors : vErrors.concat(validate716.errors);
    errors = vErrors.length;
  }
  validate715.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteVersion = validate719;
function validate720(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.version_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version_id' },
      });
      errors++;
    }
    if (data.data === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'data' },
      });
      errors++;
    }
    if (data.active === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'active' },
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
    if (data.version_id !== undefined) {
      if (typeof data.version_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/version_id',
          schemaPath: '#/properties/version_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.active !== undefined) {
      let data1 = data.active;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/active',
          schemaPath: '#/properties/active/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'true' || data1 === 'false')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/active',
          schemaPath: '#/properties/active/enum',
          keyword: 'enum',
          params: { allowedValues: schema368.properties.active.enum },
        });
        errors++;
      }
    }
    if (data.data !== undefined) {
      if (typeof data.data !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/data',
          schemaPath: '#/properties/data/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.is_valid !== undefined) {
      if (typeof data.is_valid !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_valid',
          schemaPath: '#/properties/is_valid/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      if (typeof data.created_at !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
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
  validate720.errors = vErrors;
  return errors === 0;
}
function validate719(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate720(data, instancePath)) {
    vErrors = vErrors === null ? validate720.errors : vErrors.concat(validate720.errors);
    errors = vErrors.length;
  }
  validate719.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteVersionDetail = validate722;
function validate723(data, instancePath = '') {
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
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.elements === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
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
    if (data.gateway_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      });
      errors++;
    }
    if (data.version_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version_id' },
      });
      errors++;
    }
    if (data.data === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'data' },
      });
      errors++;
    }
    if (data.active === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'active' },
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
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.version_id !== undefined) {
      if (typeof data.version_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/version_id',
          schemaPath: '#/properties/version_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.active !== undefined) {
      let data4 = data.active;
      if (typeof data4 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/active',
          schemaPath: '#/properties/active/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data4 === 'true' || data4 === 'false')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/active',
          schemaPath: '#/properties/active/enum',
          keyword: 'enum',
          params: { allowedValues: schema370.properties.active.enum },
        });
        errors++;
      }
    }
    if (data.is_valid !== undefined) {
      if (typeof data.is_valid !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_valid',
          schemaPath: '#/properties/is_valid/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.data !== undefined) {
      if (typeof data.data !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/data',
          schemaPath: '#/properties/data/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.elements !== undefined) {
      let data7 = data.elements;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate296(data7[i0], instancePath) ||
              validate296(data7[i0], instancePath + '/elements/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      if (typeof data.created_at !== 'string') {
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
      let data10 = data.modified_at;
      if (typeof data10 === 'string') {
        if (!formats2.validate(data10)) {
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
  validate723.errors = vErrors;
  return errors === 0;
}
function validate722(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate723(data, instancePath)) {
    vErrors = vErrors === null ? validate723.errors : vErrors.concat(validate723.errors);
    errors = vErrors.length;
  }
  validate722.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteDeployment = validate726;
function validate727(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.deployment_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'deployment_id' },
      });
      errors++;
    }
    if (data.version_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version_id' },
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
    if (data.deployment_id !== undefined) {
      if (typeof data.deployment_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/deployment_id',
          schemaPath: '#/properties/deployment_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.version_id !== undefined) {
      if (typeof data.version_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/version_id',
          schemaPath: '#/properties/version_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      if (typeof data.created_at !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
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
  validate727.errors = vErrors;
  return errors === 0;
}
function validate726(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate727(data, instancePath)) {
    vErrors = vErrors === null ? validate727.errors : vErrors.concat(validate727.errors);
    errors = vErrors.length;
  }
  validate726.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteSummary = validate729;
function validate730(data, instancePath = '') {
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
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.elements === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
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
    if (data.gateway_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
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
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data3 = data.created_at;
      if (typeof data3 === 'string') {
        if (!formats2.validate(data3)) {
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
      let data4 = data.modified_at;
      if (typeof data4 === 'string') {
        if (!formats2.validate(data4)) {
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
    if (data.elements !== undefined) {
      let data5 = data.elements;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate296(data5[i0], instancePath) ||
              validate296(data5[i0], instancePath + '/elements/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate730.errors = vErrors;
  return errors === 0;
}
function validate729(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate730(data, instancePath)) {
    vErrors = vErrors === null ? validate730.errors : vErrors.concat(validate730.errors);
    errors = vErrors.length;
  }
  validate729.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteDetail = validate733;
function validate734(data, instancePath = '') {
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
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.elements === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
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
    if (data.gateway_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      });
      errors++;
    }
    if (data.version === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
      });
      errors++;
    }
    if (data.deployment === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'deployment' },
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
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data3 = data.created_at;
      if (typeof data3 === 'string') {
        if (!formats2.validate(data3)) {
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
      let data4 = data.modified_at;
      if (typeof data4 === 'string') {
        if (!formats2.validate(data4)) {
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
    if (data.elements !== undefined) {
      let data5 = data.elements;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate296(data5[i0], instancePath) ||
              validate296(data5[i0], instancePath + '/elements/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.version !== undefined) {
      if (
        !(
          validate736(data.version, instancePath) ||
          validate736(data.version, instancePath + '/version')
        )
      ) {
        vErrors = vErrors === null ? validate736.errors : vErrors.concat(validate736.errors);
        errors = vErrors.length;
      }
    }
    if (data.deployment !== undefined) {
      if (
        !(
          validate738(data.deployment, instancePath) ||
          validate738(data.deployment, instancePath + '/deployment')
        )
      ) {
        vErrors = vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
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
  validate734.errors = vErrors;
  return errors === 0;
}
function validate733(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate734(data, instancePath)) {
    vErrors = vErrors === null ? validate734.errors : vErrors.concat(validate734.errors);
    errors = vErrors.length;
  }
  validate733.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRoute = validate741;
function validate742(data, instancePath = '') {
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
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.elements === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
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
    if (data.version === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
      });
      errors++;
    }
    if (data.deployment === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'deployment' },
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
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data3 = data.created_at;
      if (typeof data3 === 'string') {
        if (!formats2.validate(data3)) {
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
      let data4 = data.modified_at;
      if (typeof data4 === 'string') {
        if (!formats2.validate(data4)) {
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
    if (data.elements !== undefined) {
      let data5 = data.elements;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate296(data5[i0], instancePath) ||
              validate296(data5[i0], instancePath + '/elements/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
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
    if (data.version !== undefined) {
      if (
        !(
          validate736(data.version, instancePath) ||
          validate736(data.version, instancePath + '/version')
        )
      ) {
        vErrors = vErrors === null ? validate736.errors : vErrors.concat(validate736.errors);
        errors = vErrors.length;
      }
    }
    if (data.deployment !== undefined) {
      if (
        !(
          validate738(data.deployment, instancePath) ||
          validate738(data.deployment, instancePath + '/deployment')
        )
      ) {
        vErrors = vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
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
  validate742.errors = vErrors;
  return errors === 0;
}
function validate741(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate742(data, instancePath)) {
    vErrors = vErrors === null ? validate742.errors : vErrors.concat(validate742.errors);
    errors = vErrors.length;
  }
  validate741.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteCreate = validate747;
function validate748(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.elements === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
      });
      errors++;
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
    if (data.elements !== undefined) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate296(data1[i0], instancePath) ||
              validate296(data1[i0], instancePath + '/elements/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate748.errors = vErrors;
  return errors === 0;
}
function validate747(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate748(data, instancePath)) {
    vErrors = vErrors === null ? validate748.errors : vErrors.concat(validate748.errors);
    errors = vErrors.length;
  }
  validate747.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteUpdate = validate751;
function validate752(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate752.errors = vErrors;
  return errors === 0;
}
function validate751(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate752(data, instancePath)) {
    vErrors = vErrors === null ? validate752.errors : vErrors.concat(validate752.errors);
    errors = vErrors.length;
  }
  validate751.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteVersionCreate = validate754;
function validate755(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.elements === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
      });
      errors++;
    }
    if (data.elements !== undefined) {
      let data0 = data.elements;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate296(data0[i0], instancePath) ||
              validate296(data0[i0], instancePath + '/elements/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate755.errors = vErrors;
  return errors === 0;
}
function validate754(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate755(data, instancePath)) {
    vErrors = vErrors === null ? validate755.errors : vErrors.concat(validate755.errors);
    errors = vErrors.length;
  }
  validate754.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteDeploymentCreate = validate758;
function validate759(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.version_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version_id' },
      });
      errors++;
    }
    if (data.version_id !== undefined) {
      if (typeof data.version_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/version_id',
          schemaPath: '#/properties/version_id/type',
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
  validate759.errors = vErrors;
  return errors === 0;
}
function validate758(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate759(data, instancePath)) {
    vErrors = vErrors === null ? validate759.errors : vErrors.concat(validate759.errors);
    errors = vErrors.length;
  }
  validate758.errors = vErrors;
  return errors === 0;
}
export const schema_ProviderConfig = validate761;
function validate762(data, instancePath = '') {
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
  validate762.errors = vErrors;
  return errors === 0;
}
function validate761(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate762(data, instancePath)) {
    vErrors = vErrors === null ? validate762.errors : vErrors.concat(validate762.errors);
    errors = vErrors.length;
  }
  validate761.errors = vErrors;
  return errors === 0;
}
export const schema_ProviderConfigCreate = validate765;
function validate766(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
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
    if (data.secret !== undefined) {
      if (typeof data.secret !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/secret',
          schemaPath: '#/properties/secret/type',
          keyword: 'type',
          params: { type: 'string' },
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate766.errors = vErrors;
  return errors === 0;
}
function validate765(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate766(data, instancePath)) {
    vErrors = vErrors === null ? validate766.errors : vErrors.concat(validate766.errors);
    errors = vErrors.length;
  }
  validate765.errors = vErrors;
  return errors === 0;
}
export const schema_ProviderConfigUpdate = validate768;
function validate769(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.secret === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'secret' },
      });
      errors++;
    }
    if (data.secret !== undefined) {
      if (typeof data.secret !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/secret',
          schemaPath: '#/properties/secret/type',
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
  validate769.errors = vErrors;
  return errors === 0;
}
function validate768(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate769(data, instancePath)) {
    vErrors = vErrors === null ? validate769.errors : vErrors.concat(validate769.errors);
    errors = vErrors.length;
  }
  validate768.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderSlug = validate771;
function validate772(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern6.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[a-zA-Z0-9_-]+$' },
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
  validate772.errors = vErrors;
  return errors === 0;
}
function validate771(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate772(data, instancePath)) {
    vErrors = vErrors === null ? validate772.errors : vErrors.concat(validate772.errors);
    errors = vErrors.length;
  }
  validate771.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProvider = validate774;
function validate775(data, instancePath = '') {
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
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.slug === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'slug' },
      });
      errors++;
    }
    if (data.base_url === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'base_url' },
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
    if (data.slug !== undefined) {
      if (
        !(validate412(data.slug, instancePath) || validate412(data.slug, instancePath + '/slug'))
      ) {
        vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors);
        errors = vErrors.length;
      }
    }
    if (data.base_url !== undefined) {
      let data3 = data.base_url;
      if (typeof data3 === 'string') {
        if (!formats0.validate(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/base_url',
            schemaPath: '#/properties/base_url/format',
            keyword: 'format',
            params: { format: 'uri' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/base_url',
          schemaPath: '#/properties/base_url/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
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
    if (data.beta !== undefined) {
      if (typeof data.beta !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/beta',
          schemaPath: '#/properties/beta/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data7 = data.headers;
      if (typeof data7 === 'string') {
        if (data7.length > 8192 && func1(data7) > 8192) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/headers',
            schemaPath: '#/properties/headers/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.link !== undefined) {
      if (typeof data.link !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/link',
          schemaPath: '#/properties/link/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.logo !== undefined) {
      if (typeof data.logo !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/logo',
          schemaPath: '#/properties/logo/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.curl_example !== undefined) {
      if (typeof data.curl_example !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/curl_example',
          schemaPath: '#/properties/curl_example/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.js_example !== undefined) {
      if (typeof data.js_example !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/js_example',
          schemaPath: '#/properties/js_example/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data12 = data.position;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/position',
          schemaPath: '#/properties/position/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data13 = data.created_at;
      if (typeof data13 === 'string') {
        if (!formats2.validate(data13)) {
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
      let data14 = data.modified_at;
      if (typeof data14 === 'string') {
        if (!formats2.validate(data14)) {
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
  validate775.errors = vErrors;
  return errors === 0;
}
function validate774(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate775(data, instancePath)) {
    vErrors = vErrors === null ? validate775.errors : vErrors.concat(validate775.errors);
    errors = vErrors.length;
  }
  validate774.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderCreate = validate778;
function validate779(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.slug === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'slug' },
      });
      errors++;
    }
    if (data.base_url === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'base_url' },
      });
      errors++;
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
    if (data.slug !== undefined) {
      if (
        !(validate412(data.slug, instancePath) || validate412(data.slug, instancePath + '/slug'))
      ) {
        vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors);
        errors = vErrors.length;
      }
    }
    if (data.base_url !== undefined) {
      let data2 = data.base_url;
      if (typeof data2 === 'string') {
        if (!formats0.validate(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/base_url',
            schemaPath: '#/properties/base_url/format',
            keyword: 'format',
            params: { format: 'uri' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/base_url',
          schemaPath: '#/properties/base_url/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
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
    if (data.beta !== undefined) {
      if (typeof data.beta !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/beta',
          schemaPath: '#/properties/beta/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data6 = data.headers;
      if (typeof data6 === 'string') {
        if (data6.length > 8192 && func1(data6) > 8192) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/headers',
            schemaPath: '#/properties/headers/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.link !== undefined) {
      if (typeof data.link !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/link',
          schemaPath: '#/properties/link/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.curl_example !== undefined) {
      if (typeof data.curl_example !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/curl_example',
          schemaPath: '#/properties/curl_example/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.js_example !== undefined) {
      if (typeof data.js_example !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/js_example',
          schemaPath: '#/properties/js_example/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data10 = data.position;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/position',
          schemaPath: '#/properties/position/type',
          keyword: 'type',
          params: { type: 'integer' },
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
  validate779.errors = vErrors;
  return errors === 0;
}
function validate778(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate779(data, instancePath)) {
    vErrors = vErrors === null ? validate779.errors : vErrors.concat(validate779.errors);
    errors = vErrors.length;
  }
  validate778.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderUpdate = validate782;
function validate783(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
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
    if (data.slug !== undefined) {
      if (
        !(validate412(data.slug, instancePath) || validate412(data.slug, instancePath + '/slug'))
      ) {
        vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors);
        errors = vErrors.length;
      }
    }
    if (data.base_url !== undefined) {
      let data2 = data.base_url;
      if (typeof data2 === 'string') {
        if (!formats0.validate(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/base_url',
            schemaPath: '#/properties/base_url/format',
            keyword: 'format',
            params: { format: 'uri' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/base_url',
          schemaPath: '#/properties/base_url/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
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
    if (data.beta !== undefined) {
      if (typeof data.beta !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/beta',
          schemaPath: '#/properties/beta/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data6 = data.headers;
      if (typeof data6 === 'string') {
        if (data6.length > 8192 && func1(data6) > 8192) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/headers',
            schemaPath: '#/properties/headers/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.link !== undefined) {
      if (typeof data.link !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/link',
          schemaPath: '#/properties/link/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.logo !== undefined) {
      if (typeof data.logo !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/logo',
          schemaPath: '#/properties/logo/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.curl_example !== undefined) {
      if (typeof data.curl_example !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/curl_example',
          schemaPath: '#/properties/curl_example/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.js_example !== undefined) {
      if (typeof data.js_example !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/js_example',
          schemaPath: '#/properties/js_example/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data11 = data.position;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/position',
          schemaPath: '#/properties/position/type',
          keyword: 'type',
          params: { type: 'integer' },
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
  validate783.errors = vErrors;
  return errors === 0;
}
function validate782(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate783(data, instancePath)) {
    vErrors = vErrors === null ? validate783.errors : vErrors.concat(validate783.errors);
    errors = vErrors.length;
  }
  validate782.errors = vErrors;
  return errors === 0;
}
export const schema_CostModelRule = validate786;
function validate787(data, instancePath = '') {
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
  validate787.errors = vErrors;
  return errors === 0;
}
function validate786(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate787(data, instancePath)) {
    vErrors = vErrors === null ? validate787.errors : vErrors.concat(validate787.errors);
    errors = vErrors.length;
  }
  validate786.errors = vErrors;
  return errors === 0;
}
export const schema_TokenPricing = validate789;
function validate790(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.input_tokens !== undefined) {
      if (!(typeof data.input_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_tokens',
          schemaPath: '#/properties/input_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_text_tokens !== undefined) {
      if (!(typeof data.input_text_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_text_tokens',
          schemaPath: '#/properties/input_text_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_cached_tokens !== undefined) {
      if (!(typeof data.input_cached_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_cached_tokens',
          schemaPath: '#/properties/input_cached_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_cache_creation_tokens !== undefined) {
      if (!(typeof data.input_cache_creation_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_cache_creation_tokens',
          schemaPath: '#/properties/input_cache_creation_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_audio_tokens !== undefined) {
      if (!(typeof data.input_audio_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_audio_tokens',
          schemaPath: '#/properties/input_audio_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_image_tokens !== undefined) {
      if (!(typeof data.input_image_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_image_tokens',
          schemaPath: '#/properties/input_image_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_video_tokens !== undefined) {
      if (!(typeof data.input_video_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_video_tokens',
          schemaPath: '#/properties/input_video_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_image_count !== undefined) {
      if (!(typeof data.input_image_count == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_image_count',
          schemaPath: '#/properties/input_image_count/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.output_tokens !== undefined) {
      if (!(typeof data.output_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/output_tokens',
          schemaPath: '#/properties/output_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.output_reasoning_tokens !== undefined) {
      if (!(typeof data.output_reasoning_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/output_reasoning_tokens',
          schemaPath: '#/properties/output_reasoning_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.output_image_count !== undefined) {
      if (!(typeof data.output_image_count == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/output_image_count',
          schemaPath: '#/properties/output_image_count/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.total_tokens !== undefined) {
      if (!(typeof data.total_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
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
  validate790.errors = vErrors;
  return errors === 0;
}
function validate789(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate790(data, instancePath)) {
    vErrors = vErrors === null ? validate790.errors : vErrors.concat(validate790.errors);
    errors = vErrors.length;
  }
  validate789.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderCost = validate792;
function validate793(data, instancePath = '') {
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
  validate793.errors = vErrors;
  return errors === 0;
}
function validate792(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate793(data, instancePath)) {
    vErrors = vErrors === null ? validate793.errors : vErrors.concat(validate793.errors);
    errors = vErrors.length;
  }
  validate792.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderCostCreate = validate796;
function validate457(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.input_tokens !== undefined) {
      if (!(typeof data.input_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_tokens',
          schemaPath: '#/properties/input_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_text_tokens !== undefined) {
      if (!(typeof data.input_text_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_text_tokens',
          schemaPath: '#/properties/input_text_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_cached_tokens !== undefined) {
      if (!(typeof data.input_cached_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_cached_tokens',
          schemaPath: '#/properties/input_cached_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_cache_creation_tokens !== undefined) {
      if (!(typeof data.input_cache_creation_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_cache_creation_tokens',
          schemaPath: '#/properties/input_cache_creation_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_audio_tokens !== undefined) {
      if (!(typeof data.input_audio_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_audio_tokens',
          schemaPath: '#/properties/input_audio_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_image_tokens !== undefined) {
      if (!(typeof data.input_image_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_image_tokens',
          schemaPath: '#/properties/input_image_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_video_tokens !== undefined) {
      if (!(typeof data.input_video_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_video_tokens',
          schemaPath: '#/properties/input_video_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.input_image_count !== undefined) {
      if (!(typeof data.input_image_count == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_image_count',
          schemaPath: '#/properties/input_image_count/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.output_tokens !== undefined) {
      if (!(typeof data.output_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/output_tokens',
          schemaPath: '#/properties/output_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.output_reasoning_tokens !== undefined) {
      if (!(typeof data.output_reasoning_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/output_reasoning_tokens',
          schemaPath: '#/properties/output_reasoning_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.output_image_count !== undefined) {
      if (!(typeof data.output_image_count == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/output_image_count',
          schemaPath: '#/properties/output_image_count/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.total_tokens !== undefined) {
      if (!(typeof data.total_tokens == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
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
  validate457.errors = vErrors;
  return errors === 0;
}
function validate797(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
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
    if (data.account_provider_id !== undefined) {
      let data0 = data.account_provider_id;
      if (typeof data0 === 'string') {
        if (!formats6.validate(data0)) {
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
      if (
        !(
          validate457(data.token_pricing, instancePath) ||
          validate457(data.token_pricing, instancePath + '/token_pricing')
        )
      ) {
        vErrors = vErrors === null ? validate457.errors : vErrors.concat(validate457.errors);
        errors = vErrors.length;
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate797.errors = vErrors;
  return errors === 0;
}
function validate796(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate797(data, instancePath)) {
    vErrors = vErrors === null ? validate797.errors : vErrors.concat(validate797.errors);
    errors = vErrors.length;
  }
  validate796.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderCostUpdate = validate801;
function validate802(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
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
      if (
        !(
          validate457(data.token_pricing, instancePath) ||
          validate457(data.token_pricing, instancePath + '/token_pricing')
        )
      ) {
        vErrors = vErrors === null ? validate457.errors : vErrors.concat(validate457.errors);
        errors = vErrors.length;
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate802.errors = vErrors;
  return errors === 0;
}
function validate801(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate802(data, instancePath)) {
    vErrors = vErrors === null ? validate802.errors : vErrors.concat(validate802.errors);
    errors = vErrors.length;
  }
  validate801.errors = vErrors;
  return errors === 0;
}
export const schema_CustomDomainHostname = validate806;
function validate807(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 253 && func1(data) > 253) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 253 },
      });
      errors++;
    }
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
    if (!pattern41.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$',
        },
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
  validate807.errors = vErrors;
  return errors === 0;
}
function validate806(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate807(data, instancePath)) {
    vErrors = vErrors === null ? validate807.errors : vErrors.concat(validate807.errors);
    errors = vErrors.length;
  }
  validate806.errors = vErrors;
  return errors === 0;
}
export const schema_CustomDomainStatus = validate809;
function validate810(data, instancePath = '') {
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
  if (
    !(
      data === 'initializing' ||
      data === 'pending_dcv' ||
      data === 'active' ||
      data === 'blocked' ||
      data === 'error'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema242.enum },
    });
    errors++;
  }
  validate810.errors = vErrors;
  return errors === 0;
}
function validate809(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate810(data, instancePath)) {
    vErrors = vErrors === null ? validate810.errors : vErrors.concat(validate810.errors);
    errors = vErrors.length;
  }
  validate809.errors = vErrors;
  return errors === 0;
}
export const schema_CustomDomain = validate812;
function validate813(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.hostname === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'hostname' },
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
    if (data.ssl_hostname_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ssl_hostname_id' },
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
    if (data.hostname !== undefined) {
      if (
        !(
          validate499(data.hostname, instancePath) ||
          validate499(data.hostname, instancePath + '/hostname')
        )
      ) {
        vErrors = vErrors === null ? validate499.errors : vErrors.concat(validate499.errors);
        errors = vErrors.length;
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
    if (data.ssl_hostname_id !== undefined) {
      let data2 = data.ssl_hostname_id;
      if (typeof data2 !== 'string' && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/ssl_hostname_id',
          schemaPath: '#/properties/ssl_hostname_id/type',
          keyword: 'type',
          params: { type: schema418.properties.ssl_hostname_id.type },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      if (
        !(
          validate816(data.status, instancePath) ||
          validate816(data.status, instancePath + '/status')
        )
      ) {
        vErrors = vErrors === null ? validate816.errors : vErrors.concat(validate816.errors);
        errors = vErrors.length;
      }
    }
    if (data.created_at !== undefined) {
      let data4 = data.created_at;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data5 = data.modified_at;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'integer' },
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
  validate813.errors = vErrors;
  return errors === 0;
}
function validate812(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate813(data, instancePath)) {
    vErrors = vErrors === null ? validate813.errors : vErrors.concat(validate813.errors);
    errors = vErrors.length;
  }
  validate812.errors = vErrors;
  return errors === 0;
}
export const schema_CustomDomainCreated = validate819;
function validate820(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.hostname === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'hostname' },
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
    if (data.status === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      });
      errors++;
    }
    if (data.cname_target === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cname_target' },
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
    if (data.hostname !== undefined) {
      if (typeof data.hostname !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/hostname',
          schemaPath: '#/properties/hostname/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      if (
        !(
          validate816(data.status, instancePath) ||
          validate816(data.status, instancePath + '/status')
        )
      ) {
        vErrors = vErrors === null ? validate816.errors : vErrors.concat(validate816.errors);
        errors = vErrors.length;
      }
    }
    if (data.cname_target !== undefined) {
      if (typeof data.cname_target !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cname_target',
          schemaPath: '#/properties/cname_target/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data4 = data.created_at;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data5 = data.modified_at;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'integer' },
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
  validate820.errors = vErrors;
  return errors === 0;
}
function validate819(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate820(data, instancePath)) {
    vErrors = vErrors === null ? validate820.errors : vErrors.concat(validate820.errors);
    errors = vErrors.length;
  }
  validate819.errors = vErrors;
  return errors === 0;
}
export const schema_CustomDomainCreate = validate823;
const schema247 = {
  type: 'object',
  required: ['domain', 'zone_id'],
  properties: {
    domain: { $ref: '#/components/schemas/CustomDomainHostname' },
    zone_id: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    minTLS: { type: 'string', enum: ['1.0', '1.1', '1.2', '1.3'] },
  },
};
function validate824(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.domain === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'domain' },
      });
      errors++;
    }
    if (data.zone_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'zone_id' },
      });
      errors++;
    }
    if (data.domain !== undefined) {
      if (
        !(
          validate499(data.domain, instancePath) ||
          validate499(data.domain, instancePath + '/domain')
        )
      ) {
        vErrors = vErrors === null ? validate499.errors : vErrors.concat(validate499.errors);
        errors = vErrors.length;
      }
    }
    if (data.zone_id !== undefined) {
      let data1 = data.zone_id;
      if (typeof data1 === 'string') {
        if (!pattern42.test(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/zone_id',
            schemaPath: '#/properties/zone_id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9a-f]{32}$' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/zone_id',
          schemaPath: '#/properties/zone_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.minTLS !== undefined) {
      let data2 = data.minTLS;
      if (typeof data2 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/minTLS',
          schemaPath: '#/properties/minTLS/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data2 === '1.0' || data2 === '1.1' || data2 === '1.2' || data2 === '1.3')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/minTLS',
          schemaPath: '#/properties/minTLS/enum',
          keyword: 'enum',
          params: { allowedValues: schema247.properties.minTLS.enum },
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
  validate824.errors = vErrors;
  return errors === 0;
}
function validate823(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate824(data, instancePath)) {
    vErrors = vErrors === null ? validate824.errors : vErrors.concat(validate824.errors);
    errors = vErrors.length;
  }
  validate823.errors = vErrors;
  return errors === 0;
}
export const schema_BillingMessages = validate827;
function validate828(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.code === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'code' },
          });
          errors++;
        }
        if (data0.message === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'message' },
          });
          errors++;
        }
        if (data0.code !== undefined) {
          if (!(typeof data0.code == 'number')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0 + '/code',
              schemaPath: '#/items/properties/code/type',
              keyword: 'type',
              params: { type: 'number' },
            });
            errors++;
          }
        }
        if (data0.message !== undefined) {
          if (typeof data0.message !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0 + '/message',
              schemaPath: '#/items/properties/message/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'array' },
    });
    errors++;
  }
  validate828.errors = vErrors;
  return errors === 0;
}
function validate827(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate828(data, instancePath)) {
    vErrors = vErrors === null ? validate828.errors : vErrors.concat(validate828.errors);
    errors = vErrors.length;
  }
  validate827.errors = vErrors;
  return errors === 0;
}
export const schema_BillingResultInfo = validate830;
function validate831(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.has_more === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'has_more' },
      });
      errors++;
    }
    if (data.page === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page' },
      });
      errors++;
    }
    if (data.per_page === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'per_page' },
      });
      errors++;
    }
    if (data.total_count === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_count' },
      });
      errors++;
    }
    if (data.has_more !== undefined) {
      if (typeof data.has_more !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/has_more',
          schemaPath: '#/properties/has_more/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.page !== undefined) {
      let data1 = data.page;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/page',
          schemaPath: '#/properties/page/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/page',
            schemaPath: '#/properties/page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          });
          errors++;
        }
      }
    }
    if (data.per_page !== undefined) {
      let data2 = data.per_page;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/per_page',
          schemaPath: '#/properties/per_page/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 1 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          });
          errors++;
        }
      }
    }
    if (data.total_count !== undefined) {
      let data3 = data.total_count;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_count',
          schemaPath: '#/properties/total_count/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
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
  validate831.errors = vErrors;
  return errors === 0;
}
function validate830(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate831(data, instancePath)) {
    vErrors = vErrors === null ? validate831.errors : vErrors.concat(validate831.errors);
    errors = vErrors.length;
  }
  validate830.errors = vErrors;
  return errors === 0;
}
export const schema_BillingEmpty = validate833;
function validate834(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: key0 },
      });
      errors++;
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
  validate834.errors = vErrors;
  return errors === 0;
}
function validate833(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate834(data, instancePath)) {
    vErrors = vErrors === null ? validate834.errors : vErrors.concat(validate834.errors);
    errors = vErrors.length;
  }
  validate833.errors = vErrors;
  return errors === 0;
}
export const schema_TopupConfig = validate836;
function validate837(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.threshold === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'threshold' },
      });
      errors++;
    }
    if (data.amount === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
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
    if (data.disabledReason === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'disabledReason' },
      });
      errors++;
    }
    if (data.lastFailedAt === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'lastFailedAt' },
      });
      errors++;
    }
    if (data.threshold !== undefined) {
      let data0 = data.threshold;
      if (!(typeof data0 == 'number') && data0 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/threshold',
          schemaPath: '#/properties/threshold/type',
          keyword: 'type',
          params: { type: schema431.properties.threshold.type },
        });
        errors++;
      }
    }
    if (data.amount !== undefined) {
      let data1 = data.amount;
      if (!(typeof data1 == 'number') && data1 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: schema431.properties.amount.type },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      let data2 = data.error;
      if (typeof data2 !== 'string' && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/error',
          schemaPath: '#/properties/error/type',
          keyword: 'type',
          params: { type: schema431.properties.error.type },
        });
        errors++;
      }
    }
    if (data.disabledReason !== undefined) {
      let data3 = data.disabledReason;
      if (typeof data3 !== 'string' && data3 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/disabledReason',
          schemaPath: '#/properties/disabledReason/type',
          keyword: 'type',
          params: { type: schema431.properties.disabledReason.type },
        });
        errors++;
      }
    }
    if (data.lastFailedAt !== undefined) {
      let data4 = data.lastFailedAt;
      if (!(typeof data4 == 'number') && data4 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/lastFailedAt',
          schemaPath: '#/properties/lastFailedAt/type',
          keyword: 'type',
          params: { type: schema431.properties.lastFailedAt.type },
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
  validate837.errors = vErrors;
  return errors === 0;
}
function validate836(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate837(data, instancePath)) {
    vErrors = vErrors === null ? validate837.errors : vErrors.concat(validate837.errors);
    errors = vErrors.length;
  }
  validate836.errors = vErrors;
  return errors === 0;
}
export const schema_CreditBalance = validate839;
function validate840(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.balance === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'balance' },
      });
      errors++;
    }
    if (data.has_default_payment_method === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'has_default_payment_method' },
      });
      errors++;
    }
    if (data.payment_method === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'payment_method' },
      });
      errors++;
    }
    if (data.topup_config === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'topup_config' },
      });
      errors++;
    }
    if (data.balance !== undefined) {
      if (!(typeof data.balance == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/balance',
          schemaPath: '#/properties/balance/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.has_default_payment_method !== undefined) {
      if (typeof data.has_default_payment_method !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/has_default_payment_method',
          schemaPath: '#/properties/has_default_payment_method/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.payment_method !== undefined) {
      let data2 = data.payment_method;
      if (!(data2 && typeof data2 == 'object' && !Array.isArray(data2)) && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/payment_method',
          schemaPath: '#/properties/payment_method/type',
          keyword: 'type',
          params: { type: schema433.properties.payment_method.type },
        });
        errors++;
      }
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.brand !== undefined) {
          if (typeof data2.brand !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/payment_method/brand',
              schemaPath: '#/properties/payment_method/properties/brand/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data2.last4 !== undefined) {
          if (typeof data2.last4 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/payment_method/last4',
              schemaPath: '#/properties/payment_method/properties/last4/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.first_topup_success !== undefined) {
      if (typeof data.first_topup_success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/first_topup_success',
          schemaPath: '#/properties/first_topup_success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.topup_config !== undefined) {
      if (
        !(
          validate841(data.topup_config, instancePath) ||
          validate841(data.topup_config, instancePath + '/topup_config')
        )
      ) {
        vErrors = vErrors === null ? validate841.errors : vErrors.concat(validate841.errors);
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
  validate840.errors = vErrors;
  return errors === 0;
}
function validate839(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate840(data, instancePath)) {
    vErrors = vErrors === null ? validate840.errors : vErrors.concat(validate840.errors);
    errors = vErrors.length;
  }
  validate839.errors = vErrors;
  return errors === 0;
}
export const schema_InvoiceHistory = validate844;
function validate845(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.invoices === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'invoices' },
      });
      errors++;
    }
    if (data.pagination === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pagination' },
      });
      errors++;
    }
    if (data.invoices !== undefined) {
      let data0 = data.invoices;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.amount_due === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount_due' },
              });
              errors++;
            }
            if (data1.amount_paid === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount_paid' },
              });
              errors++;
            }
            if (data1.amount_remaining === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount_remaining' },
              });
              errors++;
            }
            if (data1.currency === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'currency' },
              });
              errors++;
            }
            if (data1.id !== undefined) {
              let data2 = data1.id;
              if (typeof data2 !== 'string' && data2 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/id',
                  schemaPath: '#/properties/invoices/items/properties/id/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.id.type },
                });
                errors++;
              }
            }
            if (data1.amount_due !== undefined) {
              if (!(typeof data1.amount_due == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/amount_due',
                  schemaPath: '#/properties/invoices/items/properties/amount_due/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.amount_paid !== undefined) {
              if (!(typeof data1.amount_paid == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/amount_paid',
                  schemaPath: '#/properties/invoices/items/properties/amount_paid/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.amount_remaining !== undefined) {
              if (!(typeof data1.amount_remaining == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/amount_remaining',
                  schemaPath: '#/properties/invoices/items/properties/amount_remaining/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.currency !== undefined) {
              if (typeof data1.currency !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/currency',
                  schemaPath: '#/properties/invoices/items/properties/currency/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data1.status !== undefined) {
              let data7 = data1.status;
              if (typeof data7 !== 'string' && data7 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/status',
                  schemaPath: '#/properties/invoices/items/properties/status/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.status.type },
                });
                errors++;
              }
            }
            if (data1.attempted !== undefined) {
              if (typeof data1.attempted !== 'boolean') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/attempted',
                  schemaPath: '#/properties/invoices/items/properties/attempted/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                });
                errors++;
              }
            }
            if (data1.attempt_count !== undefined) {
              if (!(typeof data1.attempt_count == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/attempt_count',
                  schemaPath: '#/properties/invoices/items/properties/attempt_count/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.auto_advance !== undefined) {
              let data10 = data1.auto_advance;
              if (typeof data10 !== 'boolean' && data10 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/auto_advance',
                  schemaPath: '#/properties/invoices/items/properties/auto_advance/type',
                  keyword: 'type',
                  params: {
                    type: schema436.properties.invoices.items.properties.auto_advance.type,
                  },
                });
                errors++;
              }
            }
            if (data1.created !== undefined) {
              if (!(typeof data1.created == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/created',
                  schemaPath: '#/properties/invoices/items/properties/created/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.created_by !== undefined) {
              if (typeof data1.created_by !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/created_by',
                  schemaPath: '#/properties/invoices/items/properties/created_by/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data1.description !== undefined) {
              let data13 = data1.description;
              if (typeof data13 !== 'string' && data13 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/description',
                  schemaPath: '#/properties/invoices/items/properties/description/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.description.type },
                });
                errors++;
              }
            }
            if (data1.invoice_origin !== undefined) {
              if (typeof data1.invoice_origin !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/invoice_origin',
                  schemaPath: '#/properties/invoices/items/properties/invoice_origin/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data1.invoice_pdf !== undefined) {
              let data15 = data1.invoice_pdf;
              if (typeof data15 !== 'string' && data15 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/invoice_pdf',
                  schemaPath: '#/properties/invoices/items/properties/invoice_pdf/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.invoice_pdf.type },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/invoices/' + i0,
              schemaPath: '#/properties/invoices/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/invoices',
          schemaPath: '#/properties/invoices/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.pagination !== undefined) {
      let data16 = data.pagination;
      if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
        if (data16.has_more === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'has_more' },
          });
          errors++;
        }
        if (data16.page === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'page' },
          });
          errors++;
        }
        if (data16.per_page === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'per_page' },
          });
          errors++;
        }
        if (data16.total_count === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'total_count' },
          });
          errors++;
        }
        if (data16.has_more !== undefined) {
          if (typeof data16.has_more !== 'boolean') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/pagination/has_more',
              schemaPath: '#/properties/pagination/properties/has_more/type',
              keyword: 'type',
              params: { type: 'boolean' },
            });
            errors++;
          }
        }
        if (data16.page !== undefined) {
          let data18 = data16.page;
          if (!(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/pagination/page',
              schemaPath: '#/properties/pagination/properties/page/type',
              keyword: 'type',
              params: { type: 'integer' },
            });
            errors++;
          }
          if (typeof data18 == 'number') {
            if (data18 < 1 || isNaN(data18)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/pagination/page',
                schemaPath: '#/properties/pagination/properties/page/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
              });
              errors++;
            }
          }
        }
        if (data16.per_page !== undefined) {
          let data19 = data16.per_page;
          if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/pagination/per_page',
              schemaPath: '#/properties/pagination/properties/per_page/type',
              keyword: 'type',
              params: { type: 'integer' },
            });
            errors++;
          }
          if (typeof data19 == 'number') {
            if (data19 < 1 || isNaN(data19)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/pagination/per_page',
                schemaPath: '#/properties/pagination/properties/per_page/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
              });
              errors++;
            }
          }
        }
        if (data16.total_count !== undefined) {
          let data20 = data16.total_count;
          if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/pagination/total_count',
              schemaPath: '#/properties/pagination/properties/total_count/type',
              keyword: 'type',
              params: { type: 'integer' },
            });
            errors++;
          }
          if (typeof data20 == 'number') {
            if (data20 < 0 || isNaN(data20)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/pagination/total_count',
                schemaPath: '#/properties/pagination/properties/total_count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              });
              errors++;
            }
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/pagination',
          schemaPath: '#/properties/pagination/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate845.errors = vErrors;
  return errors === 0;
}
function validate844(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate845(data, instancePath)) {
    vErrors = vErrors === null ? validate845.errors : vErrors.concat(validate845.errors);
    errors = vErrors.length;
  }
  validate844.errors = vErrors;
  return errors === 0;
}
export const schema_InvoicePreview = validate847;
function validate848(data, instancePath = '') {
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
    if (data.amount_due === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount_due' },
      });
      errors++;
    }
    if (data.amount_paid === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount_paid' },
      });
      errors++;
    }
    if (data.amount_remaining === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount_remaining' },
      });
      errors++;
    }
    if (data.currency === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'currency' },
      });
      errors++;
    }
    if (data.period_start === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'period_start' },
      });
      errors++;
    }
    if (data.period_end === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'period_end' },
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
    if (data.invoice_lines === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'invoice_lines' },
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
    if (data.amount_due !== undefined) {
      if (!(typeof data.amount_due == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount_due',
          schemaPath: '#/properties/amount_due/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.amount_paid !== undefined) {
      if (!(typeof data.amount_paid == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount_paid',
          schemaPath: '#/properties/amount_paid/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.amount_remaining !== undefined) {
      if (!(typeof data.amount_remaining == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount_remaining',
          schemaPath: '#/properties/amount_remaining/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.currency !== undefined) {
      if (typeof data.currency !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/currency',
          schemaPath: '#/properties/currency/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.period_start !== undefined) {
      if (!(typeof data.period_start == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/period_start',
          schemaPath: '#/properties/period_start/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.period_end !== undefined) {
      if (!(typeof data.period_end == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/period_end',
          schemaPath: '#/properties/period_end/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data7 = data.status;
      if (typeof data7 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(
          data7 === 'draft' ||
          data7 === 'open' ||
          data7 === 'paid' ||
          data7 === 'uncollectible' ||
          data7 === 'void'
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema438.properties.status.enum },
        });
        errors++;
      }
    }
    if (data.invoice_lines !== undefined) {
      let data8 = data.invoice_lines;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.description === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'description' },
              });
              errors++;
            }
            if (data9.amount === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount' },
              });
              errors++;
            }
            if (data9.period === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'period' },
              });
              errors++;
            }
            if (data9.currency === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'currency' },
              });
              errors++;
            }
            if (data9.pricing === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'pricing' },
              });
              errors++;
            }
            if (data9.quantity === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'quantity' },
              });
              errors++;
            }
            if (data9.description !== undefined) {
              let data10 = data9.description;
              if (typeof data10 !== 'string' && data10 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/description',
                  schemaPath: '#/properties/invoice_lines/items/properties/description/type',
                  keyword: 'type',
                  params: {
                    type: schema438.properties.invoice_lines.items.properties.description.type,
                  },
                });
                errors++;
              }
            }
            if (data9.amount !== undefined) {
              if (!(typeof data9.amount == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/amount',
                  schemaPath: '#/properties/invoice_lines/items/properties/amount/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data9.currency !== undefined) {
              if (typeof data9.currency !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/currency',
                  schemaPath: '#/properties/invoice_lines/items/properties/currency/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data9.quantity !== undefined) {
              if (!(typeof data9.quantity == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/quantity',
                  schemaPath: '#/properties/invoice_lines/items/properties/quantity/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data9.period !== undefined) {
              let data14 = data9.period;
              if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
                if (data14.start === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/invoice_lines/' + i0 + '/period',
                    schemaPath: '#/properties/invoice_lines/items/properties/period/required',
                    keyword: 'required',
                    params: { missingProperty: 'start' },
                  });
                  errors++;
                }
                if (data14.end === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/invoice_lines/' + i0 + '/period',
                    schemaPath: '#/properties/invoice_lines/items/properties/period/required',
                    keyword: 'required',
                    params: { missingProperty: 'end' },
                  });
                  errors++;
                }
                if (data14.start !== undefined) {
                  if (!(typeof data14.start == 'number')) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/invoice_lines/' + i0 + '/period/start',
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/period/properties/start/type',
                      keyword: 'type',
                      params: { type: 'number' },
                    });
                    errors++;
                  }
                }
                if (data14.end !== undefined) {
                  if (!(typeof data14.end == 'number')) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/invoice_lines/' + i0 + '/period/end',
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/period/properties/end/type',
                      keyword: 'type',
                      params: { type: 'number' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/period',
                  schemaPath: '#/properties/invoice_lines/items/properties/period/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
            if (data9.pricing !== undefined) {
              let data17 = data9.pricing;
              if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                if (data17.unit_amount_decimal === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/invoice_lines/' + i0 + '/pricing',
                    schemaPath: '#/properties/invoice_lines/items/properties/pricing/required',
                    keyword: 'required',
                    params: { missingProperty: 'unit_amount_decimal' },
                  });
                  errors++;
                }
                if (data17.unit_amount_decimal !== undefined) {
                  let data18 = data17.unit_amount_decimal;
                  if (typeof data18 !== 'string' && data18 !== null) {
                    vErrors = appendError(vErrors, {
                      instancePath:
                        instancePath + '/invoice_lines/' + i0 + '/pricing/unit_amount_decimal',
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/pricing/properties/unit_amount_decimal/type',
                      keyword: 'type',
                      params: {
                        type: schema438.properties.invoice_lines.items.properties.pricing.properties
                          .unit_amount_decimal.type,
                      },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/pricing',
                  schemaPath: '#/properties/invoice_lines/items/properties/pricing/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
            if (data9.pretax_credit_amounts !== undefined) {
              let data19 = data9.pretax_credit_amounts;
              if (Array.isArray(data19)) {
                const len1 = data19.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data20 = data19[i1];
                  if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
                    if (data20.amount === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath:
                          instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts/' + i1,
                        schemaPath:
                          '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'amount' },
                      });
                      errors++;
                    }
                    if (data20.type === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath:
                          instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts/' + i1,
                        schemaPath:
                          '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'type' },
                      });
                      errors++;
                    }
                    if (data20.amount !== undefined) {
                      if (!(typeof data20.amount == 'number')) {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/invoice_lines/' +
                            i0 +
                            '/pretax_credit_amounts/' +
                            i1 +
                            '/amount',
                          schemaPath:
                            '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/properties/amount/type',
                          keyword: 'type',
                          params: { type: 'number' },
                        });
                        errors++;
                      }
                    }
                    if (data20.type !== undefined) {
                      if (typeof data20.type !== 'string') {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/invoice_lines/' +
                            i0 +
                            '/pretax_credit_amounts/' +
                            i1 +
                            '/type',
                          schemaPath:
                            '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/properties/type/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        });
                        errors++;
                      }
                    }
                    if (data20.credit_balance_transaction !== undefined) {
                      let data23 = data20.credit_balance_transaction;
                      if (typeof data23 !== 'string' && data23 !== null) {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/invoice_lines/' +
                            i0 +
                            '/pretax_credit_amounts/' +
                            i1 +
                            '/credit_balance_transaction',
                          schemaPath:
                            '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/properties/credit_balance_transaction/type',
                          keyword: 'type',
                          params: {
                            type: schema438.properties.invoice_lines.items.properties
                              .pretax_credit_amounts.items.properties.credit_balance_transaction
                              .type,
                          },
                        });
                        errors++;
                      }
                    }
                    if (data20.discount !== undefined) {
                      let data24 = data20.discount;
                      if (typeof data24 !== 'string' && data24 !== null) {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/invoice_lines/' +
                            i0 +
                            '/pretax_credit_amounts/' +
                            i1 +
                            '/discount',
                          schemaPath:
                            '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/properties/discount/type',
                          keyword: 'type',
                          params: {
                            type: schema438.properties.invoice_lines.items.properties
                              .pretax_credit_amounts.items.properties.discount.type,
                          },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath:
                        instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts/' + i1,
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts',
                  schemaPath:
                    '#/properties/invoice_lines/items/properties/pretax_credit_amounts/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/invoice_lines/' + i0,
              schemaPath: '#/properties/invoice_lines/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/invoice_lines',
          schemaPath: '#/properties/invoice_lines/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate848.errors = vErrors;
  return errors === 0;
}
function validate847(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate848(data, instancePath)) {
    vErrors = vErrors === null ? validate848.errors : vErrors.concat(validate848.errors);
    errors = vErrors.length;
  }
  validate847.errors = vErrors;
  return errors === 0;
}
export const schema_UsageHistory = validate850;
function validate851(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.history === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'history' },
      });
      errors++;
    }
    if (data.history !== undefined) {
      let data0 = data.history;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.id === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
              });
              errors++;
            }
            if (data1.aggregated_value === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'aggregated_value' },
              });
              errors++;
            }
            if (data1.start_time === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'start_time' },
              });
              errors++;
            }
            if (data1.end_time === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'end_time' },
              });
              errors++;
            }
            if (data1.id !== undefined) {
              if (typeof data1.id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/history/' + i0 + '/id',
                  schemaPath: '#/properties/history/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data1.aggregated_value !== undefined) {
              if (!(typeof data1.aggregated_value == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/history/' + i0 + '/aggregated_value',
                  schemaPath: '#/properties/history/items/properties/aggregated_value/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.start_time !== undefined) {
              if (!(typeof data1.start_time == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/history/' + i0 + '/start_time',
                  schemaPath: '#/properties/history/items/properties/start_time/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.end_time !== undefined) {
              if (!(typeof data1.end_time == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/history/' + i0 + '/end_time',
                  schemaPath: '#/properties/history/items/properties/end_time/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/history/' + i0,
              schemaPath: '#/properties/history/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/history',
          schemaPath: '#/properties/history/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate851.errors = vErrors;
  return errors === 0;
}
function validate850(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate851(data, instancePath)) {
    vErrors = vErrors === null ? validate851.errors : vErrors.concat(validate851.errors);
    errors = vErrors.length;
  }
  validate850.errors = vErrors;
  return errors === 0;
}
export const schema_SpendingLimitDuration = validate853;
function validate854(data, instancePath = '') {
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
  if (!(data === 'daily' || data === 'weekly' || data === 'monthly')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema274.enum },
    });
    errors++;
  }
  validate854.errors = vErrors;
  return errors === 0;
}
function validate853(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate854(data, instancePath)) {
    vErrors = vErrors === null ? validate854.errors : vErrors.concat(validate854.errors);
    errors = vErrors.length;
  }
  validate853.errors = vErrors;
  return errors === 0;
}
export const schema_SpendingLimitStrategy = validate856;
function validate857(data, instancePath = '') {
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
  if (!(data === 'fixed' || data === 'sliding')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema275.enum },
    });
    errors++;
  }
  validate857.errors = vErrors;
  return errors === 0;
}
function validate856(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate857(data, instancePath)) {
    vErrors = vErrors === null ? validate857.errors : vErrors.concat(validate857.errors);
    errors = vErrors.length;
  }
  validate856.errors = vErrors;
  return errors === 0;
}
export const schema_SpendingLimit = validate859;
function validate860(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.enabled === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enabled' },
      });
      errors++;
    }
    if (data.config === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'config' },
      });
      errors++;
    }
    if (data.enabled !== undefined) {
      if (typeof data.enabled !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/enabled',
          schemaPath: '#/properties/enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.config !== undefined) {
      let data1 = data.config;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.amount === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'amount' },
          });
          errors++;
        }
        if (data1.duration === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'duration' },
          });
          errors++;
        }
        if (data1.strategy === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'strategy' },
          });
          errors++;
        }
        if (data1.amount !== undefined) {
          let data2 = data1.amount;
          if (!(typeof data2 == 'number') && data2 !== null) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/config/amount',
              schemaPath: '#/properties/config/properties/amount/type',
              keyword: 'type',
              params: { type: schema446.properties.config.properties.amount.type },
            });
            errors++;
          }
        }
        if (data1.duration !== undefined) {
          let data3 = data1.duration;
          const _errs8 = errors;
          let valid2 = false;
          let passing0 = null;
          const _errs9 = errors;
          if (
            !(
              validate543(data3, instancePath) ||
              validate543(data3, instancePath + '/config/duration')
            )
          ) {
            vErrors = vErrors === null ? validate543.errors : vErrors.concat(validate543.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs9 === errors;
          if (_valid0) {
            valid2 = true;
            passing0 = 0;
          }
          const _errs10 = errors;
          if (data3 !== null) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/config/duration',
              schemaPath: '#/properties/config/properties/duration/oneOf/1/type',
              keyword: 'type',
              params: { type: 'null' },
            });
            errors++;
          }
          var _valid0 = _errs10 === errors;
          if (_valid0 && valid2) {
            valid2 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid2 = true;
              passing0 = 1;
            }
          }
          if (!valid2) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/config/duration',
              schemaPath: '#/properties/config/properties/duration/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
            });
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data1.strategy !== undefined) {
          let data4 = data1.strategy;
          const _errs13 = errors;
          let valid3 = false;
          let passing1 = null;
          const _errs14 = errors;
          if (
            !(
              validate545(data4, instancePath) ||
              validate545(data4, instancePath + '/config/strategy')
            )
          ) {
            vErrors = vErrors === null ? validate545.errors : vErrors.concat(validate545.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs14 === errors;
          if (_valid1) {
            valid3 = true;
            passing1 = 0;
          }
          const _errs15 = errors;
          if (data4 !== null) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/config/strategy',
              schemaPath: '#/properties/config/properties/strategy/oneOf/1/type',
              keyword: 'type',
              params: { type: 'null' },
            });
            errors++;
          }
          var _valid1 = _errs15 === errors;
          if (_valid1 && valid3) {
            valid3 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid3 = true;
              passing1 = 1;
            }
          }
          if (!valid3) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/config/strategy',
              schemaPath: '#/properties/config/properties/strategy/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing1 },
            });
            errors++;
          } else {
            errors = _errs13;
            if (vErrors !== null) {
              if (_errs13) {
                vErrors.length = _errs13;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/config',
          schemaPath: '#/properties/config/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate860.errors = vErrors;
  return errors === 0;
}
function validate859(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate860(data, instancePath)) {
    vErrors = vErrors === null ? validate860.errors : vErrors.concat(validate860.errors);
    errors = vErrors.length;
  }
  validate859.errors = vErrors;
  return errors === 0;
}
export const schema_SpendingLimitSet = validate864;
function validate865(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.amount === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
      });
      errors++;
    }
    if (data.duration === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration' },
      });
      errors++;
    }
    if (data.strategy === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'strategy' },
      });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'amount' || key0 === 'duration' || key0 === 'strategy')) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        });
        errors++;
      }
    }
    if (data.amount !== undefined) {
      let data0 = data.amount;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 100 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/amount',
            schemaPath: '#/properties/amount/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 100 },
          });
          errors++;
        }
      }
    }
    if (data.duration !== undefined) {
      if (
        !(
          validate543(data.duration, instancePath) ||
          validate543(data.duration, instancePath + '/duration')
        )
      ) {
        vErrors = vErrors === null ? validate543.errors : vErrors.concat(validate543.errors);
        errors = vErrors.length;
      }
    }
    if (data.strategy !== undefined) {
      if (
        !(
          validate545(data.strategy, instancePath) ||
          validate545(data.strategy, instancePath + '/strategy')
        )
      ) {
        vErrors = vErrors === null ? validate545.errors : vErrors.concat(validate545.errors);
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
  validate865.errors = vErrors;
  return errors === 0;
}
function validate864(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate865(data, instancePath)) {
    vErrors = vErrors === null ? validate865.errors : vErrors.concat(validate865.errors);
    errors = vErrors.length;
  }
  validate864.errors = vErrors;
  return errors === 0;
}
export const schema_TopupCreate = validate869;
function validate870(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.amount === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
      });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'amount')) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        });
        errors++;
      }
    }
    if (data.amount !== undefined) {
      let data0 = data.amount;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 1000 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/amount',
            schemaPath: '#/properties/amount/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1000 },
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
  validate870.errors = vErrors;
  return errors === 0;
}
function validate869(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate870(data, instancePath)) {
    vErrors = vErrors === null ? validate870.errors : vErrors.concat(validate870.errors);
    errors = vErrors.length;
  }
  validate869.errors = vErrors;
  return errors === 0;
}
export const schema_Topup = validate872;
function validate873(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.onboarding === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'onboarding' },
      });
      errors++;
    }
    if (data.payment_intent_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'payment_intent_id' },
      });
      errors++;
    }
    if (data.client_secret === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'client_secret' },
      });
      errors++;
    }
    if (data.onboarding !== undefined) {
      if (typeof data.onboarding !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/onboarding',
          schemaPath: '#/properties/onboarding/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.payment_intent_id !== undefined) {
      if (typeof data.payment_intent_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/payment_intent_id',
          schemaPath: '#/properties/payment_intent_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.client_secret !== undefined) {
      let data2 = data.client_secret;
      if (typeof data2 !== 'string' && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/client_secret',
          schemaPath: '#/properties/client_secret/type',
          keyword: 'type',
          params: { type: schema452.properties.client_secret.type },
        });
        errors++;
      }
    }
    if (data.brand !== undefined) {
      if (typeof data.brand !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/brand',
          schemaPath: '#/properties/brand/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.last4 !== undefined) {
      if (typeof data.last4 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/last4',
          schemaPath: '#/properties/last4/type',
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
  validate873.errors = vErrors;
  return errors === 0;
}
function validate872(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate873(data, instancePath)) {
    vErrors = vErrors === null ? validate873.errors : vErrors.concat(validate873.errors);
    errors = vErrors.length;
  }
  validate872.errors = vErrors;
  return errors === 0;
}
export const schema_TopupConfigCreate = validate875;
function validate876(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.threshold === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'threshold' },
      });
      errors++;
    }
    if (data.amount === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
      });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'threshold' || key0 === 'amount')) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        });
        errors++;
      }
    }
    if (data.threshold !== undefined) {
      let data0 = data.threshold;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/threshold',
          schemaPath: '#/properties/threshold/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 500 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/threshold',
            schemaPath: '#/properties/threshold/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 500 },
          });
          errors++;
        }
      }
    }
    if (data.amount !== undefined) {
      let data1 = data.amount;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1000 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/amount',
            schemaPath: '#/properties/amount/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1000 },
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
  validate876.errors = vErrors;
  return errors === 0;
}
function validate875(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate876(data, instancePath)) {
    vErrors = vErrors === null ? validate876.errors : vErrors.concat(validate876.errors);
    errors = vErrors.length;
  }
  validate875.errors = vErrors;
  return errors === 0;
}
export const schema_TopupConfigSet = validate878;
function validate879(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.threshold === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'threshold' },
      });
      errors++;
    }
    if (data.amount === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
      });
      errors++;
    }
    if (data.threshold !== undefined) {
      if (!(typeof data.threshold == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/threshold',
          schemaPath: '#/properties/threshold/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.amount !== undefined) {
      if (!(typeof data.amount == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: 'number' },
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
  validate879.errors = vErrors;
  return errors === 0;
}
function validate878(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate879(data, instancePath)) {
    vErrors = vErrors === null ? validate879.errors : vErrors.concat(validate879.errors);
    errors = vErrors.length;
  }
  validate878.errors = vErrors;
  return errors === 0;
}
export const schema_TopupLimits = validate881;
function validate882(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.min_cents === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'min_cents' },
      });
      errors++;
    }
    if (data.max_cents === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'max_cents' },
      });
      errors++;
    }
    if (data.currency === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'currency' },
      });
      errors++;
    }
    if (data.min_cents !== undefined) {
      let data0 = data.min_cents;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_cents',
          schemaPath: '#/properties/min_cents/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.max_cents !== undefined) {
      let data1 = data.max_cents;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_cents',
          schemaPath: '#/properties/max_cents/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.currency !== undefined) {
      if (typeof data.currency !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/currency',
          schemaPath: '#/properties/currency/type',
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
  validate882.errors = vErrors;
  return errors === 0;
}
function validate881(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate882(data, instancePath)) {
    vErrors = vErrors === null ? validate882.errors : vErrors.concat(validate882.errors);
    errors = vErrors.length;
  }
  validate881.errors = vErrors;
  return errors === 0;
}
export const schema_TopupStatusCheck = validate884;
function validate885(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.payment_intent_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'payment_intent_id' },
      });
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'payment_intent_id')) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        });
        errors++;
      }
    }
    if (data.payment_intent_id !== undefined) {
      if (typeof data.payment_intent_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/payment_intent_id',
          schemaPath: '#/properties/payment_intent_id/type',
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
  validate885.errors = vErrors;
  return errors === 0;
}
function validate884(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate885(data, instancePath)) {
    vErrors = vErrors === null ? validate885.errors : vErrors.concat(validate885.errors);
    errors = vErrors.length;
  }
  validate884.errors = vErrors;
  return errors === 0;
}
export const schema_TopupStatus = validate887;
function validate888(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.status === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      });
      errors++;
    }
    if (data.payment_intent_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'payment_intent_id' },
      });
      errors++;
    }
    if (data.payment_intent_id !== undefined) {
      if (typeof data.payment_intent_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/payment_intent_id',
          schemaPath: '#/properties/payment_intent_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data1 = data.status;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'completed' || data1 === 'pending')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema462.properties.status.enum },
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
  validate888.errors = vErrors;
  return errors === 0;
}
function validate887(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate888(data, instancePath)) {
    vErrors = vErrors === null ? validate888.errors : vErrors.concat(validate888.errors);
    errors = vErrors.length;
  }
  validate887.errors = vErrors;
  return errors === 0;
}
export const schema_ErrorBilling = validate890;
function validate891(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
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
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.errors !== undefined) {
      let data0 = data.errors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.code === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'code' },
              });
              errors++;
            }
            if (data1.message === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data1.code !== undefined) {
              if (!(typeof data1.code == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.message !== undefined) {
              if (typeof data1.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.result !== undefined) {
      let data4 = data.result;
      if (!(data4 && typeof data4 == 'object' && !Array.isArray(data4)) && data4 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/type',
          keyword: 'type',
          params: { type: schema464.properties.result.type },
        });
        errors++;
      }
    }
    if (data.success !== undefined) {
      let data5 = data.success;
      if (typeof data5 !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
      if (!(data5 === false)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/enum',
          keyword: 'enum',
          params: { allowedValues: schema464.properties.success.enum },
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
  validate891.errors = vErrors;
  return errors === 0;
}
function validate890(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate891(data, instancePath)) {
    vErrors = vErrors === null ? validate891.errors : vErrors.concat(validate891.errors);
    errors = vErrors.length;
  }
  validate890.errors = vErrors;
  return errors === 0;
}
export const schema_ErrorBadRequest = validate893;
function validate894(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
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
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.errors !== undefined) {
      let data0 = data.errors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.message === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data1.message !== undefined) {
              if (typeof data1.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.result !== undefined) {
      let data3 = data.result;
      if (!(data3 && typeof data3 == 'object' && !Array.isArray(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
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
  validate894.errors = vErrors;
  return errors === 0;
}
function validate893(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate894(data, instancePath)) {
    vErrors = vErrors === null ? validate894.errors : vErrors.concat(validate894.errors);
    errors = vErrors.length;
  }
  validate893.errors = vErrors;
  return errors === 0;
}
export const schema_ErrorInputValidation = validate896;
function validate897(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.result === undefined && (missing0 = 'result')) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/not',
      keyword: 'not',
      params: {},
    });
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.errors !== undefined) {
      let data0 = data.errors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.code === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'code' },
              });
              errors++;
            }
            if (data1.message === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data1.path === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'path' },
              });
              errors++;
            }
            if (data1.code !== undefined) {
              if (!(typeof data1.code == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.message !== undefined) {
              if (typeof data1.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data1.path !== undefined) {
              let data4 = data1.path;
              if (Array.isArray(data4)) {
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data4[i1] !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/errors/' + i0 + '/path/' + i1,
                      schemaPath: '#/properties/errors/items/properties/path/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/path',
                  schemaPath: '#/properties/errors/items/properties/path/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
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
  validate897.errors = vErrors;
  return errors === 0;
}
function validate896(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate897(data, instancePath)) {
    vErrors = vErrors === null ? validate897.errors : vErrors.concat(validate897.errors);
    errors = vErrors.length;
  }
  validate896.errors = vErrors;
  return errors === 0;
}
export const schema_ErrorNotFound = validate899;
function validate900(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.errors !== undefined) {
      let data0 = data.errors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.code === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'code' },
              });
              errors++;
            }
            if (data1.message === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data1.code !== undefined) {
              if (!(typeof data1.code == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.message !== undefined) {
              if (typeof data1.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
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
  validate900.errors = vErrors;
  return errors === 0;
}
function validate899(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate900(data, instancePath)) {
    vErrors = vErrors === null ? validate900.errors : vErrors.concat(validate900.errors);
    errors = vErrors.length;
  }
  validate899.errors = vErrors;
  return errors === 0;
}
export const schema_EdgeError = validate902;
function validate903(data, instancePath = '') {
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
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.errors !== undefined) {
      let data1 = data.errors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.message === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data2.code !== undefined) {
              let data3 = data2.code;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data2.message !== undefined) {
              if (typeof data2.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.messages !== undefined) {
      if (!Array.isArray(data.messages)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate903.errors = vErrors;
  return errors === 0;
}
function validate902(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate903(data, instancePath)) {
    vErrors = vErrors === null ? validate903.errors : vErrors.concat(validate903.errors);
    errors = vErrors.length;
  }
  validate902.errors = vErrors;
  return errors === 0;
}
const schema464 = {
  type: 'object',
  required: ['errors', 'result', 'success'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'number' }, message: { type: 'string' } },
      },
    },
    result: { type: ['object', 'null'] },
    success: { type: 'boolean', enum: [false] },
  },
};
const schema462 = {
  type: 'object',
  required: ['status', 'payment_intent_id'],
  properties: {
    payment_intent_id: { type: 'string' },
    status: { type: 'string', enum: ['completed', 'pending'] },
  },
};
const schema452 = {
  type: 'object',
  required: ['onboarding', 'payment_intent_id', 'client_secret'],
  properties: {
    onboarding: { type: 'boolean' },
    payment_intent_id: { type: 'string' },
    client_secret: { type: ['string', 'null'] },
    brand: { type: 'string' },
    last4: { type: 'string' },
  },
};
function validate543(data, instancePath = '') {
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
  if (!(data === 'daily' || data === 'weekly' || data === 'monthly')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema274.enum },
    });
    errors++;
  }
  validate543.errors = vErrors;
  return errors === 0;
}
function validate545(data, instancePath = '') {
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
  if (!(data === 'fixed' || data === 'sliding')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema275.enum },
    });
    errors++;
  }
  validate545.errors = vErrors;
  return errors === 0;
}
const schema275 = { type: 'string', enum: ['fixed', 'sliding'] };
const schema274 = { type: 'string', enum: ['daily', 'weekly', 'monthly'] };
const schema446 = {
  type: 'object',
  required: ['enabled', 'config'],
  properties: {
    enabled: { type: 'boolean' },
    config: {
      type: 'object',
      required: ['amount', 'duration', 'strategy'],
      properties: {
        amount: { type: ['number', 'null'] },
        duration: {
          oneOf: [{ $ref: '#/components/schemas/SpendingLimitDuration' }, { type: 'null' }],
        },
        strategy: {
          oneOf: [{ $ref: '#/components/schemas/SpendingLimitStrategy' }, { type: 'null' }],
        },
      },
    },
  },
};
const schema438 = {
  type: 'object',
  required: [
    'id',
    'amount_due',
    'amount_paid',
    'amount_remaining',
    'currency',
    'period_start',
    'period_end',
    'status',
    'invoice_lines',
  ],
  properties: {
    id: { type: 'string' },
    amount_due: { type: 'number' },
    amount_paid: { type: 'number' },
    amount_remaining: { type: 'number' },
    currency: { type: 'string' },
    period_start: { type: 'number' },
    period_end: { type: 'number' },
    status: { type: 'string', enum: ['draft', 'open', 'paid', 'uncollectible', 'void'] },
    invoice_lines: {
      type: 'array',
      items: {
        type: 'object',
        required: ['description', 'amount', 'period', 'currency', 'pricing', 'quantity'],
        properties: {
          description: { type: ['string', 'null'] },
          amount: { type: 'number' },
          currency: { type: 'string' },
          quantity: { type: 'number' },
          period: {
            type: 'object',
            required: ['start', 'end'],
            properties: { start: { type: 'number' }, end: { type: 'number' } },
          },
          pricing: {
            type: 'object',
            required: ['unit_amount_decimal'],
            properties: { unit_amount_decimal: { type: ['string', 'null'] } },
          },
          pretax_credit_amounts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['amount', 'type'],
              properties: {
                amount: { type: 'number' },
                type: { type: 'string' },
                credit_balance_transaction: { type: ['string', 'null'] },
                discount: { type: ['string', 'null'] },
              },
            },
          },
        },
      },
    },
  },
};
const schema436 = {
  type: 'object',
  required: ['invoices', 'pagination'],
  properties: {
    invoices: {
      type: 'array',
      items: {
        type: 'object',
        required: ['amount_due', 'amount_paid', 'amount_remaining', 'currency'],
        properties: {
          id: { type: ['string', 'null'] },
          amount_due: { type: 'number' },
          amount_paid: { type: 'number' },
          amount_remaining: { type: 'number' },
          currency: { type: 'string' },
          status: { type: ['string', 'null'] },
          attempted: { type: 'boolean' },
          attempt_count: { type: 'number' },
          auto_advance: { type: ['boolean', 'null'] },
          created: { type: 'number' },
          created_by: { type: 'string' },
          description: { type: ['string', 'null'] },
          invoice_origin: { type: 'string' },
          invoice_pdf: { type: ['string', 'null'] },
        },
      },
    },
    pagination: {
      type: 'object',
      required: ['has_more', 'page', 'per_page', 'total_count'],
      properties: {
        has_more: { type: 'boolean' },
        page: { type: 'integer', minimum: 1 },
        per_page: { type: 'integer', minimum: 1 },
        total_count: { type: 'integer', minimum: 0 },
      },
    },
  },
};
const schema433 = {
  type: 'object',
  required: ['balance', 'has_default_payment_method', 'payment_method', 'topup_config'],
  properties: {
    balance: { type: 'number' },
    has_default_payment_method: { type: 'boolean' },
    payment_method: {
      type: ['object', 'null'],
      properties: { brand: { type: 'string' }, last4: { type: 'string' } },
    },
    first_topup_success: { type: 'boolean' },
    topup_config: { $ref: '#/components/schemas/TopupConfig' },
  },
};
function validate841(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.threshold === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'threshold' },
      });
      errors++;
    }
    if (data.amount === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
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
    if (data.disabledReason === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'disabledReason' },
      });
      errors++;
    }
    if (data.lastFailedAt === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'lastFailedAt' },
      });
      errors++;
    }
    if (data.threshold !== undefined) {
      let data0 = data.threshold;
      if (!(typeof data0 == 'number') && data0 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/threshold',
          schemaPath: '#/properties/threshold/type',
          keyword: 'type',
          params: { type: schema431.properties.threshold.type },
        });
        errors++;
      }
    }
    if (data.amount !== undefined) {
      let data1 = data.amount;
      if (!(typeof data1 == 'number') && data1 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: schema431.properties.amount.type },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      let data2 = data.error;
      if (typeof data2 !== 'string' && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/error',
          schemaPath: '#/properties/error/type',
          keyword: 'type',
          params: { type: schema431.properties.error.type },
        });
        errors++;
      }
    }
    if (data.disabledReason !== undefined) {
      let data3 = data.disabledReason;
      if (typeof data3 !== 'string' && data3 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/disabledReason',
          schemaPath: '#/properties/disabledReason/type',
          keyword: 'type',
          params: { type: schema431.properties.disabledReason.type },
        });
        errors++;
      }
    }
    if (data.lastFailedAt !== undefined) {
      let data4 = data.lastFailedAt;
      if (!(typeof data4 == 'number') && data4 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/lastFailedAt',
          schemaPath: '#/properties/lastFailedAt/type',
          keyword: 'type',
          params: { type: schema431.properties.lastFailedAt.type },
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
  validate841.errors = vErrors;
  return errors === 0;
}
const schema431 = {
  type: 'object',
  required: ['threshold', 'amount', 'error', 'disabledReason', 'lastFailedAt'],
  properties: {
    threshold: { type: ['number', 'null'] },
    amount: { type: ['number', 'null'] },
    error: { type: ['string', 'null'] },
    disabledReason: { type: ['string', 'null'] },
    lastFailedAt: { type: ['number', 'null'] },
  },
};
function validate499(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length > 253 && func1(data) > 253) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 253 },
      });
      errors++;
    }
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
    if (!pattern41.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$',
        },
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
  validate499.errors = vErrors;
  return errors === 0;
}
function validate816(data, instancePath = '') {
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
  if (
    !(
      data === 'initializing' ||
      data === 'pending_dcv' ||
      data === 'active' ||
      data === 'blocked' ||
      data === 'error'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema242.enum },
    });
    errors++;
  }
  validate816.errors = vErrors;
  return errors === 0;
}
const schema242 = {
  type: 'string',
  enum: ['initializing', 'pending_dcv', 'active', 'blocked', 'error'],
};
const schema418 = {
  type: 'object',
  required: ['hostname', 'gateway_id', 'ssl_hostname_id', 'status', 'created_at', 'modified_at'],
  properties: {
    hostname: { $ref: '#/components/schemas/CustomDomainHostname' },
    gateway_id: { $ref: '#/components/schemas/GatewayId' },
    ssl_hostname_id: { type: ['string', 'null'] },
    status: { $ref: '#/components/schemas/CustomDomainStatus' },
    created_at: { type: 'integer' },
    modified_at: { type: 'integer' },
  },
};
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
function validate412(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern6.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[a-zA-Z0-9_-]+$' },
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
  validate412.errors = vErrors;
  return errors === 0;
}
function validate738(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.deployment_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'deployment_id' },
      });
      errors++;
    }
    if (data.version_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version_id' },
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
    if (data.deployment_id !== undefined) {
      if (typeof data.deployment_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/deployment_id',
          schemaPath: '#/properties/deployment_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.version_id !== undefined) {
      if (typeof data.version_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/version_id',
          schemaPath: '#/properties/version_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      if (typeof data.created_at !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
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
  validate738.errors = vErrors;
  return errors === 0;
}
const schema370 = {
  type: 'object',
  required: [
    'id',
    'name',
    'elements',
    'created_at',
    'modified_at',
    'gateway_id',
    'version_id',
    'data',
    'active',
  ],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    gateway_id: { type: 'string' },
    version_id: { type: 'string' },
    active: { type: 'string', enum: ['true', 'false'] },
    is_valid: { type: 'boolean' },
    data: { type: 'string' },
    elements: { type: 'array', items: { $ref: '#/components/schemas/DynamicRouteElement' } },
    created_at: { type: 'string' },
    modified_at: { type: 'string', format: 'date-time' },
  },
};
const schema325 = {
  type: 'object',
  required: [
    'id',
    'created_at',
    'provider',
    'model',
    'path',
    'duration',
    'success',
    'cached',
    'tokens_in',
    'tokens_out',
  ],
  properties: {
    id: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
    provider: { type: 'string' },
    model: { type: 'string' },
    model_type: { type: 'string' },
    path: { type: 'string' },
    request_type: { type: 'string' },
    request_content_type: { type: 'string' },
    response_content_type: { type: 'string' },
    request_head: { type: 'string' },
    request_head_complete: { type: 'boolean' },
    request_size: { type: 'integer', minimum: 0 },
    response_head: { type: 'string' },
    response_head_complete: { type: 'boolean' },
    response_size: { type: 'integer', minimum: 0 },
    status_code: { type: 'integer' },
    step: { type: 'integer', minimum: 0 },
    success: { type: 'boolean' },
    cached: { type: 'boolean' },
    duration: { type: 'integer', minimum: 0 },
    tokens_in: { type: ['integer', 'null'], minimum: 0 },
    tokens_out: { type: ['integer', 'null'], minimum: 0 },
    cost: { type: 'number', minimum: 0 },
    custom_cost: { type: 'boolean' },
    metadata: { type: 'string' },
  },
};
const schema323 = {
  type: 'object',
  required: [
    'id',
    'created_at',
    'provider',
    'model',
    'path',
    'duration',
    'success',
    'cached',
    'tokens_in',
    'tokens_out',
  ],
  properties: {
    id: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
    provider: { type: 'string' },
    model: { type: 'string' },
    model_type: { type: 'string' },
    path: { type: 'string' },
    request_type: { type: 'string' },
    request_content_type: { type: 'string' },
    response_content_type: { type: 'string' },
    status_code: { type: 'integer' },
    step: { type: 'integer', minimum: 0 },
    success: { type: 'boolean' },
    cached: { type: 'boolean' },
    duration: { type: 'integer', minimum: 0 },
    tokens_in: { type: ['integer', 'null'], minimum: 0 },
    tokens_out: { type: ['integer', 'null'], minimum: 0 },
    cost: { type: 'number', minimum: 0 },
    custom_cost: { type: 'boolean' },
    metadata: { type: 'string' },
  },
};
