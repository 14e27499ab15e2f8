// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate925, validate927 } from './shared-common.js';
import {
  schema254,
  validate897,
  validate916,
  validate924,
  validate930,
  validate938,
  validate945,
  validate935,
} from './shared-442e9c20cf.js';

const formats44 = formats.int64;
const formats0 = formats['date-time'];
export const getLog_200 = validate1361;
function validate1362(data, instancePath = '') {
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
    if (data.object === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'object' },
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
    if (data.timestamp === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'timestamp' },
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
    if (data.number_of_retries === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'number_of_retries' },
      });
      errors++;
    }
    if (data.fallback_index === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fallback_index' },
      });
      errors++;
    }
    if (data.stream === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'stream' },
      });
      errors++;
    }
    if (data.parent_request_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'parent_request_id' },
      });
      errors++;
    }
    if (data.selected_key_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_key_id' },
      });
      errors++;
    }
    if (data.selected_key_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_key_name' },
      });
      errors++;
    }
    if (data.virtual_key_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'virtual_key_id' },
      });
      errors++;
    }
    if (data.virtual_key_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'virtual_key_name' },
      });
      errors++;
    }
    if (data.routing_rule_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'routing_rule_id' },
      });
      errors++;
    }
    if (data.routing_rule_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'routing_rule_name' },
      });
      errors++;
    }
    if (data.selected_prompt_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_prompt_name' },
      });
      errors++;
    }
    if (data.selected_prompt_version === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_prompt_version' },
      });
      errors++;
    }
    if (data.selected_prompt_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_prompt_id' },
      });
      errors++;
    }
    if (data.user_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_id' },
      });
      errors++;
    }
    if (data.user_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_name' },
      });
      errors++;
    }
    if (data.team_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'team_id' },
      });
      errors++;
    }
    if (data.team_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'team_name' },
      });
      errors++;
    }
    if (data.customer_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'customer_id' },
      });
      errors++;
    }
    if (data.customer_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'customer_name' },
      });
      errors++;
    }
    if (data.business_unit_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'business_unit_id' },
      });
      errors++;
    }
    if (data.business_unit_name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'business_unit_name' },
      });
      errors++;
    }
    if (data.raw_request === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'raw_request' },
      });
      errors++;
    }
    if (data.raw_response === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'raw_response' },
      });
      errors++;
    }
    if (data.is_large_payload_request === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_large_payload_request' },
      });
      errors++;
    }
    if (data.is_large_payload_response === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_large_payload_response' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
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
    if (data.parent_request_id !== undefined) {
      let data1 = data.parent_request_id;
      if (typeof data1 !== 'string' && data1 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/parent_request_id',
          schemaPath: '#/properties/parent_request_id/type',
          keyword: 'type',
          params: { type: schema254.properties.parent_request_id.type },
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
    if (data.object !== undefined) {
      if (typeof data.object !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/object',
          schemaPath: '#/properties/object/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      if (
        !(
          validate897(data.status, instancePath) ||
          validate897(data.status, instancePath + '/status')
        )
      ) {
        vErrors = vErrors === null ? validate897.errors : vErrors.concat(validate897.errors);
        errors = vErrors.length;
      }
    }
    if (data.timestamp !== undefined) {
      let data6 = data.timestamp;
      if (typeof data6 === 'string') {
        if (!formats0.validate(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/timestamp',
            schemaPath: '#/properties/timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/timestamp',
          schemaPath: '#/properties/timestamp/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data7 = data.created_at;
      if (typeof data7 === 'string') {
        if (!formats0.validate(data7)) {
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
    if (data.number_of_retries !== undefined) {
      let data8 = data.number_of_retries;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/number_of_retries',
          schemaPath: '#/properties/number_of_retries/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data8 == 'number') {
        if (data8 < 0 || isNaN(data8)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/number_of_retries',
            schemaPath: '#/properties/number_of_retries/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.fallback_index !== undefined) {
      let data9 = data.fallback_index;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/fallback_index',
          schemaPath: '#/properties/fallback_index/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/fallback_index',
            schemaPath: '#/properties/fallback_index/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.latency !== undefined) {
      let data10 = data.latency;
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/latency',
            schemaPath: '#/properties/latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/latency',
          schemaPath: '#/properties/latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.cost !== undefined) {
      let data11 = data.cost;
      if (typeof data11 == 'number') {
        if (data11 < 0 || isNaN(data11)) {
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
    if (data.selected_key_id !== undefined) {
      if (typeof data.selected_key_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_key_id',
          schemaPath: '#/properties/selected_key_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.selected_key_name !== undefined) {
      if (typeof data.selected_key_name !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_key_name',
          schemaPath: '#/properties/selected_key_name/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.virtual_key_id !== undefined) {
      let data14 = data.virtual_key_id;
      if (typeof data14 !== 'string' && data14 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_key_id',
          schemaPath: '#/properties/virtual_key_id/type',
          keyword: 'type',
          params: { type: schema254.properties.virtual_key_id.type },
        });
        errors++;
      }
    }
    if (data.virtual_key_name !== undefined) {
      let data15 = data.virtual_key_name;
      if (typeof data15 !== 'string' && data15 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_key_name',
          schemaPath: '#/properties/virtual_key_name/type',
          keyword: 'type',
          params: { type: schema254.properties.virtual_key_name.type },
        });
        errors++;
      }
    }
    if (data.routing_engines_used !== undefined) {
      let data16 = data.routing_engines_used;
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data16[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/routing_engines_used/' + i0,
              schemaPath: '#/properties/routing_engines_used/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_engines_used',
          schemaPath: '#/properties/routing_engines_used/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_rule_id !== undefined) {
      let data18 = data.routing_rule_id;
      if (typeof data18 !== 'string' && data18 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rule_id',
          schemaPath: '#/properties/routing_rule_id/type',
          keyword: 'type',
          params: { type: schema254.properties.routing_rule_id.type },
        });
        errors++;
      }
    }
    if (data.routing_rule_name !== undefined) {
      let data19 = data.routing_rule_name;
      if (typeof data19 !== 'string' && data19 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rule_name',
          schemaPath: '#/properties/routing_rule_name/type',
          keyword: 'type',
          params: { type: schema254.properties.routing_rule_name.type },
        });
        errors++;
      }
    }
    if (data.selected_prompt_name !== undefined) {
      let data20 = data.selected_prompt_name;
      if (typeof data20 !== 'string' && data20 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_prompt_name',
          schemaPath: '#/properties/selected_prompt_name/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_prompt_name.type },
        });
        errors++;
      }
    }
    if (data.selected_prompt_version !== undefined) {
      let data21 = data.selected_prompt_version;
      if (typeof data21 !== 'string' && data21 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_prompt_version',
          schemaPath: '#/properties/selected_prompt_version/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_prompt_version.type },
        });
        errors++;
      }
    }
    if (data.selected_prompt_id !== undefined) {
      let data22 = data.selected_prompt_id;
      if (typeof data22 !== 'string' && data22 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_prompt_id',
          schemaPath: '#/properties/selected_prompt_id/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_prompt_id.type },
        });
        errors++;
      }
    }
    if (data.user_id !== undefined) {
      let data23 = data.user_id;
      if (typeof data23 !== 'string' && data23 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_id',
          schemaPath: '#/properties/user_id/type',
          keyword: 'type',
          params: { type: schema254.properties.user_id.type },
        });
        errors++;
      }
    }
    if (data.user_name !== undefined) {
      let data24 = data.user_name;
      if (typeof data24 !== 'string' && data24 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_name',
          schemaPath: '#/properties/user_name/type',
          keyword: 'type',
          params: { type: schema254.properties.user_name.type },
        });
        errors++;
      }
    }
    if (data.team_id !== undefined) {
      let data25 = data.team_id;
      if (typeof data25 !== 'string' && data25 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_id',
          schemaPath: '#/properties/team_id/type',
          keyword: 'type',
          params: { type: schema254.properties.team_id.type },
        });
        errors++;
      }
    }
    if (data.team_name !== undefined) {
      let data26 = data.team_name;
      if (typeof data26 !== 'string' && data26 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_name',
          schemaPath: '#/properties/team_name/type',
          keyword: 'type',
          params: { type: schema254.properties.team_name.type },
        });
        errors++;
      }
    }
    if (data.customer_id !== undefined) {
      let data27 = data.customer_id;
      if (typeof data27 !== 'string' && data27 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_id',
          schemaPath: '#/properties/customer_id/type',
          keyword: 'type',
          params: { type: schema254.properties.customer_id.type },
        });
        errors++;
      }
    }
    if (data.customer_name !== undefined) {
      let data28 = data.customer_name;
      if (typeof data28 !== 'string' && data28 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_name',
          schemaPath: '#/properties/customer_name/type',
          keyword: 'type',
          params: { type: schema254.properties.customer_name.type },
        });
        errors++;
      }
    }
    if (data.business_unit_id !== undefined) {
      let data29 = data.business_unit_id;
      if (typeof data29 !== 'string' && data29 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_id',
          schemaPath: '#/properties/business_unit_id/type',
          keyword: 'type',
          params: { type: schema254.properties.business_unit_id.type },
        });
        errors++;
      }
    }
    if (data.business_unit_name !== undefined) {
      let data30 = data.business_unit_name;
      if (typeof data30 !== 'string' && data30 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_name',
          schemaPath: '#/properties/business_unit_name/type',
          keyword: 'type',
          params: { type: schema254.properties.business_unit_name.type },
        });
        errors++;
      }
    }
    if (data.team_ids !== undefined) {
      let data31 = data.team_ids;
      if (Array.isArray(data31)) {
        const len1 = data31.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data31[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/team_ids/' + i1,
              schemaPath: '#/properties/team_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_ids',
          schemaPath: '#/properties/team_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.team_names !== undefined) {
      let data33 = data.team_names;
      if (Array.isArray(data33)) {
        const len2 = data33.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data33[i2] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/team_names/' + i2,
              schemaPath: '#/properties/team_names/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_names',
          schemaPath: '#/properties/team_names/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.customer_ids !== undefined) {
      let data35 = data.customer_ids;
      if (Array.isArray(data35)) {
        const len3 = data35.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data35[i3] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/customer_ids/' + i3,
              schemaPath: '#/properties/customer_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_ids',
          schemaPath: '#/properties/customer_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.customer_names !== undefined) {
      let data37 = data.customer_names;
      if (Array.isArray(data37)) {
        const len4 = data37.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data37[i4] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/customer_names/' + i4,
              schemaPath: '#/properties/customer_names/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_names',
          schemaPath: '#/properties/customer_names/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.business_unit_ids !== undefined) {
      let data39 = data.business_unit_ids;
      if (Array.isArray(data39)) {
        const len5 = data39.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data39[i5] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/business_unit_ids/' + i5,
              schemaPath: '#/properties/business_unit_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_ids',
          schemaPath: '#/properties/business_unit_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.business_unit_names !== undefined) {
      let data41 = data.business_unit_names;
      if (Array.isArray(data41)) {
        const len6 = data41.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data41[i6] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/business_unit_names/' + i6,
              schemaPath: '#/properties/business_unit_names/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_names',
          schemaPath: '#/properties/business_unit_names/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.budget_ids !== undefined) {
      let data43 = data.budget_ids;
      if (Array.isArray(data43)) {
        const len7 = data43.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data43[i7] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/budget_ids/' + i7,
              schemaPath: '#/properties/budget_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/budget_ids',
          schemaPath: '#/properties/budget_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.rate_limit_ids !== undefined) {
      let data45 = data.rate_limit_ids;
      if (Array.isArray(data45)) {
        const len8 = data45.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data45[i8] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/rate_limit_ids/' + i8,
              schemaPath: '#/properties/rate_limit_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rate_limit_ids',
          schemaPath: '#/properties/rate_limit_ids/type',
          keyword: 'type',
          params: { type: 'array' },
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
    if (data.canonical_model_name !== undefined) {
      if (typeof data.canonical_model_name !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/canonical_model_name',
          schemaPath: '#/properties/canonical_model_name/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.alias_model_family !== undefined) {
      if (typeof data.alias_model_family !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/alias_model_family',
          schemaPath: '#/properties/alias_model_family/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.stop_reason !== undefined) {
      if (typeof data.stop_reason !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/stop_reason',
          schemaPath: '#/properties/stop_reason/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.content_summary !== undefined) {
      if (typeof data.content_summary !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content_summary',
          schemaPath: '#/properties/content_summary/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.attempt_trail !== undefined) {
      let data52 = data.attempt_trail;
      if (Array.isArray(data52)) {
        const len9 = data52.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data53 = data52[i9];
          if (data53 && typeof data53 == 'object' && !Array.isArray(data53)) {
            if (data53.attempt === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/attempt_trail/' + i9,
                schemaPath: '#/properties/attempt_trail/items/required',
                keyword: 'required',
                params: { missingProperty: 'attempt' },
              });
              errors++;
            }
            if (data53.key_id === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/attempt_trail/' + i9,
                schemaPath: '#/properties/attempt_trail/items/required',
                keyword: 'required',
                params: { missingProperty: 'key_id' },
              });
              errors++;
            }
            if (data53.key_name === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/attempt_trail/' + i9,
                schemaPath: '#/properties/attempt_trail/items/required',
                keyword: 'required',
                params: { missingProperty: 'key_name' },
              });
              errors++;
            }
            if (data53.attempt !== undefined) {
              let data54 = data53.attempt;
              if (!(typeof data54 == 'number' && !(data54 % 1) && !isNaN(data54))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/attempt',
                  schemaPath: '#/properties/attempt_trail/items/properties/attempt/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
              if (typeof data54 == 'number') {
                if (data54 < 0 || isNaN(data54)) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/attempt_trail/' + i9 + '/attempt',
                    schemaPath: '#/properties/attempt_trail/items/properties/attempt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  });
                  errors++;
                }
              }
            }
            if (data53.key_id !== undefined) {
              if (typeof data53.key_id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/key_id',
                  schemaPath: '#/properties/attempt_trail/items/properties/key_id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data53.key_name !== undefined) {
              if (typeof data53.key_name !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/key_name',
                  schemaPath: '#/properties/attempt_trail/items/properties/key_name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data53.fail_reason !== undefined) {
              if (typeof data53.fail_reason !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/fail_reason',
                  schemaPath: '#/properties/attempt_trail/items/properties/fail_reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data53.triggered_rotation !== undefined) {
              if (typeof data53.triggered_rotation !== 'boolean') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/triggered_rotation',
                  schemaPath: '#/properties/attempt_trail/items/properties/triggered_rotation/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/attempt_trail/' + i9,
              schemaPath: '#/properties/attempt_trail/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/attempt_trail',
          schemaPath: '#/properties/attempt_trail/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_rule !== undefined) {
      let data59 = data.routing_rule;
      if (!(data59 && typeof data59 == 'object' && !Array.isArray(data59))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rule',
          schemaPath: '#/properties/routing_rule/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.plugin_logs !== undefined) {
      if (typeof data.plugin_logs !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/plugin_logs',
          schemaPath: '#/properties/plugin_logs/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.inc_number !== undefined) {
      let data61 = data.inc_number;
      if (!(typeof data61 == 'number' && !(data61 % 1) && !isNaN(data61))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/inc_number',
          schemaPath: '#/properties/inc_number/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data61 == 'number') {
        if (!formats44.validate(data61)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/inc_number',
            schemaPath: '#/properties/inc_number/format',
            keyword: 'format',
            params: { format: 'int64' },
          });
          errors++;
        }
      }
    }
    if (data.cluster_node_id !== undefined) {
      if (typeof data.cluster_node_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cluster_node_id',
          schemaPath: '#/properties/cluster_node_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.content_hidden !== undefined) {
      if (typeof data.content_hidden !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content_hidden',
          schemaPath: '#/properties/content_hidden/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.ocr_input !== undefined) {
      let data64 = data.ocr_input;
      if (!(data64 && typeof data64 == 'object' && !Array.isArray(data64))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/ocr_input',
          schemaPath: '#/properties/ocr_input/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.ocr_output !== undefined) {
      let data65 = data.ocr_output;
      if (!(data65 && typeof data65 == 'object' && !Array.isArray(data65))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/ocr_output',
          schemaPath: '#/properties/ocr_output/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.image_edit_input !== undefined) {
      let data66 = data.image_edit_input;
      if (!(data66 && typeof data66 == 'object' && !Array.isArray(data66))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_edit_input',
          schemaPath: '#/properties/image_edit_input/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.image_variation_input !== undefined) {
      let data67 = data.image_variation_input;
      if (!(data67 && typeof data67 == 'object' && !Array.isArray(data67))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_variation_input',
          schemaPath: '#/properties/image_variation_input/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.stream !== undefined) {
      if (typeof data.stream !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/stream',
          schemaPath: '#/properties/stream/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.raw_request !== undefined) {
      if (typeof data.raw_request !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/raw_request',
          schemaPath: '#/properties/raw_request/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.raw_response !== undefined) {
      if (typeof data.raw_response !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/raw_response',
          schemaPath: '#/properties/raw_response/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.redaction_mapping !== undefined) {
      let data71 = data.redaction_mapping;
      if (!(data71 && typeof data71 == 'object' && !Array.isArray(data71)) && data71 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/redaction_mapping',
          schemaPath: '#/properties/redaction_mapping/type',
          keyword: 'type',
          params: { type: schema254.properties.redaction_mapping.type },
        });
        errors++;
      }
      if (data71 && typeof data71 == 'object' && !Array.isArray(data71)) {
        if (data71.input !== undefined) {
          let data72 = data71.input;
          if (data72 && typeof data72 == 'object' && !Array.isArray(data72)) {
            for (const key0 in data72) {
              if (typeof data72[key0] !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath:
                    instancePath +
                    '/redaction_mapping/input/' +
                    key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    '#/properties/redaction_mapping/properties/input/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/redaction_mapping/input',
              schemaPath: '#/properties/redaction_mapping/properties/input/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data71.output !== undefined) {
          let data74 = data71.output;
          if (data74 && typeof data74 == 'object' && !Array.isArray(data74)) {
            for (const key1 in data74) {
              if (typeof data74[key1] !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath:
                    instancePath +
                    '/redaction_mapping/output/' +
                    key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    '#/properties/redaction_mapping/properties/output/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/redaction_mapping/output',
              schemaPath: '#/properties/redaction_mapping/properties/output/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      }
    }
    if (data.token_usage !== undefined) {
      if (
        !(
          validate916(data.token_usage, instancePath) ||
          validate916(data.token_usage, instancePath + '/token_usage')
        )
      ) {
        vErrors = vErrors === null ? validate916.errors : vErrors.concat(validate916.errors);
        errors = vErrors.length;
      }
    }
    if (data.error_details !== undefined) {
      if (
        !(
          validate924(data.error_details, instancePath) ||
          validate924(data.error_details, instancePath + '/error_details')
        )
      ) {
        vErrors = vErrors === null ? validate924.errors : vErrors.concat(validate924.errors);
        errors = vErrors.length;
      }
    }
    if (data.input_history !== undefined) {
      let data78 = data.input_history;
      if (!Array.isArray(data78) && data78 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_history',
          schemaPath: '#/properties/input_history/type',
          keyword: 'type',
          params: { type: schema254.properties.input_history.type },
        });
        errors++;
      }
      if (Array.isArray(data78)) {
        const len10 = data78.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (
            !(
              validate930(data78[i10], instancePath) ||
              validate930(data78[i10], instancePath + '/input_history/' + i10)
            )
          ) {
            vErrors = vErrors === null ? validate930.errors : vErrors.concat(validate930.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.responses_input_history !== undefined) {
      let data80 = data.responses_input_history;
      if (!Array.isArray(data80) && data80 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/responses_input_history',
          schemaPath: '#/properties/responses_input_history/type',
          keyword: 'type',
          params: { type: schema254.properties.responses_input_history.type },
        });
        errors++;
      }
      if (Array.isArray(data80)) {
        const len11 = data80.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (
            !(
              validate938(data80[i11], instancePath) ||
              validate938(data80[i11], instancePath + '/responses_input_history/' + i11)
            )
          ) {
            vErrors = vErrors === null ? validate938.errors : vErrors.concat(validate938.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.output_message !== undefined) {
      let data82 = data.output_message;
      const _errs163 = errors;
      let valid29 = false;
      const _errs164 = errors;
      if (
        !(
          validate930(data82, instancePath) || validate930(data82, instancePath + '/output_message')
        )
      ) {
        vErrors = vErrors === null ? validate930.errors : vErrors.concat(validate930.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs164 === errors;
      valid29 = valid29 || _valid0;
      if (!valid29) {
        const _errs165 = errors;
        if (data82 !== null) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/output_message',
            schemaPath: '#/properties/output_message/anyOf/1/type',
            keyword: 'type',
            params: { type: 'null' },
          });
          errors++;
        }
        var _valid0 = _errs165 === errors;
        valid29 = valid29 || _valid0;
      }
      if (!valid29) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/output_message',
          schemaPath: '#/properties/output_message/anyOf',
          keyword: 'anyOf',
          params: {},
        });
        errors++;
      } else {
        errors = _errs163;
        if (vErrors !== null) {
          if (_errs163) {
            vErrors.length = _errs163;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.responses_output !== undefined) {
      let data83 = data.responses_output;
      if (!Array.isArray(data83) && data83 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/responses_output',
          schemaPath: '#/properties/responses_output/type',
          keyword: 'type',
          params: { type: schema254.properties.responses_output.type },
        });
        errors++;
      }
      if (Array.isArray(data83)) {
        const len12 = data83.length;
        for (let i12 = 0; i12 < len12; i12++) {
          if (
            !(
              validate938(data83[i12], instancePath) ||
              validate938(data83[i12], instancePath + '/responses_output/' + i12)
            )
          ) {
            vErrors = vErrors === null ? validate938.errors : vErrors.concat(validate938.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.embedding_output !== undefined) {
      let data85 = data.embedding_output;
      if (!Array.isArray(data85) && data85 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/embedding_output',
          schemaPath: '#/properties/embedding_output/type',
          keyword: 'type',
          params: { type: schema254.properties.embedding_output.type },
        });
        errors++;
      }
      if (Array.isArray(data85)) {
        const len13 = data85.length;
        for (let i13 = 0; i13 < len13; i13++) {
          let data86 = data85[i13];
          const _errs173 = errors;
          let valid34 = false;
          const _errs174 = errors;
          if (Array.isArray(data86)) {
            const len14 = data86.length;
            for (let i14 = 0; i14 < len14; i14++) {
              if (!(typeof data86[i14] == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/embedding_output/' + i13 + '/' + i14,
                  schemaPath: '#/properties/embedding_output/items/anyOf/0/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/embedding_output/' + i13,
              schemaPath: '#/properties/embedding_output/items/anyOf/0/type',
              keyword: 'type',
              params: { type: 'array' },
            });
            errors++;
          }
          var _valid1 = _errs174 === errors;
          valid34 = valid34 || _valid1;
          if (!valid34) {
            const _errs178 = errors;
            if (!(data86 && typeof data86 == 'object' && !Array.isArray(data86))) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/embedding_output/' + i13,
                schemaPath: '#/properties/embedding_output/items/anyOf/1/type',
                keyword: 'type',
                params: { type: 'object' },
              });
              errors++;
            }
            var _valid1 = _errs178 === errors;
            valid34 = valid34 || _valid1;
          }
          if (!valid34) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/embedding_output/' + i13,
              schemaPath: '#/properties/embedding_output/items/anyOf',
              keyword: 'anyOf',
              params: {},
            });
            errors++;
          } else {
            errors = _errs173;
            if (vErrors !== null) {
              if (_errs173) {
                vErrors.length = _errs173;
              } else {
                vErrors = null;
              }
            }
          }
        }
      }
    }
    if (data.params !== undefined) {
      let data88 = data.params;
      if (!(data88 && typeof data88 == 'object' && !Array.isArray(data88)) && data88 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/params',
          schemaPath: '#/properties/params/type',
          keyword: 'type',
          params: { type: schema254.properties.params.type },
        });
        errors++;
      }
    }
    if (data.tools !== undefined) {
      let data89 = data.tools;
      if (!Array.isArray(data89) && data89 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tools',
          schemaPath: '#/properties/tools/type',
          keyword: 'type',
          params: { type: schema254.properties.tools.type },
        });
        errors++;
      }
      if (Array.isArray(data89)) {
        const len15 = data89.length;
        for (let i15 = 0; i15 < len15; i15++) {
          if (
            !(
              validate945(data89[i15], instancePath) ||
              validate945(data89[i15], instancePath + '/tools/' + i15)
            )
          ) {
            vErrors = vErrors === null ? validate945.errors : vErrors.concat(validate945.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.tool_calls !== undefined) {
      let data91 = data.tool_calls;
      if (!Array.isArray(data91) && data91 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tool_calls',
          schemaPath: '#/properties/tool_calls/type',
          keyword: 'type',
          params: { type: schema254.properties.tool_calls.type },
        });
        errors++;
      }
      if (Array.isArray(data91)) {
        const len16 = data91.length;
        for (let i16 = 0; i16 < len16; i16++) {
          if (
            !(
              validate935(data91[i16], instancePath) ||
              validate935(data91[i16], instancePath + '/tool_calls/' + i16)
            )
          ) {
            vErrors = vErrors === null ? validate935.errors : vErrors.concat(validate935.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.speech_input !== undefined) {
      let data93 = data.speech_input;
      if (!(data93 && typeof data93 == 'object' && !Array.isArray(data93)) && data93 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/speech_input',
          schemaPath: '#/properties/speech_input/type',
          keyword: 'type',
          params: { type: schema254.properties.speech_input.type },
        });
        errors++;
      }
    }
    if (data.transcription_input !== undefined) {
      let data94 = data.transcription_input;
      if (!(data94 && typeof data94 == 'object' && !Array.isArray(data94)) && data94 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/transcription_input',
          schemaPath: '#/properties/transcription_input/type',
          keyword: 'type',
          params: { type: schema254.properties.transcription_input.type },
        });
        errors++;
      }
    }
    if (data.image_generation_input !== undefined) {
      let data95 = data.image_generation_input;
      if (!(data95 && typeof data95 == 'object' && !Array.isArray(data95)) && data95 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_generation_input',
          schemaPath: '#/properties/image_generation_input/type',
          keyword: 'type',
          params: { type: schema254.properties.image_generation_input.type },
        });
        errors++;
      }
    }
    if (data.speech_output !== undefined) {
      let data96 = data.speech_output;
      if (!(data96 && typeof data96 == 'object' && !Array.isArray(data96)) && data96 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/speech_output',
          schemaPath: '#/properties/speech_output/type',
          keyword: 'type',
          params: { type: schema254.properties.speech_output.type },
        });
        errors++;
      }
    }
    if (data.transcription_output !== undefined) {
      let data97 = data.transcription_output;
      if (!(data97 && typeof data97 == 'object' && !Array.isArray(data97)) && data97 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/transcription_output',
          schemaPath: '#/properties/transcription_output/type',
          keyword: 'type',
          params: { type: schema254.properties.transcription_output.type },
        });
        errors++;
      }
    }
    if (data.image_generation_output !== undefined) {
      let data98 = data.image_generation_output;
      if (!(data98 && typeof data98 == 'object' && !Array.isArray(data98)) && data98 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_generation_output',
          schemaPath: '#/properties/image_generation_output/type',
          keyword: 'type',
          params: { type: schema254.properties.image_generation_output.type },
        });
        errors++;
      }
    }
    if (data.cache_debug !== undefined) {
      let data99 = data.cache_debug;
      if (!(data99 && typeof data99 == 'object' && !Array.isArray(data99)) && data99 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cache_debug',
          schemaPath: '#/properties/cache_debug/type',
          keyword: 'type',
          params: { type: schema254.properties.cache_debug.type },
        });
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      let data100 = data.metadata;
      if (!(data100 && typeof data100 == 'object' && !Array.isArray(data100)) && data100 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
          keyword: 'type',
          params: { type: schema254.properties.metadata.type },
        });
        errors++;
      }
    }
    if (data.selected_key !== undefined) {
      let data101 = data.selected_key;
      if (!(data101 && typeof data101 == 'object' && !Array.isArray(data101)) && data101 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_key',
          schemaPath: '#/properties/selected_key/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_key.type },
        });
        errors++;
      }
    }
    if (data.virtual_key !== undefined) {
      let data102 = data.virtual_key;
      if (!(data102 && typeof data102 == 'object' && !Array.isArray(data102)) && data102 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_key',
          schemaPath: '#/properties/virtual_key/type',
          keyword: 'type',
          params: { type: schema254.properties.virtual_key.type },
        });
        errors++;
      }
    }
    if (data.passthrough_request_body !== undefined) {
      let data103 = data.passthrough_request_body;
      if (typeof data103 !== 'string' && data103 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/passthrough_request_body',
          schemaPath: '#/properties/passthrough_request_body/type',
          keyword: 'type',
          params: { type: schema254.properties.passthrough_request_body.type },
        });
        errors++;
      }
    }
    if (data.passthrough_response_body !== undefined) {
      let data104 = data.passthrough_response_body;
      if (typeof data104 !== 'string' && data104 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/passthrough_response_body',
          schemaPath: '#/properties/passthrough_response_body/type',
          keyword: 'type',
          params: { type: schema254.properties.passthrough_response_body.type },
        });
        errors++;
      }
    }
    if (data.routing_engine_logs !== undefined) {
      let data105 = data.routing_engine_logs;
      if (
        typeof data105 !== 'string' &&
        !(data105 && typeof data105 == 'object' && !Array.isArray(data105)) &&
        data105 !== null
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_engine_logs',
          schemaPath: '#/properties/routing_engine_logs/type',
          keyword: 'type',
          params: { type: schema254.properties.routing_engine_logs.type },
        });
        errors++;
      }
    }
    if (data.is_large_payload_request !== undefined) {
      if (typeof data.is_large_payload_request !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_large_payload_request',
          schemaPath: '#/properties/is_large_payload_request/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.is_large_payload_response !== undefined) {
      if (typeof data.is_large_payload_response !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_large_payload_response',
          schemaPath: '#/properties/is_large_payload_response/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.rerank_output !== undefined) {
      if (typeof data.rerank_output != 'object') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rerank_output',
          schemaPath: '#/properties/rerank_output/type',
          keyword: 'type',
          params: { type: schema254.properties.rerank_output.type },
        });
        errors++;
      }
    }
    if (data.video_generation_input !== undefined) {
      let data109 = data.video_generation_input;
      if (!(data109 && typeof data109 == 'object' && !Array.isArray(data109)) && data109 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_generation_input',
          schemaPath: '#/properties/video_generation_input/type',
          keyword: 'type',
          params: { type: schema254.properties.video_generation_input.type },
        });
        errors++;
      }
    }
    if (data.video_generation_output !== undefined) {
      let data110 = data.video_generation_output;
      if (!(data110 && typeof data110 == 'object' && !Array.isArray(data110)) && data110 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_generation_output',
          schemaPath: '#/properties/video_generation_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_generation_output.type },
        });
        errors++;
      }
    }
    if (data.video_retrieve_output !== undefined) {
      let data111 = data.video_retrieve_output;
      if (!(data111 && typeof data111 == 'object' && !Array.isArray(data111)) && data111 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_retrieve_output',
          schemaPath: '#/properties/video_retrieve_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_retrieve_output.type },
        });
        errors++;
      }
    }
    if (data.video_list_output !== undefined) {
      let data112 = data.video_list_output;
      if (!(data112 && typeof data112 == 'object' && !Array.isArray(data112)) && data112 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_list_output',
          schemaPath: '#/properties/video_list_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_list_output.type },
        });
        errors++;
      }
    }
    if (data.video_delete_output !== undefined) {
      let data113 = data.video_delete_output;
      if (!(data113 && typeof data113 == 'object' && !Array.isArray(data113)) && data113 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_delete_output',
          schemaPath: '#/properties/video_delete_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_delete_output.type },
        });
        errors++;
      }
    }
    if (data.video_download_output !== undefined) {
      let data114 = data.video_download_output;
      if (!(data114 && typeof data114 == 'object' && !Array.isArray(data114)) && data114 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/video_download_output',
          schemaPath: '#/properties/video_download_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_download_output.type },
        });
        errors++;
      }
    }
    if (data.list_models_output !== undefined) {
      if (typeof data.list_models_output != 'object') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/list_models_output',
          schemaPath: '#/properties/list_models_output/type',
          keyword: 'type',
          params: { type: schema254.properties.list_models_output.type },
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
  validate1362.errors = vErrors;
  return errors === 0;
}
function validate1361(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1362(data, instancePath)) {
    vErrors = vErrors === null ? validate1362.errors : vErrors.concat(validate1362.errors);
    errors = vErrors.length;
  }
  validate1361.errors = vErrors;
  return errors === 0;
}
export const getLog_400 = validate1373;
function validate1374(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
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
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !(validate925(data.error, instancePath) || validate925(data.error, instancePath + '/error'))
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !(
          validate927(data.extra_fields, instancePath) ||
          validate927(data.extra_fields, instancePath + '/extra_fields')
        )
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
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
  validate1374.errors = vErrors;
  return errors === 0;
}
function validate1373(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1374(data, instancePath)) {
    vErrors = vErrors === null ? validate1374.errors : vErrors.concat(validate1374.errors);
    errors = vErrors.length;
  }
  validate1373.errors = vErrors;
  return errors === 0;
}
export const getLog_401 = validate1378;
function validate1379(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
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
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !(validate925(data.error, instancePath) || validate925(data.error, instancePath + '/error'))
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !(
          validate927(data.extra_fields, instancePath) ||
          validate927(data.extra_fields, instancePath + '/extra_fields')
        )
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
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
  validate1379.errors = vErrors;
  return errors === 0;
}
function validate1378(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1379(data, instancePath)) {
    vErrors = vErrors === null ? validate1379.errors : vErrors.concat(validate1379.errors);
    errors = vErrors.length;
  }
  validate1378.errors = vErrors;
  return errors === 0;
}
export const getLog_404 = validate1383;
function validate1384(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
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
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !(validate925(data.error, instancePath) || validate925(data.error, instancePath + '/error'))
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !(
          validate927(data.extra_fields, instancePath) ||
          validate927(data.extra_fields, instancePath + '/extra_fields')
        )
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
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
  validate1384.errors = vErrors;
  return errors === 0;
}
function validate1383(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1384(data, instancePath)) {
    vErrors = vErrors === null ? validate1384.errors : vErrors.concat(validate1384.errors);
    errors = vErrors.length;
  }
  validate1383.errors = vErrors;
  return errors === 0;
}
export const getLog_500 = validate1388;
function validate1389(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
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
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !(validate925(data.error, instancePath) || validate925(data.error, instancePath + '/error'))
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !(
          validate927(data.extra_fields, instancePath) ||
          validate927(data.extra_fields, instancePath + '/extra_fields')
        )
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
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
  validate1389.errors = vErrors;
  return errors === 0;
}
function validate1388(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1389(data, instancePath)) {
    vErrors = vErrors === null ? validate1389.errors : vErrors.concat(validate1389.errors);
    errors = vErrors.length;
  }
  validate1388.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of getLog, by status. */
export const getLogResponses: {
  '200': Validator<operations['getLog']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['getLog']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['getLog']['responses']['401']['content']['application/json']>;
  '404': Validator<operations['getLog']['responses']['404']['content']['application/json']>;
  '500': Validator<operations['getLog']['responses']['500']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['200']['content']['application/json']
  >('getLog 200 response', getLog_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['400']['content']['application/json']
  >('getLog 400 response', getLog_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['401']['content']['application/json']
  >('getLog 401 response', getLog_401),
  '404': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['404']['content']['application/json']
  >('getLog 404 response', getLog_404),
  '500': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['500']['content']['application/json']
  >('getLog 500 response', getLog_500),
};
