// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../runtime/formats.js';
import { appendError, ucs2length } from '../../runtime/json.js';

export const listGateways_params = validate52;
const schema19 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        page: { $ref: 'cloudflare#/components/parameters/Page/schema' },
        per_page: { $ref: 'cloudflare#/components/parameters/PerPage/schema' },
        search: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
const schema21 = { type: 'string' };
function validate54(data, instancePath = '') {
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
  validate54.errors = vErrors;
  return errors === 0;
}
const schema22 = { type: 'integer', minimum: 1 };
function validate56(data, instancePath = '') {
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
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate56.errors = vErrors;
  return errors === 0;
}
const schema23 = { type: 'integer', minimum: 1, maximum: 100 };
function validate58(data, instancePath = '') {
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
    if (data > 100 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 100 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
function validate52(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate54(data0.account_id, instancePath) ||
              validate54(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === 'page' || key1 === 'per_page' || key1 === 'search')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data2.page !== undefined) {
          if (
            !(
              validate56(data2.page, instancePath) ||
              validate56(data2.page, instancePath + '/query/page')
            )
          ) {
            vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
            errors = vErrors.length;
          }
        }
        if (data2.per_page !== undefined) {
          if (
            !(
              validate58(data2.per_page, instancePath) ||
              validate58(data2.per_page, instancePath + '/query/per_page')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data2.search !== undefined) {
          if (
            !(
              validate54(data2.search, instancePath) ||
              validate54(data2.search, instancePath + '/query/search')
            )
          ) {
            vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate52.errors = vErrors;
  return errors === 0;
}
export const createGateway_params = validate61;
const schema24 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate62(data, instancePath = '') {
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
  validate62.errors = vErrors;
  return errors === 0;
}
function validate61(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate62(data0.account_id, instancePath) ||
              validate62(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate61.errors = vErrors;
  return errors === 0;
}
export const createGateway_body = validate64;
const schema26 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways/post/requestBody/content/application~1json/schema',
};
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
const schema28 = {
  type: 'string',
  minLength: 1,
  maxLength: 64,
  pattern: '^[a-z0-9_]+(?:-[a-z0-9_]+)*$',
};
const func1 = ucs2length;
const pattern3 = new RegExp('^[a-z0-9_]+(?:-[a-z0-9_]+)*$', 'u');
function validate66(data, instancePath = '') {
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
  validate66.errors = vErrors;
  return errors === 0;
}
function validate65(data, instancePath = '') {
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
  validate65.errors = vErrors;
  return errors === 0;
}
function validate64(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate65(data, instancePath)) {
    vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
    errors = vErrors.length;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
export const getGateway_params = validate69;
const schema29 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate70(data, instancePath = '') {
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
  validate70.errors = vErrors;
  return errors === 0;
}
function validate72(data, instancePath = '') {
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
  validate72.errors = vErrors;
  return errors === 0;
}
function validate69(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate70(data0.account_id, instancePath) ||
              validate70(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(validate72(data0.id, instancePath) || validate72(data0.id, instancePath + '/path/id'))
          ) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate69.errors = vErrors;
  return errors === 0;
}
export const updateGateway_params = validate74;
const schema32 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate75(data, instancePath = '') {
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
  validate75.errors = vErrors;
  return errors === 0;
}
function validate77(data, instancePath = '') {
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
  validate77.errors = vErrors;
  return errors === 0;
}
function validate74(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate75(data0.account_id, instancePath) ||
              validate75(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(validate77(data0.id, instancePath) || validate77(data0.id, instancePath + '/path/id'))
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate74.errors = vErrors;
  return errors === 0;
}
export const updateGateway_body = validate79;
const schema35 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bid%7D/put/requestBody/content/application~1json/schema',
};
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
const schema37 = {
  anyOf: [
    {
      type: 'object',
      required: ['enabled', 'action', 'profiles'],
      properties: {
        enabled: { type: 'boolean' },
        action: { type: 'string', enum: ['BLOCK', 'FLAG'] },
        profiles: { type: 'array', items: { type: 'string' } },
      },
    },
    {
      type: 'object',
      required: ['enabled', 'policies'],
      properties: {
        enabled: { type: 'boolean' },
        policies: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'enabled', 'action', 'profiles', 'check'],
            properties: {
              id: { type: 'string' },
              enabled: { type: 'boolean' },
              action: { type: 'string', enum: ['FLAG', 'BLOCK'] },
              check: { type: 'array', items: { type: 'string', enum: ['REQUEST', 'RESPONSE'] } },
              profiles: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
  ],
};
function validate81(data, instancePath = '') {
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
  validate81.errors = vErrors;
  return errors === 0;
}
const schema38 = {
  type: ['object', 'null'],
  required: ['prompt', 'response'],
  properties: {
    prompt: { $ref: '#/components/schemas/GatewayGuardrailActions' },
    response: { $ref: '#/components/schemas/GatewayGuardrailActions' },
  },
};
const schema39 = {
  type: 'object',
  properties: {
    P1: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S1: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S2: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S3: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S4: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S5: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S6: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S7: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S8: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S9: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S10: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S11: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S12: { type: 'string', enum: ['FLAG', 'BLOCK'] },
    S13: { type: 'string', enum: ['FLAG', 'BLOCK'] },
  },
};
function validate84(data, instancePath = '') {
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
  validate84.errors = vErrors;
  return errors === 0;
}
function validate83(data, instancePath = '') {
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
  validate83.errors = vErrors;
  return errors === 0;
}
const schema40 = {
  type: ['array', 'null'],
  maxItems: 5,
  items: {
    type: 'object',
    required: ['url', 'headers'],
    properties: {
      url: { type: 'string', format: 'uri', maxLength: 2048 },
      authorization: { type: 'string', maxLength: 256 },
      headers: { type: 'object', additionalProperties: { type: 'string', maxLength: 4096 } },
      content_type: { type: 'string', enum: ['json', 'protobuf'] },
    },
  },
};
const formats0 = formats.uri;
function validate88(data, instancePath = '') {
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
  validate88.errors = vErrors;
  return errors === 0;
}
const schema41 = {
  type: ['object', 'null'],
  properties: {
    enabled: { type: 'boolean' },
    rules: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['limitType', 'limit', 'window'],
        properties: {
          id: { type: 'string', minLength: 1, pattern: '^[a-zA-Z0-9_-]+$' },
          enabled: { type: 'boolean' },
          limitType: { type: 'string', enum: ['cost'] },
          limit: { type: 'number', exclusiveMinimum: 0 },
          window: { type: 'integer', exclusiveMinimum: 0 },
          technique: { type: 'string', enum: ['fixed', 'sliding'] },
          provider: { $ref: '#/components/schemas/GatewaySpendLimitFilter' },
          model: { $ref: '#/components/schemas/GatewaySpendLimitFilter' },
          metadata: {
            type: 'object',
            additionalProperties: {
              oneOf: [
                {
                  type: 'object',
                  required: ['mode'],
                  properties: { mode: { type: 'string', enum: ['partition'] } },
                },
                { $ref: '#/components/schemas/GatewaySpendLimitFilter' },
              ],
            },
          },
        },
      },
    },
  },
};
const pattern6 = new RegExp('^[a-zA-Z0-9_-]+$', 'u');
const schema42 = {
  type: 'object',
  required: ['mode', 'values'],
  properties: {
    mode: { type: 'string', enum: ['filter'] },
    values: { type: 'array', items: { type: 'string' } },
  },
};
function validate91(data, instancePath = '') {
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
  validate91.errors = vErrors;
  return errors === 0;
}
function validate90(data, instancePath = '') {
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
  validate90.errors = vErrors;
  return errors === 0;
}
const schema43 = {
  type: ['object', 'null'],
  required: ['authorization', 'usage_events'],
  properties: {
    authorization: { type: 'string' },
    usage_events: {
      type: 'array',
      items: { type: 'object', required: ['payload'], properties: { payload: { type: 'string' } } },
    },
  },
};
function validate96(data, instancePath = '') {
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
  validate96.errors = vErrors;
  return errors === 0;
}
function validate80(data, instancePath = '') {
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
  validate80.errors = vErrors;
  return errors === 0;
}
function validate79(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate80(data, instancePath)) {
    vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
    errors = vErrors.length;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
export const deleteGateway_params = validate99;
const schema44 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate100(data, instancePath = '') {
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
  validate100.errors = vErrors;
  return errors === 0;
}
function validate102(data, instancePath = '') {
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
  validate102.errors = vErrors;
  return errors === 0;
}
function validate99(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate100(data0.account_id, instancePath) ||
              validate100(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate102(data0.id, instancePath) ||
              validate102(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate99.errors = vErrors;
  return errors === 0;
}
export const listEvaluationTypes_params = validate104;
const schema47 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        page: { $ref: 'cloudflare#/components/parameters/Page/schema' },
        per_page: { $ref: 'cloudflare#/components/parameters/EvaluationTypesPerPage/schema' },
        order_by: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1evaluation-types/get/parameters/2/schema',
        },
        order_by_direction: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1evaluation-types/get/parameters/3/schema',
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate105(data, instancePath = '') {
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
  validate105.errors = vErrors;
  return errors === 0;
}
function validate107(data, instancePath = '') {
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
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate107.errors = vErrors;
  return errors === 0;
}
const schema50 = { type: 'integer', minimum: 5, maximum: 50 };
function validate109(data, instancePath = '') {
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
    if (data > 50 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 50 },
      });
      errors++;
    }
    if (data < 5 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 5 },
      });
      errors++;
    }
  }
  validate109.errors = vErrors;
  return errors === 0;
}
const schema51 = { type: 'string' };
function validate111(data, instancePath = '') {
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
  validate111.errors = vErrors;
  return errors === 0;
}
const schema52 = { type: 'string', enum: ['asc', 'desc'] };
function validate113(data, instancePath = '') {
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
  if (!(data === 'asc' || data === 'desc')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema52.enum },
    });
    errors++;
  }
  validate113.errors = vErrors;
  return errors === 0;
}
function validate104(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate105(data0.account_id, instancePath) ||
              validate105(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (
            !(
              key1 === 'page' ||
              key1 === 'per_page' ||
              key1 === 'order_by' ||
              key1 === 'order_by_direction'
            )
          ) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data2.page !== undefined) {
          if (
            !(
              validate107(data2.page, instancePath) ||
              validate107(data2.page, instancePath + '/query/page')
            )
          ) {
            vErrors = vErrors === null ? validate107.errors : vErrors.concat(validate107.errors);
            errors = vErrors.length;
          }
        }
        if (data2.per_page !== undefined) {
          if (
            !(
              validate109(data2.per_page, instancePath) ||
              validate109(data2.per_page, instancePath + '/query/per_page')
            )
          ) {
            vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
            errors = vErrors.length;
          }
        }
        if (data2.order_by !== undefined) {
          if (
            !(
              validate111(data2.order_by, instancePath) ||
              validate111(data2.order_by, instancePath + '/query/order_by')
            )
          ) {
            vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
            errors = vErrors.length;
          }
        }
        if (data2.order_by_direction !== undefined) {
          if (
            !(
              validate113(data2.order_by_direction, instancePath) ||
              validate113(data2.order_by_direction, instancePath + '/query/order_by_direction')
            )
          ) {
            vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate104.errors = vErrors;
  return errors === 0;
}
export const listLogs_params = validate115;
const schema53 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        search: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        page: { $ref: 'cloudflare#/components/parameters/Page/schema' },
        per_page: { $ref: 'cloudflare#/components/parameters/LogsPerPage/schema' },
        order_by: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/3/schema',
        },
        order_by_direction: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1evaluation-types/get/parameters/3/schema',
        },
        filters: { $ref: 'cloudflare#/components/parameters/LogFilters/schema' },
        meta_info: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/6/schema',
        },
        direction: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/7/schema',
        },
        start_date: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/8/schema',
        },
        end_date: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/8/schema',
        },
        min_cost: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/10/schema',
        },
        max_cost: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/10/schema',
        },
        min_tokens_in: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/10/schema',
        },
        max_tokens_in: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/10/schema',
        },
        min_tokens_out: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/10/schema',
        },
        max_tokens_out: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/10/schema',
        },
        min_total_tokens: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/10/schema',
        },
        max_total_tokens: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/10/schema',
        },
        min_duration: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/10/schema',
        },
        max_duration: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/10/schema',
        },
        feedback: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/20/schema',
        },
        success: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/21/schema',
        },
        cached: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/21/schema',
        },
        model: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/23/schema',
        },
        model_type: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/23/schema',
        },
        provider: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/23/schema',
        },
        request_content_type: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/23/schema',
        },
        response_content_type: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/23/schema',
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate116(data, instancePath = '') {
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
  validate116.errors = vErrors;
  return errors === 0;
}
function validate118(data, instancePath = '') {
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
  validate118.errors = vErrors;
  return errors === 0;
}
function validate121(data, instancePath = '') {
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
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate121.errors = vErrors;
  return errors === 0;
}
const schema57 = { type: 'integer', minimum: 1, maximum: 50 };
function validate123(data, instancePath = '') {
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
    if (data > 50 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 50 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate123.errors = vErrors;
  return errors === 0;
}
const schema58 = {
  type: 'string',
  enum: ['created_at', 'provider', 'model', 'model_type', 'success', 'cached'],
};
function validate125(data, instancePath = '') {
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
      data === 'created_at' ||
      data === 'provider' ||
      data === 'model' ||
      data === 'model_type' ||
      data === 'success' ||
      data === 'cached'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema58.enum },
    });
    errors++;
  }
  validate125.errors = vErrors;
  return errors === 0;
}
function validate127(data, instancePath = '') {
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
  if (!(data === 'asc' || data === 'desc')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema52.enum },
    });
    errors++;
  }
  validate127.errors = vErrors;
  return errors === 0;
}
const schema60 = { type: 'array', items: { $ref: '#/components/schemas/LogFilter' } };
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
function validate130(data, instancePath = '') {
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
  validate130.errors = vErrors;
  return errors === 0;
}
function validate129(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !(validate130(data[i0], instancePath) || validate130(data[i0], instancePath + '/' + i0))
      ) {
        vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
        errors = vErrors.length;
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
  validate129.errors = vErrors;
  return errors === 0;
}
const schema62 = { type: 'boolean' };
function validate133(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate133.errors = vErrors;
  return errors === 0;
}
const schema63 = { type: 'string', enum: ['asc', 'desc'] };
function validate135(data, instancePath = '') {
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
  if (!(data === 'asc' || data === 'desc')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema63.enum },
    });
    errors++;
  }
  validate135.errors = vErrors;
  return errors === 0;
}
const schema64 = { type: 'string', format: 'date-time' };
const formats2 = formats['date-time'];
function validate137(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!formats2.validate(data)) {
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
  validate137.errors = vErrors;
  return errors === 0;
}
const schema65 = { type: 'number' };
function validate140(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate140.errors = vErrors;
  return errors === 0;
}
const schema66 = { type: 'number', enum: [-1, 0, 1] };
function validate151(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  if (!(data === -1 || data === 0 || data === 1)) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema66.enum },
    });
    errors++;
  }
  validate151.errors = vErrors;
  return errors === 0;
}
const schema67 = { type: 'boolean' };
function validate153(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate153.errors = vErrors;
  return errors === 0;
}
const schema68 = { type: 'string' };
function validate156(data, instancePath = '') {
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
  validate156.errors = vErrors;
  return errors === 0;
}
const func19 = Object.prototype.hasOwnProperty;
function validate115(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate116(data0.account_id, instancePath) ||
              validate116(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate118(data0.gateway_id, instancePath) ||
              validate118(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate118.errors : vErrors.concat(validate118.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!func19.call(schema53.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data3.search !== undefined) {
          if (
            !(
              validate116(data3.search, instancePath) ||
              validate116(data3.search, instancePath + '/query/search')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data3.page !== undefined) {
          if (
            !(
              validate121(data3.page, instancePath) ||
              validate121(data3.page, instancePath + '/query/page')
            )
          ) {
            vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
            errors = vErrors.length;
          }
        }
        if (data3.per_page !== undefined) {
          if (
            !(
              validate123(data3.per_page, instancePath) ||
              validate123(data3.per_page, instancePath + '/query/per_page')
            )
          ) {
            vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
            errors = vErrors.length;
          }
        }
        if (data3.order_by !== undefined) {
          if (
            !(
              validate125(data3.order_by, instancePath) ||
              validate125(data3.order_by, instancePath + '/query/order_by')
            )
          ) {
            vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
            errors = vErrors.length;
          }
        }
        if (data3.order_by_direction !== undefined) {
          if (
            !(
              validate127(data3.order_by_direction, instancePath) ||
              validate127(data3.order_by_direction, instancePath + '/query/order_by_direction')
            )
          ) {
            vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
            errors = vErrors.length;
          }
        }
        if (data3.filters !== undefined) {
          if (
            !(
              validate129(data3.filters, instancePath) ||
              validate129(data3.filters, instancePath + '/query/filters')
            )
          ) {
            vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
            errors = vErrors.length;
          }
        }
        if (data3.meta_info !== undefined) {
          if (
            !(
              validate133(data3.meta_info, instancePath) ||
              validate133(data3.meta_info, instancePath + '/query/meta_info')
            )
          ) {
            vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
            errors = vErrors.length;
          }
        }
        if (data3.direction !== undefined) {
          if (
            !(
              validate135(data3.direction, instancePath) ||
              validate135(data3.direction, instancePath + '/query/direction')
            )
          ) {
            vErrors = vErrors === null ? validate135.errors : vErrors.concat(validate135.errors);
            errors = vErrors.length;
          }
        }
        if (data3.start_date !== undefined) {
          if (
            !(
              validate137(data3.start_date, instancePath) ||
              validate137(data3.start_date, instancePath + '/query/start_date')
            )
          ) {
            vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
            errors = vErrors.length;
          }
        }
        if (data3.end_date !== undefined) {
          if (
            !(
              validate137(data3.end_date, instancePath) ||
              validate137(data3.end_date, instancePath + '/query/end_date')
            )
          ) {
            vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
            errors = vErrors.length;
          }
        }
        if (data3.min_cost !== undefined) {
          if (
            !(
              validate140(data3.min_cost, instancePath) ||
              validate140(data3.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
            errors = vErrors.length;
          }
        }
        if (data3.max_cost !== undefined) {
          if (
            !(
              validate140(data3.max_cost, instancePath) ||
              validate140(data3.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
            errors = vErrors.length;
          }
        }
        if (data3.min_tokens_in !== undefined) {
          if (
            !(
              validate140(data3.min_tokens_in, instancePath) ||
              validate140(data3.min_tokens_in, instancePath + '/query/min_tokens_in')
            )
          ) {
            vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
            errors = vErrors.length;
          }
        }
        if (data3.max_tokens_in !== undefined) {
          if (
            !(
              validate140(data3.max_tokens_in, instancePath) ||
              validate140(data3.max_tokens_in, instancePath + '/query/max_tokens_in')
            )
          ) {
            vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
            errors = vErrors.length;
          }
        }
        if (data3.min_tokens_out !== undefined) {
          if (
            !(
              validate140(data3.min_tokens_out, instancePath) ||
              validate140(data3.min_tokens_out, instancePath + '/query/min_tokens_out')
            )
          ) {
            vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
            errors = vErrors.length;
          }
        }
        if (data3.max_tokens_out !== undefined) {
          if (
            !(
              validate140(data3.max_tokens_out, instancePath) ||
              validate140(data3.max_tokens_out, instancePath + '/query/max_tokens_out')
            )
          ) {
            vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
            errors = vErrors.length;
          }
        }
        if (data3.min_total_tokens !== undefined) {
          if (
            !(
              validate140(data3.min_total_tokens, instancePath) ||
              validate140(data3.min_total_tokens, instancePath + '/query/min_total_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
            errors = vErrors.length;
          }
        }
        if (data3.max_total_tokens !== undefined) {
          if (
            !(
              validate140(data3.max_total_tokens, instancePath) ||
              validate140(data3.max_total_tokens, instancePath + '/query/max_total_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
            errors = vErrors.length;
          }
        }
        if (data3.min_duration !== undefined) {
          if (
            !(
              validate140(data3.min_duration, instancePath) ||
              validate140(data3.min_duration, instancePath + '/query/min_duration')
            )
          ) {
            vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
            errors = vErrors.length;
          }
        }
        if (data3.max_duration !== undefined) {
          if (
            !(
              validate140(data3.max_duration, instancePath) ||
              validate140(data3.max_duration, instancePath + '/query/max_duration')
            )
          ) {
            vErrors = vErrors === null ? validate140.errors : vErrors.concat(validate140.errors);
            errors = vErrors.length;
          }
        }
        if (data3.feedback !== undefined) {
          if (
            !(
              validate151(data3.feedback, instancePath) ||
              validate151(data3.feedback, instancePath + '/query/feedback')
            )
          ) {
            vErrors = vErrors === null ? validate151.errors : vErrors.concat(validate151.errors);
            errors = vErrors.length;
          }
        }
        if (data3.success !== undefined) {
          if (
            !(
              validate153(data3.success, instancePath) ||
              validate153(data3.success, instancePath + '/query/success')
            )
          ) {
            vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
            errors = vErrors.length;
          }
        }
        if (data3.cached !== undefined) {
          if (
            !(
              validate153(data3.cached, instancePath) ||
              validate153(data3.cached, instancePath + '/query/cached')
            )
          ) {
            vErrors = vErrors === null ? validate153.errors : vErrors.concat(validate153.errors);
            errors = vErrors.length;
          }
        }
        if (data3.model !== undefined) {
          if (
            !(
              validate156(data3.model, instancePath) ||
              validate156(data3.model, instancePath + '/query/model')
            )
          ) {
            vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
            errors = vErrors.length;
          }
        }
        if (data3.model_type !== undefined) {
          if (
            !(
              validate156(data3.model_type, instancePath) ||
              validate156(data3.model_type, instancePath + '/query/model_type')
            )
          ) {
            vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
            errors = vErrors.length;
          }
        }
        if (data3.provider !== undefined) {
          if (
            !(
              validate156(data3.provider, instancePath) ||
              validate156(data3.provider, instancePath + '/query/provider')
            )
          ) {
            vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
            errors = vErrors.length;
          }
        }
        if (data3.request_content_type !== undefined) {
          if (
            !(
              validate156(data3.request_content_type, instancePath) ||
              validate156(data3.request_content_type, instancePath + '/query/request_content_type')
            )
          ) {
            vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
            errors = vErrors.length;
          }
        }
        if (data3.response_content_type !== undefined) {
          if (
            !(
              validate156(data3.response_content_type, instancePath) ||
              validate156(
                data3.response_content_type,
                instancePath + '/query/response_content_type',
              )
            )
          ) {
            vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate115.errors = vErrors;
  return errors === 0;
}
export const deleteLogs_params = validate162;
const schema69 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        filters: { $ref: 'cloudflare#/components/parameters/LogFilters/schema' },
        limit: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/delete/parameters/1/schema',
        },
        order_by: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/delete/parameters/2/schema',
        },
        order_by_direction: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/delete/parameters/3/schema',
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate163(data, instancePath = '') {
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
  validate163.errors = vErrors;
  return errors === 0;
}
function validate165(data, instancePath = '') {
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
  validate165.errors = vErrors;
  return errors === 0;
}
function validate167(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (
        !(validate130(data[i0], instancePath) || validate130(data[i0], instancePath + '/' + i0))
      ) {
        vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
        errors = vErrors.length;
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
  validate167.errors = vErrors;
  return errors === 0;
}
const schema73 = { type: 'integer', minimum: 1, maximum: 10000 };
function validate170(data, instancePath = '') {
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
    if (data > 10000 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 10000 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate170.errors = vErrors;
  return errors === 0;
}
const schema74 = {
  type: 'string',
  enum: [
    'created_at',
    'provider',
    'model',
    'model_type',
    'success',
    'cached',
    'cost',
    'tokens_in',
    'tokens_out',
    'duration',
    'feedback',
  ],
};
function validate172(data, instancePath = '') {
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
      data === 'created_at' ||
      data === 'provider' ||
      data === 'model' ||
      data === 'model_type' ||
      data === 'success' ||
      data === 'cached' ||
      data === 'cost' ||
      data === 'tokens_in' ||
      data === 'tokens_out' ||
      data === 'duration' ||
      data === 'feedback'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema74.enum },
    });
    errors++;
  }
  validate172.errors = vErrors;
  return errors === 0;
}
const schema75 = { type: 'string', enum: ['asc', 'desc'] };
function validate174(data, instancePath = '') {
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
  if (!(data === 'asc' || data === 'desc')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema75.enum },
    });
    errors++;
  }
  validate174.errors = vErrors;
  return errors === 0;
}
function validate162(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate163(data0.account_id, instancePath) ||
              validate163(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate165(data0.gateway_id, instancePath) ||
              validate165(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate165.errors : vErrors.concat(validate165.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (
            !(
              key1 === 'filters' ||
              key1 === 'limit' ||
              key1 === 'order_by' ||
              key1 === 'order_by_direction'
            )
          ) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data3.filters !== undefined) {
          if (
            !(
              validate167(data3.filters, instancePath) ||
              validate167(data3.filters, instancePath + '/query/filters')
            )
          ) {
            vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
            errors = vErrors.length;
          }
        }
        if (data3.limit !== undefined) {
          if (
            !(
              validate170(data3.limit, instancePath) ||
              validate170(data3.limit, instancePath + '/query/limit')
            )
          ) {
            vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
            errors = vErrors.length;
          }
        }
        if (data3.order_by !== undefined) {
          if (
            !(
              validate172(data3.order_by, instancePath) ||
              validate172(data3.order_by, instancePath + '/query/order_by')
            )
          ) {
            vErrors = vErrors === null ? validate172.errors : vErrors.concat(validate172.errors);
            errors = vErrors.length;
          }
        }
        if (data3.order_by_direction !== undefined) {
          if (
            !(
              validate174(data3.order_by_direction, instancePath) ||
              validate174(data3.order_by_direction, instancePath + '/query/order_by_direction')
            )
          ) {
            vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate162.errors = vErrors;
  return errors === 0;
}
export const getLog_params = validate176;
const schema76 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate177(data, instancePath = '') {
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
  validate177.errors = vErrors;
  return errors === 0;
}
function validate179(data, instancePath = '') {
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
  validate179.errors = vErrors;
  return errors === 0;
}
function validate176(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate177(data0.account_id, instancePath) ||
              validate177(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate179(data0.gateway_id, instancePath) ||
              validate179(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate177(data0.id, instancePath) ||
              validate177(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate176.errors = vErrors;
  return errors === 0;
}
export const editLog_params = validate182;
const schema79 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate183(data, instancePath = '') {
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
  validate183.errors = vErrors;
  return errors === 0;
}
function validate185(data, instancePath = '') {
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
  validate185.errors = vErrors;
  return errors === 0;
}
function validate182(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate183(data0.account_id, instancePath) ||
              validate183(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate183.errors : vErrors.concat(validate183.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate185(data0.gateway_id, instancePath) ||
              validate185(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate185.errors : vErrors.concat(validate185.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate183(data0.id, instancePath) ||
              validate183(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate183.errors : vErrors.concat(validate183.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate182.errors = vErrors;
  return errors === 0;
}
export const editLog_body = validate188;
const schema82 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs~1%7Bid%7D/patch/requestBody/content/application~1json/schema',
};
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
function validate189(data, instancePath = '') {
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
  validate189.errors = vErrors;
  return errors === 0;
}
function validate188(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate189(data, instancePath)) {
    vErrors = vErrors === null ? validate189.errors : vErrors.concat(validate189.errors);
    errors = vErrors.length;
  }
  validate188.errors = vErrors;
  return errors === 0;
}
export const getLogRequest_params = validate191;
const schema84 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate192(data, instancePath = '') {
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
  validate192.errors = vErrors;
  return errors === 0;
}
function validate194(data, instancePath = '') {
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
  validate194.errors = vErrors;
  return errors === 0;
}
function validate191(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate192(data0.account_id, instancePath) ||
              validate192(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate194(data0.gateway_id, instancePath) ||
              validate194(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate194.errors : vErrors.concat(validate194.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate192(data0.id, instancePath) ||
              validate192(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate192.errors : vErrors.concat(validate192.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate191.errors = vErrors;
  return errors === 0;
}
export const getLogResponse_params = validate197;
const schema87 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate198(data, instancePath = '') {
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
  validate198.errors = vErrors;
  return errors === 0;
}
function validate200(data, instancePath = '') {
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
  validate200.errors = vErrors;
  return errors === 0;
}
function validate197(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate198(data0.account_id, instancePath) ||
              validate198(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate198.errors : vErrors.concat(validate198.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate200(data0.gateway_id, instancePath) ||
              validate200(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate200.errors : vErrors.concat(validate200.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate198(data0.id, instancePath) ||
              validate198(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate198.errors : vErrors.concat(validate198.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate197.errors = vErrors;
  return errors === 0;
}
export const listDatasets_params = validate203;
const schema90 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        page: { $ref: 'cloudflare#/components/parameters/Page/schema' },
        per_page: { $ref: 'cloudflare#/components/parameters/PerPage/schema' },
        name: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        enable: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/6/schema',
        },
        search: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate204(data, instancePath = '') {
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
  validate204.errors = vErrors;
  return errors === 0;
}
function validate206(data, instancePath = '') {
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
  validate206.errors = vErrors;
  return errors === 0;
}
function validate208(data, instancePath = '') {
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
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate208.errors = vErrors;
  return errors === 0;
}
function validate210(data, instancePath = '') {
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
    if (data > 100 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 100 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate210.errors = vErrors;
  return errors === 0;
}
function validate213(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate213.errors = vErrors;
  return errors === 0;
}
function validate203(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate204(data0.account_id, instancePath) ||
              validate204(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate206(data0.gateway_id, instancePath) ||
              validate206(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (
            !(
              key1 === 'page' ||
              key1 === 'per_page' ||
              key1 === 'name' ||
              key1 === 'enable' ||
              key1 === 'search'
            )
          ) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data3.page !== undefined) {
          if (
            !(
              validate208(data3.page, instancePath) ||
              validate208(data3.page, instancePath + '/query/page')
            )
          ) {
            vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
            errors = vErrors.length;
          }
        }
        if (data3.per_page !== undefined) {
          if (
            !(
              validate210(data3.per_page, instancePath) ||
              validate210(data3.per_page, instancePath + '/query/per_page')
            )
          ) {
            vErrors = vErrors === null ? validate210.errors : vErrors.concat(validate210.errors);
            errors = vErrors.length;
          }
        }
        if (data3.name !== undefined) {
          if (
            !(
              validate204(data3.name, instancePath) ||
              validate204(data3.name, instancePath + '/query/name')
            )
          ) {
            vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
            errors = vErrors.length;
          }
        }
        if (data3.enable !== undefined) {
          if (
            !(
              validate213(data3.enable, instancePath) ||
              validate213(data3.enable, instancePath + '/query/enable')
            )
          ) {
            vErrors = vErrors === null ? validate213.errors : vErrors.concat(validate213.errors);
            errors = vErrors.length;
          }
        }
        if (data3.search !== undefined) {
          if (
            !(
              validate204(data3.search, instancePath) ||
              validate204(data3.search, instancePath + '/query/search')
            )
          ) {
            vErrors = vErrors === null ? validate204.errors : vErrors.concat(validate204.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate203.errors = vErrors;
  return errors === 0;
}
export const createDataset_params = validate216;
const schema96 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate217(data, instancePath = '') {
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
  validate217.errors = vErrors;
  return errors === 0;
}
function validate219(data, instancePath = '') {
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
  validate219.errors = vErrors;
  return errors === 0;
}
function validate216(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate217(data0.account_id, instancePath) ||
              validate217(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate217.errors : vErrors.concat(validate217.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate219(data0.gateway_id, instancePath) ||
              validate219(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate219.errors : vErrors.concat(validate219.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate216.errors = vErrors;
  return errors === 0;
}
export const createDataset_body = validate221;
const schema99 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1datasets/post/requestBody/content/application~1json/schema',
};
const schema100 = {
  type: 'object',
  required: ['name', 'filters', 'enable'],
  properties: {
    name: { type: 'string' },
    enable: { type: 'boolean' },
    filters: { type: 'array', items: { $ref: '#/components/schemas/DatasetFilter' } },
  },
};
const schema101 = {
  type: 'object',
  required: ['key', 'operator', 'value'],
  properties: {
    key: {
      type: 'string',
      enum: [
        'created_at',
        'request_content_type',
        'response_content_type',
        'success',
        'cached',
        'provider',
        'model',
        'cost',
        'tokens',
        'tokens_in',
        'tokens_out',
        'duration',
        'feedback',
      ],
    },
    operator: { type: 'string', enum: ['eq', 'contains', 'lt', 'gt'] },
    value: { type: 'array', items: { type: ['string', 'number', 'boolean'] } },
  },
};
function validate223(data, instancePath = '') {
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
  validate223.errors = vErrors;
  return errors === 0;
}
function validate222(data, instancePath = '') {
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
  validate222.errors = vErrors;
  return errors === 0;
}
function validate221(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate222(data, instancePath)) {
    vErrors = vErrors === null ? validate222.errors : vErrors.concat(validate222.errors);
    errors = vErrors.length;
  }
  validate221.errors = vErrors;
  return errors === 0;
}
export const getDataset_params = validate226;
const schema102 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate227(data, instancePath = '') {
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
  validate227.errors = vErrors;
  return errors === 0;
}
function validate229(data, instancePath = '') {
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
  validate229.errors = vErrors;
  return errors === 0;
}
function validate226(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate227(data0.account_id, instancePath) ||
              validate227(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate227.errors : vErrors.concat(validate227.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate229(data0.gateway_id, instancePath) ||
              validate229(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate229.errors : vErrors.concat(validate229.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate227(data0.id, instancePath) ||
              validate227(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate227.errors : vErrors.concat(validate227.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate226.errors = vErrors;
  return errors === 0;
}
export const updateDataset_params = validate232;
const schema105 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate233(data, instancePath = '') {
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
  validate233.errors = vErrors;
  return errors === 0;
}
function validate235(data, instancePath = '') {
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
  validate235.errors = vErrors;
  return errors === 0;
}
function validate232(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate233(data0.account_id, instancePath) ||
              validate233(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate235(data0.gateway_id, instancePath) ||
              validate235(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate235.errors : vErrors.concat(validate235.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate233(data0.id, instancePath) ||
              validate233(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate233.errors : vErrors.concat(validate233.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate232.errors = vErrors;
  return errors === 0;
}
export const updateDataset_body = validate238;
const schema108 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1datasets~1%7Bid%7D/put/requestBody/content/application~1json/schema',
};
function validate239(data, instancePath = '') {
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
  validate239.errors = vErrors;
  return errors === 0;
}
function validate238(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate239(data, instancePath)) {
    vErrors = vErrors === null ? validate239.errors : vErrors.concat(validate239.errors);
    errors = vErrors.length;
  }
  validate238.errors = vErrors;
  return errors === 0;
}
export const deleteDataset_params = validate242;
const schema110 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate243(data, instancePath = '') {
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
  validate243.errors = vErrors;
  return errors === 0;
}
function validate245(data, instancePath = '') {
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
  validate245.errors = vErrors;
  return errors === 0;
}
function validate242(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate243(data0.account_id, instancePath) ||
              validate243(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate245(data0.gateway_id, instancePath) ||
              validate245(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate245.errors : vErrors.concat(validate245.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate243(data0.id, instancePath) ||
              validate243(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate243.errors : vErrors.concat(validate243.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate242.errors = vErrors;
  return errors === 0;
}
export const listEvaluations_params = validate248;
const schema113 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        page: { $ref: 'cloudflare#/components/parameters/Page/schema' },
        per_page: { $ref: 'cloudflare#/components/parameters/PerPage/schema' },
        name: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        processed: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/6/schema',
        },
        search: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate249(data, instancePath = '') {
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
  validate249.errors = vErrors;
  return errors === 0;
}
function validate251(data, instancePath = '') {
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
  validate251.errors = vErrors;
  return errors === 0;
}
function validate253(data, instancePath = '') {
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
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate253.errors = vErrors;
  return errors === 0;
}
function validate255(data, instancePath = '') {
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
    if (data > 100 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 100 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate255.errors = vErrors;
  return errors === 0;
}
function validate258(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate258.errors = vErrors;
  return errors === 0;
}
function validate248(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate249(data0.account_id, instancePath) ||
              validate249(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate249.errors : vErrors.concat(validate249.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate251(data0.gateway_id, instancePath) ||
              validate251(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate251.errors : vErrors.concat(validate251.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (
            !(
              key1 === 'page' ||
              key1 === 'per_page' ||
              key1 === 'name' ||
              key1 === 'processed' ||
              key1 === 'search'
            )
          ) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data3.page !== undefined) {
          if (
            !(
              validate253(data3.page, instancePath) ||
              validate253(data3.page, instancePath + '/query/page')
            )
          ) {
            vErrors = vErrors === null ? validate253.errors : vErrors.concat(validate253.errors);
            errors = vErrors.length;
          }
        }
        if (data3.per_page !== undefined) {
          if (
            !(
              validate255(data3.per_page, instancePath) ||
              validate255(data3.per_page, instancePath + '/query/per_page')
            )
          ) {
            vErrors = vErrors === null ? validate255.errors : vErrors.concat(validate255.errors);
            errors = vErrors.length;
          }
        }
        if (data3.name !== undefined) {
          if (
            !(
              validate249(data3.name, instancePath) ||
              validate249(data3.name, instancePath + '/query/name')
            )
          ) {
            vErrors = vErrors === null ? validate249.errors : vErrors.concat(validate249.errors);
            errors = vErrors.length;
          }
        }
        if (data3.processed !== undefined) {
          if (
            !(
              validate258(data3.processed, instancePath) ||
              validate258(data3.processed, instancePath + '/query/processed')
            )
          ) {
            vErrors = vErrors === null ? validate258.errors : vErrors.concat(validate258.errors);
            errors = vErrors.length;
          }
        }
        if (data3.search !== undefined) {
          if (
            !(
              validate249(data3.search, instancePath) ||
              validate249(data3.search, instancePath + '/query/search')
            )
          ) {
            vErrors = vErrors === null ? validate249.errors : vErrors.concat(validate249.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate248.errors = vErrors;
  return errors === 0;
}
export const createEvaluation_params = validate261;
const schema119 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate262(data, instancePath = '') {
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
  validate262.errors = vErrors;
  return errors === 0;
}
function validate264(data, instancePath = '') {
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
  validate264.errors = vErrors;
  return errors === 0;
}
function validate261(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate262(data0.account_id, instancePath) ||
              validate262(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate262.errors : vErrors.concat(validate262.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate264(data0.gateway_id, instancePath) ||
              validate264(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate264.errors : vErrors.concat(validate264.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate261.errors = vErrors;
  return errors === 0;
}
export const createEvaluation_body = validate266;
const schema122 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1evaluations/post/requestBody/content/application~1json/schema',
};
const schema123 = {
  type: 'object',
  required: ['name', 'dataset_ids', 'evaluation_type_ids'],
  properties: {
    name: { type: 'string' },
    dataset_ids: { type: 'array', minItems: 1, maxItems: 5, items: { type: 'string' } },
    evaluation_type_ids: { type: 'array', items: { type: 'string' } },
  },
};
function validate267(data, instancePath = '') {
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
  validate267.errors = vErrors;
  return errors === 0;
}
function validate266(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate267(data, instancePath)) {
    vErrors = vErrors === null ? validate267.errors : vErrors.concat(validate267.errors);
    errors = vErrors.length;
  }
  validate266.errors = vErrors;
  return errors === 0;
}
export const getEvaluation_params = validate269;
const schema124 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate270(data, instancePath = '') {
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
  validate270.errors = vErrors;
  return errors === 0;
}
function validate272(data, instancePath = '') {
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
  validate272.errors = vErrors;
  return errors === 0;
}
function validate269(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate270(data0.account_id, instancePath) ||
              validate270(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate270.errors : vErrors.concat(validate270.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate272(data0.gateway_id, instancePath) ||
              validate272(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate272.errors : vErrors.concat(validate272.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate270(data0.id, instancePath) ||
              validate270(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate270.errors : vErrors.concat(validate270.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate269.errors = vErrors;
  return errors === 0;
}
export const deleteEvaluation_params = validate275;
const schema127 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate276(data, instancePath = '') {
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
  validate276.errors = vErrors;
  return errors === 0;
}
function validate278(data, instancePath = '') {
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
  validate278.errors = vErrors;
  return errors === 0;
}
function validate275(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate276(data0.account_id, instancePath) ||
              validate276(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate276.errors : vErrors.concat(validate276.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate278(data0.gateway_id, instancePath) ||
              validate278(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate278.errors : vErrors.concat(validate278.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate276(data0.id, instancePath) ||
              validate276(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate276.errors : vErrors.concat(validate276.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate275.errors = vErrors;
  return errors === 0;
}
export const listDynamicRoutes_params = validate281;
const schema130 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        page: { $ref: 'cloudflare#/components/parameters/RoutesPage/schema' },
        per_page: { $ref: 'cloudflare#/components/parameters/RoutesPage/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate282(data, instancePath = '') {
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
  validate282.errors = vErrors;
  return errors === 0;
}
function validate284(data, instancePath = '') {
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
  validate284.errors = vErrors;
  return errors === 0;
}
const schema133 = { type: 'integer' };
function validate286(data, instancePath = '') {
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
  validate286.errors = vErrors;
  return errors === 0;
}
function validate281(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate282(data0.account_id, instancePath) ||
              validate282(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate282.errors : vErrors.concat(validate282.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate284(data0.gateway_id, instancePath) ||
              validate284(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate284.errors : vErrors.concat(validate284.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === 'page' || key1 === 'per_page')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data3.page !== undefined) {
          if (
            !(
              validate286(data3.page, instancePath) ||
              validate286(data3.page, instancePath + '/query/page')
            )
          ) {
            vErrors = vErrors === null ? validate286.errors : vErrors.concat(validate286.errors);
            errors = vErrors.length;
          }
        }
        if (data3.per_page !== undefined) {
          if (
            !(
              validate286(data3.per_page, instancePath) ||
              validate286(data3.per_page, instancePath + '/query/per_page')
            )
          ) {
            vErrors = vErrors === null ? validate286.errors : vErrors.concat(validate286.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate281.errors = vErrors;
  return errors === 0;
}
export const createDynamicRoute_params = validate289;
const schema134 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate290(data, instancePath = '') {
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
  validate290.errors = vErrors;
  return errors === 0;
}
function validate292(data, instancePath = '') {
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
  validate292.errors = vErrors;
  return errors === 0;
}
function validate289(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate290(data0.account_id, instancePath) ||
              validate290(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate290.errors : vErrors.concat(validate290.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate292(data0.gateway_id, instancePath) ||
              validate292(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate292.errors : vErrors.concat(validate292.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate289.errors = vErrors;
  return errors === 0;
}
export const createDynamicRoute_body = validate294;
const schema137 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1routes/post/requestBody/content/application~1json/schema',
};
const schema138 = {
  type: 'object',
  required: ['name', 'elements'],
  properties: {
    name: { type: 'string' },
    elements: { type: 'array', items: { $ref: '#/components/schemas/DynamicRouteElement' } },
  },
};
const schema139 = {
  oneOf: [
    {
      type: 'object',
      required: ['id', 'type', 'outputs'],
      properties: {
        id: { type: 'string' },
        type: { type: 'string', enum: ['start'] },
        outputs: {
          type: 'object',
          required: ['next'],
          properties: {
            next: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
          },
        },
      },
    },
    {
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
            true: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
            false: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
          },
        },
      },
    },
    {
      type: 'object',
      required: ['id', 'type', 'outputs'],
      properties: {
        id: { type: 'string' },
        type: { type: 'string', enum: ['percentage'] },
        outputs: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            required: ['elementId'],
            properties: { elementId: { type: 'string' } },
          },
        },
      },
    },
    {
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
            success: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
            fallback: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
          },
        },
      },
    },
    {
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
            success: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
            fallback: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
          },
        },
      },
    },
    {
      type: 'object',
      required: ['id', 'type', 'outputs'],
      properties: {
        id: { type: 'string' },
        type: { type: 'string', enum: ['end'] },
        outputs: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            required: ['elementId'],
            properties: { elementId: { type: 'string' } },
          },
        },
      },
    },
  ],
};
function validate296(data, instancePath = '') {
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
  validate296.errors = vErrors;
  return errors === 0;
}
function validate295(data, instancePath = '') {
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
  validate295.errors = vErrors;
  return errors === 0;
}
function validate294(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate295(data, instancePath)) {
    vErrors = vErrors === null ? validate295.errors : vErrors.concat(validate295.errors);
    errors = vErrors.length;
  }
  validate294.errors = vErrors;
  return errors === 0;
}
export const getDynamicRoute_params = validate299;
const schema140 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate300(data, instancePath = '') {
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
  validate300.errors = vErrors;
  return errors === 0;
}
function validate302(data, instancePath = '') {
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
  validate302.errors = vErrors;
  return errors === 0;
}
function validate299(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate300(data0.account_id, instancePath) ||
              validate300(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate300.errors : vErrors.concat(validate300.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate302(data0.gateway_id, instancePath) ||
              validate302(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate302.errors : vErrors.concat(validate302.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate300(data0.id, instancePath) ||
              validate300(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate300.errors : vErrors.concat(validate300.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate299.errors = vErrors;
  return errors === 0;
}
export const deleteDynamicRoute_params = validate305;
const schema143 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate306(data, instancePath = '') {
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
  validate306.errors = vErrors;
  return errors === 0;
}
function validate308(data, instancePath = '') {
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
  validate308.errors = vErrors;
  return errors === 0;
}
function validate305(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate306(data0.account_id, instancePath) ||
              validate306(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate306.errors : vErrors.concat(validate306.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate308(data0.gateway_id, instancePath) ||
              validate308(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate308.errors : vErrors.concat(validate308.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate306(data0.id, instancePath) ||
              validate306(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate306.errors : vErrors.concat(validate306.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate305.errors = vErrors;
  return errors === 0;
}
export const updateDynamicRoute_params = validate311;
const schema146 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate312(data, instancePath = '') {
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
  validate312.errors = vErrors;
  return errors === 0;
}
function validate314(data, instancePath = '') {
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
  validate314.errors = vErrors;
  return errors === 0;
}
function validate311(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate312(data0.account_id, instancePath) ||
              validate312(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate312.errors : vErrors.concat(validate312.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate314(data0.gateway_id, instancePath) ||
              validate314(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate314.errors : vErrors.concat(validate314.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate312(data0.id, instancePath) ||
              validate312(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate312.errors : vErrors.concat(validate312.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate311.errors = vErrors;
  return errors === 0;
}
export const updateDynamicRoute_body = validate317;
const schema149 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1routes~1%7Bid%7D/patch/requestBody/content/application~1json/schema',
};
const schema150 = { type: 'object', required: ['name'], properties: { name: { type: 'string' } } };
function validate318(data, instancePath = '') {
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
  validate318.errors = vErrors;
  return errors === 0;
}
function validate317(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate318(data, instancePath)) {
    vErrors = vErrors === null ? validate318.errors : vErrors.concat(validate318.errors);
    errors = vErrors.length;
  }
  validate317.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteDeployments_params = validate320;
const schema151 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate321(data, instancePath = '') {
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
  validate321.errors = vErrors;
  return errors === 0;
}
function validate323(data, instancePath = '') {
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
  validate323.errors = vErrors;
  return errors === 0;
}
function validate320(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate321(data0.account_id, instancePath) ||
              validate321(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate321.errors : vErrors.concat(validate321.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate323(data0.gateway_id, instancePath) ||
              validate323(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate323.errors : vErrors.concat(validate323.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate321(data0.id, instancePath) ||
              validate321(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate321.errors : vErrors.concat(validate321.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate320.errors = vErrors;
  return errors === 0;
}
export const createDynamicRouteDeployment_params = validate326;
const schema154 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate327(data, instancePath = '') {
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
  validate327.errors = vErrors;
  return errors === 0;
}
function validate329(data, instancePath = '') {
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
  validate329.errors = vErrors;
  return errors === 0;
}
function validate326(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate327(data0.account_id, instancePath) ||
              validate327(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate327.errors : vErrors.concat(validate327.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate329(data0.gateway_id, instancePath) ||
              validate329(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate329.errors : vErrors.concat(validate329.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate327(data0.id, instancePath) ||
              validate327(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate327.errors : vErrors.concat(validate327.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate326.errors = vErrors;
  return errors === 0;
}
export const createDynamicRouteDeployment_body = validate332;
const schema157 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1routes~1%7Bid%7D~1deployments/post/requestBody/content/application~1json/schema',
};
const schema158 = {
  type: 'object',
  required: ['version_id'],
  properties: { version_id: { type: 'string' } },
};
function validate333(data, instancePath = '') {
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
  validate333.errors = vErrors;
  return errors === 0;
}
function validate332(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate333(data, instancePath)) {
    vErrors = vErrors === null ? validate333.errors : vErrors.concat(validate333.errors);
    errors = vErrors.length;
  }
  validate332.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteVersions_params = validate335;
const schema159 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate336(data, instancePath = '') {
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
  validate336.errors = vErrors;
  return errors === 0;
}
function validate338(data, instancePath = '') {
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
  validate338.errors = vErrors;
  return errors === 0;
}
function validate335(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate336(data0.account_id, instancePath) ||
              validate336(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate336.errors : vErrors.concat(validate336.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate338(data0.gateway_id, instancePath) ||
              validate338(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate338.errors : vErrors.concat(validate338.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate336(data0.id, instancePath) ||
              validate336(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate336.errors : vErrors.concat(validate336.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate335.errors = vErrors;
  return errors === 0;
}
export const createDynamicRouteVersion_params = validate341;
const schema162 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate342(data, instancePath = '') {
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
  validate342.errors = vErrors;
  return errors === 0;
}
function validate344(data, instancePath = '') {
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
  validate344.errors = vErrors;
  return errors === 0;
}
function validate341(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate342(data0.account_id, instancePath) ||
              validate342(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate342.errors : vErrors.concat(validate342.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate344(data0.gateway_id, instancePath) ||
              validate344(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate344.errors : vErrors.concat(validate344.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate342(data0.id, instancePath) ||
              validate342(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate342.errors : vErrors.concat(validate342.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate341.errors = vErrors;
  return errors === 0;
}
export const createDynamicRouteVersion_body = validate347;
const schema165 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1routes~1%7Bid%7D~1versions/post/requestBody/content/application~1json/schema',
};
const schema166 = {
  type: 'object',
  required: ['elements'],
  properties: {
    elements: { type: 'array', items: { $ref: '#/components/schemas/DynamicRouteElement' } },
  },
};
function validate348(data, instancePath = '') {
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
  validate348.errors = vErrors;
  return errors === 0;
}
function validate347(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate348(data, instancePath)) {
    vErrors = vErrors === null ? validate348.errors : vErrors.concat(validate348.errors);
    errors = vErrors.length;
  }
  validate347.errors = vErrors;
  return errors === 0;
}
export const getDynamicRouteVersion_params = validate351;
const schema167 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        version_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id', 'version_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate352(data, instancePath = '') {
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
  validate352.errors = vErrors;
  return errors === 0;
}
function validate354(data, instancePath = '') {
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
  validate354.errors = vErrors;
  return errors === 0;
}
function validate351(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        if (data0.version_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'version_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (
            !(
              key0 === 'account_id' ||
              key0 === 'gateway_id' ||
              key0 === 'id' ||
              key0 === 'version_id'
            )
          ) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate352(data0.account_id, instancePath) ||
              validate352(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate352.errors : vErrors.concat(validate352.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate354(data0.gateway_id, instancePath) ||
              validate354(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate354.errors : vErrors.concat(validate354.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate352(data0.id, instancePath) ||
              validate352(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate352.errors : vErrors.concat(validate352.errors);
            errors = vErrors.length;
          }
        }
        if (data0.version_id !== undefined) {
          if (
            !(
              validate352(data0.version_id, instancePath) ||
              validate352(data0.version_id, instancePath + '/path/version_id')
            )
          ) {
            vErrors = vErrors === null ? validate352.errors : vErrors.concat(validate352.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data5 = data.query;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        for (const key1 in data5) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate351.errors = vErrors;
  return errors === 0;
}
export const listProviderConfigs_params = validate358;
const schema170 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        page: { $ref: 'cloudflare#/components/parameters/Page/schema' },
        per_page: { $ref: 'cloudflare#/components/parameters/PerPage/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate359(data, instancePath = '') {
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
  validate359.errors = vErrors;
  return errors === 0;
}
function validate361(data, instancePath = '') {
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
  validate361.errors = vErrors;
  return errors === 0;
}
function validate363(data, instancePath = '') {
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
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate363.errors = vErrors;
  return errors === 0;
}
function validate365(data, instancePath = '') {
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
    if (data > 100 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 100 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate365.errors = vErrors;
  return errors === 0;
}
function validate358(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate359(data0.account_id, instancePath) ||
              validate359(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate359.errors : vErrors.concat(validate359.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate361(data0.gateway_id, instancePath) ||
              validate361(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate361.errors : vErrors.concat(validate361.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === 'page' || key1 === 'per_page')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data3.page !== undefined) {
          if (
            !(
              validate363(data3.page, instancePath) ||
              validate363(data3.page, instancePath + '/query/page')
            )
          ) {
            vErrors = vErrors === null ? validate363.errors : vErrors.concat(validate363.errors);
            errors = vErrors.length;
          }
        }
        if (data3.per_page !== undefined) {
          if (
            !(
              validate365(data3.per_page, instancePath) ||
              validate365(data3.per_page, instancePath + '/query/per_page')
            )
          ) {
            vErrors = vErrors === null ? validate365.errors : vErrors.concat(validate365.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate358.errors = vErrors;
  return errors === 0;
}
export const createProviderConfig_params = validate367;
const schema175 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate368(data, instancePath = '') {
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
  validate368.errors = vErrors;
  return errors === 0;
}
function validate370(data, instancePath = '') {
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
  validate370.errors = vErrors;
  return errors === 0;
}
function validate367(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate368(data0.account_id, instancePath) ||
              validate368(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate368.errors : vErrors.concat(validate368.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate370(data0.gateway_id, instancePath) ||
              validate370(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate370.errors : vErrors.concat(validate370.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate367.errors = vErrors;
  return errors === 0;
}
export const createProviderConfig_body = validate372;
const schema178 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1provider_configs/post/requestBody/content/application~1json/schema',
};
const schema179 = {
  type: 'object',
  required: ['provider_slug', 'alias', 'default_config'],
  properties: {
    provider_slug: { type: 'string' },
    alias: { type: 'string' },
    default_config: { type: 'boolean' },
    secret: { type: 'string' },
    secret_id: { type: 'string' },
    rate_limit: { type: 'number' },
    rate_limit_period: { type: 'number' },
  },
};
function validate373(data, instancePath = '') {
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
  validate373.errors = vErrors;
  return errors === 0;
}
function validate372(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate373(data, instancePath)) {
    vErrors = vErrors === null ? validate373.errors : vErrors.concat(validate373.errors);
    errors = vErrors.length;
  }
  validate372.errors = vErrors;
  return errors === 0;
}
export const updateProviderConfig_params = validate375;
const schema180 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate376(data, instancePath = '') {
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
  validate376.errors = vErrors;
  return errors === 0;
}
function validate378(data, instancePath = '') {
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
  validate378.errors = vErrors;
  return errors === 0;
}
function validate375(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate376(data0.account_id, instancePath) ||
              validate376(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate376.errors : vErrors.concat(validate376.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate378(data0.gateway_id, instancePath) ||
              validate378(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate378.errors : vErrors.concat(validate378.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate376(data0.id, instancePath) ||
              validate376(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate376.errors : vErrors.concat(validate376.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate375.errors = vErrors;
  return errors === 0;
}
export const updateProviderConfig_body = validate381;
const schema183 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1provider_configs~1%7Bid%7D/put/requestBody/content/application~1json/schema',
};
const schema184 = {
  type: 'object',
  required: ['secret'],
  properties: { secret: { type: 'string' } },
};
function validate382(data, instancePath = '') {
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
  validate382.errors = vErrors;
  return errors === 0;
}
function validate381(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate382(data, instancePath)) {
    vErrors = vErrors === null ? validate382.errors : vErrors.concat(validate382.errors);
    errors = vErrors.length;
  }
  validate381.errors = vErrors;
  return errors === 0;
}
export const deleteProviderConfig_params = validate384;
const schema185 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate385(data, instancePath = '') {
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
  validate385.errors = vErrors;
  return errors === 0;
}
function validate387(data, instancePath = '') {
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
  validate387.errors = vErrors;
  return errors === 0;
}
function validate384(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate385(data0.account_id, instancePath) ||
              validate385(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate385.errors : vErrors.concat(validate385.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate387(data0.gateway_id, instancePath) ||
              validate387(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate387.errors : vErrors.concat(validate387.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate385(data0.id, instancePath) ||
              validate385(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate385.errors : vErrors.concat(validate385.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate384.errors = vErrors;
  return errors === 0;
}
export const getGatewayUrl_params = validate390;
const schema188 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        provider: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: ['account_id', 'gateway_id', 'provider'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate391(data, instancePath = '') {
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
  validate391.errors = vErrors;
  return errors === 0;
}
function validate393(data, instancePath = '') {
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
  validate393.errors = vErrors;
  return errors === 0;
}
function validate390(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.provider === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'provider' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'provider')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate391(data0.account_id, instancePath) ||
              validate391(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate391.errors : vErrors.concat(validate391.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate393(data0.gateway_id, instancePath) ||
              validate393(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate393.errors : vErrors.concat(validate393.errors);
            errors = vErrors.length;
          }
        }
        if (data0.provider !== undefined) {
          if (
            !(
              validate391(data0.provider, instancePath) ||
              validate391(data0.provider, instancePath + '/path/provider')
            )
          ) {
            vErrors = vErrors === null ? validate391.errors : vErrors.concat(validate391.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate390.errors = vErrors;
  return errors === 0;
}
export const listCustomProviders_params = validate396;
const schema191 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        page: { $ref: 'cloudflare#/components/parameters/Page/schema' },
        per_page: { $ref: 'cloudflare#/components/parameters/PerPage/schema' },
        beta: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/6/schema',
        },
        enable: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/6/schema',
        },
        search: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate397(data, instancePath = '') {
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
  validate397.errors = vErrors;
  return errors === 0;
}
function validate399(data, instancePath = '') {
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
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate399.errors = vErrors;
  return errors === 0;
}
function validate401(data, instancePath = '') {
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
    if (data > 100 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 100 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate401.errors = vErrors;
  return errors === 0;
}
function validate403(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate403.errors = vErrors;
  return errors === 0;
}
function validate396(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate397(data0.account_id, instancePath) ||
              validate397(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate397.errors : vErrors.concat(validate397.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (
            !(
              key1 === 'page' ||
              key1 === 'per_page' ||
              key1 === 'beta' ||
              key1 === 'enable' ||
              key1 === 'search'
            )
          ) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data2.page !== undefined) {
          if (
            !(
              validate399(data2.page, instancePath) ||
              validate399(data2.page, instancePath + '/query/page')
            )
          ) {
            vErrors = vErrors === null ? validate399.errors : vErrors.concat(validate399.errors);
            errors = vErrors.length;
          }
        }
        if (data2.per_page !== undefined) {
          if (
            !(
              validate401(data2.per_page, instancePath) ||
              validate401(data2.per_page, instancePath + '/query/per_page')
            )
          ) {
            vErrors = vErrors === null ? validate401.errors : vErrors.concat(validate401.errors);
            errors = vErrors.length;
          }
        }
        if (data2.beta !== undefined) {
          if (
            !(
              validate403(data2.beta, instancePath) ||
              validate403(data2.beta, instancePath + '/query/beta')
            )
          ) {
            vErrors = vErrors === null ? validate403.errors : vErrors.concat(validate403.errors);
            errors = vErrors.length;
          }
        }
        if (data2.enable !== undefined) {
          if (
            !(
              validate403(data2.enable, instancePath) ||
              validate403(data2.enable, instancePath + '/query/enable')
            )
          ) {
            vErrors = vErrors === null ? validate403.errors : vErrors.concat(validate403.errors);
            errors = vErrors.length;
          }
        }
        if (data2.search !== undefined) {
          if (
            !(
              validate397(data2.search, instancePath) ||
              validate397(data2.search, instancePath + '/query/search')
            )
          ) {
            vErrors = vErrors === null ? validate397.errors : vErrors.concat(validate397.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate396.errors = vErrors;
  return errors === 0;
}
export const createCustomProvider_params = validate407;
const schema196 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate408(data, instancePath = '') {
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
  validate408.errors = vErrors;
  return errors === 0;
}
function validate407(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate408(data0.account_id, instancePath) ||
              validate408(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate408.errors : vErrors.concat(validate408.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate407.errors = vErrors;
  return errors === 0;
}
export const createCustomProvider_body = validate410;
const schema198 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1custom-providers/post/requestBody/content/application~1json/schema',
};
const schema199 = {
  type: 'object',
  required: ['name', 'slug', 'base_url'],
  properties: {
    name: { type: 'string' },
    slug: { $ref: '#/components/schemas/CustomProviderSlug' },
    base_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    enable: { type: 'boolean' },
    beta: { type: 'boolean' },
    headers: { type: 'string', maxLength: 8192 },
    link: { type: 'string' },
    curl_example: { type: 'string' },
    js_example: { type: 'string' },
    position: { type: 'integer' },
  },
};
const schema200 = { type: 'string', pattern: '^[a-zA-Z0-9_-]+$' };
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
function validate411(data, instancePath = '') {
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
  validate411.errors = vErrors;
  return errors === 0;
}
function validate410(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate411(data, instancePath)) {
    vErrors = vErrors === null ? validate411.errors : vErrors.concat(validate411.errors);
    errors = vErrors.length;
  }
  validate410.errors = vErrors;
  return errors === 0;
}
export const getCustomProvider_params = validate415;
const schema201 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        id: { $ref: 'cloudflare#/components/parameters/CustomProviderId/schema' },
      },
      required: ['account_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate416(data, instancePath = '') {
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
  validate416.errors = vErrors;
  return errors === 0;
}
const schema203 = { type: 'string', format: 'uuid' };
const formats6 = formats.uuid;
function validate418(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!formats6.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'uuid' },
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
  validate418.errors = vErrors;
  return errors === 0;
}
function validate415(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate416(data0.account_id, instancePath) ||
              validate416(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate416.errors : vErrors.concat(validate416.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate418(data0.id, instancePath) ||
              validate418(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate418.errors : vErrors.concat(validate418.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate415.errors = vErrors;
  return errors === 0;
}
export const deleteCustomProvider_params = validate420;
const schema204 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        id: { $ref: 'cloudflare#/components/parameters/CustomProviderId/schema' },
      },
      required: ['account_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate421(data, instancePath = '') {
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
  validate421.errors = vErrors;
  return errors === 0;
}
function validate423(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!formats6.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'uuid' },
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
  validate423.errors = vErrors;
  return errors === 0;
}
function validate420(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate421(data0.account_id, instancePath) ||
              validate421(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate421.errors : vErrors.concat(validate421.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate423(data0.id, instancePath) ||
              validate423(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate423.errors : vErrors.concat(validate423.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate420.errors = vErrors;
  return errors === 0;
}
export const updateCustomProvider_params = validate425;
const schema207 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        id: { $ref: 'cloudflare#/components/parameters/CustomProviderId/schema' },
      },
      required: ['account_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate426(data, instancePath = '') {
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
  validate426.errors = vErrors;
  return errors === 0;
}
function validate428(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!formats6.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'uuid' },
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
  validate428.errors = vErrors;
  return errors === 0;
}
function validate425(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate426(data0.account_id, instancePath) ||
              validate426(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate426.errors : vErrors.concat(validate426.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate428(data0.id, instancePath) ||
              validate428(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate428.errors : vErrors.concat(validate428.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate425.errors = vErrors;
  return errors === 0;
}
export const updateCustomProvider_body = validate430;
const schema210 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1custom-providers~1%7Bid%7D/patch/requestBody/content/application~1json/schema',
};
const schema211 = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    slug: { $ref: '#/components/schemas/CustomProviderSlug' },
    base_url: { type: 'string', format: 'uri' },
    description: { type: 'string' },
    enable: { type: 'boolean' },
    beta: { type: 'boolean' },
    headers: { type: 'string', maxLength: 8192 },
    link: { type: 'string' },
    logo: { type: 'string' },
    curl_example: { type: 'string' },
    js_example: { type: 'string' },
    position: { type: 'integer' },
  },
};
function validate431(data, instancePath = '') {
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
  validate431.errors = vErrors;
  return errors === 0;
}
function validate430(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate431(data, instancePath)) {
    vErrors = vErrors === null ? validate431.errors : vErrors.concat(validate431.errors);
    errors = vErrors.length;
  }
  validate430.errors = vErrors;
  return errors === 0;
}
export const listCustomProviderCosts_params = validate434;
const schema212 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        page: { $ref: 'cloudflare#/components/parameters/Page/schema' },
        per_page: { $ref: 'cloudflare#/components/parameters/PerPage/schema' },
        enable: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1logs/get/parameters/6/schema',
        },
        account_provider_id: { $ref: 'cloudflare#/components/parameters/CustomProviderId/schema' },
        model_rule: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1custom-providers~1costs/get/parameters/4/schema',
        },
        cost_type: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1custom-providers~1costs/get/parameters/5/schema',
        },
        search: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate435(data, instancePath = '') {
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
  validate435.errors = vErrors;
  return errors === 0;
}
function validate437(data, instancePath = '') {
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
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate437.errors = vErrors;
  return errors === 0;
}
function validate439(data, instancePath = '') {
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
    if (data > 100 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 100 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate439.errors = vErrors;
  return errors === 0;
}
function validate441(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate441.errors = vErrors;
  return errors === 0;
}
function validate443(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!formats6.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'uuid' },
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
  validate443.errors = vErrors;
  return errors === 0;
}
const schema218 = { type: 'string', enum: ['equals', 'starts-with', 'contains'] };
function validate445(data, instancePath = '') {
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
  validate445.errors = vErrors;
  return errors === 0;
}
const schema219 = { type: 'string' };
function validate447(data, instancePath = '') {
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
  validate447.errors = vErrors;
  return errors === 0;
}
function validate434(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate435(data0.account_id, instancePath) ||
              validate435(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate435.errors : vErrors.concat(validate435.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (
            !(
              key1 === 'page' ||
              key1 === 'per_page' ||
              key1 === 'enable' ||
              key1 === 'account_provider_id' ||
              key1 === 'model_rule' ||
              key1 === 'cost_type' ||
              key1 === 'search'
            )
          ) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data2.page !== undefined) {
          if (
            !(
              validate437(data2.page, instancePath) ||
              validate437(data2.page, instancePath + '/query/page')
            )
          ) {
            vErrors = vErrors === null ? validate437.errors : vErrors.concat(validate437.errors);
            errors = vErrors.length;
          }
        }
        if (data2.per_page !== undefined) {
          if (
            !(
              validate439(data2.per_page, instancePath) ||
              validate439(data2.per_page, instancePath + '/query/per_page')
            )
          ) {
            vErrors = vErrors === null ? validate439.errors : vErrors.concat(validate439.errors);
            errors = vErrors.length;
          }
        }
        if (data2.enable !== undefined) {
          if (
            !(
              validate441(data2.enable, instancePath) ||
              validate441(data2.enable, instancePath + '/query/enable')
            )
          ) {
            vErrors = vErrors === null ? validate441.errors : vErrors.concat(validate441.errors);
            errors = vErrors.length;
          }
        }
        if (data2.account_provider_id !== undefined) {
          if (
            !(
              validate443(data2.account_provider_id, instancePath) ||
              validate443(data2.account_provider_id, instancePath + '/query/account_provider_id')
            )
          ) {
            vErrors = vErrors === null ? validate443.errors : vErrors.concat(validate443.errors);
            errors = vErrors.length;
          }
        }
        if (data2.model_rule !== undefined) {
          if (
            !(
              validate445(data2.model_rule, instancePath) ||
              validate445(data2.model_rule, instancePath + '/query/model_rule')
            )
          ) {
            vErrors = vErrors === null ? validate445.errors : vErrors.concat(validate445.errors);
            errors = vErrors.length;
          }
        }
        if (data2.cost_type !== undefined) {
          if (
            !(
              validate447(data2.cost_type, instancePath) ||
              validate447(data2.cost_type, instancePath + '/query/cost_type')
            )
          ) {
            vErrors = vErrors === null ? validate447.errors : vErrors.concat(validate447.errors);
            errors = vErrors.length;
          }
        }
        if (data2.search !== undefined) {
          if (
            !(
              validate435(data2.search, instancePath) ||
              validate435(data2.search, instancePath + '/query/search')
            )
          ) {
            vErrors = vErrors === null ? validate435.errors : vErrors.concat(validate435.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate434.errors = vErrors;
  return errors === 0;
}
export const createCustomProviderCost_params = validate450;
const schema220 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate451(data, instancePath = '') {
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
  validate451.errors = vErrors;
  return errors === 0;
}
function validate450(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate451(data0.account_id, instancePath) ||
              validate451(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate451.errors : vErrors.concat(validate451.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate450.errors = vErrors;
  return errors === 0;
}
export const createCustomProviderCost_body = validate453;
const schema222 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1custom-providers~1costs/post/requestBody/content/application~1json/schema',
};
const schema223 = {
  type: 'object',
  required: ['account_provider_id', 'model'],
  properties: {
    account_provider_id: { type: 'string', format: 'uuid' },
    model: { type: 'string' },
    model_rule: { $ref: '#/components/schemas/CostModelRule' },
    cost_type: { type: 'string' },
    cost_in: { type: 'number' },
    cost_out: { type: 'number' },
    token_pricing: { $ref: '#/components/schemas/TokenPricing' },
    enable: { type: 'boolean' },
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
const schema225 = {
  type: 'object',
  properties: {
    input_tokens: { type: 'number' },
    input_text_tokens: { type: 'number' },
    input_cached_tokens: { type: 'number' },
    input_cache_creation_tokens: { type: 'number' },
    input_audio_tokens: { type: 'number' },
    input_image_tokens: { type: 'number' },
    input_video_tokens: { type: 'number' },
    input_image_count: { type: 'number' },
    output_tokens: { type: 'number' },
    output_reasoning_tokens: { type: 'number' },
    output_image_count: { type: 'number' },
    total_tokens: { type: 'number' },
  },
};
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
function validate454(data, instancePath = '') {
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
  validate454.errors = vErrors;
  return errors === 0;
}
function validate453(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate454(data, instancePath)) {
    vErrors = vErrors === null ? validate454.errors : vErrors.concat(validate454.errors);
    errors = vErrors.length;
  }
  validate453.errors = vErrors;
  return errors === 0;
}
export const getCustomProviderCost_params = validate460;
const schema226 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        id: { $ref: 'cloudflare#/components/parameters/CustomProviderId/schema' },
      },
      required: ['account_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate461(data, instancePath = '') {
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
  validate461.errors = vErrors;
  return errors === 0;
}
function validate463(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!formats6.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'uuid' },
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
  validate463.errors = vErrors;
  return errors === 0;
}
function validate460(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate461(data0.account_id, instancePath) ||
              validate461(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate461.errors : vErrors.concat(validate461.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate463(data0.id, instancePath) ||
              validate463(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate463.errors : vErrors.concat(validate463.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate460.errors = vErrors;
  return errors === 0;
}
export const deleteCustomProviderCost_params = validate465;
const schema229 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        id: { $ref: 'cloudflare#/components/parameters/CustomProviderId/schema' },
      },
      required: ['account_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate466(data, instancePath = '') {
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
  validate466.errors = vErrors;
  return errors === 0;
}
function validate468(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!formats6.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'uuid' },
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
  validate468.errors = vErrors;
  return errors === 0;
}
function validate465(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate466(data0.account_id, instancePath) ||
              validate466(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate466.errors : vErrors.concat(validate466.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate468(data0.id, instancePath) ||
              validate468(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate468.errors : vErrors.concat(validate468.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate465.errors = vErrors;
  return errors === 0;
}
export const updateCustomProviderCost_params = validate470;
const schema232 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        id: { $ref: 'cloudflare#/components/parameters/CustomProviderId/schema' },
      },
      required: ['account_id', 'id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate471(data, instancePath = '') {
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
  validate471.errors = vErrors;
  return errors === 0;
}
function validate473(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!formats6.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'uuid' },
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
  validate473.errors = vErrors;
  return errors === 0;
}
function validate470(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate471(data0.account_id, instancePath) ||
              validate471(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate471.errors : vErrors.concat(validate471.errors);
            errors = vErrors.length;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate473(data0.id, instancePath) ||
              validate473(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate473.errors : vErrors.concat(validate473.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate470.errors = vErrors;
  return errors === 0;
}
export const updateCustomProviderCost_body = validate475;
const schema235 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1custom-providers~1costs~1%7Bid%7D/patch/requestBody/content/application~1json/schema',
};
const schema236 = {
  type: 'object',
  properties: {
    model: { type: 'string' },
    model_rule: { $ref: '#/components/schemas/CostModelRule' },
    cost_type: { type: 'string' },
    cost_in: { type: 'number' },
    cost_out: { type: 'number' },
    token_pricing: { $ref: '#/components/schemas/TokenPricing' },
    enable: { type: 'boolean' },
  },
};
function validate476(data, instancePath = '') {
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
  validate476.errors = vErrors;
  return errors === 0;
}
function validate475(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate476(data, instancePath)) {
    vErrors = vErrors === null ? validate476.errors : vErrors.concat(validate476.errors);
    errors = vErrors.length;
  }
  validate475.errors = vErrors;
  return errors === 0;
}
export const listCustomDomains_params = validate480;
const schema237 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        page: { $ref: 'cloudflare#/components/parameters/Page/schema' },
        per_page: { $ref: 'cloudflare#/components/parameters/PerPage/schema' },
        status: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1custom-domains/get/parameters/2/schema',
        },
        search: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate481(data, instancePath = '') {
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
  validate481.errors = vErrors;
  return errors === 0;
}
function validate483(data, instancePath = '') {
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
  validate483.errors = vErrors;
  return errors === 0;
}
function validate485(data, instancePath = '') {
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
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate485.errors = vErrors;
  return errors === 0;
}
function validate487(data, instancePath = '') {
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
    if (data > 100 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 100 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate487.errors = vErrors;
  return errors === 0;
}
const schema242 = {
  type: 'string',
  enum: ['initializing', 'pending_dcv', 'active', 'blocked', 'error'],
};
function validate489(data, instancePath = '') {
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
  validate489.errors = vErrors;
  return errors === 0;
}
function validate480(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate481(data0.account_id, instancePath) ||
              validate481(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate481.errors : vErrors.concat(validate481.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate483(data0.gateway_id, instancePath) ||
              validate483(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate483.errors : vErrors.concat(validate483.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === 'page' || key1 === 'per_page' || key1 === 'status' || key1 === 'search')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data3.page !== undefined) {
          if (
            !(
              validate485(data3.page, instancePath) ||
              validate485(data3.page, instancePath + '/query/page')
            )
          ) {
            vErrors = vErrors === null ? validate485.errors : vErrors.concat(validate485.errors);
            errors = vErrors.length;
          }
        }
        if (data3.per_page !== undefined) {
          if (
            !(
              validate487(data3.per_page, instancePath) ||
              validate487(data3.per_page, instancePath + '/query/per_page')
            )
          ) {
            vErrors = vErrors === null ? validate487.errors : vErrors.concat(validate487.errors);
            errors = vErrors.length;
          }
        }
        if (data3.status !== undefined) {
          if (
            !(
              validate489(data3.status, instancePath) ||
              validate489(data3.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate489.errors : vErrors.concat(validate489.errors);
            errors = vErrors.length;
          }
        }
        if (data3.search !== undefined) {
          if (
            !(
              validate481(data3.search, instancePath) ||
              validate481(data3.search, instancePath + '/query/search')
            )
          ) {
            vErrors = vErrors === null ? validate481.errors : vErrors.concat(validate481.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate480.errors = vErrors;
  return errors === 0;
}
export const createCustomDomain_params = validate492;
const schema243 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
      },
      required: ['account_id', 'gateway_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate493(data, instancePath = '') {
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
  validate493.errors = vErrors;
  return errors === 0;
}
function validate495(data, instancePath = '') {
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
  validate495.errors = vErrors;
  return errors === 0;
}
function validate492(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate493(data0.account_id, instancePath) ||
              validate493(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate493.errors : vErrors.concat(validate493.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate495(data0.gateway_id, instancePath) ||
              validate495(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate495.errors : vErrors.concat(validate495.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data3 = data.query;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        for (const key1 in data3) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate492.errors = vErrors;
  return errors === 0;
}
export const createCustomDomain_body = validate497;
const schema246 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1gateways~1%7Bgateway_id%7D~1custom-domains/post/requestBody/content/application~1json/schema',
};
const schema247 = {
  type: 'object',
  required: ['domain', 'zone_id'],
  properties: {
    domain: { $ref: '#/components/schemas/CustomDomainHostname' },
    zone_id: { type: 'string', pattern: '^[0-9a-f]{32}$' },
    minTLS: { type: 'string', enum: ['1.0', '1.1', '1.2', '1.3'] },
  },
};
const schema248 = {
  type: 'string',
  minLength: 1,
  maxLength: 253,
  pattern: '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$',
};
const pattern41 = new RegExp(
  '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$',
  'u',
);
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
const pattern42 = new RegExp('^[0-9a-f]{32}$', 'u');
function validate498(data, instancePath = '') {
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
  validate498.errors = vErrors;
  return errors === 0;
}
function validate497(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate498(data, instancePath)) {
    vErrors = vErrors === null ? validate498.errors : vErrors.concat(validate498.errors);
    errors = vErrors.length;
  }
  validate497.errors = vErrors;
  return errors === 0;
}
export const getCustomDomain_params = validate502;
const schema249 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        hostname: { $ref: 'cloudflare#/components/parameters/CustomDomainHostname/schema' },
      },
      required: ['account_id', 'gateway_id', 'hostname'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate503(data, instancePath = '') {
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
  validate503.errors = vErrors;
  return errors === 0;
}
function validate505(data, instancePath = '') {
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
  validate505.errors = vErrors;
  return errors === 0;
}
function validate507(data, instancePath = '') {
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
  validate507.errors = vErrors;
  return errors === 0;
}
function validate502(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.hostname === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'hostname' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'hostname')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate503(data0.account_id, instancePath) ||
              validate503(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate503.errors : vErrors.concat(validate503.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate505(data0.gateway_id, instancePath) ||
              validate505(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate505.errors : vErrors.concat(validate505.errors);
            errors = vErrors.length;
          }
        }
        if (data0.hostname !== undefined) {
          if (
            !(
              validate507(data0.hostname, instancePath) ||
              validate507(data0.hostname, instancePath + '/path/hostname')
            )
          ) {
            vErrors = vErrors === null ? validate507.errors : vErrors.concat(validate507.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate502.errors = vErrors;
  return errors === 0;
}
export const deleteCustomDomain_params = validate509;
const schema253 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: {
        account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' },
        gateway_id: { $ref: 'cloudflare#/components/parameters/GatewayIdSelf/schema' },
        hostname: { $ref: 'cloudflare#/components/parameters/CustomDomainHostname/schema' },
      },
      required: ['account_id', 'gateway_id', 'hostname'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate510(data, instancePath = '') {
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
  validate510.errors = vErrors;
  return errors === 0;
}
function validate512(data, instancePath = '') {
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
  validate512.errors = vErrors;
  return errors === 0;
}
function validate514(data, instancePath = '') {
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
  validate514.errors = vErrors;
  return errors === 0;
}
function validate509(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        if (data0.gateway_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'gateway_id' },
          });
          errors++;
        }
        if (data0.hostname === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'hostname' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id' || key0 === 'gateway_id' || key0 === 'hostname')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate510(data0.account_id, instancePath) ||
              validate510(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate510.errors : vErrors.concat(validate510.errors);
            errors = vErrors.length;
          }
        }
        if (data0.gateway_id !== undefined) {
          if (
            !(
              validate512(data0.gateway_id, instancePath) ||
              validate512(data0.gateway_id, instancePath + '/path/gateway_id')
            )
          ) {
            vErrors = vErrors === null ? validate512.errors : vErrors.concat(validate512.errors);
            errors = vErrors.length;
          }
        }
        if (data0.hostname !== undefined) {
          if (
            !(
              validate514(data0.hostname, instancePath) ||
              validate514(data0.hostname, instancePath + '/path/hostname')
            )
          ) {
            vErrors = vErrors === null ? validate514.errors : vErrors.concat(validate514.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data4 = data.query;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        for (const key1 in data4) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate509.errors = vErrors;
  return errors === 0;
}
export const getCreditBalance_params = validate516;
const schema257 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate517(data, instancePath = '') {
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
  validate517.errors = vErrors;
  return errors === 0;
}
function validate516(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate517(data0.account_id, instancePath) ||
              validate517(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate517.errors : vErrors.concat(validate517.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate516.errors = vErrors;
  return errors === 0;
}
export const getInvoiceHistory_params = validate519;
const schema259 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        type: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1billing~1invoice-history/get/parameters/0/schema',
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate520(data, instancePath = '') {
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
  validate520.errors = vErrors;
  return errors === 0;
}
const schema261 = { type: 'string', enum: ['auto', 'all', 'manual'] };
function validate522(data, instancePath = '') {
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
  if (!(data === 'auto' || data === 'all' || data === 'manual')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema261.enum },
    });
    errors++;
  }
  validate522.errors = vErrors;
  return errors === 0;
}
function validate519(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate520(data0.account_id, instancePath) ||
              validate520(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate520.errors : vErrors.concat(validate520.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === 'type')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data2.type !== undefined) {
          if (
            !(
              validate522(data2.type, instancePath) ||
              validate522(data2.type, instancePath + '/query/type')
            )
          ) {
            vErrors = vErrors === null ? validate522.errors : vErrors.concat(validate522.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate519.errors = vErrors;
  return errors === 0;
}
export const getInvoicePreview_params = validate524;
const schema262 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate525(data, instancePath = '') {
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
  validate525.errors = vErrors;
  return errors === 0;
}
function validate524(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate525(data0.account_id, instancePath) ||
              validate525(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate525.errors : vErrors.concat(validate525.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate524.errors = vErrors;
  return errors === 0;
}
export const getUsageHistory_params = validate527;
const schema264 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        value_grouping_window: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1billing~1usage-history/get/parameters/0/schema',
        },
        start_time: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1billing~1usage-history/get/parameters/1/schema',
        },
        end_time: {
          $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1billing~1usage-history/get/parameters/1/schema',
        },
      },
      required: ['value_grouping_window'],
      additionalProperties: false,
    },
  },
  required: ['path', 'query'],
};
function validate528(data, instancePath = '') {
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
  validate528.errors = vErrors;
  return errors === 0;
}
const schema266 = { type: 'string', enum: ['day', 'hour'] };
function validate530(data, instancePath = '') {
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
  if (!(data === 'day' || data === 'hour')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema266.enum },
    });
    errors++;
  }
  validate530.errors = vErrors;
  return errors === 0;
}
const schema267 = { type: ['number', 'null'] };
function validate532(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number') && data !== null) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema267.type },
    });
    errors++;
  }
  validate532.errors = vErrors;
  return errors === 0;
}
function validate527(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.query === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'query' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate528(data0.account_id, instancePath) ||
              validate528(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate528.errors : vErrors.concat(validate528.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.value_grouping_window === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/required',
            keyword: 'required',
            params: { missingProperty: 'value_grouping_window' },
          });
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === 'value_grouping_window' || key1 === 'start_time' || key1 === 'end_time')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data2.value_grouping_window !== undefined) {
          if (
            !(
              validate530(data2.value_grouping_window, instancePath) ||
              validate530(
                data2.value_grouping_window,
                instancePath + '/query/value_grouping_window',
              )
            )
          ) {
            vErrors = vErrors === null ? validate530.errors : vErrors.concat(validate530.errors);
            errors = vErrors.length;
          }
        }
        if (data2.start_time !== undefined) {
          if (
            !(
              validate532(data2.start_time, instancePath) ||
              validate532(data2.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate532.errors : vErrors.concat(validate532.errors);
            errors = vErrors.length;
          }
        }
        if (data2.end_time !== undefined) {
          if (
            !(
              validate532(data2.end_time, instancePath) ||
              validate532(data2.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate532.errors : vErrors.concat(validate532.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate527.errors = vErrors;
  return errors === 0;
}
export const getSpendingLimit_params = validate535;
const schema268 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate536(data, instancePath = '') {
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
  validate536.errors = vErrors;
  return errors === 0;
}
function validate535(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate536(data0.account_id, instancePath) ||
              validate536(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate536.errors : vErrors.concat(validate536.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate535.errors = vErrors;
  return errors === 0;
}
export const setSpendingLimit_params = validate538;
const schema270 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate539(data, instancePath = '') {
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
  validate539.errors = vErrors;
  return errors === 0;
}
function validate538(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate539(data0.account_id, instancePath) ||
              validate539(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate539.errors : vErrors.concat(validate539.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate538.errors = vErrors;
  return errors === 0;
}
export const setSpendingLimit_body = validate541;
const schema272 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1billing~1spending-limit/post/requestBody/content/application~1json/schema',
};
const schema273 = {
  type: 'object',
  additionalProperties: false,
  required: ['amount', 'duration', 'strategy'],
  properties: {
    amount: { type: 'integer', minimum: 100 },
    duration: { $ref: '#/components/schemas/SpendingLimitDuration' },
    strategy: { $ref: '#/components/schemas/SpendingLimitStrategy' },
  },
};
const schema274 = { type: 'string', enum: ['daily', 'weekly', 'monthly'] };
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
const schema275 = { type: 'string', enum: ['fixed', 'sliding'] };
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
function validate542(data, instancePath = '') {
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
  validate542.errors = vErrors;
  return errors === 0;
}
function validate541(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate542(data, instancePath)) {
    vErrors = vErrors === null ? validate542.errors : vErrors.concat(validate542.errors);
    errors = vErrors.length;
  }
  validate541.errors = vErrors;
  return errors === 0;
}
export const deleteSpendingLimit_params = validate548;
const schema276 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate549(data, instancePath = '') {
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
  validate549.errors = vErrors;
  return errors === 0;
}
function validate548(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate549(data0.account_id, instancePath) ||
              validate549(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate549.errors : vErrors.concat(validate549.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate548.errors = vErrors;
  return errors === 0;
}
export const createTopup_params = validate551;
const schema278 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate552(data, instancePath = '') {
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
  validate552.errors = vErrors;
  return errors === 0;
}
function validate551(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate552(data0.account_id, instancePath) ||
              validate552(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate552.errors : vErrors.concat(validate552.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate551.errors = vErrors;
  return errors === 0;
}
export const createTopup_body = validate554;
const schema280 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1billing~1topup/post/requestBody/content/application~1json/schema',
};
const schema281 = {
  type: 'object',
  additionalProperties: false,
  required: ['amount'],
  properties: { amount: { type: 'integer', minimum: 1000 } },
};
function validate555(data, instancePath = '') {
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
  validate555.errors = vErrors;
  return errors === 0;
}
function validate554(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate555(data, instancePath)) {
    vErrors = vErrors === null ? validate555.errors : vErrors.concat(validate555.errors);
    errors = vErrors.length;
  }
  validate554.errors = vErrors;
  return errors === 0;
}
export const getTopupConfig_params = validate557;
const schema282 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate558(data, instancePath = '') {
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
  validate558.errors = vErrors;
  return errors === 0;
}
function validate557(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate558(data0.account_id, instancePath) ||
              validate558(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate558.errors : vErrors.concat(validate558.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate557.errors = vErrors;
  return errors === 0;
}
export const setTopupConfig_params = validate560;
const schema284 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate561(data, instancePath = '') {
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
  validate561.errors = vErrors;
  return errors === 0;
}
function validate560(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate561(data0.account_id, instancePath) ||
              validate561(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate561.errors : vErrors.concat(validate561.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate560.errors = vErrors;
  return errors === 0;
}
export const setTopupConfig_body = validate563;
const schema286 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1billing~1topup~1config/post/requestBody/content/application~1json/schema',
};
const schema287 = {
  type: 'object',
  additionalProperties: false,
  required: ['threshold', 'amount'],
  properties: {
    threshold: { type: 'integer', minimum: 500 },
    amount: { type: 'integer', minimum: 1000 },
  },
};
function validate564(data, instancePath = '') {
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
  validate564.errors = vErrors;
  return errors === 0;
}
function validate563(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate564(data, instancePath)) {
    vErrors = vErrors === null ? validate564.errors : vErrors.concat(validate564.errors);
    errors = vErrors.length;
  }
  validate563.errors = vErrors;
  return errors === 0;
}
export const deleteTopupConfig_params = validate566;
const schema288 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate567(data, instancePath = '') {
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
  validate567.errors = vErrors;
  return errors === 0;
}
function validate566(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate567(data0.account_id, instancePath) ||
              validate567(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate567.errors : vErrors.concat(validate567.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate566.errors = vErrors;
  return errors === 0;
}
export const getTopupLimits_params = validate569;
const schema290 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate570(data, instancePath = '') {
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
  validate570.errors = vErrors;
  return errors === 0;
}
function validate569(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate570(data0.account_id, instancePath) ||
              validate570(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate570.errors : vErrors.concat(validate570.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate569.errors = vErrors;
  return errors === 0;
}
export const checkTopupStatus_params = validate572;
const schema292 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { account_id: { $ref: 'cloudflare#/components/parameters/AccountId/schema' } },
      required: ['account_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate573(data, instancePath = '') {
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
  validate573.errors = vErrors;
  return errors === 0;
}
function validate572(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.account_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'account_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'account_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.account_id !== undefined) {
          if (
            !(
              validate573(data0.account_id, instancePath) ||
              validate573(data0.account_id, instancePath + '/path/account_id')
            )
          ) {
            vErrors = vErrors === null ? validate573.errors : vErrors.concat(validate573.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate572.errors = vErrors;
  return errors === 0;
}
export const checkTopupStatus_body = validate575;
const schema294 = {
  $ref: 'cloudflare#/paths/~1accounts~1%7Baccount_id%7D~1ai-gateway~1billing~1topup~1status/post/requestBody/content/application~1json/schema',
};
const schema295 = {
  type: 'object',
  additionalProperties: false,
  required: ['payment_intent_id'],
  properties: { payment_intent_id: { type: 'string' } },
};
function validate576(data, instancePath = '') {
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
  validate576.errors = vErrors;
  return errors === 0;
}
function validate575(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate576(data, instancePath)) {
    vErrors = vErrors === null ? validate576.errors : vErrors.concat(validate576.errors);
    errors = vErrors.length;
  }
  validate575.errors = vErrors;
  return errors === 0;
}
