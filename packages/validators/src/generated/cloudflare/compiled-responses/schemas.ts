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
  schema37,
  schema39,
  schema38,
  validate84,
  schema40,
  schema41,
  validate91,
  schema42,
  schema43,
} from './shared-05c9fd0c19.js';
import { schema323 } from './shared-2afe381cd5.js';
import { schema325 } from './shared-9f3119814c.js';
import { schema101, validate223 } from './shared-d10d63580c.js';
import { validate675, validate679 } from './shared-b7ea293c69.js';
import { schema139, validate296 } from './shared-d7f7d07cfb.js';
import { schema368, validate736 } from './shared-b8f559a566.js';
import { schema370 } from './shared-3be7bce457.js';
import { validate738 } from './shared-a4d247be32.js';
import { validate412 } from './shared-66eabee129.js';
import { schema218, validate455 } from './shared-186c098302.js';
import { schema242, validate816 } from './shared-fbdd38e3cb.js';
import { validate499, schema418 } from './shared-689a959946.js';
import { schema431, validate841 } from './shared-71db903be3.js';
import { schema433 } from './shared-8690d7a21a.js';
import { schema436 } from './shared-ee1f48d422.js';
import { schema438 } from './shared-afbb645882.js';
import { schema274, schema275, schema446, validate543, validate545 } from './shared-84644d6d77.js';
import { schema452 } from './shared-6556220816.js';
import { schema462 } from './shared-5f640d2c35.js';
import { schema464 } from './shared-d0a4495075.js';

const pattern42 = new RegExp('^[0-9a-f]{32}$', 'u');
const pattern41 = new RegExp(
  '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$',
  'u',
);
const formats6 = formats.uuid;
const pattern6 = new RegExp('^[a-zA-Z0-9_-]+$', 'u');
const formats0 = formats.uri;
const formats2 = formats['date-time'];
const pattern3 = new RegExp('^[a-z0-9_]+(?:-[a-z0-9_]+)*$', 'u');
const func1 = ucs2length;
export const schema_GatewayId = validate578;
function validate579(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (func1(data) > 64) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 64 },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func1(data) < 1) {
      const err1 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern3.test(data)) {
      const err2 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[a-z0-9_]+(?:-[a-z0-9_]+)*$' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate579.errors = vErrors;
  return errors === 0;
}
function validate578(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate579(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate579.errors : vErrors.concat(validate579.errors);
    errors = vErrors.length;
  }
  validate578.errors = vErrors;
  return errors === 0;
}
export const schema_Gateway = validate581;
function validate582(
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
  validate582.errors = vErrors;
  return errors === 0;
}
function validate581(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate582(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate591(
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
        const err6 = {
          instancePath: instancePath + '/authentication',
          schemaPath: '#/properties/authentication/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.cache_invalidate_on_update !== undefined) {
      if (typeof data.cache_invalidate_on_update !== 'boolean') {
        const err7 = {
          instancePath: instancePath + '/cache_invalidate_on_update',
          schemaPath: '#/properties/cache_invalidate_on_update/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.cache_ttl !== undefined) {
      let data3 = data.cache_ttl;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3)) && data3 !== null) {
        const err8 = {
          instancePath: instancePath + '/cache_ttl',
          schemaPath: '#/properties/cache_ttl/type',
          keyword: 'type',
          params: { type: schema27.properties.cache_ttl.type },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          const err9 = {
            instancePath: instancePath + '/cache_ttl',
            schemaPath: '#/properties/cache_ttl/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.collect_logs !== undefined) {
      if (typeof data.collect_logs !== 'boolean') {
        const err10 = {
          instancePath: instancePath + '/collect_logs',
          schemaPath: '#/properties/collect_logs/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.log_management !== undefined) {
      let data5 = data.log_management;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5)) && data5 !== null) {
        const err11 = {
          instancePath: instancePath + '/log_management',
          schemaPath: '#/properties/log_management/type',
          keyword: 'type',
          params: { type: schema27.properties.log_management.type },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data5 == 'number') {
        if (data5 > 10000000 || isNaN(data5)) {
          const err12 = {
            instancePath: instancePath + '/log_management',
            schemaPath: '#/properties/log_management/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000000 },
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data5 < 10000 || isNaN(data5)) {
          const err13 = {
            instancePath: instancePath + '/log_management',
            schemaPath: '#/properties/log_management/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 10000 },
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.log_management_strategy !== undefined) {
      let data6 = data.log_management_strategy;
      if (typeof data6 !== 'string' && data6 !== null) {
        const err14 = {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/type',
          keyword: 'type',
          params: { type: schema27.properties.log_management_strategy.type },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data6 === 'STOP_INSERTING' || data6 === 'DELETE_OLDEST' || data6 === null)) {
        const err15 = {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/enum',
          keyword: 'enum',
          params: { allowedValues: schema27.properties.log_management_strategy.enum },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.logpush !== undefined) {
      if (typeof data.logpush !== 'boolean') {
        const err16 = {
          instancePath: instancePath + '/logpush',
          schemaPath: '#/properties/logpush/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.logpush_public_key !== undefined) {
      let data8 = data.logpush_public_key;
      if (typeof data8 !== 'string' && data8 !== null) {
        const err17 = {
          instancePath: instancePath + '/logpush_public_key',
          schemaPath: '#/properties/logpush_public_key/type',
          keyword: 'type',
          params: { type: schema27.properties.logpush_public_key.type },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data8 === 'string') {
        if (func1(data8) > 1024) {
          const err18 = {
            instancePath: instancePath + '/logpush_public_key',
            schemaPath: '#/properties/logpush_public_key/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data8) < 16) {
          const err19 = {
            instancePath: instancePath + '/logpush_public_key',
            schemaPath: '#/properties/logpush_public_key/minLength',
            keyword: 'minLength',
            params: { limit: 16 },
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.rate_limiting_interval !== undefined) {
      let data9 = data.rate_limiting_interval;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9)) && data9 !== null) {
        const err20 = {
          instancePath: instancePath + '/rate_limiting_interval',
          schemaPath: '#/properties/rate_limiting_interval/type',
          keyword: 'type',
          params: { type: schema27.properties.rate_limiting_interval.type },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          const err21 = {
            instancePath: instancePath + '/rate_limiting_interval',
            schemaPath: '#/properties/rate_limiting_interval/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
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
    if (data.rate_limiting_limit !== undefined) {
      let data10 = data.rate_limiting_limit;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10)) && data10 !== null) {
        const err22 = {
          instancePath: instancePath + '/rate_limiting_limit',
          schemaPath: '#/properties/rate_limiting_limit/type',
          keyword: 'type',
          params: { type: schema27.properties.rate_limiting_limit.type },
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          const err23 = {
            instancePath: instancePath + '/rate_limiting_limit',
            schemaPath: '#/properties/rate_limiting_limit/minimum',
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
    if (data.rate_limiting_technique !== undefined) {
      let data11 = data.rate_limiting_technique;
      if (typeof data11 !== 'string' && data11 !== null) {
        const err24 = {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/type',
          keyword: 'type',
          params: { type: schema27.properties.rate_limiting_technique.type },
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (!(data11 === 'fixed' || data11 === 'sliding' || data11 === null)) {
        const err25 = {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/enum',
          keyword: 'enum',
          params: { allowedValues: schema27.properties.rate_limiting_technique.enum },
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.retry_backoff !== undefined) {
      let data12 = data.retry_backoff;
      if (typeof data12 !== 'string' && data12 !== null) {
        const err26 = {
          instancePath: instancePath + '/retry_backoff',
          schemaPath: '#/properties/retry_backoff/type',
          keyword: 'type',
          params: { type: schema27.properties.retry_backoff.type },
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
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
        const err27 = {
          instancePath: instancePath + '/retry_backoff',
          schemaPath: '#/properties/retry_backoff/enum',
          keyword: 'enum',
          params: { allowedValues: schema27.properties.retry_backoff.enum },
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.retry_delay !== undefined) {
      let data13 = data.retry_delay;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13)) && data13 !== null) {
        const err28 = {
          instancePath: instancePath + '/retry_delay',
          schemaPath: '#/properties/retry_delay/type',
          keyword: 'type',
          params: { type: schema27.properties.retry_delay.type },
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 > 5000 || isNaN(data13)) {
          const err29 = {
            instancePath: instancePath + '/retry_delay',
            schemaPath: '#/properties/retry_delay/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 5000 },
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data13 < 0 || isNaN(data13)) {
          const err30 = {
            instancePath: instancePath + '/retry_delay',
            schemaPath: '#/properties/retry_delay/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.retry_max_attempts !== undefined) {
      let data14 = data.retry_max_attempts;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14)) && data14 !== null) {
        const err31 = {
          instancePath: instancePath + '/retry_max_attempts',
          schemaPath: '#/properties/retry_max_attempts/type',
          keyword: 'type',
          params: { type: schema27.properties.retry_max_attempts.type },
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data14 == 'number') {
        if (data14 > 5 || isNaN(data14)) {
          const err32 = {
            instancePath: instancePath + '/retry_max_attempts',
            schemaPath: '#/properties/retry_max_attempts/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 5 },
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data14 < 1 || isNaN(data14)) {
          const err33 = {
            instancePath: instancePath + '/retry_max_attempts',
            schemaPath: '#/properties/retry_max_attempts/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    if (data.store_id !== undefined) {
      let data15 = data.store_id;
      if (typeof data15 !== 'string' && data15 !== null) {
        const err34 = {
          instancePath: instancePath + '/store_id',
          schemaPath: '#/properties/store_id/type',
          keyword: 'type',
          params: { type: schema27.properties.store_id.type },
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.workers_ai_billing_mode !== undefined) {
      let data16 = data.workers_ai_billing_mode;
      if (typeof data16 !== 'string') {
        const err35 = {
          instancePath: instancePath + '/workers_ai_billing_mode',
          schemaPath: '#/properties/workers_ai_billing_mode/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (!(data16 === 'postpaid' || data16 === 'unified')) {
        const err36 = {
          instancePath: instancePath + '/workers_ai_billing_mode',
          schemaPath: '#/properties/workers_ai_billing_mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema27.properties.workers_ai_billing_mode.enum },
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.zdr !== undefined) {
      if (typeof data.zdr !== 'boolean') {
        const err37 = {
          instancePath: instancePath + '/zdr',
          schemaPath: '#/properties/zdr/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
  } else {
    const err38 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate591.errors = vErrors;
  return errors === 0;
}
function validate590(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate591(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate595(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.rate_limiting_interval === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rate_limiting_interval' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.rate_limiting_limit === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rate_limiting_limit' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.collect_logs === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'collect_logs' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.cache_ttl === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cache_ttl' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.cache_invalidate_on_update === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cache_invalidate_on_update' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.authentication !== undefined) {
      if (typeof data.authentication !== 'boolean') {
        const err5 = {
          instancePath: instancePath + '/authentication',
          schemaPath: '#/properties/authentication/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.cache_invalidate_on_update !== undefined) {
      if (typeof data.cache_invalidate_on_update !== 'boolean') {
        const err6 = {
          instancePath: instancePath + '/cache_invalidate_on_update',
          schemaPath: '#/properties/cache_invalidate_on_update/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.cache_ttl !== undefined) {
      let data2 = data.cache_ttl;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2)) && data2 !== null) {
        const err7 = {
          instancePath: instancePath + '/cache_ttl',
          schemaPath: '#/properties/cache_ttl/type',
          keyword: 'type',
          params: { type: schema36.properties.cache_ttl.type },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + '/cache_ttl',
            schemaPath: '#/properties/cache_ttl/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.collect_logs !== undefined) {
      if (typeof data.collect_logs !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/collect_logs',
          schemaPath: '#/properties/collect_logs/type',
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
    if (data.log_management !== undefined) {
      let data4 = data.log_management;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4)) && data4 !== null) {
        const err10 = {
          instancePath: instancePath + '/log_management',
          schemaPath: '#/properties/log_management/type',
          keyword: 'type',
          params: { type: schema36.properties.log_management.type },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 > 10000000 || isNaN(data4)) {
          const err11 = {
            instancePath: instancePath + '/log_management',
            schemaPath: '#/properties/log_management/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000000 },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (data4 < 10000 || isNaN(data4)) {
          const err12 = {
            instancePath: instancePath + '/log_management',
            schemaPath: '#/properties/log_management/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 10000 },
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.log_management_strategy !== undefined) {
      let data5 = data.log_management_strategy;
      if (typeof data5 !== 'string' && data5 !== null) {
        const err13 = {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/type',
          keyword: 'type',
          params: { type: schema36.properties.log_management_strategy.type },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data5 === 'STOP_INSERTING' || data5 === 'DELETE_OLDEST' || data5 === null)) {
        const err14 = {
          instancePath: instancePath + '/log_management_strategy',
          schemaPath: '#/properties/log_management_strategy/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.properties.log_management_strategy.enum },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.logpush !== undefined) {
      if (typeof data.logpush !== 'boolean') {
        const err15 = {
          instancePath: instancePath + '/logpush',
          schemaPath: '#/properties/logpush/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.logpush_public_key !== undefined) {
      let data7 = data.logpush_public_key;
      if (typeof data7 !== 'string' && data7 !== null) {
        const err16 = {
          instancePath: instancePath + '/logpush_public_key',
          schemaPath: '#/properties/logpush_public_key/type',
          keyword: 'type',
          params: { type: schema36.properties.logpush_public_key.type },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data7 === 'string') {
        if (func1(data7) > 1024) {
          const err17 = {
            instancePath: instancePath + '/logpush_public_key',
            schemaPath: '#/properties/logpush_public_key/maxLength',
            keyword: 'maxLength',
            params: { limit: 1024 },
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func1(data7) < 16) {
          const err18 = {
            instancePath: instancePath + '/logpush_public_key',
            schemaPath: '#/properties/logpush_public_key/minLength',
            keyword: 'minLength',
            params: { limit: 16 },
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.rate_limiting_interval !== undefined) {
      let data8 = data.rate_limiting_interval;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8)) && data8 !== null) {
        const err19 = {
          instancePath: instancePath + '/rate_limiting_interval',
          schemaPath: '#/properties/rate_limiting_interval/type',
          keyword: 'type',
          params: { type: schema36.properties.rate_limiting_interval.type },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data8 == 'number') {
        if (data8 < 0 || isNaN(data8)) {
          const err20 = {
            instancePath: instancePath + '/rate_limiting_interval',
            schemaPath: '#/properties/rate_limiting_interval/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.rate_limiting_limit !== undefined) {
      let data9 = data.rate_limiting_limit;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9)) && data9 !== null) {
        const err21 = {
          instancePath: instancePath + '/rate_limiting_limit',
          schemaPath: '#/properties/rate_limiting_limit/type',
          keyword: 'type',
          params: { type: schema36.properties.rate_limiting_limit.type },
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          const err22 = {
            instancePath: instancePath + '/rate_limiting_limit',
            schemaPath: '#/properties/rate_limiting_limit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.rate_limiting_technique !== undefined) {
      let data10 = data.rate_limiting_technique;
      if (typeof data10 !== 'string' && data10 !== null) {
        const err23 = {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/type',
          keyword: 'type',
          params: { type: schema36.properties.rate_limiting_technique.type },
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (!(data10 === 'fixed' || data10 === 'sliding' || data10 === null)) {
        const err24 = {
          instancePath: instancePath + '/rate_limiting_technique',
          schemaPath: '#/properties/rate_limiting_technique/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.properties.rate_limiting_technique.enum },
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.retry_backoff !== undefined) {
      let data11 = data.retry_backoff;
      if (typeof data11 !== 'string' && data11 !== null) {
        const err25 = {
          instancePath: instancePath + '/retry_backoff',
          schemaPath: '#/properties/retry_backoff/type',
          keyword: 'type',
          params: { type: schema36.properties.retry_backoff.type },
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
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
        const err26 = {
          instancePath: instancePath + '/retry_backoff',
          schemaPath: '#/properties/retry_backoff/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.properties.retry_backoff.enum },
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.retry_delay !== undefined) {
      let data12 = data.retry_delay;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12)) && data12 !== null) {
        const err27 = {
          instancePath: instancePath + '/retry_delay',
          schemaPath: '#/properties/retry_delay/type',
          keyword: 'type',
          params: { type: schema36.properties.retry_delay.type },
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data12 == 'number') {
        if (data12 > 5000 || isNaN(data12)) {
          const err28 = {
            instancePath: instancePath + '/retry_delay',
            schemaPath: '#/properties/retry_delay/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 5000 },
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data12 < 0 || isNaN(data12)) {
          const err29 = {
            instancePath: instancePath + '/retry_delay',
            schemaPath: '#/properties/retry_delay/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
    if (data.retry_max_attempts !== undefined) {
      let data13 = data.retry_max_attempts;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13)) && data13 !== null) {
        const err30 = {
          instancePath: instancePath + '/retry_max_attempts',
          schemaPath: '#/properties/retry_max_attempts/type',
          keyword: 'type',
          params: { type: schema36.properties.retry_max_attempts.type },
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 > 5 || isNaN(data13)) {
          const err31 = {
            instancePath: instancePath + '/retry_max_attempts',
            schemaPath: '#/properties/retry_max_attempts/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 5 },
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data13 < 1 || isNaN(data13)) {
          const err32 = {
            instancePath: instancePath + '/retry_max_attempts',
            schemaPath: '#/properties/retry_max_attempts/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
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
    if (data.store_id !== undefined) {
      let data14 = data.store_id;
      if (typeof data14 !== 'string' && data14 !== null) {
        const err33 = {
          instancePath: instancePath + '/store_id',
          schemaPath: '#/properties/store_id/type',
          keyword: 'type',
          params: { type: schema36.properties.store_id.type },
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.workers_ai_billing_mode !== undefined) {
      let data15 = data.workers_ai_billing_mode;
      if (typeof data15 !== 'string') {
        const err34 = {
          instancePath: instancePath + '/workers_ai_billing_mode',
          schemaPath: '#/properties/workers_ai_billing_mode/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (!(data15 === 'postpaid' || data15 === 'unified')) {
        const err35 = {
          instancePath: instancePath + '/workers_ai_billing_mode',
          schemaPath: '#/properties/workers_ai_billing_mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema36.properties.workers_ai_billing_mode.enum },
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.zdr !== undefined) {
      if (typeof data.zdr !== 'boolean') {
        const err36 = {
          instancePath: instancePath + '/zdr',
          schemaPath: '#/properties/zdr/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.log_classification !== undefined) {
      if (typeof data.log_classification !== 'boolean') {
        const err37 = {
          instancePath: instancePath + '/log_classification',
          schemaPath: '#/properties/log_classification/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
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
  } else {
    const err38 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate595.errors = vErrors;
  return errors === 0;
}
function validate594(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate595(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate595.errors : vErrors.concat(validate595.errors);
    errors = vErrors.length;
  }
  validate594.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayDlp = validate602;
function validate603(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.enabled === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'enabled' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.action === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'action' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.profiles === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'profiles' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.enabled !== undefined) {
      if (typeof data.enabled !== 'boolean') {
        const err3 = {
          instancePath: instancePath + '/enabled',
          schemaPath: '#/anyOf/0/properties/enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.action !== undefined) {
      let data1 = data.action;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/action',
          schemaPath: '#/anyOf/0/properties/action/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 'BLOCK' || data1 === 'FLAG')) {
        const err5 = {
          instancePath: instancePath + '/action',
          schemaPath: '#/anyOf/0/properties/action/enum',
          keyword: 'enum',
          params: { allowedValues: schema37.anyOf[0].properties.action.enum },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.profiles !== undefined) {
      let data2 = data.profiles;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data2[i0] !== 'string') {
            const err6 = {
              instancePath: instancePath + '/profiles/' + i0,
              schemaPath: '#/anyOf/0/properties/profiles/items/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/profiles',
          schemaPath: '#/anyOf/0/properties/profiles/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/anyOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs11 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.enabled === undefined) {
        const err9 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'enabled' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.policies === undefined) {
        const err10 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: 'policies' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data.enabled !== undefined) {
        if (typeof data.enabled !== 'boolean') {
          const err11 = {
            instancePath: instancePath + '/enabled',
            schemaPath: '#/anyOf/1/properties/enabled/type',
            keyword: 'type',
            params: { type: 'boolean' },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
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
                const err12 = {
                  instancePath: instancePath + '/policies/' + i1,
                  schemaPath: '#/anyOf/1/properties/policies/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'id' },
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
              if (data6.enabled === undefined) {
                const err13 = {
                  instancePath: instancePath + '/policies/' + i1,
                  schemaPath: '#/anyOf/1/properties/policies/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'enabled' },
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (data6.action === undefined) {
                const err14 = {
                  instancePath: instancePath + '/policies/' + i1,
                  schemaPath: '#/anyOf/1/properties/policies/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'action' },
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (data6.profiles === undefined) {
                const err15 = {
                  instancePath: instancePath + '/policies/' + i1,
                  schemaPath: '#/anyOf/1/properties/policies/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'profiles' },
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
              if (data6.check === undefined) {
                const err16 = {
                  instancePath: instancePath + '/policies/' + i1,
                  schemaPath: '#/anyOf/1/properties/policies/items/required',
                  keyword: 'required',
                  params: { missingProperty: 'check' },
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (data6.id !== undefined) {
                if (typeof data6.id !== 'string') {
                  const err17 = {
                    instancePath: instancePath + '/policies/' + i1 + '/id',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              if (data6.enabled !== undefined) {
                if (typeof data6.enabled !== 'boolean') {
                  const err18 = {
                    instancePath: instancePath + '/policies/' + i1 + '/enabled',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/enabled/type',
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
              if (data6.action !== undefined) {
                let data9 = data6.action;
                if (typeof data9 !== 'string') {
                  const err19 = {
                    instancePath: instancePath + '/policies/' + i1 + '/action',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/action/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
                if (!(data9 === 'FLAG' || data9 === 'BLOCK')) {
                  const err20 = {
                    instancePath: instancePath + '/policies/' + i1 + '/action',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/action/enum',
                    keyword: 'enum',
                    params: {
                      allowedValues:
                        schema37.anyOf[1].properties.policies.items.properties.action.enum,
                    },
                  };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
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
                      const err21 = {
                        instancePath: instancePath + '/policies/' + i1 + '/check/' + i2,
                        schemaPath:
                          '#/anyOf/1/properties/policies/items/properties/check/items/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    if (!(data11 === 'REQUEST' || data11 === 'RESPONSE')) {
                      const err22 = {
                        instancePath: instancePath + '/policies/' + i1 + '/check/' + i2,
                        schemaPath:
                          '#/anyOf/1/properties/policies/items/properties/check/items/enum',
                        keyword: 'enum',
                        params: {
                          allowedValues:
                            schema37.anyOf[1].properties.policies.items.properties.check.items.enum,
                        },
                      };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err23 = {
                    instancePath: instancePath + '/policies/' + i1 + '/check',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/check/type',
                    keyword: 'type',
                    params: { type: 'array' },
                  };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
              if (data6.profiles !== undefined) {
                let data12 = data6.profiles;
                if (Array.isArray(data12)) {
                  const len3 = data12.length;
                  for (let i3 = 0; i3 < len3; i3++) {
                    if (typeof data12[i3] !== 'string') {
                      const err24 = {
                        instancePath: instancePath + '/policies/' + i1 + '/profiles/' + i3,
                        schemaPath:
                          '#/anyOf/1/properties/policies/items/properties/profiles/items/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err25 = {
                    instancePath: instancePath + '/policies/' + i1 + '/profiles',
                    schemaPath: '#/anyOf/1/properties/policies/items/properties/profiles/type',
                    keyword: 'type',
                    params: { type: 'array' },
                  };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            } else {
              const err26 = {
                instancePath: instancePath + '/policies/' + i1,
                schemaPath: '#/anyOf/1/properties/policies/items/type',
                keyword: 'type',
                params: { type: 'object' },
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        } else {
          const err27 = {
            instancePath: instancePath + '/policies',
            schemaPath: '#/anyOf/1/properties/policies/type',
            keyword: 'type',
            params: { type: 'array' },
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    } else {
      const err28 = {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'object' },
      };
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    }
    var _valid0 = _errs11 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err29 = { instancePath, schemaPath: '#/anyOf', keyword: 'anyOf', params: {} };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
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
function validate602(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate603(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate603.errors : vErrors.concat(validate603.errors);
    errors = vErrors.length;
  }
  validate602.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayGuardrailActions = validate605;
function validate606(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.P1 !== undefined) {
      let data0 = data.P1;
      if (typeof data0 !== 'string') {
        const err0 = {
          instancePath: instancePath + '/P1',
          schemaPath: '#/properties/P1/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data0 === 'FLAG' || data0 === 'BLOCK')) {
        const err1 = {
          instancePath: instancePath + '/P1',
          schemaPath: '#/properties/P1/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.P1.enum },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.S1 !== undefined) {
      let data1 = data.S1;
      if (typeof data1 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/S1',
          schemaPath: '#/properties/S1/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data1 === 'FLAG' || data1 === 'BLOCK')) {
        const err3 = {
          instancePath: instancePath + '/S1',
          schemaPath: '#/properties/S1/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S1.enum },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.S2 !== undefined) {
      let data2 = data.S2;
      if (typeof data2 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/S2',
          schemaPath: '#/properties/S2/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data2 === 'FLAG' || data2 === 'BLOCK')) {
        const err5 = {
          instancePath: instancePath + '/S2',
          schemaPath: '#/properties/S2/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S2.enum },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.S3 !== undefined) {
      let data3 = data.S3;
      if (typeof data3 !== 'string') {
        const err6 = {
          instancePath: instancePath + '/S3',
          schemaPath: '#/properties/S3/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data3 === 'FLAG' || data3 === 'BLOCK')) {
        const err7 = {
          instancePath: instancePath + '/S3',
          schemaPath: '#/properties/S3/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S3.enum },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.S4 !== undefined) {
      let data4 = data.S4;
      if (typeof data4 !== 'string') {
        const err8 = {
          instancePath: instancePath + '/S4',
          schemaPath: '#/properties/S4/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data4 === 'FLAG' || data4 === 'BLOCK')) {
        const err9 = {
          instancePath: instancePath + '/S4',
          schemaPath: '#/properties/S4/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S4.enum },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.S5 !== undefined) {
      let data5 = data.S5;
      if (typeof data5 !== 'string') {
        const err10 = {
          instancePath: instancePath + '/S5',
          schemaPath: '#/properties/S5/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data5 === 'FLAG' || data5 === 'BLOCK')) {
        const err11 = {
          instancePath: instancePath + '/S5',
          schemaPath: '#/properties/S5/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S5.enum },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.S6 !== undefined) {
      let data6 = data.S6;
      if (typeof data6 !== 'string') {
        const err12 = {
          instancePath: instancePath + '/S6',
          schemaPath: '#/properties/S6/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data6 === 'FLAG' || data6 === 'BLOCK')) {
        const err13 = {
          instancePath: instancePath + '/S6',
          schemaPath: '#/properties/S6/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S6.enum },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.S7 !== undefined) {
      let data7 = data.S7;
      if (typeof data7 !== 'string') {
        const err14 = {
          instancePath: instancePath + '/S7',
          schemaPath: '#/properties/S7/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (!(data7 === 'FLAG' || data7 === 'BLOCK')) {
        const err15 = {
          instancePath: instancePath + '/S7',
          schemaPath: '#/properties/S7/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S7.enum },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.S8 !== undefined) {
      let data8 = data.S8;
      if (typeof data8 !== 'string') {
        const err16 = {
          instancePath: instancePath + '/S8',
          schemaPath: '#/properties/S8/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data8 === 'FLAG' || data8 === 'BLOCK')) {
        const err17 = {
          instancePath: instancePath + '/S8',
          schemaPath: '#/properties/S8/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S8.enum },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.S9 !== undefined) {
      let data9 = data.S9;
      if (typeof data9 !== 'string') {
        const err18 = {
          instancePath: instancePath + '/S9',
          schemaPath: '#/properties/S9/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (!(data9 === 'FLAG' || data9 === 'BLOCK')) {
        const err19 = {
          instancePath: instancePath + '/S9',
          schemaPath: '#/properties/S9/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S9.enum },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.S10 !== undefined) {
      let data10 = data.S10;
      if (typeof data10 !== 'string') {
        const err20 = {
          instancePath: instancePath + '/S10',
          schemaPath: '#/properties/S10/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (!(data10 === 'FLAG' || data10 === 'BLOCK')) {
        const err21 = {
          instancePath: instancePath + '/S10',
          schemaPath: '#/properties/S10/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S10.enum },
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.S11 !== undefined) {
      let data11 = data.S11;
      if (typeof data11 !== 'string') {
        const err22 = {
          instancePath: instancePath + '/S11',
          schemaPath: '#/properties/S11/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (!(data11 === 'FLAG' || data11 === 'BLOCK')) {
        const err23 = {
          instancePath: instancePath + '/S11',
          schemaPath: '#/properties/S11/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S11.enum },
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.S12 !== undefined) {
      let data12 = data.S12;
      if (typeof data12 !== 'string') {
        const err24 = {
          instancePath: instancePath + '/S12',
          schemaPath: '#/properties/S12/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (!(data12 === 'FLAG' || data12 === 'BLOCK')) {
        const err25 = {
          instancePath: instancePath + '/S12',
          schemaPath: '#/properties/S12/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S12.enum },
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.S13 !== undefined) {
      let data13 = data.S13;
      if (typeof data13 !== 'string') {
        const err26 = {
          instancePath: instancePath + '/S13',
          schemaPath: '#/properties/S13/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (!(data13 === 'FLAG' || data13 === 'BLOCK')) {
        const err27 = {
          instancePath: instancePath + '/S13',
          schemaPath: '#/properties/S13/enum',
          keyword: 'enum',
          params: { allowedValues: schema39.properties.S13.enum },
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate606.errors = vErrors;
  return errors === 0;
}
function validate605(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate606(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate606.errors : vErrors.concat(validate606.errors);
    errors = vErrors.length;
  }
  validate605.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayGuardrails = validate608;
function validate609(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema38.type },
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.prompt === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'prompt' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.response === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'response' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.prompt !== undefined) {
      if (
        !validate84(data.prompt, {
          instancePath: instancePath + '/prompt',
          parentData: data,
          parentDataProperty: 'prompt',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.response !== undefined) {
      if (
        !validate84(data.response, {
          instancePath: instancePath + '/response',
          parentData: data,
          parentDataProperty: 'response',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
  }
  validate609.errors = vErrors;
  return errors === 0;
}
function validate608(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate609(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate609.errors : vErrors.concat(validate609.errors);
    errors = vErrors.length;
  }
  validate608.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayOtel = validate613;
function validate614(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (!Array.isArray(data) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema40.type },
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    if (data.length > 5) {
      const err1 = {
        instancePath,
        schemaPath: '#/maxItems',
        keyword: 'maxItems',
        params: { limit: 5 },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.url === undefined) {
          const err2 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'url' },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.headers === undefined) {
          const err3 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'headers' },
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.url !== undefined) {
          let data1 = data0.url;
          if (typeof data1 === 'string') {
            if (func1(data1) > 2048) {
              const err4 = {
                instancePath: instancePath + '/' + i0 + '/url',
                schemaPath: '#/items/properties/url/maxLength',
                keyword: 'maxLength',
                params: { limit: 2048 },
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!formats0.validate(data1)) {
              const err5 = {
                instancePath: instancePath + '/' + i0 + '/url',
                schemaPath: '#/items/properties/url/format',
                keyword: 'format',
                params: { format: 'uri' },
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = {
              instancePath: instancePath + '/' + i0 + '/url',
              schemaPath: '#/items/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.authorization !== undefined) {
          let data2 = data0.authorization;
          if (typeof data2 === 'string') {
            if (func1(data2) > 256) {
              const err7 = {
                instancePath: instancePath + '/' + i0 + '/authorization',
                schemaPath: '#/items/properties/authorization/maxLength',
                keyword: 'maxLength',
                params: { limit: 256 },
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/' + i0 + '/authorization',
              schemaPath: '#/items/properties/authorization/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.headers !== undefined) {
          let data3 = data0.headers;
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            for (const key0 in data3) {
              let data4 = data3[key0];
              if (typeof data4 === 'string') {
                if (func1(data4) > 4096) {
                  const err9 = {
                    instancePath:
                      instancePath +
                      '/' +
                      i0 +
                      '/headers/' +
                      key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                    schemaPath: '#/items/properties/headers/additionalProperties/maxLength',
                    keyword: 'maxLength',
                    params: { limit: 4096 },
                  };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = {
                  instancePath:
                    instancePath +
                    '/' +
                    i0 +
                    '/headers/' +
                    key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/items/properties/headers/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/' + i0 + '/headers',
              schemaPath: '#/items/properties/headers/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.content_type !== undefined) {
          let data5 = data0.content_type;
          if (typeof data5 !== 'string') {
            const err12 = {
              instancePath: instancePath + '/' + i0 + '/content_type',
              schemaPath: '#/items/properties/content_type/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data5 === 'json' || data5 === 'protobuf')) {
            const err13 = {
              instancePath: instancePath + '/' + i0 + '/content_type',
              schemaPath: '#/items/properties/content_type/enum',
              keyword: 'enum',
              params: { allowedValues: schema40.items.properties.content_type.enum },
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  }
  validate614.errors = vErrors;
  return errors === 0;
}
function validate613(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate614(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate614.errors : vErrors.concat(validate614.errors);
    errors = vErrors.length;
  }
  validate613.errors = vErrors;
  return errors === 0;
}
export const schema_GatewaySpendLimits = validate616;
function validate617(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema41.type },
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.enabled !== undefined) {
      if (typeof data.enabled !== 'boolean') {
        const err1 = {
          instancePath: instancePath + '/enabled',
          schemaPath: '#/properties/enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== undefined) {
      let data1 = data.rules;
      if (Array.isArray(data1)) {
        if (data1.length > 20) {
          const err2 = {
            instancePath: instancePath + '/rules',
            schemaPath: '#/properties/rules/maxItems',
            keyword: 'maxItems',
            params: { limit: 20 },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
            if (data2.limitType === undefined) {
              const err3 = {
                instancePath: instancePath + '/rules/' + i0,
                schemaPath: '#/properties/rules/items/required',
                keyword: 'required',
                params: { missingProperty: 'limitType' },
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.limit === undefined) {
              const err4 = {
                instancePath: instancePath + '/rules/' + i0,
                schemaPath: '#/properties/rules/items/required',
                keyword: 'required',
                params: { missingProperty: 'limit' },
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.window === undefined) {
              const err5 = {
                instancePath: instancePath + '/rules/' + i0,
                schemaPath: '#/properties/rules/items/required',
                keyword: 'required',
                params: { missingProperty: 'window' },
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2.id !== undefined) {
              let data3 = data2.id;
              if (typeof data3 === 'string') {
                if (func1(data3) < 1) {
                  const err6 = {
                    instancePath: instancePath + '/rules/' + i0 + '/id',
                    schemaPath: '#/properties/rules/items/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                  };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
                if (!pattern6.test(data3)) {
                  const err7 = {
                    instancePath: instancePath + '/rules/' + i0 + '/id',
                    schemaPath: '#/properties/rules/items/properties/id/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^[a-zA-Z0-9_-]+$' },
                  };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              } else {
                const err8 = {
                  instancePath: instancePath + '/rules/' + i0 + '/id',
                  schemaPath: '#/properties/rules/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data2.enabled !== undefined) {
              if (typeof data2.enabled !== 'boolean') {
                const err9 = {
                  instancePath: instancePath + '/rules/' + i0 + '/enabled',
                  schemaPath: '#/properties/rules/items/properties/enabled/type',
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
            if (data2.limitType !== undefined) {
              let data5 = data2.limitType;
              if (typeof data5 !== 'string') {
                const err10 = {
                  instancePath: instancePath + '/rules/' + i0 + '/limitType',
                  schemaPath: '#/properties/rules/items/properties/limitType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (!(data5 === 'cost')) {
                const err11 = {
                  instancePath: instancePath + '/rules/' + i0 + '/limitType',
                  schemaPath: '#/properties/rules/items/properties/limitType/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema41.properties.rules.items.properties.limitType.enum,
                  },
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data2.limit !== undefined) {
              let data6 = data2.limit;
              if (typeof data6 == 'number') {
                if (data6 <= 0 || isNaN(data6)) {
                  const err12 = {
                    instancePath: instancePath + '/rules/' + i0 + '/limit',
                    schemaPath: '#/properties/rules/items/properties/limit/exclusiveMinimum',
                    keyword: 'exclusiveMinimum',
                    params: { comparison: '>', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = {
                  instancePath: instancePath + '/rules/' + i0 + '/limit',
                  schemaPath: '#/properties/rules/items/properties/limit/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data2.window !== undefined) {
              let data7 = data2.window;
              if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7))) {
                const err14 = {
                  instancePath: instancePath + '/rules/' + i0 + '/window',
                  schemaPath: '#/properties/rules/items/properties/window/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              if (typeof data7 == 'number') {
                if (data7 <= 0 || isNaN(data7)) {
                  const err15 = {
                    instancePath: instancePath + '/rules/' + i0 + '/window',
                    schemaPath: '#/properties/rules/items/properties/window/exclusiveMinimum',
                    keyword: 'exclusiveMinimum',
                    params: { comparison: '>', limit: 0 },
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
            if (data2.technique !== undefined) {
              let data8 = data2.technique;
              if (typeof data8 !== 'string') {
                const err16 = {
                  instancePath: instancePath + '/rules/' + i0 + '/technique',
                  schemaPath: '#/properties/rules/items/properties/technique/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (!(data8 === 'fixed' || data8 === 'sliding')) {
                const err17 = {
                  instancePath: instancePath + '/rules/' + i0 + '/technique',
                  schemaPath: '#/properties/rules/items/properties/technique/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema41.properties.rules.items.properties.technique.enum,
                  },
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data2.provider !== undefined) {
              if (
                !validate91(data2.provider, {
                  instancePath: instancePath + '/rules/' + i0 + '/provider',
                  parentData: data2,
                  parentDataProperty: 'provider',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
                errors = vErrors.length;
              }
            }
            if (data2.model !== undefined) {
              if (
                !validate91(data2.model, {
                  instancePath: instancePath + '/rules/' + i0 + '/model',
                  parentData: data2,
                  parentDataProperty: 'model',
                  rootData,
                  dynamicAnchors,
                })
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
                      const err18 = {
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
                      };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    if (data12.mode !== undefined) {
                      let data13 = data12.mode;
                      if (typeof data13 !== 'string') {
                        const err19 = {
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
                        };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                      if (!(data13 === 'partition')) {
                        const err20 = {
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
                        };
                        if (vErrors === null) {
                          vErrors = [err20];
                        } else {
                          vErrors.push(err20);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err21 = {
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
                    };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  var _valid0 = _errs26 === errors;
                  if (_valid0) {
                    valid5 = true;
                    passing0 = 0;
                  }
                  const _errs30 = errors;
                  if (
                    !validate91(data12, {
                      instancePath:
                        instancePath +
                        '/rules/' +
                        i0 +
                        '/metadata/' +
                        key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                      parentData: data11,
                      parentDataProperty: key0,
                      rootData,
                      dynamicAnchors,
                    })
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
                    const err22 = {
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
                    };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
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
                const err23 = {
                  instancePath: instancePath + '/rules/' + i0 + '/metadata',
                  schemaPath: '#/properties/rules/items/properties/metadata/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = {
              instancePath: instancePath + '/rules/' + i0,
              schemaPath: '#/properties/rules/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/rules',
          schemaPath: '#/properties/rules/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate617.errors = vErrors;
  return errors === 0;
}
function validate616(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate617(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate617.errors : vErrors.concat(validate617.errors);
    errors = vErrors.length;
  }
  validate616.errors = vErrors;
  return errors === 0;
}
export const schema_GatewaySpendLimitFilter = validate622;
function validate623(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.mode === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mode' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.values === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'values' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.mode !== undefined) {
      let data0 = data.mode;
      if (typeof data0 !== 'string') {
        const err2 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === 'filter')) {
        const err3 = {
          instancePath: instancePath + '/mode',
          schemaPath: '#/properties/mode/enum',
          keyword: 'enum',
          params: { allowedValues: schema42.properties.mode.enum },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.values !== undefined) {
      let data1 = data.values;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== 'string') {
            const err4 = {
              instancePath: instancePath + '/values/' + i0,
              schemaPath: '#/properties/values/items/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/values',
          schemaPath: '#/properties/values/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate623.errors = vErrors;
  return errors === 0;
}
function validate622(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate623(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate623.errors : vErrors.concat(validate623.errors);
    errors = vErrors.length;
  }
  validate622.errors = vErrors;
  return errors === 0;
}
export const schema_GatewayStripe = validate625;
function validate626(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (!(data && typeof data == 'object' && !Array.isArray(data)) && data !== null) {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: schema43.type },
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.authorization === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'authorization' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.usage_events === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'usage_events' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.authorization !== undefined) {
      if (typeof data.authorization !== 'string') {
        const err3 = {
          instancePath: instancePath + '/authorization',
          schemaPath: '#/properties/authorization/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
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
              const err4 = {
                instancePath: instancePath + '/usage_events/' + i0,
                schemaPath: '#/properties/usage_events/items/required',
                keyword: 'required',
                params: { missingProperty: 'payload' },
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data2.payload !== undefined) {
              if (typeof data2.payload !== 'string') {
                const err5 = {
                  instancePath: instancePath + '/usage_events/' + i0 + '/payload',
                  schemaPath: '#/properties/usage_events/items/properties/payload/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = {
              instancePath: instancePath + '/usage_events/' + i0,
              schemaPath: '#/properties/usage_events/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/usage_events',
          schemaPath: '#/properties/usage_events/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  }
  validate626.errors = vErrors;
  return errors === 0;
}
function validate625(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate626(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate626.errors : vErrors.concat(validate626.errors);
    errors = vErrors.length;
  }
  validate625.errors = vErrors;
  return errors === 0;
}
export const schema_EvaluationType = validate628;
function validate629(
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
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.description === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'description' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.mandatory === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mandatory' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.enable === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enable' },
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
      if (typeof data.id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err9 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err10 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err11 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.mandatory !== undefined) {
      if (typeof data.mandatory !== 'boolean') {
        const err12 = {
          instancePath: instancePath + '/mandatory',
          schemaPath: '#/properties/mandatory/type',
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
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        const err13 = {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data6 = data.created_at;
      if (typeof data6 === 'string') {
        if (!formats2.validate(data6)) {
          const err14 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data7 = data.modified_at;
      if (typeof data7 === 'string') {
        if (!formats2.validate(data7)) {
          const err16 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate629.errors = vErrors;
  return errors === 0;
}
function validate628(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate629(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate629.errors : vErrors.concat(validate629.errors);
    errors = vErrors.length;
  }
  validate628.errors = vErrors;
  return errors === 0;
}
export const schema_ResultInfo = validate631;
function validate632(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.count === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'count' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.page === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.per_page === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'per_page' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.total_count === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_count' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.count !== undefined) {
      let data0 = data.count;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err4 = {
          instancePath: instancePath + '/count',
          schemaPath: '#/properties/count/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 > 50 || isNaN(data0)) {
          const err5 = {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 50 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err6 = {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.page !== undefined) {
      let data1 = data.page;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err7 = {
          instancePath: instancePath + '/page',
          schemaPath: '#/properties/page/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + '/page',
            schemaPath: '#/properties/page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.per_page !== undefined) {
      let data2 = data.per_page;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        const err9 = {
          instancePath: instancePath + '/per_page',
          schemaPath: '#/properties/per_page/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 > 50 || isNaN(data2)) {
          const err10 = {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 50 },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2 < 5 || isNaN(data2)) {
          const err11 = {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 5 },
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
    if (data.total_count !== undefined) {
      let data3 = data.total_count;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        const err12 = {
          instancePath: instancePath + '/total_count',
          schemaPath: '#/properties/total_count/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          const err13 = {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate632.errors = vErrors;
  return errors === 0;
}
function validate631(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate632(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate632.errors : vErrors.concat(validate632.errors);
    errors = vErrors.length;
  }
  validate631.errors = vErrors;
  return errors === 0;
}
export const schema_Log = validate634;
function validate635(
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
    if (data.created_at === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.provider === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.model === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.path === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.duration === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.success === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.cached === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cached' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.tokens_in === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_in' },
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.tokens_out === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_out' },
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err10 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data1 = data.created_at;
      if (typeof data1 === 'string') {
        if (!formats2.validate(data1)) {
          const err11 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.provider !== undefined) {
      if (typeof data.provider !== 'string') {
        const err13 = {
          instancePath: instancePath + '/provider',
          schemaPath: '#/properties/provider/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.model !== undefined) {
      if (typeof data.model !== 'string') {
        const err14 = {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.model_type !== undefined) {
      if (typeof data.model_type !== 'string') {
        const err15 = {
          instancePath: instancePath + '/model_type',
          schemaPath: '#/properties/model_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      if (typeof data.path !== 'string') {
        const err16 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.request_type !== undefined) {
      if (typeof data.request_type !== 'string') {
        const err17 = {
          instancePath: instancePath + '/request_type',
          schemaPath: '#/properties/request_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.request_content_type !== undefined) {
      if (typeof data.request_content_type !== 'string') {
        const err18 = {
          instancePath: instancePath + '/request_content_type',
          schemaPath: '#/properties/request_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.response_content_type !== undefined) {
      if (typeof data.response_content_type !== 'string') {
        const err19 = {
          instancePath: instancePath + '/response_content_type',
          schemaPath: '#/properties/response_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data9 = data.status_code;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        const err20 = {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.step !== undefined) {
      let data10 = data.step;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        const err21 = {
          instancePath: instancePath + '/step',
          schemaPath: '#/properties/step/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          const err22 = {
            instancePath: instancePath + '/step',
            schemaPath: '#/properties/step/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        const err23 = {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.cached !== undefined) {
      if (typeof data.cached !== 'boolean') {
        const err24 = {
          instancePath: instancePath + '/cached',
          schemaPath: '#/properties/cached/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.duration !== undefined) {
      let data13 = data.duration;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13))) {
        const err25 = {
          instancePath: instancePath + '/duration',
          schemaPath: '#/properties/duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 < 0 || isNaN(data13)) {
          const err26 = {
            instancePath: instancePath + '/duration',
            schemaPath: '#/properties/duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.tokens_in !== undefined) {
      let data14 = data.tokens_in;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14)) && data14 !== null) {
        const err27 = {
          instancePath: instancePath + '/tokens_in',
          schemaPath: '#/properties/tokens_in/type',
          keyword: 'type',
          params: { type: schema323.properties.tokens_in.type },
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data14 == 'number') {
        if (data14 < 0 || isNaN(data14)) {
          const err28 = {
            instancePath: instancePath + '/tokens_in',
            schemaPath: '#/properties/tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
    if (data.tokens_out !== undefined) {
      let data15 = data.tokens_out;
      if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15)) && data15 !== null) {
        const err29 = {
          instancePath: instancePath + '/tokens_out',
          schemaPath: '#/properties/tokens_out/type',
          keyword: 'type',
          params: { type: schema323.properties.tokens_out.type },
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data15 == 'number') {
        if (data15 < 0 || isNaN(data15)) {
          const err30 = {
            instancePath: instancePath + '/tokens_out',
            schemaPath: '#/properties/tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.cost !== undefined) {
      let data16 = data.cost;
      if (typeof data16 == 'number') {
        if (data16 < 0 || isNaN(data16)) {
          const err31 = {
            instancePath: instancePath + '/cost',
            schemaPath: '#/properties/cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/cost',
          schemaPath: '#/properties/cost/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.custom_cost !== undefined) {
      if (typeof data.custom_cost !== 'boolean') {
        const err33 = {
          instancePath: instancePath + '/custom_cost',
          schemaPath: '#/properties/custom_cost/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      if (typeof data.metadata !== 'string') {
        const err34 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate635.errors = vErrors;
  return errors === 0;
}
function validate634(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate635(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate635.errors : vErrors.concat(validate635.errors);
    errors = vErrors.length;
  }
  validate634.errors = vErrors;
  return errors === 0;
}
export const schema_LogDetail = validate637;
function validate638(
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
    if (data.created_at === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.provider === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.model === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.path === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.duration === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.success === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.cached === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cached' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.tokens_in === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_in' },
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.tokens_out === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_out' },
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err10 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data1 = data.created_at;
      if (typeof data1 === 'string') {
        if (!formats2.validate(data1)) {
          const err11 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.provider !== undefined) {
      if (typeof data.provider !== 'string') {
        const err13 = {
          instancePath: instancePath + '/provider',
          schemaPath: '#/properties/provider/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.model !== undefined) {
      if (typeof data.model !== 'string') {
        const err14 = {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.model_type !== undefined) {
      if (typeof data.model_type !== 'string') {
        const err15 = {
          instancePath: instancePath + '/model_type',
          schemaPath: '#/properties/model_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.path !== undefined) {
      if (typeof data.path !== 'string') {
        const err16 = {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.request_type !== undefined) {
      if (typeof data.request_type !== 'string') {
        const err17 = {
          instancePath: instancePath + '/request_type',
          schemaPath: '#/properties/request_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.request_content_type !== undefined) {
      if (typeof data.request_content_type !== 'string') {
        const err18 = {
          instancePath: instancePath + '/request_content_type',
          schemaPath: '#/properties/request_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.response_content_type !== undefined) {
      if (typeof data.response_content_type !== 'string') {
        const err19 = {
          instancePath: instancePath + '/response_content_type',
          schemaPath: '#/properties/response_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.request_head !== undefined) {
      if (typeof data.request_head !== 'string') {
        const err20 = {
          instancePath: instancePath + '/request_head',
          schemaPath: '#/properties/request_head/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.request_head_complete !== undefined) {
      if (typeof data.request_head_complete !== 'boolean') {
        const err21 = {
          instancePath: instancePath + '/request_head_complete',
          schemaPath: '#/properties/request_head_complete/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.request_size !== undefined) {
      let data11 = data.request_size;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
        const err22 = {
          instancePath: instancePath + '/request_size',
          schemaPath: '#/properties/request_size/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data11 == 'number') {
        if (data11 < 0 || isNaN(data11)) {
          const err23 = {
            instancePath: instancePath + '/request_size',
            schemaPath: '#/properties/request_size/minimum',
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
    if (data.response_head !== undefined) {
      if (typeof data.response_head !== 'string') {
        const err24 = {
          instancePath: instancePath + '/response_head',
          schemaPath: '#/properties/response_head/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.response_head_complete !== undefined) {
      if (typeof data.response_head_complete !== 'boolean') {
        const err25 = {
          instancePath: instancePath + '/response_head_complete',
          schemaPath: '#/properties/response_head_complete/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.response_size !== undefined) {
      let data14 = data.response_size;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14))) {
        const err26 = {
          instancePath: instancePath + '/response_size',
          schemaPath: '#/properties/response_size/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (typeof data14 == 'number') {
        if (data14 < 0 || isNaN(data14)) {
          const err27 = {
            instancePath: instancePath + '/response_size',
            schemaPath: '#/properties/response_size/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    if (data.status_code !== undefined) {
      let data15 = data.status_code;
      if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15))) {
        const err28 = {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.step !== undefined) {
      let data16 = data.step;
      if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16))) {
        const err29 = {
          instancePath: instancePath + '/step',
          schemaPath: '#/properties/step/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data16 == 'number') {
        if (data16 < 0 || isNaN(data16)) {
          const err30 = {
            instancePath: instancePath + '/step',
            schemaPath: '#/properties/step/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        const err31 = {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.cached !== undefined) {
      if (typeof data.cached !== 'boolean') {
        const err32 = {
          instancePath: instancePath + '/cached',
          schemaPath: '#/properties/cached/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.duration !== undefined) {
      let data19 = data.duration;
      if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19))) {
        const err33 = {
          instancePath: instancePath + '/duration',
          schemaPath: '#/properties/duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data19 == 'number') {
        if (data19 < 0 || isNaN(data19)) {
          const err34 = {
            instancePath: instancePath + '/duration',
            schemaPath: '#/properties/duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.tokens_in !== undefined) {
      let data20 = data.tokens_in;
      if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20)) && data20 !== null) {
        const err35 = {
          instancePath: instancePath + '/tokens_in',
          schemaPath: '#/properties/tokens_in/type',
          keyword: 'type',
          params: { type: schema325.properties.tokens_in.type },
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (typeof data20 == 'number') {
        if (data20 < 0 || isNaN(data20)) {
          const err36 = {
            instancePath: instancePath + '/tokens_in',
            schemaPath: '#/properties/tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
    if (data.tokens_out !== undefined) {
      let data21 = data.tokens_out;
      if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21)) && data21 !== null) {
        const err37 = {
          instancePath: instancePath + '/tokens_out',
          schemaPath: '#/properties/tokens_out/type',
          keyword: 'type',
          params: { type: schema325.properties.tokens_out.type },
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (typeof data21 == 'number') {
        if (data21 < 0 || isNaN(data21)) {
          const err38 = {
            instancePath: instancePath + '/tokens_out',
            schemaPath: '#/properties/tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
    if (data.cost !== undefined) {
      let data22 = data.cost;
      if (typeof data22 == 'number') {
        if (data22 < 0 || isNaN(data22)) {
          const err39 = {
            instancePath: instancePath + '/cost',
            schemaPath: '#/properties/cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/cost',
          schemaPath: '#/properties/cost/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.custom_cost !== undefined) {
      if (typeof data.custom_cost !== 'boolean') {
        const err41 = {
          instancePath: instancePath + '/custom_cost',
          schemaPath: '#/properties/custom_cost/type',
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
    if (data.metadata !== undefined) {
      if (typeof data.metadata !== 'string') {
        const err42 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
  } else {
    const err43 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate638.errors = vErrors;
  return errors === 0;
}
function validate637(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate638(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate641(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.operator === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'operator' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.value === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'value' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
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
        const err4 = {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/enum',
          keyword: 'enum',
          params: { allowedValues: schema61.properties.key.enum },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.operator !== undefined) {
      let data1 = data.operator;
      if (typeof data1 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
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
        const err6 = {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/enum',
          keyword: 'enum',
          params: { allowedValues: schema61.properties.operator.enum },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
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
            const err7 = {
              instancePath: instancePath + '/value/' + i0,
              schemaPath: '#/properties/value/items/type',
              keyword: 'type',
              params: { type: schema61.properties.value.items.type },
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/value',
          schemaPath: '#/properties/value/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate641.errors = vErrors;
  return errors === 0;
}
function validate640(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate641(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate644(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.feedback !== undefined) {
      let data0 = data.feedback;
      if (!(typeof data0 == 'number') && data0 !== null) {
        const err0 = {
          instancePath: instancePath + '/feedback',
          schemaPath: '#/properties/feedback/type',
          keyword: 'type',
          params: { type: schema83.properties.feedback.type },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 > 1 || isNaN(data0)) {
          const err1 = {
            instancePath: instancePath + '/feedback',
            schemaPath: '#/properties/feedback/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 < -1 || isNaN(data0)) {
          const err2 = {
            instancePath: instancePath + '/feedback',
            schemaPath: '#/properties/feedback/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: -1 },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
    if (data.score !== undefined) {
      let data1 = data.score;
      if (!(typeof data1 == 'number') && data1 !== null) {
        const err3 = {
          instancePath: instancePath + '/score',
          schemaPath: '#/properties/score/type',
          keyword: 'type',
          params: { type: schema83.properties.score.type },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 > 100 || isNaN(data1)) {
          const err4 = {
            instancePath: instancePath + '/score',
            schemaPath: '#/properties/score/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err5 = {
            instancePath: instancePath + '/score',
            schemaPath: '#/properties/score/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.metadata !== undefined) {
      let data2 = data.metadata;
      if (!(data2 && typeof data2 == 'object' && !Array.isArray(data2)) && data2 !== null) {
        const err6 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
          keyword: 'type',
          params: { type: schema83.properties.metadata.type },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
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
            const err7 = {
              instancePath:
                instancePath + '/metadata/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/metadata/additionalProperties/type',
              keyword: 'type',
              params: { type: schema83.properties.metadata.additionalProperties.type },
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate644.errors = vErrors;
  return errors === 0;
}
function validate643(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate644(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate644.errors : vErrors.concat(validate644.errors);
    errors = vErrors.length;
  }
  validate643.errors = vErrors;
  return errors === 0;
}
export const schema_LogsResultInfo = validate646;
function validate647(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.count === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'count' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.page === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.per_page === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'per_page' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.total_count === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_count' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.count !== undefined) {
      let data0 = data.count;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err4 = {
          instancePath: instancePath + '/count',
          schemaPath: '#/properties/count/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 > 50 || isNaN(data0)) {
          const err5 = {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 50 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err6 = {
            instancePath: instancePath + '/count',
            schemaPath: '#/properties/count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.page !== undefined) {
      let data1 = data.page;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err7 = {
          instancePath: instancePath + '/page',
          schemaPath: '#/properties/page/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1 || isNaN(data1)) {
          const err8 = {
            instancePath: instancePath + '/page',
            schemaPath: '#/properties/page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.per_page !== undefined) {
      let data2 = data.per_page;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        const err9 = {
          instancePath: instancePath + '/per_page',
          schemaPath: '#/properties/per_page/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 > 50 || isNaN(data2)) {
          const err10 = {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 50 },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err11 = {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
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
    if (data.total_count !== undefined) {
      let data3 = data.total_count;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        const err12 = {
          instancePath: instancePath + '/total_count',
          schemaPath: '#/properties/total_count/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 > 10000000 || isNaN(data3)) {
          const err13 = {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 10000000 },
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err14 = {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.min_cost !== undefined) {
      let data4 = data.min_cost;
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          const err15 = {
            instancePath: instancePath + '/min_cost',
            schemaPath: '#/properties/min_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/min_cost',
          schemaPath: '#/properties/min_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.max_cost !== undefined) {
      let data5 = data.max_cost;
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
          const err17 = {
            instancePath: instancePath + '/max_cost',
            schemaPath: '#/properties/max_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/max_cost',
          schemaPath: '#/properties/max_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.min_duration !== undefined) {
      let data6 = data.min_duration;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        const err19 = {
          instancePath: instancePath + '/min_duration',
          schemaPath: '#/properties/min_duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          const err20 = {
            instancePath: instancePath + '/min_duration',
            schemaPath: '#/properties/min_duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.max_duration !== undefined) {
      let data7 = data.max_duration;
      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7))) {
        const err21 = {
          instancePath: instancePath + '/max_duration',
          schemaPath: '#/properties/max_duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data7 == 'number') {
        if (data7 < 0 || isNaN(data7)) {
          const err22 = {
            instancePath: instancePath + '/max_duration',
            schemaPath: '#/properties/max_duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.min_tokens_in !== undefined) {
      let data8 = data.min_tokens_in;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
        const err23 = {
          instancePath: instancePath + '/min_tokens_in',
          schemaPath: '#/properties/min_tokens_in/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data8 == 'number') {
        if (data8 < 0 || isNaN(data8)) {
          const err24 = {
            instancePath: instancePath + '/min_tokens_in',
            schemaPath: '#/properties/min_tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
    if (data.max_tokens_in !== undefined) {
      let data9 = data.max_tokens_in;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        const err25 = {
          instancePath: instancePath + '/max_tokens_in',
          schemaPath: '#/properties/max_tokens_in/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          const err26 = {
            instancePath: instancePath + '/max_tokens_in',
            schemaPath: '#/properties/max_tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.min_tokens_out !== undefined) {
      let data10 = data.min_tokens_out;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        const err27 = {
          instancePath: instancePath + '/min_tokens_out',
          schemaPath: '#/properties/min_tokens_out/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          const err28 = {
            instancePath: instancePath + '/min_tokens_out',
            schemaPath: '#/properties/min_tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
    if (data.max_tokens_out !== undefined) {
      let data11 = data.max_tokens_out;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
        const err29 = {
          instancePath: instancePath + '/max_tokens_out',
          schemaPath: '#/properties/max_tokens_out/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (typeof data11 == 'number') {
        if (data11 < 0 || isNaN(data11)) {
          const err30 = {
            instancePath: instancePath + '/max_tokens_out',
            schemaPath: '#/properties/max_tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
    }
    if (data.min_total_tokens !== undefined) {
      let data12 = data.min_total_tokens;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12))) {
        const err31 = {
          instancePath: instancePath + '/min_total_tokens',
          schemaPath: '#/properties/min_total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data12 == 'number') {
        if (data12 < 0 || isNaN(data12)) {
          const err32 = {
            instancePath: instancePath + '/min_total_tokens',
            schemaPath: '#/properties/min_total_tokens/minimum',
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
    if (data.max_total_tokens !== undefined) {
      let data13 = data.max_total_tokens;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13))) {
        const err33 = {
          instancePath: instancePath + '/max_total_tokens',
          schemaPath: '#/properties/max_total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (typeof data13 == 'number') {
        if (data13 < 0 || isNaN(data13)) {
          const err34 = {
            instancePath: instancePath + '/max_total_tokens',
            schemaPath: '#/properties/max_total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
  } else {
    const err35 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate647.errors = vErrors;
  return errors === 0;
}
function validate646(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate647(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate647.errors : vErrors.concat(validate647.errors);
    errors = vErrors.length;
  }
  validate646.errors = vErrors;
  return errors === 0;
}
export const schema_LogPayload = validate649;
function validate650(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  validate650.errors = null;
  return true;
}
function validate649(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate650(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate650.errors : vErrors.concat(validate650.errors);
    errors = vErrors.length;
  }
  validate649.errors = vErrors;
  return errors === 0;
}
export const schema_DatasetFilter = validate652;
function validate653(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.key === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'key' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.operator === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'operator' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.value === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'value' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.key !== undefined) {
      let data0 = data.key;
      if (typeof data0 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
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
        const err4 = {
          instancePath: instancePath + '/key',
          schemaPath: '#/properties/key/enum',
          keyword: 'enum',
          params: { allowedValues: schema101.properties.key.enum },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.operator !== undefined) {
      let data1 = data.operator;
      if (typeof data1 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === 'eq' || data1 === 'contains' || data1 === 'lt' || data1 === 'gt')) {
        const err6 = {
          instancePath: instancePath + '/operator',
          schemaPath: '#/properties/operator/enum',
          keyword: 'enum',
          params: { allowedValues: schema101.properties.operator.enum },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
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
            const err7 = {
              instancePath: instancePath + '/value/' + i0,
              schemaPath: '#/properties/value/items/type',
              keyword: 'type',
              params: { type: schema101.properties.value.items.type },
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/value',
          schemaPath: '#/properties/value/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate653.errors = vErrors;
  return errors === 0;
}
function validate652(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate653(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate653.errors : vErrors.concat(validate653.errors);
    errors = vErrors.length;
  }
  validate652.errors = vErrors;
  return errors === 0;
}
export const schema_Dataset = validate655;
function validate656(
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
    if (data.gateway_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.filters === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'filters' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.enable === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enable' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err7 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (
        !validate66(data.gateway_id, {
          instancePath: instancePath + '/gateway_id',
          parentData: data,
          parentDataProperty: 'gateway_id',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err8 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
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
    if (data.filters !== undefined) {
      let data4 = data.filters;
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate223(data4[i0], {
              instancePath: instancePath + '/filters/' + i0,
              parentData: data4,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate223.errors : vErrors.concat(validate223.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/filters',
          schemaPath: '#/properties/filters/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data6 = data.created_at;
      if (typeof data6 === 'string') {
        if (!formats2.validate(data6)) {
          const err11 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data7 = data.modified_at;
      if (typeof data7 === 'string') {
        if (!formats2.validate(data7)) {
          const err13 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate656.errors = vErrors;
  return errors === 0;
}
function validate655(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate656(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate656.errors : vErrors.concat(validate656.errors);
    errors = vErrors.length;
  }
  validate655.errors = vErrors;
  return errors === 0;
}
export const schema_DatasetCreate = validate660;
function validate661(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.filters === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'filters' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.enable === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enable' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err3 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.filters !== undefined) {
      let data2 = data.filters;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate223(data2[i0], {
              instancePath: instancePath + '/filters/' + i0,
              parentData: data2,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate223.errors : vErrors.concat(validate223.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/filters',
          schemaPath: '#/properties/filters/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate661.errors = vErrors;
  return errors === 0;
}
function validate660(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate661(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate661.errors : vErrors.concat(validate661.errors);
    errors = vErrors.length;
  }
  validate660.errors = vErrors;
  return errors === 0;
}
export const schema_EvaluationDataset = validate664;
function validate665(
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
    if (data.account_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'account_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.account_tag === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'account_tag' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.gateway_id === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.filters === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'filters' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.enable === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enable' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err9 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.account_id !== undefined) {
      if (typeof data.account_id !== 'string') {
        const err10 = {
          instancePath: instancePath + '/account_id',
          schemaPath: '#/properties/account_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.account_tag !== undefined) {
      if (typeof data.account_tag !== 'string') {
        const err11 = {
          instancePath: instancePath + '/account_tag',
          schemaPath: '#/properties/account_tag/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (
        !validate66(data.gateway_id, {
          instancePath: instancePath + '/gateway_id',
          parentData: data,
          parentDataProperty: 'gateway_id',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err12 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        const err13 = {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.filters !== undefined) {
      let data6 = data.filters;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate223(data6[i0], {
              instancePath: instancePath + '/filters/' + i0,
              parentData: data6,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate223.errors : vErrors.concat(validate223.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/filters',
          schemaPath: '#/properties/filters/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data8 = data.created_at;
      if (typeof data8 === 'string') {
        if (!formats2.validate(data8)) {
          const err15 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data9 = data.modified_at;
      if (typeof data9 === 'string') {
        if (!formats2.validate(data9)) {
          const err17 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate665.errors = vErrors;
  return errors === 0;
}
function validate664(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate665(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate665.errors : vErrors.concat(validate665.errors);
    errors = vErrors.length;
  }
  validate664.errors = vErrors;
  return errors === 0;
}
export const schema_EvaluationResult = validate669;
function validate670(
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
    if (data.evaluation_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'evaluation_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.evaluation_type_id === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'evaluation_type_id' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.result === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'result' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.status_description === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status_description' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.total_logs === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_logs' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err9 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.evaluation_id !== undefined) {
      if (typeof data.evaluation_id !== 'string') {
        const err10 = {
          instancePath: instancePath + '/evaluation_id',
          schemaPath: '#/properties/evaluation_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.evaluation_type_id !== undefined) {
      if (typeof data.evaluation_type_id !== 'string') {
        const err11 = {
          instancePath: instancePath + '/evaluation_type_id',
          schemaPath: '#/properties/evaluation_type_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.result !== undefined) {
      if (typeof data.result !== 'string') {
        const err12 = {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      if (!(typeof data.status == 'number')) {
        const err13 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.status_description !== undefined) {
      if (typeof data.status_description !== 'string') {
        const err14 = {
          instancePath: instancePath + '/status_description',
          schemaPath: '#/properties/status_description/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.total_logs !== undefined) {
      let data6 = data.total_logs;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        const err15 = {
          instancePath: instancePath + '/total_logs',
          schemaPath: '#/properties/total_logs/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          const err16 = {
            instancePath: instancePath + '/total_logs',
            schemaPath: '#/properties/total_logs/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.created_at !== undefined) {
      let data7 = data.created_at;
      if (typeof data7 === 'string') {
        if (!formats2.validate(data7)) {
          const err17 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data8 = data.modified_at;
      if (typeof data8 === 'string') {
        if (!formats2.validate(data8)) {
          const err19 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate670.errors = vErrors;
  return errors === 0;
}
function validate669(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate670(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate670.errors : vErrors.concat(validate670.errors);
    errors = vErrors.length;
  }
  validate669.errors = vErrors;
  return errors === 0;
}
export const schema_Evaluation = validate672;
function validate673(
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
    if (data.gateway_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.datasets === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'datasets' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.results === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'results' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.processed === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'processed' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.total_logs === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_logs' },
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err9 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (
        !validate66(data.gateway_id, {
          instancePath: instancePath + '/gateway_id',
          parentData: data,
          parentDataProperty: 'gateway_id',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err10 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.processed !== undefined) {
      if (typeof data.processed !== 'boolean') {
        const err11 = {
          instancePath: instancePath + '/processed',
          schemaPath: '#/properties/processed/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.total_logs !== undefined) {
      let data4 = data.total_logs;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        const err12 = {
          instancePath: instancePath + '/total_logs',
          schemaPath: '#/properties/total_logs/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          const err13 = {
            instancePath: instancePath + '/total_logs',
            schemaPath: '#/properties/total_logs/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
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
            !validate675(data5[i0], {
              instancePath: instancePath + '/datasets/' + i0,
              parentData: data5,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate675.errors : vErrors.concat(validate675.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/datasets',
          schemaPath: '#/properties/datasets/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.results !== undefined) {
      let data7 = data.results;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (
            !validate679(data7[i1], {
              instancePath: instancePath + '/results/' + i1,
              parentData: data7,
              parentDataProperty: i1,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate679.errors : vErrors.concat(validate679.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/results',
          schemaPath: '#/properties/results/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data9 = data.created_at;
      if (typeof data9 === 'string') {
        if (!formats2.validate(data9)) {
          const err16 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data10 = data.modified_at;
      if (typeof data10 === 'string') {
        if (!formats2.validate(data10)) {
          const err18 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate673.errors = vErrors;
  return errors === 0;
}
function validate672(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate673(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate673.errors : vErrors.concat(validate673.errors);
    errors = vErrors.length;
  }
  validate672.errors = vErrors;
  return errors === 0;
}
export const schema_EvaluationCreate = validate682;
function validate683(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.dataset_ids === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dataset_ids' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.evaluation_type_ids === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'evaluation_type_ids' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err3 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.dataset_ids !== undefined) {
      let data1 = data.dataset_ids;
      if (Array.isArray(data1)) {
        if (data1.length > 5) {
          const err4 = {
            instancePath: instancePath + '/dataset_ids',
            schemaPath: '#/properties/dataset_ids/maxItems',
            keyword: 'maxItems',
            params: { limit: 5 },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err5 = {
            instancePath: instancePath + '/dataset_ids',
            schemaPath: '#/properties/dataset_ids/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data1[i0] !== 'string') {
            const err6 = {
              instancePath: instancePath + '/dataset_ids/' + i0,
              schemaPath: '#/properties/dataset_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/dataset_ids',
          schemaPath: '#/properties/dataset_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.evaluation_type_ids !== undefined) {
      let data3 = data.evaluation_type_ids;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data3[i1] !== 'string') {
            const err8 = {
              instancePath: instancePath + '/evaluation_type_ids/' + i1,
              schemaPath: '#/properties/evaluation_type_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + '/evaluation_type_ids',
          schemaPath: '#/properties/evaluation_type_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate683.errors = vErrors;
  return errors === 0;
}
function validate682(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate683(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate683.errors : vErrors.concat(validate683.errors);
    errors = vErrors.length;
  }
  validate682.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteElementRef = validate685;
function validate686(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.elementId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elementId' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.elementId !== undefined) {
      if (typeof data.elementId !== 'string') {
        const err1 = {
          instancePath: instancePath + '/elementId',
          schemaPath: '#/properties/elementId/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate686.errors = vErrors;
  return errors === 0;
}
function validate685(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate686(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate686.errors : vErrors.concat(validate686.errors);
    errors = vErrors.length;
  }
  validate685.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteElement = validate688;
function validate689(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
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
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.outputs === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err3 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/oneOf/0/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/0/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 'start')) {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/0/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema139.oneOf[0].properties.type.enum },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data2 = data.outputs;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.next === undefined) {
          const err6 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/0/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'next' },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.next !== undefined) {
          let data3 = data2.next;
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.elementId === undefined) {
              const err7 = {
                instancePath: instancePath + '/outputs/next',
                schemaPath: '#/oneOf/0/properties/outputs/properties/next/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.elementId !== undefined) {
              if (typeof data3.elementId !== 'string') {
                const err8 = {
                  instancePath: instancePath + '/outputs/next/elementId',
                  schemaPath:
                    '#/oneOf/0/properties/outputs/properties/next/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/outputs/next',
              schemaPath: '#/oneOf/0/properties/outputs/properties/next/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/oneOf/0/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/oneOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
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
      const err12 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.properties === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'properties' },
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.outputs === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err16 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/oneOf/1/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data6 = data.type;
      if (typeof data6 !== 'string') {
        const err17 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/1/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data6 === 'conditional')) {
        const err18 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/1/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema139.oneOf[1].properties.type.enum },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data7 = data.properties;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.conditions !== undefined) {
          let data8 = data7.conditions;
          if (!(data8 && typeof data8 == 'object' && !Array.isArray(data8))) {
            const err19 = {
              instancePath: instancePath + '/properties/conditions',
              schemaPath: '#/oneOf/1/properties/properties/properties/conditions/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/properties',
          schemaPath: '#/oneOf/1/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data9 = data.outputs;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        if (data9.true === undefined) {
          const err21 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/1/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'true' },
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data9.false === undefined) {
          const err22 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/1/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'false' },
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9.true !== undefined) {
          let data10 = data9.true;
          if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
            if (data10.elementId === undefined) {
              const err23 = {
                instancePath: instancePath + '/outputs/true',
                schemaPath: '#/oneOf/1/properties/outputs/properties/true/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data10.elementId !== undefined) {
              if (typeof data10.elementId !== 'string') {
                const err24 = {
                  instancePath: instancePath + '/outputs/true/elementId',
                  schemaPath:
                    '#/oneOf/1/properties/outputs/properties/true/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/outputs/true',
              schemaPath: '#/oneOf/1/properties/outputs/properties/true/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data9.false !== undefined) {
          let data12 = data9.false;
          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
            if (data12.elementId === undefined) {
              const err26 = {
                instancePath: instancePath + '/outputs/false',
                schemaPath: '#/oneOf/1/properties/outputs/properties/false/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data12.elementId !== undefined) {
              if (typeof data12.elementId !== 'string') {
                const err27 = {
                  instancePath: instancePath + '/outputs/false/elementId',
                  schemaPath:
                    '#/oneOf/1/properties/outputs/properties/false/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/outputs/false',
              schemaPath: '#/oneOf/1/properties/outputs/properties/false/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/oneOf/1/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = {
      instancePath,
      schemaPath: '#/oneOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
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
        const err31 = {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'id' },
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (data.type === undefined) {
        const err32 = {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'type' },
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (data.outputs === undefined) {
        const err33 = {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'outputs' },
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (data.id !== undefined) {
        if (typeof data.id !== 'string') {
          const err34 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/oneOf/2/properties/id/type',
            keyword: 'type',
            params: { type: 'string' },
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      if (data.type !== undefined) {
        let data15 = data.type;
        if (typeof data15 !== 'string') {
          const err35 = {
            instancePath: instancePath + '/type',
            schemaPath: '#/oneOf/2/properties/type/type',
            keyword: 'type',
            params: { type: 'string' },
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!(data15 === 'percentage')) {
          const err36 = {
            instancePath: instancePath + '/type',
            schemaPath: '#/oneOf/2/properties/type/enum',
            keyword: 'enum',
            params: { allowedValues: schema139.oneOf[2].properties.type.enum },
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
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
                const err37 = {
                  instancePath:
                    instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/oneOf/2/properties/outputs/additionalProperties/required',
                  keyword: 'required',
                  params: { missingProperty: 'elementId' },
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (data17.elementId !== undefined) {
                if (typeof data17.elementId !== 'string') {
                  const err38 = {
                    instancePath:
                      instancePath +
                      '/outputs/' +
                      key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/elementId',
                    schemaPath:
                      '#/oneOf/2/properties/outputs/additionalProperties/properties/elementId/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
            } else {
              const err39 = {
                instancePath:
                  instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/oneOf/2/properties/outputs/additionalProperties/type',
                keyword: 'type',
                params: { type: 'object' },
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        } else {
          const err40 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/2/properties/outputs/type',
            keyword: 'type',
            params: { type: 'object' },
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
    } else {
      const err41 = {
        instancePath,
        schemaPath: '#/oneOf/2/type',
        keyword: 'type',
        params: { type: 'object' },
      };
      if (vErrors === null) {
        vErrors = [err41];
      } else {
        vErrors.push(err41);
      }
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
          const err42 = {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data.type === undefined) {
          const err43 = {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data.properties === undefined) {
          const err44 = {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'properties' },
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data.outputs === undefined) {
          const err45 = {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'outputs' },
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data.id !== undefined) {
          if (typeof data.id !== 'string') {
            const err46 = {
              instancePath: instancePath + '/id',
              schemaPath: '#/oneOf/3/properties/id/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data.type !== undefined) {
          let data20 = data.type;
          if (typeof data20 !== 'string') {
            const err47 = {
              instancePath: instancePath + '/type',
              schemaPath: '#/oneOf/3/properties/type/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (!(data20 === 'rate')) {
            const err48 = {
              instancePath: instancePath + '/type',
              schemaPath: '#/oneOf/3/properties/type/enum',
              keyword: 'enum',
              params: { allowedValues: schema139.oneOf[3].properties.type.enum },
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data.properties !== undefined) {
          let data21 = data.properties;
          if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
            if (data21.key === undefined) {
              const err49 = {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'key' },
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data21.limitType === undefined) {
              const err50 = {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'limitType' },
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data21.limit === undefined) {
              const err51 = {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'limit' },
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data21.window === undefined) {
              const err52 = {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'window' },
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data21.key !== undefined) {
              if (typeof data21.key !== 'string') {
                const err53 = {
                  instancePath: instancePath + '/properties/key',
                  schemaPath: '#/oneOf/3/properties/properties/properties/key/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data21.limitType !== undefined) {
              let data23 = data21.limitType;
              if (typeof data23 !== 'string') {
                const err54 = {
                  instancePath: instancePath + '/properties/limitType',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limitType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (!(data23 === 'count' || data23 === 'cost')) {
                const err55 = {
                  instancePath: instancePath + '/properties/limitType',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limitType/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues:
                      schema139.oneOf[3].properties.properties.properties.limitType.enum,
                  },
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data21.limit !== undefined) {
              if (!(typeof data21.limit == 'number')) {
                const err56 = {
                  instancePath: instancePath + '/properties/limit',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limit/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data21.window !== undefined) {
              if (!(typeof data21.window == 'number')) {
                const err57 = {
                  instancePath: instancePath + '/properties/window',
                  schemaPath: '#/oneOf/3/properties/properties/properties/window/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = {
              instancePath: instancePath + '/properties',
              schemaPath: '#/oneOf/3/properties/properties/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data.outputs !== undefined) {
          let data26 = data.outputs;
          if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
            if (data26.success === undefined) {
              const err59 = {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/3/properties/outputs/required',
                keyword: 'required',
                params: { missingProperty: 'success' },
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data26.fallback === undefined) {
              const err60 = {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/3/properties/outputs/required',
                keyword: 'required',
                params: { missingProperty: 'fallback' },
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data26.success !== undefined) {
              let data27 = data26.success;
              if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                if (data27.elementId === undefined) {
                  const err61 = {
                    instancePath: instancePath + '/outputs/success',
                    schemaPath: '#/oneOf/3/properties/outputs/properties/success/required',
                    keyword: 'required',
                    params: { missingProperty: 'elementId' },
                  };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (data27.elementId !== undefined) {
                  if (typeof data27.elementId !== 'string') {
                    const err62 = {
                      instancePath: instancePath + '/outputs/success/elementId',
                      schemaPath:
                        '#/oneOf/3/properties/outputs/properties/success/properties/elementId/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = {
                  instancePath: instancePath + '/outputs/success',
                  schemaPath: '#/oneOf/3/properties/outputs/properties/success/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data26.fallback !== undefined) {
              let data29 = data26.fallback;
              if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                if (data29.elementId === undefined) {
                  const err64 = {
                    instancePath: instancePath + '/outputs/fallback',
                    schemaPath: '#/oneOf/3/properties/outputs/properties/fallback/required',
                    keyword: 'required',
                    params: { missingProperty: 'elementId' },
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data29.elementId !== undefined) {
                  if (typeof data29.elementId !== 'string') {
                    const err65 = {
                      instancePath: instancePath + '/outputs/fallback/elementId',
                      schemaPath:
                        '#/oneOf/3/properties/outputs/properties/fallback/properties/elementId/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
              } else {
                const err66 = {
                  instancePath: instancePath + '/outputs/fallback',
                  schemaPath: '#/oneOf/3/properties/outputs/properties/fallback/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = {
              instancePath: instancePath + '/outputs',
              schemaPath: '#/oneOf/3/properties/outputs/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = {
          instancePath,
          schemaPath: '#/oneOf/3/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
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
            const err69 = {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'id' },
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (data.type === undefined) {
            const err70 = {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'type' },
            };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          if (data.properties === undefined) {
            const err71 = {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'properties' },
            };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          if (data.outputs === undefined) {
            const err72 = {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'outputs' },
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (data.id !== undefined) {
            if (typeof data.id !== 'string') {
              const err73 = {
                instancePath: instancePath + '/id',
                schemaPath: '#/oneOf/4/properties/id/type',
                keyword: 'type',
                params: { type: 'string' },
              };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
          if (data.type !== undefined) {
            let data32 = data.type;
            if (typeof data32 !== 'string') {
              const err74 = {
                instancePath: instancePath + '/type',
                schemaPath: '#/oneOf/4/properties/type/type',
                keyword: 'type',
                params: { type: 'string' },
              };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (!(data32 === 'model')) {
              const err75 = {
                instancePath: instancePath + '/type',
                schemaPath: '#/oneOf/4/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema139.oneOf[4].properties.type.enum },
              };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          if (data.properties !== undefined) {
            let data33 = data.properties;
            if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
              if (data33.provider === undefined) {
                const err76 = {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'provider' },
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              if (data33.model === undefined) {
                const err77 = {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'model' },
                };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              if (data33.timeout === undefined) {
                const err78 = {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'timeout' },
                };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (data33.retries === undefined) {
                const err79 = {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'retries' },
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (data33.provider !== undefined) {
                if (typeof data33.provider !== 'string') {
                  const err80 = {
                    instancePath: instancePath + '/properties/provider',
                    schemaPath: '#/oneOf/4/properties/properties/properties/provider/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              if (data33.model !== undefined) {
                if (typeof data33.model !== 'string') {
                  const err81 = {
                    instancePath: instancePath + '/properties/model',
                    schemaPath: '#/oneOf/4/properties/properties/properties/model/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
              if (data33.timeout !== undefined) {
                if (!(typeof data33.timeout == 'number')) {
                  const err82 = {
                    instancePath: instancePath + '/properties/timeout',
                    schemaPath: '#/oneOf/4/properties/properties/properties/timeout/type',
                    keyword: 'type',
                    params: { type: 'number' },
                  };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data33.retries !== undefined) {
                if (!(typeof data33.retries == 'number')) {
                  const err83 = {
                    instancePath: instancePath + '/properties/retries',
                    schemaPath: '#/oneOf/4/properties/properties/properties/retries/type',
                    keyword: 'type',
                    params: { type: 'number' },
                  };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
            } else {
              const err84 = {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/4/properties/properties/type',
                keyword: 'type',
                params: { type: 'object' },
              };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
          if (data.outputs !== undefined) {
            let data38 = data.outputs;
            if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
              if (data38.success === undefined) {
                const err85 = {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/4/properties/outputs/required',
                  keyword: 'required',
                  params: { missingProperty: 'success' },
                };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (data38.fallback === undefined) {
                const err86 = {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/4/properties/outputs/required',
                  keyword: 'required',
                  params: { missingProperty: 'fallback' },
                };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
              if (data38.success !== undefined) {
                let data39 = data38.success;
                if (data39 && typeof data39 == 'object' && !Array.isArray(data39)) {
                  if (data39.elementId === undefined) {
                    const err87 = {
                      instancePath: instancePath + '/outputs/success',
                      schemaPath: '#/oneOf/4/properties/outputs/properties/success/required',
                      keyword: 'required',
                      params: { missingProperty: 'elementId' },
                    };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                  if (data39.elementId !== undefined) {
                    if (typeof data39.elementId !== 'string') {
                      const err88 = {
                        instancePath: instancePath + '/outputs/success/elementId',
                        schemaPath:
                          '#/oneOf/4/properties/outputs/properties/success/properties/elementId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err89 = {
                    instancePath: instancePath + '/outputs/success',
                    schemaPath: '#/oneOf/4/properties/outputs/properties/success/type',
                    keyword: 'type',
                    params: { type: 'object' },
                  };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              }
              if (data38.fallback !== undefined) {
                let data41 = data38.fallback;
                if (data41 && typeof data41 == 'object' && !Array.isArray(data41)) {
                  if (data41.elementId === undefined) {
                    const err90 = {
                      instancePath: instancePath + '/outputs/fallback',
                      schemaPath: '#/oneOf/4/properties/outputs/properties/fallback/required',
                      keyword: 'required',
                      params: { missingProperty: 'elementId' },
                    };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                  if (data41.elementId !== undefined) {
                    if (typeof data41.elementId !== 'string') {
                      const err91 = {
                        instancePath: instancePath + '/outputs/fallback/elementId',
                        schemaPath:
                          '#/oneOf/4/properties/outputs/properties/fallback/properties/elementId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err92 = {
                    instancePath: instancePath + '/outputs/fallback',
                    schemaPath: '#/oneOf/4/properties/outputs/properties/fallback/type',
                    keyword: 'type',
                    params: { type: 'object' },
                  };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              }
            } else {
              const err93 = {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/4/properties/outputs/type',
                keyword: 'type',
                params: { type: 'object' },
              };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          }
        } else {
          const err94 = {
            instancePath,
            schemaPath: '#/oneOf/4/type',
            keyword: 'type',
            params: { type: 'object' },
          };
          if (vErrors === null) {
            vErrors = [err94];
          } else {
            vErrors.push(err94);
          }
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
              const err95 = {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (data.type === undefined) {
              const err96 = {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
              };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data.outputs === undefined) {
              const err97 = {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'outputs' },
              };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            if (data.id !== undefined) {
              if (typeof data.id !== 'string') {
                const err98 = {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/oneOf/5/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data.type !== undefined) {
              let data44 = data.type;
              if (typeof data44 !== 'string') {
                const err99 = {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/oneOf/5/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
              if (!(data44 === 'end')) {
                const err100 = {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/oneOf/5/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema139.oneOf[5].properties.type.enum },
                };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
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
                      const err101 = {
                        instancePath:
                          instancePath +
                          '/outputs/' +
                          key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath: '#/oneOf/5/properties/outputs/additionalProperties/required',
                        keyword: 'required',
                        params: { missingProperty: 'elementId' },
                      };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                    if (data46.elementId !== undefined) {
                      if (typeof data46.elementId !== 'string') {
                        const err102 = {
                          instancePath:
                            instancePath +
                            '/outputs/' +
                            key1.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/elementId',
                          schemaPath:
                            '#/oneOf/5/properties/outputs/additionalProperties/properties/elementId/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        };
                        if (vErrors === null) {
                          vErrors = [err102];
                        } else {
                          vErrors.push(err102);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err103 = {
                      instancePath:
                        instancePath + '/outputs/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/oneOf/5/properties/outputs/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
              } else {
                const err104 = {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/5/properties/outputs/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
          } else {
            const err105 = {
              instancePath,
              schemaPath: '#/oneOf/5/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
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
    const err106 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
    };
    if (vErrors === null) {
      vErrors = [err106];
    } else {
      vErrors.push(err106);
    }
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
function validate688(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate689(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate693(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.elementId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elementId' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.elementId !== undefined) {
      if (typeof data.elementId !== 'string') {
        const err1 = {
          instancePath: instancePath + '/elementId',
          schemaPath: '#/properties/elementId/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate693.errors = vErrors;
  return errors === 0;
}
function validate692(
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
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.outputs === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err3 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 'start')) {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema355.properties.type.enum },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data2 = data.outputs;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.next === undefined) {
          const err6 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'next' },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.next !== undefined) {
          if (
            !validate693(data2.next, {
              instancePath: instancePath + '/outputs/next',
              parentData: data2,
              parentDataProperty: 'next',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate692.errors = vErrors;
  return errors === 0;
}
function validate691(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate692(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate697(
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
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.properties === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'properties' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.outputs === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err4 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === 'conditional')) {
        const err6 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema358.properties.type.enum },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data2 = data.properties;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.conditions !== undefined) {
          let data3 = data2.conditions;
          if (!(data3 && typeof data3 == 'object' && !Array.isArray(data3))) {
            const err7 = {
              instancePath: instancePath + '/properties/conditions',
              schemaPath: '#/properties/properties/properties/conditions/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/properties',
          schemaPath: '#/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data4 = data.outputs;
      if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
        if (data4.true === undefined) {
          const err9 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'true' },
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data4.false === undefined) {
          const err10 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'false' },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data4.true !== undefined) {
          if (
            !validate693(data4.true, {
              instancePath: instancePath + '/outputs/true',
              parentData: data4,
              parentDataProperty: 'true',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
        if (data4.false !== undefined) {
          if (
            !validate693(data4.false, {
              instancePath: instancePath + '/outputs/false',
              parentData: data4,
              parentDataProperty: 'false',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate697.errors = vErrors;
  return errors === 0;
}
function validate696(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate697(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate702(
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
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.outputs === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err3 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 'percentage')) {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema360.properties.type.enum },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data2 = data.outputs;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (
            !validate693(data2[key0], {
              instancePath:
                instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data2,
              parentDataProperty: key0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate702.errors = vErrors;
  return errors === 0;
}
function validate701(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate702(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate706(
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
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.properties === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'properties' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.outputs === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err4 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === 'rate')) {
        const err6 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema362.properties.type.enum },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data2 = data.properties;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.key === undefined) {
          const err7 = {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'key' },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.limitType === undefined) {
          const err8 = {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'limitType' },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.limit === undefined) {
          const err9 = {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'limit' },
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.window === undefined) {
          const err10 = {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'window' },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.key !== undefined) {
          if (typeof data2.key !== 'string') {
            const err11 = {
              instancePath: instancePath + '/properties/key',
              schemaPath: '#/properties/properties/properties/key/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.limitType !== undefined) {
          let data4 = data2.limitType;
          if (typeof data4 !== 'string') {
            const err12 = {
              instancePath: instancePath + '/properties/limitType',
              schemaPath: '#/properties/properties/properties/limitType/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (!(data4 === 'count' || data4 === 'cost')) {
            const err13 = {
              instancePath: instancePath + '/properties/limitType',
              schemaPath: '#/properties/properties/properties/limitType/enum',
              keyword: 'enum',
              params: { allowedValues: schema362.properties.properties.properties.limitType.enum },
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.limit !== undefined) {
          if (!(typeof data2.limit == 'number')) {
            const err14 = {
              instancePath: instancePath + '/properties/limit',
              schemaPath: '#/properties/properties/properties/limit/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data2.window !== undefined) {
          if (!(typeof data2.window == 'number')) {
            const err15 = {
              instancePath: instancePath + '/properties/window',
              schemaPath: '#/properties/properties/properties/window/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/properties',
          schemaPath: '#/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data7 = data.outputs;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.success === undefined) {
          const err17 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'success' },
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data7.fallback === undefined) {
          const err18 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'fallback' },
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data7.success !== undefined) {
          if (
            !validate693(data7.success, {
              instancePath: instancePath + '/outputs/success',
              parentData: data7,
              parentDataProperty: 'success',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
        if (data7.fallback !== undefined) {
          if (
            !validate693(data7.fallback, {
              instancePath: instancePath + '/outputs/fallback',
              parentData: data7,
              parentDataProperty: 'fallback',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate706.errors = vErrors;
  return errors === 0;
}
function validate705(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate706(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate711(
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
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.properties === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'properties' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.outputs === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err4 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === 'model')) {
        const err6 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema364.properties.type.enum },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data2 = data.properties;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.provider === undefined) {
          const err7 = {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'provider' },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.model === undefined) {
          const err8 = {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'model' },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2.timeout === undefined) {
          const err9 = {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'timeout' },
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data2.retries === undefined) {
          const err10 = {
            instancePath: instancePath + '/properties',
            schemaPath: '#/properties/properties/required',
            keyword: 'required',
            params: { missingProperty: 'retries' },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data2.provider !== undefined) {
          if (typeof data2.provider !== 'string') {
            const err11 = {
              instancePath: instancePath + '/properties/provider',
              schemaPath: '#/properties/properties/properties/provider/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.model !== undefined) {
          if (typeof data2.model !== 'string') {
            const err12 = {
              instancePath: instancePath + '/properties/model',
              schemaPath: '#/properties/properties/properties/model/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data2.timeout !== undefined) {
          if (!(typeof data2.timeout == 'number')) {
            const err13 = {
              instancePath: instancePath + '/properties/timeout',
              schemaPath: '#/properties/properties/properties/timeout/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.retries !== undefined) {
          if (!(typeof data2.retries == 'number')) {
            const err14 = {
              instancePath: instancePath + '/properties/retries',
              schemaPath: '#/properties/properties/properties/retries/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/properties',
          schemaPath: '#/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data7 = data.outputs;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.success === undefined) {
          const err16 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'success' },
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data7.fallback === undefined) {
          const err17 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'fallback' },
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data7.success !== undefined) {
          if (
            !validate693(data7.success, {
              instancePath: instancePath + '/outputs/success',
              parentData: data7,
              parentDataProperty: 'success',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
        if (data7.fallback !== undefined) {
          if (
            !validate693(data7.fallback, {
              instancePath: instancePath + '/outputs/fallback',
              parentData: data7,
              parentDataProperty: 'fallback',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
  } else {
    const err19 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate711.errors = vErrors;
  return errors === 0;
}
function validate710(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate711(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate716(
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
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.outputs === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err3 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 'end')) {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema366.properties.type.enum },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data2 = data.outputs;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key0 in data2) {
          if (
            !validate693(data2[key0], {
              instancePath:
                instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              parentData: data2,
              parentDataProperty: key0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate693.errors : vErrors.concat(validate693.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate716.errors = vErrors;
  return errors === 0;
}
function validate715(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate716(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate716.errors : vErrors.concat(validate716.errors);
    errors = vErrors.length;
  }
  validate715.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteVersion = validate719;
function validate720(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.version_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version_id' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.data === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'data' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.active === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'active' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.version_id !== undefined) {
      if (typeof data.version_id !== 'string') {
        const err4 = {
          instancePath: instancePath + '/version_id',
          schemaPath: '#/properties/version_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.active !== undefined) {
      let data1 = data.active;
      if (typeof data1 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/active',
          schemaPath: '#/properties/active/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === 'true' || data1 === 'false')) {
        const err6 = {
          instancePath: instancePath + '/active',
          schemaPath: '#/properties/active/enum',
          keyword: 'enum',
          params: { allowedValues: schema368.properties.active.enum },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.data !== undefined) {
      if (typeof data.data !== 'string') {
        const err7 = {
          instancePath: instancePath + '/data',
          schemaPath: '#/properties/data/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.is_valid !== undefined) {
      if (typeof data.is_valid !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/is_valid',
          schemaPath: '#/properties/is_valid/type',
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
    if (data.created_at !== undefined) {
      if (typeof data.created_at !== 'string') {
        const err9 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate720.errors = vErrors;
  return errors === 0;
}
function validate719(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate720(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate720.errors : vErrors.concat(validate720.errors);
    errors = vErrors.length;
  }
  validate719.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteVersionDetail = validate722;
function validate723(
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
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.elements === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.gateway_id === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.version_id === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version_id' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.data === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'data' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.active === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'active' },
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err9 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err10 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        const err11 = {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.version_id !== undefined) {
      if (typeof data.version_id !== 'string') {
        const err12 = {
          instancePath: instancePath + '/version_id',
          schemaPath: '#/properties/version_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.active !== undefined) {
      let data4 = data.active;
      if (typeof data4 !== 'string') {
        const err13 = {
          instancePath: instancePath + '/active',
          schemaPath: '#/properties/active/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data4 === 'true' || data4 === 'false')) {
        const err14 = {
          instancePath: instancePath + '/active',
          schemaPath: '#/properties/active/enum',
          keyword: 'enum',
          params: { allowedValues: schema370.properties.active.enum },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.is_valid !== undefined) {
      if (typeof data.is_valid !== 'boolean') {
        const err15 = {
          instancePath: instancePath + '/is_valid',
          schemaPath: '#/properties/is_valid/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.data !== undefined) {
      if (typeof data.data !== 'string') {
        const err16 = {
          instancePath: instancePath + '/data',
          schemaPath: '#/properties/data/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.elements !== undefined) {
      let data7 = data.elements;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate296(data7[i0], {
              instancePath: instancePath + '/elements/' + i0,
              parentData: data7,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      if (typeof data.created_at !== 'string') {
        const err18 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data10 = data.modified_at;
      if (typeof data10 === 'string') {
        if (!formats2.validate(data10)) {
          const err19 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate723.errors = vErrors;
  return errors === 0;
}
function validate722(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate723(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate723.errors : vErrors.concat(validate723.errors);
    errors = vErrors.length;
  }
  validate722.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteDeployment = validate726;
function validate727(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.deployment_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'deployment_id' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.deployment_id !== undefined) {
      if (typeof data.deployment_id !== 'string') {
        const err3 = {
          instancePath: instancePath + '/deployment_id',
          schemaPath: '#/properties/deployment_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.version_id !== undefined) {
      if (typeof data.version_id !== 'string') {
        const err4 = {
          instancePath: instancePath + '/version_id',
          schemaPath: '#/properties/version_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      if (typeof data.created_at !== 'string') {
        const err5 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate727.errors = vErrors;
  return errors === 0;
}
function validate726(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate727(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate727.errors : vErrors.concat(validate727.errors);
    errors = vErrors.length;
  }
  validate726.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteSummary = validate729;
function validate730(
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
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.elements === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.gateway_id === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err6 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err7 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data3 = data.created_at;
      if (typeof data3 === 'string') {
        if (!formats2.validate(data3)) {
          const err9 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data4 = data.modified_at;
      if (typeof data4 === 'string') {
        if (!formats2.validate(data4)) {
          const err11 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.elements !== undefined) {
      let data5 = data.elements;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate296(data5[i0], {
              instancePath: instancePath + '/elements/' + i0,
              parentData: data5,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate730.errors = vErrors;
  return errors === 0;
}
function validate729(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate730(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate730.errors : vErrors.concat(validate730.errors);
    errors = vErrors.length;
  }
  validate729.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteDetail = validate733;
function validate734(
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
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.elements === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.gateway_id === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.deployment === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'deployment' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err9 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        const err10 = {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data3 = data.created_at;
      if (typeof data3 === 'string') {
        if (!formats2.validate(data3)) {
          const err11 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data4 = data.modified_at;
      if (typeof data4 === 'string') {
        if (!formats2.validate(data4)) {
          const err13 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.elements !== undefined) {
      let data5 = data.elements;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate296(data5[i0], {
              instancePath: instancePath + '/elements/' + i0,
              parentData: data5,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      if (
        !validate736(data.version, {
          instancePath: instancePath + '/version',
          parentData: data,
          parentDataProperty: 'version',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate736.errors : vErrors.concat(validate736.errors);
        errors = vErrors.length;
      }
    }
    if (data.deployment !== undefined) {
      if (
        !validate738(data.deployment, {
          instancePath: instancePath + '/deployment',
          parentData: data,
          parentDataProperty: 'deployment',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate734.errors = vErrors;
  return errors === 0;
}
function validate733(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate734(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate734.errors : vErrors.concat(validate734.errors);
    errors = vErrors.length;
  }
  validate733.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRoute = validate741;
function validate742(
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
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.elements === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.account_tag === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'account_tag' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.gateway_id === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.version === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.deployment === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'deployment' },
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err9 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err10 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        const err11 = {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data3 = data.created_at;
      if (typeof data3 === 'string') {
        if (!formats2.validate(data3)) {
          const err12 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data4 = data.modified_at;
      if (typeof data4 === 'string') {
        if (!formats2.validate(data4)) {
          const err14 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.elements !== undefined) {
      let data5 = data.elements;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate296(data5[i0], {
              instancePath: instancePath + '/elements/' + i0,
              parentData: data5,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.account_tag !== undefined) {
      if (typeof data.account_tag !== 'string') {
        const err17 = {
          instancePath: instancePath + '/account_tag',
          schemaPath: '#/properties/account_tag/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.version !== undefined) {
      if (
        !validate736(data.version, {
          instancePath: instancePath + '/version',
          parentData: data,
          parentDataProperty: 'version',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate736.errors : vErrors.concat(validate736.errors);
        errors = vErrors.length;
      }
    }
    if (data.deployment !== undefined) {
      if (
        !validate738(data.deployment, {
          instancePath: instancePath + '/deployment',
          parentData: data,
          parentDataProperty: 'deployment',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate742.errors = vErrors;
  return errors === 0;
}
function validate741(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate742(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate742.errors : vErrors.concat(validate742.errors);
    errors = vErrors.length;
  }
  validate741.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteCreate = validate747;
function validate748(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.elements === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err2 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.elements !== undefined) {
      let data1 = data.elements;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate296(data1[i0], {
              instancePath: instancePath + '/elements/' + i0,
              parentData: data1,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate748.errors = vErrors;
  return errors === 0;
}
function validate747(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate748(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate748.errors : vErrors.concat(validate748.errors);
    errors = vErrors.length;
  }
  validate747.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteUpdate = validate751;
function validate752(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err1 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate752.errors = vErrors;
  return errors === 0;
}
function validate751(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate752(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate752.errors : vErrors.concat(validate752.errors);
    errors = vErrors.length;
  }
  validate751.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteVersionCreate = validate754;
function validate755(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.elements === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.elements !== undefined) {
      let data0 = data.elements;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !validate296(data0[i0], {
              instancePath: instancePath + '/elements/' + i0,
              parentData: data0,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate755.errors = vErrors;
  return errors === 0;
}
function validate754(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate755(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate755.errors : vErrors.concat(validate755.errors);
    errors = vErrors.length;
  }
  validate754.errors = vErrors;
  return errors === 0;
}
export const schema_DynamicRouteDeploymentCreate = validate758;
function validate759(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.version_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version_id' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.version_id !== undefined) {
      if (typeof data.version_id !== 'string') {
        const err1 = {
          instancePath: instancePath + '/version_id',
          schemaPath: '#/properties/version_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate759.errors = vErrors;
  return errors === 0;
}
function validate758(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate759(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate759.errors : vErrors.concat(validate759.errors);
    errors = vErrors.length;
  }
  validate758.errors = vErrors;
  return errors === 0;
}
export const schema_ProviderConfig = validate761;
function validate762(
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
    if (data.gateway_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.provider_slug === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider_slug' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.alias === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'alias' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.default_config === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'default_config' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.secret_id === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'secret_id' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.secret_preview === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'secret_preview' },
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
      if (typeof data.id !== 'string') {
        const err8 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (
        !validate66(data.gateway_id, {
          instancePath: instancePath + '/gateway_id',
          parentData: data,
          parentDataProperty: 'gateway_id',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.provider_slug !== undefined) {
      if (typeof data.provider_slug !== 'string') {
        const err9 = {
          instancePath: instancePath + '/provider_slug',
          schemaPath: '#/properties/provider_slug/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.alias !== undefined) {
      if (typeof data.alias !== 'string') {
        const err10 = {
          instancePath: instancePath + '/alias',
          schemaPath: '#/properties/alias/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.default_config !== undefined) {
      if (typeof data.default_config !== 'boolean') {
        const err11 = {
          instancePath: instancePath + '/default_config',
          schemaPath: '#/properties/default_config/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.secret_id !== undefined) {
      if (typeof data.secret_id !== 'string') {
        const err12 = {
          instancePath: instancePath + '/secret_id',
          schemaPath: '#/properties/secret_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.secret_preview !== undefined) {
      if (typeof data.secret_preview !== 'string') {
        const err13 = {
          instancePath: instancePath + '/secret_preview',
          schemaPath: '#/properties/secret_preview/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.rate_limit !== undefined) {
      if (!(typeof data.rate_limit == 'number')) {
        const err14 = {
          instancePath: instancePath + '/rate_limit',
          schemaPath: '#/properties/rate_limit/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.rate_limit_period !== undefined) {
      if (!(typeof data.rate_limit_period == 'number')) {
        const err15 = {
          instancePath: instancePath + '/rate_limit_period',
          schemaPath: '#/properties/rate_limit_period/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data9 = data.modified_at;
      if (typeof data9 === 'string') {
        if (!formats2.validate(data9)) {
          const err16 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate762.errors = vErrors;
  return errors === 0;
}
function validate761(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate762(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate762.errors : vErrors.concat(validate762.errors);
    errors = vErrors.length;
  }
  validate761.errors = vErrors;
  return errors === 0;
}
export const schema_ProviderConfigCreate = validate765;
function validate766(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.provider_slug === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider_slug' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.alias === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'alias' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.default_config === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'default_config' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.provider_slug !== undefined) {
      if (typeof data.provider_slug !== 'string') {
        const err3 = {
          instancePath: instancePath + '/provider_slug',
          schemaPath: '#/properties/provider_slug/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.alias !== undefined) {
      if (typeof data.alias !== 'string') {
        const err4 = {
          instancePath: instancePath + '/alias',
          schemaPath: '#/properties/alias/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.default_config !== undefined) {
      if (typeof data.default_config !== 'boolean') {
        const err5 = {
          instancePath: instancePath + '/default_config',
          schemaPath: '#/properties/default_config/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.secret !== undefined) {
      if (typeof data.secret !== 'string') {
        const err6 = {
          instancePath: instancePath + '/secret',
          schemaPath: '#/properties/secret/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.secret_id !== undefined) {
      if (typeof data.secret_id !== 'string') {
        const err7 = {
          instancePath: instancePath + '/secret_id',
          schemaPath: '#/properties/secret_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.rate_limit !== undefined) {
      if (!(typeof data.rate_limit == 'number')) {
        const err8 = {
          instancePath: instancePath + '/rate_limit',
          schemaPath: '#/properties/rate_limit/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.rate_limit_period !== undefined) {
      if (!(typeof data.rate_limit_period == 'number')) {
        const err9 = {
          instancePath: instancePath + '/rate_limit_period',
          schemaPath: '#/properties/rate_limit_period/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate766.errors = vErrors;
  return errors === 0;
}
function validate765(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate766(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate766.errors : vErrors.concat(validate766.errors);
    errors = vErrors.length;
  }
  validate765.errors = vErrors;
  return errors === 0;
}
export const schema_ProviderConfigUpdate = validate768;
function validate769(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.secret === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'secret' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.secret !== undefined) {
      if (typeof data.secret !== 'string') {
        const err1 = {
          instancePath: instancePath + '/secret',
          schemaPath: '#/properties/secret/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate769.errors = vErrors;
  return errors === 0;
}
function validate768(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate769(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate769.errors : vErrors.concat(validate769.errors);
    errors = vErrors.length;
  }
  validate768.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderSlug = validate771;
function validate772(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern6.test(data)) {
      const err0 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^[a-zA-Z0-9_-]+$' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate772.errors = vErrors;
  return errors === 0;
}
function validate771(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate772(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate772.errors : vErrors.concat(validate772.errors);
    errors = vErrors.length;
  }
  validate771.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProvider = validate774;
function validate775(
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
    if (data.name === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.slug === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'slug' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.base_url === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'base_url' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (!formats6.validate(data0)) {
          const err6 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/format',
            keyword: 'format',
            params: { format: 'uuid' },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err8 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.slug !== undefined) {
      if (
        !validate412(data.slug, {
          instancePath: instancePath + '/slug',
          parentData: data,
          parentDataProperty: 'slug',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors);
        errors = vErrors.length;
      }
    }
    if (data.base_url !== undefined) {
      let data3 = data.base_url;
      if (typeof data3 === 'string') {
        if (!formats0.validate(data3)) {
          const err9 = {
            instancePath: instancePath + '/base_url',
            schemaPath: '#/properties/base_url/format',
            keyword: 'format',
            params: { format: 'uri' },
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/base_url',
          schemaPath: '#/properties/base_url/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err11 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        const err12 = {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
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
    if (data.beta !== undefined) {
      if (typeof data.beta !== 'boolean') {
        const err13 = {
          instancePath: instancePath + '/beta',
          schemaPath: '#/properties/beta/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data7 = data.headers;
      if (typeof data7 === 'string') {
        if (func1(data7) > 8192) {
          const err14 = {
            instancePath: instancePath + '/headers',
            schemaPath: '#/properties/headers/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.link !== undefined) {
      if (typeof data.link !== 'string') {
        const err16 = {
          instancePath: instancePath + '/link',
          schemaPath: '#/properties/link/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.logo !== undefined) {
      if (typeof data.logo !== 'string') {
        const err17 = {
          instancePath: instancePath + '/logo',
          schemaPath: '#/properties/logo/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.curl_example !== undefined) {
      if (typeof data.curl_example !== 'string') {
        const err18 = {
          instancePath: instancePath + '/curl_example',
          schemaPath: '#/properties/curl_example/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.js_example !== undefined) {
      if (typeof data.js_example !== 'string') {
        const err19 = {
          instancePath: instancePath + '/js_example',
          schemaPath: '#/properties/js_example/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data12 = data.position;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12))) {
        const err20 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/properties/position/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data13 = data.created_at;
      if (typeof data13 === 'string') {
        if (!formats2.validate(data13)) {
          const err21 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data14 = data.modified_at;
      if (typeof data14 === 'string') {
        if (!formats2.validate(data14)) {
          const err23 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate775.errors = vErrors;
  return errors === 0;
}
function validate774(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate775(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate775.errors : vErrors.concat(validate775.errors);
    errors = vErrors.length;
  }
  validate774.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderCreate = validate778;
function validate779(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.slug === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'slug' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.base_url === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'base_url' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err3 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.slug !== undefined) {
      if (
        !validate412(data.slug, {
          instancePath: instancePath + '/slug',
          parentData: data,
          parentDataProperty: 'slug',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors);
        errors = vErrors.length;
      }
    }
    if (data.base_url !== undefined) {
      let data2 = data.base_url;
      if (typeof data2 === 'string') {
        if (!formats0.validate(data2)) {
          const err4 = {
            instancePath: instancePath + '/base_url',
            schemaPath: '#/properties/base_url/format',
            keyword: 'format',
            params: { format: 'uri' },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/base_url',
          schemaPath: '#/properties/base_url/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err6 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        const err7 = {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.beta !== undefined) {
      if (typeof data.beta !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/beta',
          schemaPath: '#/properties/beta/type',
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
    if (data.headers !== undefined) {
      let data6 = data.headers;
      if (typeof data6 === 'string') {
        if (func1(data6) > 8192) {
          const err9 = {
            instancePath: instancePath + '/headers',
            schemaPath: '#/properties/headers/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.link !== undefined) {
      if (typeof data.link !== 'string') {
        const err11 = {
          instancePath: instancePath + '/link',
          schemaPath: '#/properties/link/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.curl_example !== undefined) {
      if (typeof data.curl_example !== 'string') {
        const err12 = {
          instancePath: instancePath + '/curl_example',
          schemaPath: '#/properties/curl_example/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.js_example !== undefined) {
      if (typeof data.js_example !== 'string') {
        const err13 = {
          instancePath: instancePath + '/js_example',
          schemaPath: '#/properties/js_example/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data10 = data.position;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        const err14 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/properties/position/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate779.errors = vErrors;
  return errors === 0;
}
function validate778(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate779(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate779.errors : vErrors.concat(validate779.errors);
    errors = vErrors.length;
  }
  validate778.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderUpdate = validate782;
function validate783(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        const err0 = {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.slug !== undefined) {
      if (
        !validate412(data.slug, {
          instancePath: instancePath + '/slug',
          parentData: data,
          parentDataProperty: 'slug',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate412.errors : vErrors.concat(validate412.errors);
        errors = vErrors.length;
      }
    }
    if (data.base_url !== undefined) {
      let data2 = data.base_url;
      if (typeof data2 === 'string') {
        if (!formats0.validate(data2)) {
          const err1 = {
            instancePath: instancePath + '/base_url',
            schemaPath: '#/properties/base_url/format',
            keyword: 'format',
            params: { format: 'uri' },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = {
          instancePath: instancePath + '/base_url',
          schemaPath: '#/properties/base_url/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.description !== undefined) {
      if (typeof data.description !== 'string') {
        const err3 = {
          instancePath: instancePath + '/description',
          schemaPath: '#/properties/description/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.beta !== undefined) {
      if (typeof data.beta !== 'boolean') {
        const err5 = {
          instancePath: instancePath + '/beta',
          schemaPath: '#/properties/beta/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.headers !== undefined) {
      let data6 = data.headers;
      if (typeof data6 === 'string') {
        if (func1(data6) > 8192) {
          const err6 = {
            instancePath: instancePath + '/headers',
            schemaPath: '#/properties/headers/maxLength',
            keyword: 'maxLength',
            params: { limit: 8192 },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/headers',
          schemaPath: '#/properties/headers/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.link !== undefined) {
      if (typeof data.link !== 'string') {
        const err8 = {
          instancePath: instancePath + '/link',
          schemaPath: '#/properties/link/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.logo !== undefined) {
      if (typeof data.logo !== 'string') {
        const err9 = {
          instancePath: instancePath + '/logo',
          schemaPath: '#/properties/logo/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.curl_example !== undefined) {
      if (typeof data.curl_example !== 'string') {
        const err10 = {
          instancePath: instancePath + '/curl_example',
          schemaPath: '#/properties/curl_example/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.js_example !== undefined) {
      if (typeof data.js_example !== 'string') {
        const err11 = {
          instancePath: instancePath + '/js_example',
          schemaPath: '#/properties/js_example/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.position !== undefined) {
      let data11 = data.position;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
        const err12 = {
          instancePath: instancePath + '/position',
          schemaPath: '#/properties/position/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate783.errors = vErrors;
  return errors === 0;
}
function validate782(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate783(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate783.errors : vErrors.concat(validate783.errors);
    errors = vErrors.length;
  }
  validate782.errors = vErrors;
  return errors === 0;
}
export const schema_CostModelRule = validate786;
function validate787(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 'equals' || data === 'starts-with' || data === 'contains')) {
    const err1 = {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema218.enum },
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate787.errors = vErrors;
  return errors === 0;
}
function validate786(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate787(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate787.errors : vErrors.concat(validate787.errors);
    errors = vErrors.length;
  }
  validate786.errors = vErrors;
  return errors === 0;
}
export const schema_TokenPricing = validate789;
function validate790(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.input_tokens !== undefined) {
      if (!(typeof data.input_tokens == 'number')) {
        const err0 = {
          instancePath: instancePath + '/input_tokens',
          schemaPath: '#/properties/input_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.input_text_tokens !== undefined) {
      if (!(typeof data.input_text_tokens == 'number')) {
        const err1 = {
          instancePath: instancePath + '/input_text_tokens',
          schemaPath: '#/properties/input_text_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.input_cached_tokens !== undefined) {
      if (!(typeof data.input_cached_tokens == 'number')) {
        const err2 = {
          instancePath: instancePath + '/input_cached_tokens',
          schemaPath: '#/properties/input_cached_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.input_cache_creation_tokens !== undefined) {
      if (!(typeof data.input_cache_creation_tokens == 'number')) {
        const err3 = {
          instancePath: instancePath + '/input_cache_creation_tokens',
          schemaPath: '#/properties/input_cache_creation_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.input_audio_tokens !== undefined) {
      if (!(typeof data.input_audio_tokens == 'number')) {
        const err4 = {
          instancePath: instancePath + '/input_audio_tokens',
          schemaPath: '#/properties/input_audio_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.input_image_tokens !== undefined) {
      if (!(typeof data.input_image_tokens == 'number')) {
        const err5 = {
          instancePath: instancePath + '/input_image_tokens',
          schemaPath: '#/properties/input_image_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.input_video_tokens !== undefined) {
      if (!(typeof data.input_video_tokens == 'number')) {
        const err6 = {
          instancePath: instancePath + '/input_video_tokens',
          schemaPath: '#/properties/input_video_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.input_image_count !== undefined) {
      if (!(typeof data.input_image_count == 'number')) {
        const err7 = {
          instancePath: instancePath + '/input_image_count',
          schemaPath: '#/properties/input_image_count/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.output_tokens !== undefined) {
      if (!(typeof data.output_tokens == 'number')) {
        const err8 = {
          instancePath: instancePath + '/output_tokens',
          schemaPath: '#/properties/output_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.output_reasoning_tokens !== undefined) {
      if (!(typeof data.output_reasoning_tokens == 'number')) {
        const err9 = {
          instancePath: instancePath + '/output_reasoning_tokens',
          schemaPath: '#/properties/output_reasoning_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.output_image_count !== undefined) {
      if (!(typeof data.output_image_count == 'number')) {
        const err10 = {
          instancePath: instancePath + '/output_image_count',
          schemaPath: '#/properties/output_image_count/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.total_tokens !== undefined) {
      if (!(typeof data.total_tokens == 'number')) {
        const err11 = {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate790.errors = vErrors;
  return errors === 0;
}
function validate789(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate790(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate790.errors : vErrors.concat(validate790.errors);
    errors = vErrors.length;
  }
  validate789.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderCost = validate792;
function validate793(
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
    if (data.account_provider_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'account_provider_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.model === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (!formats6.validate(data0)) {
          const err5 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/format',
            keyword: 'format',
            params: { format: 'uuid' },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.account_provider_id !== undefined) {
      let data1 = data.account_provider_id;
      if (typeof data1 === 'string') {
        if (!formats6.validate(data1)) {
          const err7 = {
            instancePath: instancePath + '/account_provider_id',
            schemaPath: '#/properties/account_provider_id/format',
            keyword: 'format',
            params: { format: 'uuid' },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/account_provider_id',
          schemaPath: '#/properties/account_provider_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.model !== undefined) {
      if (typeof data.model !== 'string') {
        const err9 = {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.model_rule !== undefined) {
      if (
        !validate455(data.model_rule, {
          instancePath: instancePath + '/model_rule',
          parentData: data,
          parentDataProperty: 'model_rule',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate455.errors : vErrors.concat(validate455.errors);
        errors = vErrors.length;
      }
    }
    if (data.cost_type !== undefined) {
      if (typeof data.cost_type !== 'string') {
        const err10 = {
          instancePath: instancePath + '/cost_type',
          schemaPath: '#/properties/cost_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.cost_in !== undefined) {
      if (!(typeof data.cost_in == 'number')) {
        const err11 = {
          instancePath: instancePath + '/cost_in',
          schemaPath: '#/properties/cost_in/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.cost_out !== undefined) {
      if (!(typeof data.cost_out == 'number')) {
        const err12 = {
          instancePath: instancePath + '/cost_out',
          schemaPath: '#/properties/cost_out/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.token_pricing !== undefined) {
      if (typeof data.token_pricing !== 'string') {
        const err13 = {
          instancePath: instancePath + '/token_pricing',
          schemaPath: '#/properties/token_pricing/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        const err14 = {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.changed_by !== undefined) {
      if (typeof data.changed_by !== 'string') {
        const err15 = {
          instancePath: instancePath + '/changed_by',
          schemaPath: '#/properties/changed_by/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.weight !== undefined) {
      let data10 = data.weight;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        const err16 = {
          instancePath: instancePath + '/weight',
          schemaPath: '#/properties/weight/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data11 = data.created_at;
      if (typeof data11 === 'string') {
        if (!formats2.validate(data11)) {
          const err17 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data12 = data.modified_at;
      if (typeof data12 === 'string') {
        if (!formats2.validate(data12)) {
          const err19 = {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate793.errors = vErrors;
  return errors === 0;
}
function validate792(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate793(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate793.errors : vErrors.concat(validate793.errors);
    errors = vErrors.length;
  }
  validate792.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderCostCreate = validate796;
function validate457(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.input_tokens !== undefined) {
      if (!(typeof data.input_tokens == 'number')) {
        const err0 = {
          instancePath: instancePath + '/input_tokens',
          schemaPath: '#/properties/input_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.input_text_tokens !== undefined) {
      if (!(typeof data.input_text_tokens == 'number')) {
        const err1 = {
          instancePath: instancePath + '/input_text_tokens',
          schemaPath: '#/properties/input_text_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.input_cached_tokens !== undefined) {
      if (!(typeof data.input_cached_tokens == 'number')) {
        const err2 = {
          instancePath: instancePath + '/input_cached_tokens',
          schemaPath: '#/properties/input_cached_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.input_cache_creation_tokens !== undefined) {
      if (!(typeof data.input_cache_creation_tokens == 'number')) {
        const err3 = {
          instancePath: instancePath + '/input_cache_creation_tokens',
          schemaPath: '#/properties/input_cache_creation_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.input_audio_tokens !== undefined) {
      if (!(typeof data.input_audio_tokens == 'number')) {
        const err4 = {
          instancePath: instancePath + '/input_audio_tokens',
          schemaPath: '#/properties/input_audio_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.input_image_tokens !== undefined) {
      if (!(typeof data.input_image_tokens == 'number')) {
        const err5 = {
          instancePath: instancePath + '/input_image_tokens',
          schemaPath: '#/properties/input_image_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.input_video_tokens !== undefined) {
      if (!(typeof data.input_video_tokens == 'number')) {
        const err6 = {
          instancePath: instancePath + '/input_video_tokens',
          schemaPath: '#/properties/input_video_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.input_image_count !== undefined) {
      if (!(typeof data.input_image_count == 'number')) {
        const err7 = {
          instancePath: instancePath + '/input_image_count',
          schemaPath: '#/properties/input_image_count/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.output_tokens !== undefined) {
      if (!(typeof data.output_tokens == 'number')) {
        const err8 = {
          instancePath: instancePath + '/output_tokens',
          schemaPath: '#/properties/output_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.output_reasoning_tokens !== undefined) {
      if (!(typeof data.output_reasoning_tokens == 'number')) {
        const err9 = {
          instancePath: instancePath + '/output_reasoning_tokens',
          schemaPath: '#/properties/output_reasoning_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.output_image_count !== undefined) {
      if (!(typeof data.output_image_count == 'number')) {
        const err10 = {
          instancePath: instancePath + '/output_image_count',
          schemaPath: '#/properties/output_image_count/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.total_tokens !== undefined) {
      if (!(typeof data.total_tokens == 'number')) {
        const err11 = {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate457.errors = vErrors;
  return errors === 0;
}
function validate797(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.account_provider_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'account_provider_id' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.account_provider_id !== undefined) {
      let data0 = data.account_provider_id;
      if (typeof data0 === 'string') {
        if (!formats6.validate(data0)) {
          const err2 = {
            instancePath: instancePath + '/account_provider_id',
            schemaPath: '#/properties/account_provider_id/format',
            keyword: 'format',
            params: { format: 'uuid' },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/account_provider_id',
          schemaPath: '#/properties/account_provider_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.model !== undefined) {
      if (typeof data.model !== 'string') {
        const err4 = {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.model_rule !== undefined) {
      if (
        !validate455(data.model_rule, {
          instancePath: instancePath + '/model_rule',
          parentData: data,
          parentDataProperty: 'model_rule',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate455.errors : vErrors.concat(validate455.errors);
        errors = vErrors.length;
      }
    }
    if (data.cost_type !== undefined) {
      if (typeof data.cost_type !== 'string') {
        const err5 = {
          instancePath: instancePath + '/cost_type',
          schemaPath: '#/properties/cost_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.cost_in !== undefined) {
      if (!(typeof data.cost_in == 'number')) {
        const err6 = {
          instancePath: instancePath + '/cost_in',
          schemaPath: '#/properties/cost_in/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.cost_out !== undefined) {
      if (!(typeof data.cost_out == 'number')) {
        const err7 = {
          instancePath: instancePath + '/cost_out',
          schemaPath: '#/properties/cost_out/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.token_pricing !== undefined) {
      if (
        !validate457(data.token_pricing, {
          instancePath: instancePath + '/token_pricing',
          parentData: data,
          parentDataProperty: 'token_pricing',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate457.errors : vErrors.concat(validate457.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
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
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate797.errors = vErrors;
  return errors === 0;
}
function validate796(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate797(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate797.errors : vErrors.concat(validate797.errors);
    errors = vErrors.length;
  }
  validate796.errors = vErrors;
  return errors === 0;
}
export const schema_CustomProviderCostUpdate = validate801;
function validate802(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.model !== undefined) {
      if (typeof data.model !== 'string') {
        const err0 = {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.model_rule !== undefined) {
      if (
        !validate455(data.model_rule, {
          instancePath: instancePath + '/model_rule',
          parentData: data,
          parentDataProperty: 'model_rule',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate455.errors : vErrors.concat(validate455.errors);
        errors = vErrors.length;
      }
    }
    if (data.cost_type !== undefined) {
      if (typeof data.cost_type !== 'string') {
        const err1 = {
          instancePath: instancePath + '/cost_type',
          schemaPath: '#/properties/cost_type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.cost_in !== undefined) {
      if (!(typeof data.cost_in == 'number')) {
        const err2 = {
          instancePath: instancePath + '/cost_in',
          schemaPath: '#/properties/cost_in/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.cost_out !== undefined) {
      if (!(typeof data.cost_out == 'number')) {
        const err3 = {
          instancePath: instancePath + '/cost_out',
          schemaPath: '#/properties/cost_out/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.token_pricing !== undefined) {
      if (
        !validate457(data.token_pricing, {
          instancePath: instancePath + '/token_pricing',
          parentData: data,
          parentDataProperty: 'token_pricing',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate457.errors : vErrors.concat(validate457.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable !== undefined) {
      if (typeof data.enable !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/enable',
          schemaPath: '#/properties/enable/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate802.errors = vErrors;
  return errors === 0;
}
function validate801(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate802(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate802.errors : vErrors.concat(validate802.errors);
    errors = vErrors.length;
  }
  validate801.errors = vErrors;
  return errors === 0;
}
export const schema_CustomDomainHostname = validate806;
function validate807(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (func1(data) > 253) {
      const err0 = {
        instancePath,
        schemaPath: '#/maxLength',
        keyword: 'maxLength',
        params: { limit: 253 },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (func1(data) < 1) {
      const err1 = {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (!pattern41.test(data)) {
      const err2 = {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$',
        },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate807.errors = vErrors;
  return errors === 0;
}
function validate806(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate807(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate807.errors : vErrors.concat(validate807.errors);
    errors = vErrors.length;
  }
  validate806.errors = vErrors;
  return errors === 0;
}
export const schema_CustomDomainStatus = validate809;
function validate810(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
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
    const err1 = {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema242.enum },
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate810.errors = vErrors;
  return errors === 0;
}
function validate809(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate810(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate810.errors : vErrors.concat(validate810.errors);
    errors = vErrors.length;
  }
  validate809.errors = vErrors;
  return errors === 0;
}
export const schema_CustomDomain = validate812;
function validate813(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.hostname === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'hostname' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.gateway_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.ssl_hostname_id === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ssl_hostname_id' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.hostname !== undefined) {
      if (
        !validate499(data.hostname, {
          instancePath: instancePath + '/hostname',
          parentData: data,
          parentDataProperty: 'hostname',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate499.errors : vErrors.concat(validate499.errors);
        errors = vErrors.length;
      }
    }
    if (data.gateway_id !== undefined) {
      if (
        !validate66(data.gateway_id, {
          instancePath: instancePath + '/gateway_id',
          parentData: data,
          parentDataProperty: 'gateway_id',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
        errors = vErrors.length;
      }
    }
    if (data.ssl_hostname_id !== undefined) {
      let data2 = data.ssl_hostname_id;
      if (typeof data2 !== 'string' && data2 !== null) {
        const err6 = {
          instancePath: instancePath + '/ssl_hostname_id',
          schemaPath: '#/properties/ssl_hostname_id/type',
          keyword: 'type',
          params: { type: schema418.properties.ssl_hostname_id.type },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      if (
        !validate816(data.status, {
          instancePath: instancePath + '/status',
          parentData: data,
          parentDataProperty: 'status',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate816.errors : vErrors.concat(validate816.errors);
        errors = vErrors.length;
      }
    }
    if (data.created_at !== undefined) {
      let data4 = data.created_at;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        const err7 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data5 = data.modified_at;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
        const err8 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate813.errors = vErrors;
  return errors === 0;
}
function validate812(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate813(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate813.errors : vErrors.concat(validate813.errors);
    errors = vErrors.length;
  }
  validate812.errors = vErrors;
  return errors === 0;
}
export const schema_CustomDomainCreated = validate819;
function validate820(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.hostname === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'hostname' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.gateway_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.cname_target === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cname_target' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.created_at === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.modified_at === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.hostname !== undefined) {
      if (typeof data.hostname !== 'string') {
        const err6 = {
          instancePath: instancePath + '/hostname',
          schemaPath: '#/properties/hostname/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        const err7 = {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      if (
        !validate816(data.status, {
          instancePath: instancePath + '/status',
          parentData: data,
          parentDataProperty: 'status',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate816.errors : vErrors.concat(validate816.errors);
        errors = vErrors.length;
      }
    }
    if (data.cname_target !== undefined) {
      if (typeof data.cname_target !== 'string') {
        const err8 = {
          instancePath: instancePath + '/cname_target',
          schemaPath: '#/properties/cname_target/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data4 = data.created_at;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        const err9 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data5 = data.modified_at;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
        const err10 = {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate820.errors = vErrors;
  return errors === 0;
}
function validate819(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate820(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
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
function validate824(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.domain === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'domain' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.zone_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'zone_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.domain !== undefined) {
      if (
        !validate499(data.domain, {
          instancePath: instancePath + '/domain',
          parentData: data,
          parentDataProperty: 'domain',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate499.errors : vErrors.concat(validate499.errors);
        errors = vErrors.length;
      }
    }
    if (data.zone_id !== undefined) {
      let data1 = data.zone_id;
      if (typeof data1 === 'string') {
        if (!pattern42.test(data1)) {
          const err2 = {
            instancePath: instancePath + '/zone_id',
            schemaPath: '#/properties/zone_id/pattern',
            keyword: 'pattern',
            params: { pattern: '^[0-9a-f]{32}$' },
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + '/zone_id',
          schemaPath: '#/properties/zone_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.minTLS !== undefined) {
      let data2 = data.minTLS;
      if (typeof data2 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/minTLS',
          schemaPath: '#/properties/minTLS/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data2 === '1.0' || data2 === '1.1' || data2 === '1.2' || data2 === '1.3')) {
        const err5 = {
          instancePath: instancePath + '/minTLS',
          schemaPath: '#/properties/minTLS/enum',
          keyword: 'enum',
          params: { allowedValues: schema247.properties.minTLS.enum },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate824.errors = vErrors;
  return errors === 0;
}
function validate823(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate824(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate824.errors : vErrors.concat(validate824.errors);
    errors = vErrors.length;
  }
  validate823.errors = vErrors;
  return errors === 0;
}
export const schema_BillingMessages = validate827;
function validate828(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.code === undefined) {
          const err0 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'code' },
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.message === undefined) {
          const err1 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/required',
            keyword: 'required',
            params: { missingProperty: 'message' },
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.code !== undefined) {
          if (!(typeof data0.code == 'number')) {
            const err2 = {
              instancePath: instancePath + '/' + i0 + '/code',
              schemaPath: '#/items/properties/code/type',
              keyword: 'type',
              params: { type: 'number' },
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.message !== undefined) {
          if (typeof data0.message !== 'string') {
            const err3 = {
              instancePath: instancePath + '/' + i0 + '/message',
              schemaPath: '#/items/properties/message/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/' + i0,
          schemaPath: '#/items/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: '#/type', keyword: 'type', params: { type: 'array' } };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate828.errors = vErrors;
  return errors === 0;
}
function validate827(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate828(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate828.errors : vErrors.concat(validate828.errors);
    errors = vErrors.length;
  }
  validate827.errors = vErrors;
  return errors === 0;
}
export const schema_BillingResultInfo = validate830;
function validate831(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.has_more === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'has_more' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.page === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'page' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.per_page === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'per_page' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.total_count === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_count' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.has_more !== undefined) {
      if (typeof data.has_more !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/has_more',
          schemaPath: '#/properties/has_more/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.page !== undefined) {
      let data1 = data.page;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err5 = {
          instancePath: instancePath + '/page',
          schemaPath: '#/properties/page/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/page',
            schemaPath: '#/properties/page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.per_page !== undefined) {
      let data2 = data.per_page;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        const err7 = {
          instancePath: instancePath + '/per_page',
          schemaPath: '#/properties/per_page/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 1 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + '/per_page',
            schemaPath: '#/properties/per_page/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.total_count !== undefined) {
      let data3 = data.total_count;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        const err9 = {
          instancePath: instancePath + '/total_count',
          schemaPath: '#/properties/total_count/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          const err10 = {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate831.errors = vErrors;
  return errors === 0;
}
function validate830(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate831(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate831.errors : vErrors.concat(validate831.errors);
    errors = vErrors.length;
  }
  validate830.errors = vErrors;
  return errors === 0;
}
export const schema_BillingEmpty = validate833;
function validate834(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = {
        instancePath,
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: key0 },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate834.errors = vErrors;
  return errors === 0;
}
function validate833(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate834(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate834.errors : vErrors.concat(validate834.errors);
    errors = vErrors.length;
  }
  validate833.errors = vErrors;
  return errors === 0;
}
export const schema_TopupConfig = validate836;
function validate837(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.threshold === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'threshold' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.amount === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.error === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.disabledReason === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'disabledReason' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.lastFailedAt === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'lastFailedAt' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.threshold !== undefined) {
      let data0 = data.threshold;
      if (!(typeof data0 == 'number') && data0 !== null) {
        const err5 = {
          instancePath: instancePath + '/threshold',
          schemaPath: '#/properties/threshold/type',
          keyword: 'type',
          params: { type: schema431.properties.threshold.type },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.amount !== undefined) {
      let data1 = data.amount;
      if (!(typeof data1 == 'number') && data1 !== null) {
        const err6 = {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: schema431.properties.amount.type },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.error !== undefined) {
      let data2 = data.error;
      if (typeof data2 !== 'string' && data2 !== null) {
        const err7 = {
          instancePath: instancePath + '/error',
          schemaPath: '#/properties/error/type',
          keyword: 'type',
          params: { type: schema431.properties.error.type },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.disabledReason !== undefined) {
      let data3 = data.disabledReason;
      if (typeof data3 !== 'string' && data3 !== null) {
        const err8 = {
          instancePath: instancePath + '/disabledReason',
          schemaPath: '#/properties/disabledReason/type',
          keyword: 'type',
          params: { type: schema431.properties.disabledReason.type },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.lastFailedAt !== undefined) {
      let data4 = data.lastFailedAt;
      if (!(typeof data4 == 'number') && data4 !== null) {
        const err9 = {
          instancePath: instancePath + '/lastFailedAt',
          schemaPath: '#/properties/lastFailedAt/type',
          keyword: 'type',
          params: { type: schema431.properties.lastFailedAt.type },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate837.errors = vErrors;
  return errors === 0;
}
function validate836(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate837(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate837.errors : vErrors.concat(validate837.errors);
    errors = vErrors.length;
  }
  validate836.errors = vErrors;
  return errors === 0;
}
export const schema_CreditBalance = validate839;
function validate840(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.balance === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'balance' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.has_default_payment_method === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'has_default_payment_method' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.payment_method === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'payment_method' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.topup_config === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'topup_config' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.balance !== undefined) {
      if (!(typeof data.balance == 'number')) {
        const err4 = {
          instancePath: instancePath + '/balance',
          schemaPath: '#/properties/balance/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.has_default_payment_method !== undefined) {
      if (typeof data.has_default_payment_method !== 'boolean') {
        const err5 = {
          instancePath: instancePath + '/has_default_payment_method',
          schemaPath: '#/properties/has_default_payment_method/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.payment_method !== undefined) {
      let data2 = data.payment_method;
      if (!(data2 && typeof data2 == 'object' && !Array.isArray(data2)) && data2 !== null) {
        const err6 = {
          instancePath: instancePath + '/payment_method',
          schemaPath: '#/properties/payment_method/type',
          keyword: 'type',
          params: { type: schema433.properties.payment_method.type },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.brand !== undefined) {
          if (typeof data2.brand !== 'string') {
            const err7 = {
              instancePath: instancePath + '/payment_method/brand',
              schemaPath: '#/properties/payment_method/properties/brand/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.last4 !== undefined) {
          if (typeof data2.last4 !== 'string') {
            const err8 = {
              instancePath: instancePath + '/payment_method/last4',
              schemaPath: '#/properties/payment_method/properties/last4/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.first_topup_success !== undefined) {
      if (typeof data.first_topup_success !== 'boolean') {
        const err9 = {
          instancePath: instancePath + '/first_topup_success',
          schemaPath: '#/properties/first_topup_success/type',
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
    if (data.topup_config !== undefined) {
      if (
        !validate841(data.topup_config, {
          instancePath: instancePath + '/topup_config',
          parentData: data,
          parentDataProperty: 'topup_config',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate841.errors : vErrors.concat(validate841.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate840.errors = vErrors;
  return errors === 0;
}
function validate839(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate840(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate840.errors : vErrors.concat(validate840.errors);
    errors = vErrors.length;
  }
  validate839.errors = vErrors;
  return errors === 0;
}
export const schema_InvoiceHistory = validate844;
function validate845(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.invoices === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'invoices' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.pagination === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pagination' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
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
              const err2 = {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount_due' },
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.amount_paid === undefined) {
              const err3 = {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount_paid' },
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.amount_remaining === undefined) {
              const err4 = {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount_remaining' },
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.currency === undefined) {
              const err5 = {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'currency' },
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.id !== undefined) {
              let data2 = data1.id;
              if (typeof data2 !== 'string' && data2 !== null) {
                const err6 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/id',
                  schemaPath: '#/properties/invoices/items/properties/id/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.id.type },
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.amount_due !== undefined) {
              if (!(typeof data1.amount_due == 'number')) {
                const err7 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/amount_due',
                  schemaPath: '#/properties/invoices/items/properties/amount_due/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.amount_paid !== undefined) {
              if (!(typeof data1.amount_paid == 'number')) {
                const err8 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/amount_paid',
                  schemaPath: '#/properties/invoices/items/properties/amount_paid/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.amount_remaining !== undefined) {
              if (!(typeof data1.amount_remaining == 'number')) {
                const err9 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/amount_remaining',
                  schemaPath: '#/properties/invoices/items/properties/amount_remaining/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data1.currency !== undefined) {
              if (typeof data1.currency !== 'string') {
                const err10 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/currency',
                  schemaPath: '#/properties/invoices/items/properties/currency/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data1.status !== undefined) {
              let data7 = data1.status;
              if (typeof data7 !== 'string' && data7 !== null) {
                const err11 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/status',
                  schemaPath: '#/properties/invoices/items/properties/status/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.status.type },
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data1.attempted !== undefined) {
              if (typeof data1.attempted !== 'boolean') {
                const err12 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/attempted',
                  schemaPath: '#/properties/invoices/items/properties/attempted/type',
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
            if (data1.attempt_count !== undefined) {
              if (!(typeof data1.attempt_count == 'number')) {
                const err13 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/attempt_count',
                  schemaPath: '#/properties/invoices/items/properties/attempt_count/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data1.auto_advance !== undefined) {
              let data10 = data1.auto_advance;
              if (typeof data10 !== 'boolean' && data10 !== null) {
                const err14 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/auto_advance',
                  schemaPath: '#/properties/invoices/items/properties/auto_advance/type',
                  keyword: 'type',
                  params: {
                    type: schema436.properties.invoices.items.properties.auto_advance.type,
                  },
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data1.created !== undefined) {
              if (!(typeof data1.created == 'number')) {
                const err15 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/created',
                  schemaPath: '#/properties/invoices/items/properties/created/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data1.created_by !== undefined) {
              if (typeof data1.created_by !== 'string') {
                const err16 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/created_by',
                  schemaPath: '#/properties/invoices/items/properties/created_by/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data1.description !== undefined) {
              let data13 = data1.description;
              if (typeof data13 !== 'string' && data13 !== null) {
                const err17 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/description',
                  schemaPath: '#/properties/invoices/items/properties/description/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.description.type },
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data1.invoice_origin !== undefined) {
              if (typeof data1.invoice_origin !== 'string') {
                const err18 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/invoice_origin',
                  schemaPath: '#/properties/invoices/items/properties/invoice_origin/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data1.invoice_pdf !== undefined) {
              let data15 = data1.invoice_pdf;
              if (typeof data15 !== 'string' && data15 !== null) {
                const err19 = {
                  instancePath: instancePath + '/invoices/' + i0 + '/invoice_pdf',
                  schemaPath: '#/properties/invoices/items/properties/invoice_pdf/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.invoice_pdf.type },
                };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
          } else {
            const err20 = {
              instancePath: instancePath + '/invoices/' + i0,
              schemaPath: '#/properties/invoices/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/invoices',
          schemaPath: '#/properties/invoices/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.pagination !== undefined) {
      let data16 = data.pagination;
      if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
        if (data16.has_more === undefined) {
          const err22 = {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'has_more' },
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data16.page === undefined) {
          const err23 = {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'page' },
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data16.per_page === undefined) {
          const err24 = {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'per_page' },
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data16.total_count === undefined) {
          const err25 = {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'total_count' },
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data16.has_more !== undefined) {
          if (typeof data16.has_more !== 'boolean') {
            const err26 = {
              instancePath: instancePath + '/pagination/has_more',
              schemaPath: '#/properties/pagination/properties/has_more/type',
              keyword: 'type',
              params: { type: 'boolean' },
            };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data16.page !== undefined) {
          let data18 = data16.page;
          if (!(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18))) {
            const err27 = {
              instancePath: instancePath + '/pagination/page',
              schemaPath: '#/properties/pagination/properties/page/type',
              keyword: 'type',
              params: { type: 'integer' },
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (typeof data18 == 'number') {
            if (data18 < 1 || isNaN(data18)) {
              const err28 = {
                instancePath: instancePath + '/pagination/page',
                schemaPath: '#/properties/pagination/properties/page/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
        if (data16.per_page !== undefined) {
          let data19 = data16.per_page;
          if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19))) {
            const err29 = {
              instancePath: instancePath + '/pagination/per_page',
              schemaPath: '#/properties/pagination/properties/per_page/type',
              keyword: 'type',
              params: { type: 'integer' },
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data19 == 'number') {
            if (data19 < 1 || isNaN(data19)) {
              const err30 = {
                instancePath: instancePath + '/pagination/per_page',
                schemaPath: '#/properties/pagination/properties/per_page/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        }
        if (data16.total_count !== undefined) {
          let data20 = data16.total_count;
          if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20))) {
            const err31 = {
              instancePath: instancePath + '/pagination/total_count',
              schemaPath: '#/properties/pagination/properties/total_count/type',
              keyword: 'type',
              params: { type: 'integer' },
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data20 == 'number') {
            if (data20 < 0 || isNaN(data20)) {
              const err32 = {
                instancePath: instancePath + '/pagination/total_count',
                schemaPath: '#/properties/pagination/properties/total_count/minimum',
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
      } else {
        const err33 = {
          instancePath: instancePath + '/pagination',
          schemaPath: '#/properties/pagination/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate845.errors = vErrors;
  return errors === 0;
}
function validate844(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate845(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate845.errors : vErrors.concat(validate845.errors);
    errors = vErrors.length;
  }
  validate844.errors = vErrors;
  return errors === 0;
}
export const schema_InvoicePreview = validate847;
function validate848(
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
    if (data.amount_due === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount_due' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.amount_paid === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount_paid' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.amount_remaining === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount_remaining' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.currency === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'currency' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.period_start === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'period_start' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.period_end === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'period_end' },
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.status === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.invoice_lines === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'invoice_lines' },
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err9 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.amount_due !== undefined) {
      if (!(typeof data.amount_due == 'number')) {
        const err10 = {
          instancePath: instancePath + '/amount_due',
          schemaPath: '#/properties/amount_due/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.amount_paid !== undefined) {
      if (!(typeof data.amount_paid == 'number')) {
        const err11 = {
          instancePath: instancePath + '/amount_paid',
          schemaPath: '#/properties/amount_paid/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.amount_remaining !== undefined) {
      if (!(typeof data.amount_remaining == 'number')) {
        const err12 = {
          instancePath: instancePath + '/amount_remaining',
          schemaPath: '#/properties/amount_remaining/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.currency !== undefined) {
      if (typeof data.currency !== 'string') {
        const err13 = {
          instancePath: instancePath + '/currency',
          schemaPath: '#/properties/currency/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.period_start !== undefined) {
      if (!(typeof data.period_start == 'number')) {
        const err14 = {
          instancePath: instancePath + '/period_start',
          schemaPath: '#/properties/period_start/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.period_end !== undefined) {
      if (!(typeof data.period_end == 'number')) {
        const err15 = {
          instancePath: instancePath + '/period_end',
          schemaPath: '#/properties/period_end/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data7 = data.status;
      if (typeof data7 !== 'string') {
        const err16 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
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
        const err17 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema438.properties.status.enum },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
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
              const err18 = {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'description' },
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data9.amount === undefined) {
              const err19 = {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount' },
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data9.period === undefined) {
              const err20 = {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'period' },
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data9.currency === undefined) {
              const err21 = {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'currency' },
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data9.pricing === undefined) {
              const err22 = {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'pricing' },
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data9.quantity === undefined) {
              const err23 = {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'quantity' },
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data9.description !== undefined) {
              let data10 = data9.description;
              if (typeof data10 !== 'string' && data10 !== null) {
                const err24 = {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/description',
                  schemaPath: '#/properties/invoice_lines/items/properties/description/type',
                  keyword: 'type',
                  params: {
                    type: schema438.properties.invoice_lines.items.properties.description.type,
                  },
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data9.amount !== undefined) {
              if (!(typeof data9.amount == 'number')) {
                const err25 = {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/amount',
                  schemaPath: '#/properties/invoice_lines/items/properties/amount/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data9.currency !== undefined) {
              if (typeof data9.currency !== 'string') {
                const err26 = {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/currency',
                  schemaPath: '#/properties/invoice_lines/items/properties/currency/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data9.quantity !== undefined) {
              if (!(typeof data9.quantity == 'number')) {
                const err27 = {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/quantity',
                  schemaPath: '#/properties/invoice_lines/items/properties/quantity/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data9.period !== undefined) {
              let data14 = data9.period;
              if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
                if (data14.start === undefined) {
                  const err28 = {
                    instancePath: instancePath + '/invoice_lines/' + i0 + '/period',
                    schemaPath: '#/properties/invoice_lines/items/properties/period/required',
                    keyword: 'required',
                    params: { missingProperty: 'start' },
                  };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (data14.end === undefined) {
                  const err29 = {
                    instancePath: instancePath + '/invoice_lines/' + i0 + '/period',
                    schemaPath: '#/properties/invoice_lines/items/properties/period/required',
                    keyword: 'required',
                    params: { missingProperty: 'end' },
                  };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
                if (data14.start !== undefined) {
                  if (!(typeof data14.start == 'number')) {
                    const err30 = {
                      instancePath: instancePath + '/invoice_lines/' + i0 + '/period/start',
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/period/properties/start/type',
                      keyword: 'type',
                      params: { type: 'number' },
                    };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data14.end !== undefined) {
                  if (!(typeof data14.end == 'number')) {
                    const err31 = {
                      instancePath: instancePath + '/invoice_lines/' + i0 + '/period/end',
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/period/properties/end/type',
                      keyword: 'type',
                      params: { type: 'number' },
                    };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/period',
                  schemaPath: '#/properties/invoice_lines/items/properties/period/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
            if (data9.pricing !== undefined) {
              let data17 = data9.pricing;
              if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                if (data17.unit_amount_decimal === undefined) {
                  const err33 = {
                    instancePath: instancePath + '/invoice_lines/' + i0 + '/pricing',
                    schemaPath: '#/properties/invoice_lines/items/properties/pricing/required',
                    keyword: 'required',
                    params: { missingProperty: 'unit_amount_decimal' },
                  };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                if (data17.unit_amount_decimal !== undefined) {
                  let data18 = data17.unit_amount_decimal;
                  if (typeof data18 !== 'string' && data18 !== null) {
                    const err34 = {
                      instancePath:
                        instancePath + '/invoice_lines/' + i0 + '/pricing/unit_amount_decimal',
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/pricing/properties/unit_amount_decimal/type',
                      keyword: 'type',
                      params: {
                        type: schema438.properties.invoice_lines.items.properties.pricing.properties
                          .unit_amount_decimal.type,
                      },
                    };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/pricing',
                  schemaPath: '#/properties/invoice_lines/items/properties/pricing/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
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
                      const err36 = {
                        instancePath:
                          instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts/' + i1,
                        schemaPath:
                          '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'amount' },
                      };
                      if (vErrors === null) {
                        vErrors = [err36];
                      } else {
                        vErrors.push(err36);
                      }
                      errors++;
                    }
                    if (data20.type === undefined) {
                      const err37 = {
                        instancePath:
                          instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts/' + i1,
                        schemaPath:
                          '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'type' },
                      };
                      if (vErrors === null) {
                        vErrors = [err37];
                      } else {
                        vErrors.push(err37);
                      }
                      errors++;
                    }
                    if (data20.amount !== undefined) {
                      if (!(typeof data20.amount == 'number')) {
                        const err38 = {
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
                        };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                    if (data20.type !== undefined) {
                      if (typeof data20.type !== 'string') {
                        const err39 = {
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
                        };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                    }
                    if (data20.credit_balance_transaction !== undefined) {
                      let data23 = data20.credit_balance_transaction;
                      if (typeof data23 !== 'string' && data23 !== null) {
                        const err40 = {
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
                        };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                    if (data20.discount !== undefined) {
                      let data24 = data20.discount;
                      if (typeof data24 !== 'string' && data24 !== null) {
                        const err41 = {
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
                        };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err42 = {
                      instancePath:
                        instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts/' + i1,
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts',
                  schemaPath:
                    '#/properties/invoice_lines/items/properties/pretax_credit_amounts/type',
                  keyword: 'type',
                  params: { type: 'array' },
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = {
              instancePath: instancePath + '/invoice_lines/' + i0,
              schemaPath: '#/properties/invoice_lines/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + '/invoice_lines',
          schemaPath: '#/properties/invoice_lines/type',
          keyword: 'type',
          params: { type: 'array' },
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
  validate848.errors = vErrors;
  return errors === 0;
}
function validate847(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate848(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate848.errors : vErrors.concat(validate848.errors);
    errors = vErrors.length;
  }
  validate847.errors = vErrors;
  return errors === 0;
}
export const schema_UsageHistory = validate850;
function validate851(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.history === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'history' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
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
              const err1 = {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.aggregated_value === undefined) {
              const err2 = {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'aggregated_value' },
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.start_time === undefined) {
              const err3 = {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'start_time' },
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.end_time === undefined) {
              const err4 = {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'end_time' },
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.id !== undefined) {
              if (typeof data1.id !== 'string') {
                const err5 = {
                  instancePath: instancePath + '/history/' + i0 + '/id',
                  schemaPath: '#/properties/history/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.aggregated_value !== undefined) {
              if (!(typeof data1.aggregated_value == 'number')) {
                const err6 = {
                  instancePath: instancePath + '/history/' + i0 + '/aggregated_value',
                  schemaPath: '#/properties/history/items/properties/aggregated_value/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.start_time !== undefined) {
              if (!(typeof data1.start_time == 'number')) {
                const err7 = {
                  instancePath: instancePath + '/history/' + i0 + '/start_time',
                  schemaPath: '#/properties/history/items/properties/start_time/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.end_time !== undefined) {
              if (!(typeof data1.end_time == 'number')) {
                const err8 = {
                  instancePath: instancePath + '/history/' + i0 + '/end_time',
                  schemaPath: '#/properties/history/items/properties/end_time/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/history/' + i0,
              schemaPath: '#/properties/history/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/history',
          schemaPath: '#/properties/history/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate851.errors = vErrors;
  return errors === 0;
}
function validate850(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate851(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate851.errors : vErrors.concat(validate851.errors);
    errors = vErrors.length;
  }
  validate850.errors = vErrors;
  return errors === 0;
}
export const schema_SpendingLimitDuration = validate853;
function validate854(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 'daily' || data === 'weekly' || data === 'monthly')) {
    const err1 = {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema274.enum },
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate854.errors = vErrors;
  return errors === 0;
}
function validate853(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate854(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate854.errors : vErrors.concat(validate854.errors);
    errors = vErrors.length;
  }
  validate853.errors = vErrors;
  return errors === 0;
}
export const schema_SpendingLimitStrategy = validate856;
function validate857(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    const err0 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === 'fixed' || data === 'sliding')) {
    const err1 = {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema275.enum },
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate857.errors = vErrors;
  return errors === 0;
}
function validate856(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate857(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate857.errors : vErrors.concat(validate857.errors);
    errors = vErrors.length;
  }
  validate856.errors = vErrors;
  return errors === 0;
}
export const schema_SpendingLimit = validate859;
function validate860(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.enabled === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enabled' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.config === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'config' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.enabled !== undefined) {
      if (typeof data.enabled !== 'boolean') {
        const err2 = {
          instancePath: instancePath + '/enabled',
          schemaPath: '#/properties/enabled/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.config !== undefined) {
      let data1 = data.config;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.amount === undefined) {
          const err3 = {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'amount' },
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.duration === undefined) {
          const err4 = {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'duration' },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.strategy === undefined) {
          const err5 = {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'strategy' },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.amount !== undefined) {
          let data2 = data1.amount;
          if (!(typeof data2 == 'number') && data2 !== null) {
            const err6 = {
              instancePath: instancePath + '/config/amount',
              schemaPath: '#/properties/config/properties/amount/type',
              keyword: 'type',
              params: { type: schema446.properties.config.properties.amount.type },
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
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
            !validate543(data3, {
              instancePath: instancePath + '/config/duration',
              parentData: data1,
              parentDataProperty: 'duration',
              rootData,
              dynamicAnchors,
            })
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
            const err7 = {
              instancePath: instancePath + '/config/duration',
              schemaPath: '#/properties/config/properties/duration/oneOf/1/type',
              keyword: 'type',
              params: { type: 'null' },
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
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
            const err8 = {
              instancePath: instancePath + '/config/duration',
              schemaPath: '#/properties/config/properties/duration/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
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
            !validate545(data4, {
              instancePath: instancePath + '/config/strategy',
              parentData: data1,
              parentDataProperty: 'strategy',
              rootData,
              dynamicAnchors,
            })
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
            const err9 = {
              instancePath: instancePath + '/config/strategy',
              schemaPath: '#/properties/config/properties/strategy/oneOf/1/type',
              keyword: 'type',
              params: { type: 'null' },
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
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
            const err10 = {
              instancePath: instancePath + '/config/strategy',
              schemaPath: '#/properties/config/properties/strategy/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing1 },
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
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
        const err11 = {
          instancePath: instancePath + '/config',
          schemaPath: '#/properties/config/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate860.errors = vErrors;
  return errors === 0;
}
function validate859(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate860(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate860.errors : vErrors.concat(validate860.errors);
    errors = vErrors.length;
  }
  validate859.errors = vErrors;
  return errors === 0;
}
export const schema_SpendingLimitSet = validate864;
function validate865(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.amount === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.duration === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.strategy === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'strategy' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'amount' || key0 === 'duration' || key0 === 'strategy')) {
        const err3 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.amount !== undefined) {
      let data0 = data.amount;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err4 = {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 100 || isNaN(data0)) {
          const err5 = {
            instancePath: instancePath + '/amount',
            schemaPath: '#/properties/amount/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 100 },
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.duration !== undefined) {
      if (
        !validate543(data.duration, {
          instancePath: instancePath + '/duration',
          parentData: data,
          parentDataProperty: 'duration',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate543.errors : vErrors.concat(validate543.errors);
        errors = vErrors.length;
      }
    }
    if (data.strategy !== undefined) {
      if (
        !validate545(data.strategy, {
          instancePath: instancePath + '/strategy',
          parentData: data,
          parentDataProperty: 'strategy',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate545.errors : vErrors.concat(validate545.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate865.errors = vErrors;
  return errors === 0;
}
function validate864(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate865(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate865.errors : vErrors.concat(validate865.errors);
    errors = vErrors.length;
  }
  validate864.errors = vErrors;
  return errors === 0;
}
export const schema_TopupCreate = validate869;
function validate870(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.amount === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'amount')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.amount !== undefined) {
      let data0 = data.amount;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err2 = {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 1000 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + '/amount',
            schemaPath: '#/properties/amount/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1000 },
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate870.errors = vErrors;
  return errors === 0;
}
function validate869(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate870(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate870.errors : vErrors.concat(validate870.errors);
    errors = vErrors.length;
  }
  validate869.errors = vErrors;
  return errors === 0;
}
export const schema_Topup = validate872;
function validate873(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.onboarding === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'onboarding' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.payment_intent_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'payment_intent_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.client_secret === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'client_secret' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.onboarding !== undefined) {
      if (typeof data.onboarding !== 'boolean') {
        const err3 = {
          instancePath: instancePath + '/onboarding',
          schemaPath: '#/properties/onboarding/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.payment_intent_id !== undefined) {
      if (typeof data.payment_intent_id !== 'string') {
        const err4 = {
          instancePath: instancePath + '/payment_intent_id',
          schemaPath: '#/properties/payment_intent_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.client_secret !== undefined) {
      let data2 = data.client_secret;
      if (typeof data2 !== 'string' && data2 !== null) {
        const err5 = {
          instancePath: instancePath + '/client_secret',
          schemaPath: '#/properties/client_secret/type',
          keyword: 'type',
          params: { type: schema452.properties.client_secret.type },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.brand !== undefined) {
      if (typeof data.brand !== 'string') {
        const err6 = {
          instancePath: instancePath + '/brand',
          schemaPath: '#/properties/brand/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.last4 !== undefined) {
      if (typeof data.last4 !== 'string') {
        const err7 = {
          instancePath: instancePath + '/last4',
          schemaPath: '#/properties/last4/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate873.errors = vErrors;
  return errors === 0;
}
function validate872(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate873(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate873.errors : vErrors.concat(validate873.errors);
    errors = vErrors.length;
  }
  validate872.errors = vErrors;
  return errors === 0;
}
export const schema_TopupConfigCreate = validate875;
function validate876(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.threshold === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'threshold' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.amount === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'threshold' || key0 === 'amount')) {
        const err2 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.threshold !== undefined) {
      let data0 = data.threshold;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err3 = {
          instancePath: instancePath + '/threshold',
          schemaPath: '#/properties/threshold/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 500 || isNaN(data0)) {
          const err4 = {
            instancePath: instancePath + '/threshold',
            schemaPath: '#/properties/threshold/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 500 },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.amount !== undefined) {
      let data1 = data.amount;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err5 = {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1000 || isNaN(data1)) {
          const err6 = {
            instancePath: instancePath + '/amount',
            schemaPath: '#/properties/amount/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1000 },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate876.errors = vErrors;
  return errors === 0;
}
function validate875(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate876(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate876.errors : vErrors.concat(validate876.errors);
    errors = vErrors.length;
  }
  validate875.errors = vErrors;
  return errors === 0;
}
export const schema_TopupConfigSet = validate878;
function validate879(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.threshold === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'threshold' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.amount === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.threshold !== undefined) {
      if (!(typeof data.threshold == 'number')) {
        const err2 = {
          instancePath: instancePath + '/threshold',
          schemaPath: '#/properties/threshold/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.amount !== undefined) {
      if (!(typeof data.amount == 'number')) {
        const err3 = {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate879.errors = vErrors;
  return errors === 0;
}
function validate878(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate879(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate879.errors : vErrors.concat(validate879.errors);
    errors = vErrors.length;
  }
  validate878.errors = vErrors;
  return errors === 0;
}
export const schema_TopupLimits = validate881;
function validate882(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.min_cents === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'min_cents' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.max_cents === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'max_cents' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.currency === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'currency' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.min_cents !== undefined) {
      let data0 = data.min_cents;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err3 = {
          instancePath: instancePath + '/min_cents',
          schemaPath: '#/properties/min_cents/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.max_cents !== undefined) {
      let data1 = data.max_cents;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err4 = {
          instancePath: instancePath + '/max_cents',
          schemaPath: '#/properties/max_cents/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.currency !== undefined) {
      if (typeof data.currency !== 'string') {
        const err5 = {
          instancePath: instancePath + '/currency',
          schemaPath: '#/properties/currency/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate882.errors = vErrors;
  return errors === 0;
}
function validate881(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate882(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate882.errors : vErrors.concat(validate882.errors);
    errors = vErrors.length;
  }
  validate881.errors = vErrors;
  return errors === 0;
}
export const schema_TopupStatusCheck = validate884;
function validate885(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.payment_intent_id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'payment_intent_id' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === 'payment_intent_id')) {
        const err1 = {
          instancePath,
          schemaPath: '#/additionalProperties',
          keyword: 'additionalProperties',
          params: { additionalProperty: key0 },
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.payment_intent_id !== undefined) {
      if (typeof data.payment_intent_id !== 'string') {
        const err2 = {
          instancePath: instancePath + '/payment_intent_id',
          schemaPath: '#/properties/payment_intent_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate885.errors = vErrors;
  return errors === 0;
}
function validate884(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate885(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate885.errors : vErrors.concat(validate885.errors);
    errors = vErrors.length;
  }
  validate884.errors = vErrors;
  return errors === 0;
}
export const schema_TopupStatus = validate887;
function validate888(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.status === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.payment_intent_id === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'payment_intent_id' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.payment_intent_id !== undefined) {
      if (typeof data.payment_intent_id !== 'string') {
        const err2 = {
          instancePath: instancePath + '/payment_intent_id',
          schemaPath: '#/properties/payment_intent_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data1 = data.status;
      if (typeof data1 !== 'string') {
        const err3 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === 'completed' || data1 === 'pending')) {
        const err4 = {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema462.properties.status.enum },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate888.errors = vErrors;
  return errors === 0;
}
function validate887(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate888(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate888.errors : vErrors.concat(validate888.errors);
    errors = vErrors.length;
  }
  validate887.errors = vErrors;
  return errors === 0;
}
export const schema_ErrorBilling = validate890;
function validate891(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errors === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.result === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'result' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.success === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
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
              const err3 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'code' },
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.message === undefined) {
              const err4 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.code !== undefined) {
              if (!(typeof data1.code == 'number')) {
                const err5 = {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.message !== undefined) {
              if (typeof data1.message !== 'string') {
                const err6 = {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
          } else {
            const err7 = {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.result !== undefined) {
      let data4 = data.result;
      if (!(data4 && typeof data4 == 'object' && !Array.isArray(data4)) && data4 !== null) {
        const err9 = {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/type',
          keyword: 'type',
          params: { type: schema464.properties.result.type },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.success !== undefined) {
      let data5 = data.success;
      if (typeof data5 !== 'boolean') {
        const err10 = {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data5 === false)) {
        const err11 = {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/enum',
          keyword: 'enum',
          params: { allowedValues: schema464.properties.success.enum },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate891.errors = vErrors;
  return errors === 0;
}
function validate890(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate891(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate891.errors : vErrors.concat(validate891.errors);
    errors = vErrors.length;
  }
  validate890.errors = vErrors;
  return errors === 0;
}
export const schema_ErrorBadRequest = validate893;
function validate894(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errors === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.result === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'result' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.success === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
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
              const err3 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.message !== undefined) {
              if (typeof data1.message !== 'string') {
                const err4 = {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
          } else {
            const err5 = {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.result !== undefined) {
      let data3 = data.result;
      if (!(data3 && typeof data3 == 'object' && !Array.isArray(data3))) {
        const err7 = {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
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
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate894.errors = vErrors;
  return errors === 0;
}
function validate893(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate894(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate894.errors : vErrors.concat(validate894.errors);
    errors = vErrors.length;
  }
  validate893.errors = vErrors;
  return errors === 0;
}
export const schema_ErrorInputValidation = validate896;
function validate897(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
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
    const err1 = { instancePath, schemaPath: '#/not', keyword: 'not', params: {} };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
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
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.success === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
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
              const err4 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'code' },
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (data1.message === undefined) {
              const err5 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data1.path === undefined) {
              const err6 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'path' },
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.code !== undefined) {
              if (!(typeof data1.code == 'number')) {
                const err7 = {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.message !== undefined) {
              if (typeof data1.message !== 'string') {
                const err8 = {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
            if (data1.path !== undefined) {
              let data4 = data1.path;
              if (Array.isArray(data4)) {
                const len1 = data4.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data4[i1] !== 'string') {
                    const err9 = {
                      instancePath: instancePath + '/errors/' + i0 + '/path/' + i1,
                      schemaPath: '#/properties/errors/items/properties/path/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err9];
                    } else {
                      vErrors.push(err9);
                    }
                    errors++;
                  }
                }
              } else {
                const err10 = {
                  instancePath: instancePath + '/errors/' + i0 + '/path',
                  schemaPath: '#/properties/errors/items/properties/path/type',
                  keyword: 'type',
                  params: { type: 'array' },
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        const err13 = {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate897.errors = vErrors;
  return errors === 0;
}
function validate896(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate897(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate897.errors : vErrors.concat(validate897.errors);
    errors = vErrors.length;
  }
  validate896.errors = vErrors;
  return errors === 0;
}
export const schema_ErrorNotFound = validate899;
function validate900(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errors === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.success === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
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
              const err2 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'code' },
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.message === undefined) {
              const err3 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.code !== undefined) {
              if (!(typeof data1.code == 'number')) {
                const err4 = {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.message !== undefined) {
              if (typeof data1.message !== 'string') {
                const err5 = {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        const err8 = {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
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
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate900.errors = vErrors;
  return errors === 0;
}
function validate899(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate900(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate900.errors : vErrors.concat(validate900.errors);
    errors = vErrors.length;
  }
  validate899.errors = vErrors;
  return errors === 0;
}
export const schema_EdgeError = validate902;
function validate903(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.success === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.errors === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        const err2 = {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
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
              const err3 = {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data2.code !== undefined) {
              let data3 = data2.code;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                const err4 = {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data2.message !== undefined) {
              if (typeof data2.message !== 'string') {
                const err5 = {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
          } else {
            const err6 = {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.messages !== undefined) {
      if (!Array.isArray(data.messages)) {
        const err8 = {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate903.errors = vErrors;
  return errors === 0;
}
function validate902(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate903(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate903.errors : vErrors.concat(validate903.errors);
    errors = vErrors.length;
  }
  validate902.errors = vErrors;
  return errors === 0;
}
