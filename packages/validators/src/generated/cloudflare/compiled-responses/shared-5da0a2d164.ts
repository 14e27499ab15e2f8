// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { ucs2length } from '../../../runtime/json.js';

import { validate66 } from './shared-abdc4e02b1.js';
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
export function validate907(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.rate_limiting_interval === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rate_limiting_interval' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rate_limiting_limit === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rate_limiting_limit' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.collect_logs === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'collect_logs' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.cache_ttl === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cache_ttl' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.cache_invalidate_on_update === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cache_invalidate_on_update' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (
        !validate66(data.id, {
          instancePath: instancePath + '/id',
          parentData: data,
          parentDataProperty: 'id',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.authentication !== undefined) {
      if (typeof data.authentication !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/authentication',
          schemaPath: '#/properties/authentication/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.cache_invalidate_on_update !== undefined) {
      if (typeof data.cache_invalidate_on_update !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/cache_invalidate_on_update',
          schemaPath: '#/properties/cache_invalidate_on_update/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.cache_ttl !== undefined) {
      let data3 = data.cache_ttl;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3)) && data3 !== null) {
        const err10 = {
          instancePath: instancePath + '/cache_ttl',
          schemaPath: '#/properties/cache_ttl/type',
          keyword: 'type',
          params: { type: schema299.properties.cache_ttl.type },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          const err11 = {
            instancePath: instancePath + '/cache_ttl',
            schemaPath: '#/properties/cache_ttl/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.collect_logs !== undefined) {
      if (typeof data.collect_logs !== 'boolean') {
        const err12 = {
          instancePath: instancePath + '/collect_logs',
          schemaPath: '#/properties/collect_logs/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.log_management !== undefined) {
      let data5 = data.log_management;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5)) && data5 !== null) {
        const err13 = {
          instancePath: instancePath + '/log_management',
          schemaPath: '#/properties/log_management/type',
          keyword: 'type',
          params: { type: schema299.properties.log_management.type },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data5 == 'number') {
        if (data5 > 10000000 || isNaN(data5)) {
          const err14 = {
            instancePath: instancePath + '/log_management',
            schemaPath: '#/properties/log_management/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000000 },
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5 < 10000 || isNaN(data5)) {
          const err15 = {
            instancePath: instancePath + '/log_management',
            schemaPath: '#/properties/log_management/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 10000 },
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.log_management_strategy !== undefined) {
      let data6 = data.log_management_strategy;
      if (typeof data6 !== 'string' && data6 !== null) {
        const err16 = {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/type',
          keyword: 'type',
          params: { type: schema299.properties.log_management_strategy.type },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data6 === 'STOP_INSERTING' || data6 === 'DELETE_OLDEST' || data6 === null)) {
        const err17 = {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/enum',
          keyword: 'enum',
          params: { allowedValues: schema299.properties.log_management_strategy.enum },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.logpush !== undefined) {
      if (typeof data.logpush !== 'boolean') {
        const err18 = {
          instancePath: instancePath + '/logpush',
          schemaPath: '#/properties/logpush/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.logpush_public_key !== undefined) {
      let data8 = data.logpush_public_key;
      if (typeof data8 !== 'string' && data8 !== null) {
        const err19 = {
          instancePath: instancePath + '/logpush_public_key',
          schemaPath: '#/properties/logpush_public_key/type',
          keyword: 'type',
          params: { type: schema299.properties.logpush_public_key.type },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data8 === 'string') {
        if (func1(data8) > 1024) {
          const err20 = {
            instancePath: instancePath + '/logpush_public_key',
            schemaPath: '#/properties/logpush_public_key/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (func1(data8) < 16) {
          const err21 = {
            instancePath: instancePath + '/logpush_public_key',
            schemaPath: '#/properties/logpush_public_key/minLength',
            keyword: 'minLength',
            params: { limit: 16 },
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.rate_limiting_interval !== undefined) {
      let data9 = data.rate_limiting_interval;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9)) && data9 !== null) {
        const err22 = {
          instancePath: instancePath + '/rate_limiting_interval',
          schemaPath: '#/properties/rate_limiting_interval/type',
          keyword: 'type',
          params: { type: schema299.properties.rate_limiting_interval.type },
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          const err23 = {
            instancePath: instancePath + '/rate_limiting_interval',
            schemaPath: '#/properties/rate_limiting_interval/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.rate_limiting_limit !== undefined) {
      let data10 = data.rate_limiting_limit;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10)) && data10 !== null) {
        const err24 = {
          instancePath: instancePath + '/rate_limiting_limit',
          schemaPath: '#/properties/rate_limiting_limit/type',
          keyword: 'type',
          params: { type: schema299.properties.rate_limiting_limit.type },
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          const err25 = {
            instancePath: instancePath + '/rate_limiting_limit',
            schemaPath: '#/properties/rate_limiting_limit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.rate_limiting_technique !== undefined) {
      let data11 = data.rate_limiting_technique;
      if (typeof data11 !== 'string' && data11 !== null) {
        const err26 = {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/type',
          keyword: 'type',
          params: { type: schema299.properties.rate_limiting_technique.type },
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (!(data11 === 'fixed' || data11 === 'sliding' || data11 === null)) {
        const err27 = {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/enum',
          keyword: 'enum',
          params: { allowedValues: schema299.properties.rate_limiting_technique.enum },
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.retry_backoff !== undefined) {
      let data12 = data.retry_backoff;
      if (typeof data12 !== 'string' && data12 !== null) {
        const err28 = {
          instancePath: instancePath + '/retry_backoff',
          schemaPath: '#/properties/retry_backoff/type',
          keyword: 'type',
          params: { type: schema299.properties.retry_backoff.type },
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
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
        const err29 = {
          instancePath: instancePath + '/retry_backoff',
          schemaPath: '#/properties/retry_backoff/enum',
          keyword: 'enum',
          params: { allowedValues: schema299.properties.retry_backoff.enum },
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.retry_delay !== undefined) {
      let data13 = data.retry_delay;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13)) && data13 !== null) {
        const err30 = {
          instancePath: instancePath + '/retry_delay',
          schemaPath: '#/properties/retry_delay/type',
          keyword: 'type',
          params: { type: schema299.properties.retry_delay.type },
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 > 5000 || isNaN(data13)) {
          const err31 = {
            instancePath: instancePath + '/retry_delay',
            schemaPath: '#/properties/retry_delay/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 5000 },
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data13 < 0 || isNaN(data13)) {
          const err32 = {
            instancePath: instancePath + '/retry_delay',
            schemaPath: '#/properties/retry_delay/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    if (data.retry_max_attempts !== undefined) {
      let data14 = data.retry_max_attempts;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14)) && data14 !== null) {
        const err33 = {
          instancePath: instancePath + '/retry_max_attempts',
          schemaPath: '#/properties/retry_max_attempts/type',
          keyword: 'type',
          params: { type: schema299.properties.retry_max_attempts.type },
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data14 == 'number') {
        if (data14 > 5 || isNaN(data14)) {
          const err34 = {
            instancePath: instancePath + '/retry_max_attempts',
            schemaPath: '#/properties/retry_max_attempts/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 5 },
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data14 < 1 || isNaN(data14)) {
          const err35 = {
            instancePath: instancePath + '/retry_max_attempts',
            schemaPath: '#/properties/retry_max_attempts/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    if (data.store_id !== undefined) {
      let data15 = data.store_id;
      if (typeof data15 !== 'string' && data15 !== null) {
        const err36 = {
          instancePath: instancePath + '/store_id',
          schemaPath: '#/properties/store_id/type',
          keyword: 'type',
          params: { type: schema299.properties.store_id.type },
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.workers_ai_billing_mode !== undefined) {
      let data16 = data.workers_ai_billing_mode;
      if (typeof data16 !== 'string') {
        const err37 = {
          instancePath: instancePath + '/workers_ai_billing_mode',
          schemaPath: '#/properties/workers_ai_billing_mode/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (!(data16 === 'postpaid' || data16 === 'unified')) {
        const err38 = {
          instancePath: instancePath + '/workers_ai_billing_mode',
          schemaPath: '#/properties/workers_ai_billing_mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema299.properties.workers_ai_billing_mode.enum },
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.zdr !== undefined) {
      if (typeof data.zdr !== 'boolean') {
        const err39 = {
          instancePath: instancePath + '/zdr',
          schemaPath: '#/properties/zdr/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.is_default !== undefined) {
      if (typeof data.is_default !== 'boolean') {
        const err40 = {
          instancePath: instancePath + '/is_default',
          schemaPath: '#/properties/is_default/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.log_classification !== undefined) {
      if (typeof data.log_classification !== 'boolean') {
        const err41 = {
          instancePath: instancePath + '/log_classification',
          schemaPath: '#/properties/log_classification/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.dlp !== undefined) {
      if (
        !validate81(data.dlp, {
          instancePath: instancePath + '/dlp',
          parentData: data,
          parentDataProperty: 'dlp',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
        errors = vErrors.length;
      }
    }
    if (data.guardrails !== undefined) {
      if (
        !validate83(data.guardrails, {
          instancePath: instancePath + '/guardrails',
          parentData: data,
          parentDataProperty: 'guardrails',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
        errors = vErrors.length;
      }
    }
    if (data.otel !== undefined) {
      if (
        !validate88(data.otel, {
          instancePath: instancePath + '/otel',
          parentData: data,
          parentDataProperty: 'otel',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
        errors = vErrors.length;
      }
    }
    if (data.spend_limits !== undefined) {
      if (
        !validate90(data.spend_limits, {
          instancePath: instancePath + '/spend_limits',
          parentData: data,
          parentDataProperty: 'spend_limits',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
        errors = vErrors.length;
      }
    }
    if (data.stripe !== undefined) {
      if (
        !validate96(data.stripe, {
          instancePath: instancePath + '/stripe',
          parentData: data,
          parentDataProperty: 'stripe',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
        errors = vErrors.length;
      }
    }
    if (data.created_at !== undefined) {
      let data25 = data.created_at;
      if (typeof data25 === 'string') {
        if (!formats2.validate(data25)) {
          const err42 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data26 = data.modified_at;
      if (typeof data26 === 'string') {
        if (!formats2.validate(data26)) {
          const err44 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate907.errors = vErrors;
  return errors === 0;
}
