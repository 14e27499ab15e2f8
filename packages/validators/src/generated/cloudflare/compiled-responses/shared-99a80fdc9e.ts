// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError, ucs2length } from '../../../runtime/json.js';

const pattern6 = new RegExp('^[a-zA-Z0-9_-]+$', 'u');
const formats2 = formats['date-time'];
const func1 = ucs2length;
const formats0 = formats.uri;
const formats6 = formats.uuid;
export function validate1682(data, instancePath = '') {
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
  validate1682.errors = vErrors;
  return errors === 0;
}
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
