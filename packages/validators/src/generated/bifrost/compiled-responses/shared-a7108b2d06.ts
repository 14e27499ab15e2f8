// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { ucs2length } from '../../../runtime/json.js';

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
const func2 = ucs2length;
export function validate914(
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
    if (data.provider === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
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
    if (data.object === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'object' },
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
    if (data.timestamp === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'timestamp' },
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
    if (data.number_of_retries === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'number_of_retries' },
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.fallback_index === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'fallback_index' },
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.stream === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'stream' },
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.parent_request_id === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'parent_request_id' },
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.selected_key_id === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_key_id' },
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.selected_key_name === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_key_name' },
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.virtual_key_id === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'virtual_key_id' },
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.virtual_key_name === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'virtual_key_name' },
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.routing_rule_id === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'routing_rule_id' },
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.routing_rule_name === undefined) {
      const err16 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'routing_rule_name' },
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.selected_prompt_name === undefined) {
      const err17 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_prompt_name' },
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.selected_prompt_version === undefined) {
      const err18 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_prompt_version' },
      };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.selected_prompt_id === undefined) {
      const err19 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'selected_prompt_id' },
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.user_id === undefined) {
      const err20 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_id' },
      };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.user_name === undefined) {
      const err21 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'user_name' },
      };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    if (data.team_id === undefined) {
      const err22 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'team_id' },
      };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    if (data.team_name === undefined) {
      const err23 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'team_name' },
      };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.customer_id === undefined) {
      const err24 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'customer_id' },
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    if (data.customer_name === undefined) {
      const err25 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'customer_name' },
      };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    if (data.business_unit_id === undefined) {
      const err26 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'business_unit_id' },
      };
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
    if (data.business_unit_name === undefined) {
      const err27 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'business_unit_name' },
      };
      if (vErrors === null) {
        vErrors = [err27];
      } else {
        vErrors.push(err27);
      }
      errors++;
    }
    if (data.raw_request === undefined) {
      const err28 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'raw_request' },
      };
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    }
    if (data.raw_response === undefined) {
      const err29 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'raw_response' },
      };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    if (data.is_large_payload_request === undefined) {
      const err30 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_large_payload_request' },
      };
      if (vErrors === null) {
        vErrors = [err30];
      } else {
        vErrors.push(err30);
      }
      errors++;
    }
    if (data.is_large_payload_response === undefined) {
      const err31 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_large_payload_response' },
      };
      if (vErrors === null) {
        vErrors = [err31];
      } else {
        vErrors.push(err31);
      }
      errors++;
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === 'string') {
        if (func2(data0) < 1) {
          const err32 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/properties/id/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.parent_request_id !== undefined) {
      let data1 = data.parent_request_id;
      if (typeof data1 !== 'string' && data1 !== null) {
        const err34 = {
          instancePath: instancePath + '/parent_request_id',
          schemaPath: '#/properties/parent_request_id/type',
          keyword: 'type',
          params: { type: schema254.properties.parent_request_id.type },
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.provider !== undefined) {
      if (typeof data.provider !== 'string') {
        const err35 = {
          instancePath: instancePath + '/provider',
          schemaPath: '#/properties/provider/type',
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
    }
    if (data.model !== undefined) {
      if (typeof data.model !== 'string') {
        const err36 = {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.object !== undefined) {
      if (typeof data.object !== 'string') {
        const err37 = {
          instancePath: instancePath + '/object',
          schemaPath: '#/properties/object/type',
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
    }
    if (data.status !== undefined) {
      if (
        !validate897(data.status, {
          instancePath: instancePath + '/status',
          parentData: data,
          parentDataProperty: 'status',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate897.errors : vErrors.concat(validate897.errors);
        errors = vErrors.length;
      }
    }
    if (data.timestamp !== undefined) {
      let data6 = data.timestamp;
      if (typeof data6 === 'string') {
        if (!formats0.validate(data6)) {
          const err38 = {
            instancePath: instancePath + '/timestamp',
            schemaPath: '#/properties/timestamp/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = {
          instancePath: instancePath + '/timestamp',
          schemaPath: '#/properties/timestamp/type',
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
    if (data.created_at !== undefined) {
      let data7 = data.created_at;
      if (typeof data7 === 'string') {
        if (!formats0.validate(data7)) {
          const err40 = {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.number_of_retries !== undefined) {
      let data8 = data.number_of_retries;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
        const err42 = {
          instancePath: instancePath + '/number_of_retries',
          schemaPath: '#/properties/number_of_retries/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (typeof data8 == 'number') {
        if (data8 < 0 || isNaN(data8)) {
          const err43 = {
            instancePath: instancePath + '/number_of_retries',
            schemaPath: '#/properties/number_of_retries/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
    }
    if (data.fallback_index !== undefined) {
      let data9 = data.fallback_index;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        const err44 = {
          instancePath: instancePath + '/fallback_index',
          schemaPath: '#/properties/fallback_index/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 < 0 || isNaN(data9)) {
          const err45 = {
            instancePath: instancePath + '/fallback_index',
            schemaPath: '#/properties/fallback_index/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      }
    }
    if (data.latency !== undefined) {
      let data10 = data.latency;
      if (typeof data10 == 'number') {
        if (data10 < 0 || isNaN(data10)) {
          const err46 = {
            instancePath: instancePath + '/latency',
            schemaPath: '#/properties/latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/latency',
          schemaPath: '#/properties/latency/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.cost !== undefined) {
      let data11 = data.cost;
      if (typeof data11 == 'number') {
        if (data11 < 0 || isNaN(data11)) {
          const err48 = {
            instancePath: instancePath + '/cost',
            schemaPath: '#/properties/cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = {
          instancePath: instancePath + '/cost',
          schemaPath: '#/properties/cost/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.selected_key_id !== undefined) {
      if (typeof data.selected_key_id !== 'string') {
        const err50 = {
          instancePath: instancePath + '/selected_key_id',
          schemaPath: '#/properties/selected_key_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.selected_key_name !== undefined) {
      if (typeof data.selected_key_name !== 'string') {
        const err51 = {
          instancePath: instancePath + '/selected_key_name',
          schemaPath: '#/properties/selected_key_name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.virtual_key_id !== undefined) {
      let data14 = data.virtual_key_id;
      if (typeof data14 !== 'string' && data14 !== null) {
        const err52 = {
          instancePath: instancePath + '/virtual_key_id',
          schemaPath: '#/properties/virtual_key_id/type',
          keyword: 'type',
          params: { type: schema254.properties.virtual_key_id.type },
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.virtual_key_name !== undefined) {
      let data15 = data.virtual_key_name;
      if (typeof data15 !== 'string' && data15 !== null) {
        const err53 = {
          instancePath: instancePath + '/virtual_key_name',
          schemaPath: '#/properties/virtual_key_name/type',
          keyword: 'type',
          params: { type: schema254.properties.virtual_key_name.type },
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.routing_engines_used !== undefined) {
      let data16 = data.routing_engines_used;
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data16[i0] !== 'string') {
            const err54 = {
              instancePath: instancePath + '/routing_engines_used/' + i0,
              schemaPath: '#/properties/routing_engines_used/items/type',
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
        }
      } else {
        const err55 = {
          instancePath: instancePath + '/routing_engines_used',
          schemaPath: '#/properties/routing_engines_used/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.routing_rule_id !== undefined) {
      let data18 = data.routing_rule_id;
      if (typeof data18 !== 'string' && data18 !== null) {
        const err56 = {
          instancePath: instancePath + '/routing_rule_id',
          schemaPath: '#/properties/routing_rule_id/type',
          keyword: 'type',
          params: { type: schema254.properties.routing_rule_id.type },
        };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.routing_rule_name !== undefined) {
      let data19 = data.routing_rule_name;
      if (typeof data19 !== 'string' && data19 !== null) {
        const err57 = {
          instancePath: instancePath + '/routing_rule_name',
          schemaPath: '#/properties/routing_rule_name/type',
          keyword: 'type',
          params: { type: schema254.properties.routing_rule_name.type },
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.selected_prompt_name !== undefined) {
      let data20 = data.selected_prompt_name;
      if (typeof data20 !== 'string' && data20 !== null) {
        const err58 = {
          instancePath: instancePath + '/selected_prompt_name',
          schemaPath: '#/properties/selected_prompt_name/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_prompt_name.type },
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.selected_prompt_version !== undefined) {
      let data21 = data.selected_prompt_version;
      if (typeof data21 !== 'string' && data21 !== null) {
        const err59 = {
          instancePath: instancePath + '/selected_prompt_version',
          schemaPath: '#/properties/selected_prompt_version/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_prompt_version.type },
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.selected_prompt_id !== undefined) {
      let data22 = data.selected_prompt_id;
      if (typeof data22 !== 'string' && data22 !== null) {
        const err60 = {
          instancePath: instancePath + '/selected_prompt_id',
          schemaPath: '#/properties/selected_prompt_id/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_prompt_id.type },
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.user_id !== undefined) {
      let data23 = data.user_id;
      if (typeof data23 !== 'string' && data23 !== null) {
        const err61 = {
          instancePath: instancePath + '/user_id',
          schemaPath: '#/properties/user_id/type',
          keyword: 'type',
          params: { type: schema254.properties.user_id.type },
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.user_name !== undefined) {
      let data24 = data.user_name;
      if (typeof data24 !== 'string' && data24 !== null) {
        const err62 = {
          instancePath: instancePath + '/user_name',
          schemaPath: '#/properties/user_name/type',
          keyword: 'type',
          params: { type: schema254.properties.user_name.type },
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.team_id !== undefined) {
      let data25 = data.team_id;
      if (typeof data25 !== 'string' && data25 !== null) {
        const err63 = {
          instancePath: instancePath + '/team_id',
          schemaPath: '#/properties/team_id/type',
          keyword: 'type',
          params: { type: schema254.properties.team_id.type },
        };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.team_name !== undefined) {
      let data26 = data.team_name;
      if (typeof data26 !== 'string' && data26 !== null) {
        const err64 = {
          instancePath: instancePath + '/team_name',
          schemaPath: '#/properties/team_name/type',
          keyword: 'type',
          params: { type: schema254.properties.team_name.type },
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
    if (data.customer_id !== undefined) {
      let data27 = data.customer_id;
      if (typeof data27 !== 'string' && data27 !== null) {
        const err65 = {
          instancePath: instancePath + '/customer_id',
          schemaPath: '#/properties/customer_id/type',
          keyword: 'type',
          params: { type: schema254.properties.customer_id.type },
        };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.customer_name !== undefined) {
      let data28 = data.customer_name;
      if (typeof data28 !== 'string' && data28 !== null) {
        const err66 = {
          instancePath: instancePath + '/customer_name',
          schemaPath: '#/properties/customer_name/type',
          keyword: 'type',
          params: { type: schema254.properties.customer_name.type },
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
    }
    if (data.business_unit_id !== undefined) {
      let data29 = data.business_unit_id;
      if (typeof data29 !== 'string' && data29 !== null) {
        const err67 = {
          instancePath: instancePath + '/business_unit_id',
          schemaPath: '#/properties/business_unit_id/type',
          keyword: 'type',
          params: { type: schema254.properties.business_unit_id.type },
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.business_unit_name !== undefined) {
      let data30 = data.business_unit_name;
      if (typeof data30 !== 'string' && data30 !== null) {
        const err68 = {
          instancePath: instancePath + '/business_unit_name',
          schemaPath: '#/properties/business_unit_name/type',
          keyword: 'type',
          params: { type: schema254.properties.business_unit_name.type },
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.team_ids !== undefined) {
      let data31 = data.team_ids;
      if (Array.isArray(data31)) {
        const len1 = data31.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data31[i1] !== 'string') {
            const err69 = {
              instancePath: instancePath + '/team_ids/' + i1,
              schemaPath: '#/properties/team_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
      } else {
        const err70 = {
          instancePath: instancePath + '/team_ids',
          schemaPath: '#/properties/team_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.team_names !== undefined) {
      let data33 = data.team_names;
      if (Array.isArray(data33)) {
        const len2 = data33.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data33[i2] !== 'string') {
            const err71 = {
              instancePath: instancePath + '/team_names/' + i2,
              schemaPath: '#/properties/team_names/items/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
      } else {
        const err72 = {
          instancePath: instancePath + '/team_names',
          schemaPath: '#/properties/team_names/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.customer_ids !== undefined) {
      let data35 = data.customer_ids;
      if (Array.isArray(data35)) {
        const len3 = data35.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (typeof data35[i3] !== 'string') {
            const err73 = {
              instancePath: instancePath + '/customer_ids/' + i3,
              schemaPath: '#/properties/customer_ids/items/type',
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
      } else {
        const err74 = {
          instancePath: instancePath + '/customer_ids',
          schemaPath: '#/properties/customer_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err74];
        } else {
          vErrors.push(err74);
        }
        errors++;
      }
    }
    if (data.customer_names !== undefined) {
      let data37 = data.customer_names;
      if (Array.isArray(data37)) {
        const len4 = data37.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data37[i4] !== 'string') {
            const err75 = {
              instancePath: instancePath + '/customer_names/' + i4,
              schemaPath: '#/properties/customer_names/items/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        }
      } else {
        const err76 = {
          instancePath: instancePath + '/customer_names',
          schemaPath: '#/properties/customer_names/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.business_unit_ids !== undefined) {
      let data39 = data.business_unit_ids;
      if (Array.isArray(data39)) {
        const len5 = data39.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data39[i5] !== 'string') {
            const err77 = {
              instancePath: instancePath + '/business_unit_ids/' + i5,
              schemaPath: '#/properties/business_unit_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = {
          instancePath: instancePath + '/business_unit_ids',
          schemaPath: '#/properties/business_unit_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
    if (data.business_unit_names !== undefined) {
      let data41 = data.business_unit_names;
      if (Array.isArray(data41)) {
        const len6 = data41.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data41[i6] !== 'string') {
            const err79 = {
              instancePath: instancePath + '/business_unit_names/' + i6,
              schemaPath: '#/properties/business_unit_names/items/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = {
          instancePath: instancePath + '/business_unit_names',
          schemaPath: '#/properties/business_unit_names/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.budget_ids !== undefined) {
      let data43 = data.budget_ids;
      if (Array.isArray(data43)) {
        const len7 = data43.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data43[i7] !== 'string') {
            const err81 = {
              instancePath: instancePath + '/budget_ids/' + i7,
              schemaPath: '#/properties/budget_ids/items/type',
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
      } else {
        const err82 = {
          instancePath: instancePath + '/budget_ids',
          schemaPath: '#/properties/budget_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.rate_limit_ids !== undefined) {
      let data45 = data.rate_limit_ids;
      if (Array.isArray(data45)) {
        const len8 = data45.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data45[i8] !== 'string') {
            const err83 = {
              instancePath: instancePath + '/rate_limit_ids/' + i8,
              schemaPath: '#/properties/rate_limit_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
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
          instancePath: instancePath + '/rate_limit_ids',
          schemaPath: '#/properties/rate_limit_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.alias !== undefined) {
      if (typeof data.alias !== 'string') {
        const err85 = {
          instancePath: instancePath + '/alias',
          schemaPath: '#/properties/alias/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.canonical_model_name !== undefined) {
      if (typeof data.canonical_model_name !== 'string') {
        const err86 = {
          instancePath: instancePath + '/canonical_model_name',
          schemaPath: '#/properties/canonical_model_name/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data.alias_model_family !== undefined) {
      if (typeof data.alias_model_family !== 'string') {
        const err87 = {
          instancePath: instancePath + '/alias_model_family',
          schemaPath: '#/properties/alias_model_family/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.stop_reason !== undefined) {
      if (typeof data.stop_reason !== 'string') {
        const err88 = {
          instancePath: instancePath + '/stop_reason',
          schemaPath: '#/properties/stop_reason/type',
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
    if (data.content_summary !== undefined) {
      if (typeof data.content_summary !== 'string') {
        const err89 = {
          instancePath: instancePath + '/content_summary',
          schemaPath: '#/properties/content_summary/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
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
              const err90 = {
                instancePath: instancePath + '/attempt_trail/' + i9,
                schemaPath: '#/properties/attempt_trail/items/required',
                keyword: 'required',
                params: { missingProperty: 'attempt' },
              };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            if (data53.key_id === undefined) {
              const err91 = {
                instancePath: instancePath + '/attempt_trail/' + i9,
                schemaPath: '#/properties/attempt_trail/items/required',
                keyword: 'required',
                params: { missingProperty: 'key_id' },
              };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
            if (data53.key_name === undefined) {
              const err92 = {
                instancePath: instancePath + '/attempt_trail/' + i9,
                schemaPath: '#/properties/attempt_trail/items/required',
                keyword: 'required',
                params: { missingProperty: 'key_name' },
              };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
            if (data53.attempt !== undefined) {
              let data54 = data53.attempt;
              if (!(typeof data54 == 'number' && !(data54 % 1) && !isNaN(data54))) {
                const err93 = {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/attempt',
                  schemaPath: '#/properties/attempt_trail/items/properties/attempt/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
              if (typeof data54 == 'number') {
                if (data54 < 0 || isNaN(data54)) {
                  const err94 = {
                    instancePath: instancePath + '/attempt_trail/' + i9 + '/attempt',
                    schemaPath: '#/properties/attempt_trail/items/properties/attempt/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                  };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              }
            }
            if (data53.key_id !== undefined) {
              if (typeof data53.key_id !== 'string') {
                const err95 = {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/key_id',
                  schemaPath: '#/properties/attempt_trail/items/properties/key_id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data53.key_name !== undefined) {
              if (typeof data53.key_name !== 'string') {
                const err96 = {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/key_name',
                  schemaPath: '#/properties/attempt_trail/items/properties/key_name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data53.fail_reason !== undefined) {
              if (typeof data53.fail_reason !== 'string') {
                const err97 = {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/fail_reason',
                  schemaPath: '#/properties/attempt_trail/items/properties/fail_reason/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data53.triggered_rotation !== undefined) {
              if (typeof data53.triggered_rotation !== 'boolean') {
                const err98 = {
                  instancePath: instancePath + '/attempt_trail/' + i9 + '/triggered_rotation',
                  schemaPath: '#/properties/attempt_trail/items/properties/triggered_rotation/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
          } else {
            const err99 = {
              instancePath: instancePath + '/attempt_trail/' + i9,
              schemaPath: '#/properties/attempt_trail/items/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
      } else {
        const err100 = {
          instancePath: instancePath + '/attempt_trail',
          schemaPath: '#/properties/attempt_trail/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.routing_rule !== undefined) {
      let data59 = data.routing_rule;
      if (!(data59 && typeof data59 == 'object' && !Array.isArray(data59))) {
        const err101 = {
          instancePath: instancePath + '/routing_rule',
          schemaPath: '#/properties/routing_rule/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.plugin_logs !== undefined) {
      if (typeof data.plugin_logs !== 'string') {
        const err102 = {
          instancePath: instancePath + '/plugin_logs',
          schemaPath: '#/properties/plugin_logs/type',
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
    if (data.inc_number !== undefined) {
      let data61 = data.inc_number;
      if (!(typeof data61 == 'number' && !(data61 % 1) && !isNaN(data61))) {
        const err103 = {
          instancePath: instancePath + '/inc_number',
          schemaPath: '#/properties/inc_number/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
      if (typeof data61 == 'number') {
        if (!formats44.validate(data61)) {
          const err104 = {
            instancePath: instancePath + '/inc_number',
            schemaPath: '#/properties/inc_number/format',
            keyword: 'format',
            params: { format: 'int64' },
          };
          if (vErrors === null) {
            vErrors = [err104];
          } else {
            vErrors.push(err104);
          }
          errors++;
        }
      }
    }
    if (data.cluster_node_id !== undefined) {
      if (typeof data.cluster_node_id !== 'string') {
        const err105 = {
          instancePath: instancePath + '/cluster_node_id',
          schemaPath: '#/properties/cluster_node_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.content_hidden !== undefined) {
      if (typeof data.content_hidden !== 'boolean') {
        const err106 = {
          instancePath: instancePath + '/content_hidden',
          schemaPath: '#/properties/content_hidden/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.ocr_input !== undefined) {
      let data64 = data.ocr_input;
      if (!(data64 && typeof data64 == 'object' && !Array.isArray(data64))) {
        const err107 = {
          instancePath: instancePath + '/ocr_input',
          schemaPath: '#/properties/ocr_input/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err107];
        } else {
          vErrors.push(err107);
        }
        errors++;
      }
    }
    if (data.ocr_output !== undefined) {
      let data65 = data.ocr_output;
      if (!(data65 && typeof data65 == 'object' && !Array.isArray(data65))) {
        const err108 = {
          instancePath: instancePath + '/ocr_output',
          schemaPath: '#/properties/ocr_output/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data.image_edit_input !== undefined) {
      let data66 = data.image_edit_input;
      if (!(data66 && typeof data66 == 'object' && !Array.isArray(data66))) {
        const err109 = {
          instancePath: instancePath + '/image_edit_input',
          schemaPath: '#/properties/image_edit_input/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
    if (data.image_variation_input !== undefined) {
      let data67 = data.image_variation_input;
      if (!(data67 && typeof data67 == 'object' && !Array.isArray(data67))) {
        const err110 = {
          instancePath: instancePath + '/image_variation_input',
          schemaPath: '#/properties/image_variation_input/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err110];
        } else {
          vErrors.push(err110);
        }
        errors++;
      }
    }
    if (data.stream !== undefined) {
      if (typeof data.stream !== 'boolean') {
        const err111 = {
          instancePath: instancePath + '/stream',
          schemaPath: '#/properties/stream/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
    if (data.raw_request !== undefined) {
      if (typeof data.raw_request !== 'string') {
        const err112 = {
          instancePath: instancePath + '/raw_request',
          schemaPath: '#/properties/raw_request/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err112];
        } else {
          vErrors.push(err112);
        }
        errors++;
      }
    }
    if (data.raw_response !== undefined) {
      if (typeof data.raw_response !== 'string') {
        const err113 = {
          instancePath: instancePath + '/raw_response',
          schemaPath: '#/properties/raw_response/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err113];
        } else {
          vErrors.push(err113);
        }
        errors++;
      }
    }
    if (data.redaction_mapping !== undefined) {
      let data71 = data.redaction_mapping;
      if (!(data71 && typeof data71 == 'object' && !Array.isArray(data71)) && data71 !== null) {
        const err114 = {
          instancePath: instancePath + '/redaction_mapping',
          schemaPath: '#/properties/redaction_mapping/type',
          keyword: 'type',
          params: { type: schema254.properties.redaction_mapping.type },
        };
        if (vErrors === null) {
          vErrors = [err114];
        } else {
          vErrors.push(err114);
        }
        errors++;
      }
      if (data71 && typeof data71 == 'object' && !Array.isArray(data71)) {
        if (data71.input !== undefined) {
          let data72 = data71.input;
          if (data72 && typeof data72 == 'object' && !Array.isArray(data72)) {
            for (const key0 in data72) {
              if (typeof data72[key0] !== 'string') {
                const err115 = {
                  instancePath:
                    instancePath +
                    '/redaction_mapping/input/' +
                    key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    '#/properties/redaction_mapping/properties/input/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = {
              instancePath: instancePath + '/redaction_mapping/input',
              schemaPath: '#/properties/redaction_mapping/properties/input/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data71.output !== undefined) {
          let data74 = data71.output;
          if (data74 && typeof data74 == 'object' && !Array.isArray(data74)) {
            for (const key1 in data74) {
              if (typeof data74[key1] !== 'string') {
                const err117 = {
                  instancePath:
                    instancePath +
                    '/redaction_mapping/output/' +
                    key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath:
                    '#/properties/redaction_mapping/properties/output/additionalProperties/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
          } else {
            const err118 = {
              instancePath: instancePath + '/redaction_mapping/output',
              schemaPath: '#/properties/redaction_mapping/properties/output/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
      }
    }
    if (data.token_usage !== undefined) {
      if (
        !validate916(data.token_usage, {
          instancePath: instancePath + '/token_usage',
          parentData: data,
          parentDataProperty: 'token_usage',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate916.errors : vErrors.concat(validate916.errors);
        errors = vErrors.length;
      }
    }
    if (data.error_details !== undefined) {
      if (
        !validate924(data.error_details, {
          instancePath: instancePath + '/error_details',
          parentData: data,
          parentDataProperty: 'error_details',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate924.errors : vErrors.concat(validate924.errors);
        errors = vErrors.length;
      }
    }
    if (data.input_history !== undefined) {
      let data78 = data.input_history;
      if (!Array.isArray(data78) && data78 !== null) {
        const err119 = {
          instancePath: instancePath + '/input_history',
          schemaPath: '#/properties/input_history/type',
          keyword: 'type',
          params: { type: schema254.properties.input_history.type },
        };
        if (vErrors === null) {
          vErrors = [err119];
        } else {
          vErrors.push(err119);
        }
        errors++;
      }
      if (Array.isArray(data78)) {
        const len10 = data78.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (
            !validate930(data78[i10], {
              instancePath: instancePath + '/input_history/' + i10,
              parentData: data78,
              parentDataProperty: i10,
              rootData,
              dynamicAnchors,
            })
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
        const err120 = {
          instancePath: instancePath + '/responses_input_history',
          schemaPath: '#/properties/responses_input_history/type',
          keyword: 'type',
          params: { type: schema254.properties.responses_input_history.type },
        };
        if (vErrors === null) {
          vErrors = [err120];
        } else {
          vErrors.push(err120);
        }
        errors++;
      }
      if (Array.isArray(data80)) {
        const len11 = data80.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (
            !validate938(data80[i11], {
              instancePath: instancePath + '/responses_input_history/' + i11,
              parentData: data80,
              parentDataProperty: i11,
              rootData,
              dynamicAnchors,
            })
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
        !validate930(data82, {
          instancePath: instancePath + '/output_message',
          parentData: data,
          parentDataProperty: 'output_message',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate930.errors : vErrors.concat(validate930.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs164 === errors;
      valid29 = valid29 || _valid0;
      if (!valid29) {
        const _errs165 = errors;
        if (data82 !== null) {
          const err121 = {
            instancePath: instancePath + '/output_message',
            schemaPath: '#/properties/output_message/anyOf/1/type',
            keyword: 'type',
            params: { type: 'null' },
          };
          if (vErrors === null) {
            vErrors = [err121];
          } else {
            vErrors.push(err121);
          }
          errors++;
        }
        var _valid0 = _errs165 === errors;
        valid29 = valid29 || _valid0;
      }
      if (!valid29) {
        const err122 = {
          instancePath: instancePath + '/output_message',
          schemaPath: '#/properties/output_message/anyOf',
          keyword: 'anyOf',
          params: {},
        };
        if (vErrors === null) {
          vErrors = [err122];
        } else {
          vErrors.push(err122);
        }
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
        const err123 = {
          instancePath: instancePath + '/responses_output',
          schemaPath: '#/properties/responses_output/type',
          keyword: 'type',
          params: { type: schema254.properties.responses_output.type },
        };
        if (vErrors === null) {
          vErrors = [err123];
        } else {
          vErrors.push(err123);
        }
        errors++;
      }
      if (Array.isArray(data83)) {
        const len12 = data83.length;
        for (let i12 = 0; i12 < len12; i12++) {
          if (
            !validate938(data83[i12], {
              instancePath: instancePath + '/responses_output/' + i12,
              parentData: data83,
              parentDataProperty: i12,
              rootData,
              dynamicAnchors,
            })
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
        const err124 = {
          instancePath: instancePath + '/embedding_output',
          schemaPath: '#/properties/embedding_output/type',
          keyword: 'type',
          params: { type: schema254.properties.embedding_output.type },
        };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
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
                const err125 = {
                  instancePath: instancePath + '/embedding_output/' + i13 + '/' + i14,
                  schemaPath: '#/properties/embedding_output/items/anyOf/0/items/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
          } else {
            const err126 = {
              instancePath: instancePath + '/embedding_output/' + i13,
              schemaPath: '#/properties/embedding_output/items/anyOf/0/type',
              keyword: 'type',
              params: { type: 'array' },
            };
            if (vErrors === null) {
              vErrors = [err126];
            } else {
              vErrors.push(err126);
            }
            errors++;
          }
          var _valid1 = _errs174 === errors;
          valid34 = valid34 || _valid1;
          if (!valid34) {
            const _errs178 = errors;
            if (!(data86 && typeof data86 == 'object' && !Array.isArray(data86))) {
              const err127 = {
                instancePath: instancePath + '/embedding_output/' + i13,
                schemaPath: '#/properties/embedding_output/items/anyOf/1/type',
                keyword: 'type',
                params: { type: 'object' },
              };
              if (vErrors === null) {
                vErrors = [err127];
              } else {
                vErrors.push(err127);
              }
              errors++;
            }
            var _valid1 = _errs178 === errors;
            valid34 = valid34 || _valid1;
          }
          if (!valid34) {
            const err128 = {
              instancePath: instancePath + '/embedding_output/' + i13,
              schemaPath: '#/properties/embedding_output/items/anyOf',
              keyword: 'anyOf',
              params: {},
            };
            if (vErrors === null) {
              vErrors = [err128];
            } else {
              vErrors.push(err128);
            }
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
        const err129 = {
          instancePath: instancePath + '/params',
          schemaPath: '#/properties/params/type',
          keyword: 'type',
          params: { type: schema254.properties.params.type },
        };
        if (vErrors === null) {
          vErrors = [err129];
        } else {
          vErrors.push(err129);
        }
        errors++;
      }
    }
    if (data.tools !== undefined) {
      let data89 = data.tools;
      if (!Array.isArray(data89) && data89 !== null) {
        const err130 = {
          instancePath: instancePath + '/tools',
          schemaPath: '#/properties/tools/type',
          keyword: 'type',
          params: { type: schema254.properties.tools.type },
        };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      }
      if (Array.isArray(data89)) {
        const len15 = data89.length;
        for (let i15 = 0; i15 < len15; i15++) {
          if (
            !validate945(data89[i15], {
              instancePath: instancePath + '/tools/' + i15,
              parentData: data89,
              parentDataProperty: i15,
              rootData,
              dynamicAnchors,
            })
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
        const err131 = {
          instancePath: instancePath + '/tool_calls',
          schemaPath: '#/properties/tool_calls/type',
          keyword: 'type',
          params: { type: schema254.properties.tool_calls.type },
        };
        if (vErrors === null) {
          vErrors = [err131];
        } else {
          vErrors.push(err131);
        }
        errors++;
      }
      if (Array.isArray(data91)) {
        const len16 = data91.length;
        for (let i16 = 0; i16 < len16; i16++) {
          if (
            !validate935(data91[i16], {
              instancePath: instancePath + '/tool_calls/' + i16,
              parentData: data91,
              parentDataProperty: i16,
              rootData,
              dynamicAnchors,
            })
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
        const err132 = {
          instancePath: instancePath + '/speech_input',
          schemaPath: '#/properties/speech_input/type',
          keyword: 'type',
          params: { type: schema254.properties.speech_input.type },
        };
        if (vErrors === null) {
          vErrors = [err132];
        } else {
          vErrors.push(err132);
        }
        errors++;
      }
    }
    if (data.transcription_input !== undefined) {
      let data94 = data.transcription_input;
      if (!(data94 && typeof data94 == 'object' && !Array.isArray(data94)) && data94 !== null) {
        const err133 = {
          instancePath: instancePath + '/transcription_input',
          schemaPath: '#/properties/transcription_input/type',
          keyword: 'type',
          params: { type: schema254.properties.transcription_input.type },
        };
        if (vErrors === null) {
          vErrors = [err133];
        } else {
          vErrors.push(err133);
        }
        errors++;
      }
    }
    if (data.image_generation_input !== undefined) {
      let data95 = data.image_generation_input;
      if (!(data95 && typeof data95 == 'object' && !Array.isArray(data95)) && data95 !== null) {
        const err134 = {
          instancePath: instancePath + '/image_generation_input',
          schemaPath: '#/properties/image_generation_input/type',
          keyword: 'type',
          params: { type: schema254.properties.image_generation_input.type },
        };
        if (vErrors === null) {
          vErrors = [err134];
        } else {
          vErrors.push(err134);
        }
        errors++;
      }
    }
    if (data.speech_output !== undefined) {
      let data96 = data.speech_output;
      if (!(data96 && typeof data96 == 'object' && !Array.isArray(data96)) && data96 !== null) {
        const err135 = {
          instancePath: instancePath + '/speech_output',
          schemaPath: '#/properties/speech_output/type',
          keyword: 'type',
          params: { type: schema254.properties.speech_output.type },
        };
        if (vErrors === null) {
          vErrors = [err135];
        } else {
          vErrors.push(err135);
        }
        errors++;
      }
    }
    if (data.transcription_output !== undefined) {
      let data97 = data.transcription_output;
      if (!(data97 && typeof data97 == 'object' && !Array.isArray(data97)) && data97 !== null) {
        const err136 = {
          instancePath: instancePath + '/transcription_output',
          schemaPath: '#/properties/transcription_output/type',
          keyword: 'type',
          params: { type: schema254.properties.transcription_output.type },
        };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
    }
    if (data.image_generation_output !== undefined) {
      let data98 = data.image_generation_output;
      if (!(data98 && typeof data98 == 'object' && !Array.isArray(data98)) && data98 !== null) {
        const err137 = {
          instancePath: instancePath + '/image_generation_output',
          schemaPath: '#/properties/image_generation_output/type',
          keyword: 'type',
          params: { type: schema254.properties.image_generation_output.type },
        };
        if (vErrors === null) {
          vErrors = [err137];
        } else {
          vErrors.push(err137);
        }
        errors++;
      }
    }
    if (data.cache_debug !== undefined) {
      let data99 = data.cache_debug;
      if (!(data99 && typeof data99 == 'object' && !Array.isArray(data99)) && data99 !== null) {
        const err138 = {
          instancePath: instancePath + '/cache_debug',
          schemaPath: '#/properties/cache_debug/type',
          keyword: 'type',
          params: { type: schema254.properties.cache_debug.type },
        };
        if (vErrors === null) {
          vErrors = [err138];
        } else {
          vErrors.push(err138);
        }
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      let data100 = data.metadata;
      if (!(data100 && typeof data100 == 'object' && !Array.isArray(data100)) && data100 !== null) {
        const err139 = {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
          keyword: 'type',
          params: { type: schema254.properties.metadata.type },
        };
        if (vErrors === null) {
          vErrors = [err139];
        } else {
          vErrors.push(err139);
        }
        errors++;
      }
    }
    if (data.selected_key !== undefined) {
      let data101 = data.selected_key;
      if (!(data101 && typeof data101 == 'object' && !Array.isArray(data101)) && data101 !== null) {
        const err140 = {
          instancePath: instancePath + '/selected_key',
          schemaPath: '#/properties/selected_key/type',
          keyword: 'type',
          params: { type: schema254.properties.selected_key.type },
        };
        if (vErrors === null) {
          vErrors = [err140];
        } else {
          vErrors.push(err140);
        }
        errors++;
      }
    }
    if (data.virtual_key !== undefined) {
      let data102 = data.virtual_key;
      if (!(data102 && typeof data102 == 'object' && !Array.isArray(data102)) && data102 !== null) {
        const err141 = {
          instancePath: instancePath + '/virtual_key',
          schemaPath: '#/properties/virtual_key/type',
          keyword: 'type',
          params: { type: schema254.properties.virtual_key.type },
        };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
    if (data.passthrough_request_body !== undefined) {
      let data103 = data.passthrough_request_body;
      if (typeof data103 !== 'string' && data103 !== null) {
        const err142 = {
          instancePath: instancePath + '/passthrough_request_body',
          schemaPath: '#/properties/passthrough_request_body/type',
          keyword: 'type',
          params: { type: schema254.properties.passthrough_request_body.type },
        };
        if (vErrors === null) {
          vErrors = [err142];
        } else {
          vErrors.push(err142);
        }
        errors++;
      }
    }
    if (data.passthrough_response_body !== undefined) {
      let data104 = data.passthrough_response_body;
      if (typeof data104 !== 'string' && data104 !== null) {
        const err143 = {
          instancePath: instancePath + '/passthrough_response_body',
          schemaPath: '#/properties/passthrough_response_body/type',
          keyword: 'type',
          params: { type: schema254.properties.passthrough_response_body.type },
        };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
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
        const err144 = {
          instancePath: instancePath + '/routing_engine_logs',
          schemaPath: '#/properties/routing_engine_logs/type',
          keyword: 'type',
          params: { type: schema254.properties.routing_engine_logs.type },
        };
        if (vErrors === null) {
          vErrors = [err144];
        } else {
          vErrors.push(err144);
        }
        errors++;
      }
    }
    if (data.is_large_payload_request !== undefined) {
      if (typeof data.is_large_payload_request !== 'boolean') {
        const err145 = {
          instancePath: instancePath + '/is_large_payload_request',
          schemaPath: '#/properties/is_large_payload_request/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err145];
        } else {
          vErrors.push(err145);
        }
        errors++;
      }
    }
    if (data.is_large_payload_response !== undefined) {
      if (typeof data.is_large_payload_response !== 'boolean') {
        const err146 = {
          instancePath: instancePath + '/is_large_payload_response',
          schemaPath: '#/properties/is_large_payload_response/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err146];
        } else {
          vErrors.push(err146);
        }
        errors++;
      }
    }
    if (data.rerank_output !== undefined) {
      if (typeof data.rerank_output != 'object') {
        const err147 = {
          instancePath: instancePath + '/rerank_output',
          schemaPath: '#/properties/rerank_output/type',
          keyword: 'type',
          params: { type: schema254.properties.rerank_output.type },
        };
        if (vErrors === null) {
          vErrors = [err147];
        } else {
          vErrors.push(err147);
        }
        errors++;
      }
    }
    if (data.video_generation_input !== undefined) {
      let data109 = data.video_generation_input;
      if (!(data109 && typeof data109 == 'object' && !Array.isArray(data109)) && data109 !== null) {
        const err148 = {
          instancePath: instancePath + '/video_generation_input',
          schemaPath: '#/properties/video_generation_input/type',
          keyword: 'type',
          params: { type: schema254.properties.video_generation_input.type },
        };
        if (vErrors === null) {
          vErrors = [err148];
        } else {
          vErrors.push(err148);
        }
        errors++;
      }
    }
    if (data.video_generation_output !== undefined) {
      let data110 = data.video_generation_output;
      if (!(data110 && typeof data110 == 'object' && !Array.isArray(data110)) && data110 !== null) {
        const err149 = {
          instancePath: instancePath + '/video_generation_output',
          schemaPath: '#/properties/video_generation_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_generation_output.type },
        };
        if (vErrors === null) {
          vErrors = [err149];
        } else {
          vErrors.push(err149);
        }
        errors++;
      }
    }
    if (data.video_retrieve_output !== undefined) {
      let data111 = data.video_retrieve_output;
      if (!(data111 && typeof data111 == 'object' && !Array.isArray(data111)) && data111 !== null) {
        const err150 = {
          instancePath: instancePath + '/video_retrieve_output',
          schemaPath: '#/properties/video_retrieve_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_retrieve_output.type },
        };
        if (vErrors === null) {
          vErrors = [err150];
        } else {
          vErrors.push(err150);
        }
        errors++;
      }
    }
    if (data.video_list_output !== undefined) {
      let data112 = data.video_list_output;
      if (!(data112 && typeof data112 == 'object' && !Array.isArray(data112)) && data112 !== null) {
        const err151 = {
          instancePath: instancePath + '/video_list_output',
          schemaPath: '#/properties/video_list_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_list_output.type },
        };
        if (vErrors === null) {
          vErrors = [err151];
        } else {
          vErrors.push(err151);
        }
        errors++;
      }
    }
    if (data.video_delete_output !== undefined) {
      let data113 = data.video_delete_output;
      if (!(data113 && typeof data113 == 'object' && !Array.isArray(data113)) && data113 !== null) {
        const err152 = {
          instancePath: instancePath + '/video_delete_output',
          schemaPath: '#/properties/video_delete_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_delete_output.type },
        };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      }
    }
    if (data.video_download_output !== undefined) {
      let data114 = data.video_download_output;
      if (!(data114 && typeof data114 == 'object' && !Array.isArray(data114)) && data114 !== null) {
        const err153 = {
          instancePath: instancePath + '/video_download_output',
          schemaPath: '#/properties/video_download_output/type',
          keyword: 'type',
          params: { type: schema254.properties.video_download_output.type },
        };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
    if (data.list_models_output !== undefined) {
      if (typeof data.list_models_output != 'object') {
        const err154 = {
          instancePath: instancePath + '/list_models_output',
          schemaPath: '#/properties/list_models_output/type',
          keyword: 'type',
          params: { type: schema254.properties.list_models_output.type },
        };
        if (vErrors === null) {
          vErrors = [err154];
        } else {
          vErrors.push(err154);
        }
        errors++;
      }
    }
  } else {
    const err155 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err155];
    } else {
      vErrors.push(err155);
    }
    errors++;
  }
  validate914.errors = vErrors;
  return errors === 0;
}
export const schema269 = {
  type: 'object',
  required: ['limit', 'offset', 'total_count'],
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 1000 },
    offset: { type: 'integer', minimum: 0 },
    sort_by: { type: 'string', enum: ['timestamp', 'latency', 'tokens', 'cost'] },
    order: { type: 'string', enum: ['asc', 'desc'] },
    total_count: { type: 'integer', format: 'int64', minimum: 0, maximum: 1000000000000 },
  },
};
export function validate950(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.limit === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'limit' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.offset === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'offset' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.total_count === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_count' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.limit !== undefined) {
      let data0 = data.limit;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err3 = {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/type',
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
        if (data0 > 1000 || isNaN(data0)) {
          const err4 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000 },
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
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
    if (data.offset !== undefined) {
      let data1 = data.offset;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err6 = {
          instancePath: instancePath + '/offset',
          schemaPath: '#/properties/offset/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          const err7 = {
            instancePath: instancePath + '/offset',
            schemaPath: '#/properties/offset/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
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
    if (data.sort_by !== undefined) {
      let data2 = data.sort_by;
      if (typeof data2 !== 'string') {
        const err8 = {
          instancePath: instancePath + '/sort_by',
          schemaPath: '#/properties/sort_by/type',
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
      if (
        !(data2 === 'timestamp' || data2 === 'latency' || data2 === 'tokens' || data2 === 'cost')
      ) {
        const err9 = {
          instancePath: instancePath + '/sort_by',
          schemaPath: '#/properties/sort_by/enum',
          keyword: 'enum',
          params: { allowedValues: schema269.properties.sort_by.enum },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.order !== undefined) {
      let data3 = data.order;
      if (typeof data3 !== 'string') {
        const err10 = {
          instancePath: instancePath + '/order',
          schemaPath: '#/properties/order/type',
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
      if (!(data3 === 'asc' || data3 === 'desc')) {
        const err11 = {
          instancePath: instancePath + '/order',
          schemaPath: '#/properties/order/enum',
          keyword: 'enum',
          params: { allowedValues: schema269.properties.order.enum },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.total_count !== undefined) {
      let data4 = data.total_count;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
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
      if (typeof data4 == 'number') {
        if (data4 > 1000000000000 || isNaN(data4)) {
          const err13 = {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data4 < 0 || isNaN(data4)) {
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
        if (!formats44.validate(data4)) {
          const err15 = {
            instancePath: instancePath + '/total_count',
            schemaPath: '#/properties/total_count/format',
            keyword: 'format',
            params: { format: 'int64' },
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
  validate950.errors = vErrors;
  return errors === 0;
}
