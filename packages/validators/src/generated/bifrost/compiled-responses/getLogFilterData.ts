// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

import { schema370, validate1164 } from './shared-28c2ed0eff.js';
import { validate925, validate927 } from './shared-fa344e173f.js';

export const getLogFilterData_200 = validate1658;
function validate1659(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.models !== undefined) {
      let data0 = data.models;
      if (!Array.isArray(data0) && data0 !== null) {
        const err0 = {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
          keyword: 'type',
          params: { type: schema370.properties.models.type },
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            const err1 = {
              instancePath: instancePath + '/models/' + i0,
              schemaPath: '#/properties/models/items/type',
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
      }
    }
    if (data.aliases !== undefined) {
      let data2 = data.aliases;
      if (!Array.isArray(data2) && data2 !== null) {
        const err2 = {
          instancePath: instancePath + '/aliases',
          schemaPath: '#/properties/aliases/type',
          keyword: 'type',
          params: { type: schema370.properties.aliases.type },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== 'string') {
            const err3 = {
              instancePath: instancePath + '/aliases/' + i1,
              schemaPath: '#/properties/aliases/items/type',
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
      }
    }
    if (data.selected_keys !== undefined) {
      let data4 = data.selected_keys;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (
            !validate1164(data4[i2], {
              instancePath: instancePath + '/selected_keys/' + i2,
              parentData: data4,
              parentDataProperty: i2,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/selected_keys',
          schemaPath: '#/properties/selected_keys/type',
          keyword: 'type',
          params: { type: 'array' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.virtual_keys !== undefined) {
      let data6 = data.virtual_keys;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !validate1164(data6[i3], {
              instancePath: instancePath + '/virtual_keys/' + i3,
              parentData: data6,
              parentDataProperty: i3,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + '/virtual_keys',
          schemaPath: '#/properties/virtual_keys/type',
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
    if (data.routing_rules !== undefined) {
      let data8 = data.routing_rules;
      if (Array.isArray(data8)) {
        const len4 = data8.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (
            !validate1164(data8[i4], {
              instancePath: instancePath + '/routing_rules/' + i4,
              parentData: data8,
              parentDataProperty: i4,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + '/routing_rules',
          schemaPath: '#/properties/routing_rules/type',
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
    if (data.routing_engines !== undefined) {
      let data10 = data.routing_engines;
      if (!Array.isArray(data10) && data10 !== null) {
        const err7 = {
          instancePath: instancePath + '/routing_engines',
          schemaPath: '#/properties/routing_engines/type',
          keyword: 'type',
          params: { type: schema370.properties.routing_engines.type },
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data10)) {
        const len5 = data10.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data10[i5] !== 'string') {
            const err8 = {
              instancePath: instancePath + '/routing_engines/' + i5,
              schemaPath: '#/properties/routing_engines/items/type',
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
    if (data.stop_reasons !== undefined) {
      let data12 = data.stop_reasons;
      if (!Array.isArray(data12) && data12 !== null) {
        const err9 = {
          instancePath: instancePath + '/stop_reasons',
          schemaPath: '#/properties/stop_reasons/type',
          keyword: 'type',
          params: { type: schema370.properties.stop_reasons.type },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (Array.isArray(data12)) {
        const len6 = data12.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data12[i6] !== 'string') {
            const err10 = {
              instancePath: instancePath + '/stop_reasons/' + i6,
              schemaPath: '#/properties/stop_reasons/items/type',
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
      }
    }
    if (data.apps !== undefined) {
      let data14 = data.apps;
      if (!Array.isArray(data14) && data14 !== null) {
        const err11 = {
          instancePath: instancePath + '/apps',
          schemaPath: '#/properties/apps/type',
          keyword: 'type',
          params: { type: schema370.properties.apps.type },
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (Array.isArray(data14)) {
        const len7 = data14.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data14[i7] !== 'string') {
            const err12 = {
              instancePath: instancePath + '/apps/' + i7,
              schemaPath: '#/properties/apps/items/type',
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
      }
    }
    if (data.user_agents !== undefined) {
      let data16 = data.user_agents;
      if (!Array.isArray(data16) && data16 !== null) {
        const err13 = {
          instancePath: instancePath + '/user_agents',
          schemaPath: '#/properties/user_agents/type',
          keyword: 'type',
          params: { type: schema370.properties.user_agents.type },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (Array.isArray(data16)) {
        const len8 = data16.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data16[i8] !== 'string') {
            const err14 = {
              instancePath: instancePath + '/user_agents/' + i8,
              schemaPath: '#/properties/user_agents/items/type',
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
      }
    }
    if (data.teams !== undefined) {
      let data18 = data.teams;
      if (!Array.isArray(data18) && data18 !== null) {
        const err15 = {
          instancePath: instancePath + '/teams',
          schemaPath: '#/properties/teams/type',
          keyword: 'type',
          params: { type: schema370.properties.teams.type },
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (Array.isArray(data18)) {
        const len9 = data18.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (
            !validate1164(data18[i9], {
              instancePath: instancePath + '/teams/' + i9,
              parentData: data18,
              parentDataProperty: i9,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.customers !== undefined) {
      let data20 = data.customers;
      if (!Array.isArray(data20) && data20 !== null) {
        const err16 = {
          instancePath: instancePath + '/customers',
          schemaPath: '#/properties/customers/type',
          keyword: 'type',
          params: { type: schema370.properties.customers.type },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (Array.isArray(data20)) {
        const len10 = data20.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (
            !validate1164(data20[i10], {
              instancePath: instancePath + '/customers/' + i10,
              parentData: data20,
              parentDataProperty: i10,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.users !== undefined) {
      let data22 = data.users;
      if (!Array.isArray(data22) && data22 !== null) {
        const err17 = {
          instancePath: instancePath + '/users',
          schemaPath: '#/properties/users/type',
          keyword: 'type',
          params: { type: schema370.properties.users.type },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (Array.isArray(data22)) {
        const len11 = data22.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (
            !validate1164(data22[i11], {
              instancePath: instancePath + '/users/' + i11,
              parentData: data22,
              parentDataProperty: i11,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.business_units !== undefined) {
      let data24 = data.business_units;
      if (!Array.isArray(data24) && data24 !== null) {
        const err18 = {
          instancePath: instancePath + '/business_units',
          schemaPath: '#/properties/business_units/type',
          keyword: 'type',
          params: { type: schema370.properties.business_units.type },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (Array.isArray(data24)) {
        const len12 = data24.length;
        for (let i12 = 0; i12 < len12; i12++) {
          if (
            !validate1164(data24[i12], {
              instancePath: instancePath + '/business_units/' + i12,
              parentData: data24,
              parentDataProperty: i12,
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.metadata_keys !== undefined) {
      let data26 = data.metadata_keys;
      if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
        for (const key0 in data26) {
          let data27 = data26[key0];
          if (Array.isArray(data27)) {
            const len13 = data27.length;
            for (let i13 = 0; i13 < len13; i13++) {
              if (typeof data27[i13] !== 'string') {
                const err19 = {
                  instancePath:
                    instancePath +
                    '/metadata_keys/' +
                    key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/' +
                    i13,
                  schemaPath: '#/properties/metadata_keys/additionalProperties/items/type',
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
              instancePath:
                instancePath + '/metadata_keys/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/metadata_keys/additionalProperties/type',
              keyword: 'type',
              params: { type: 'array' },
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
          instancePath: instancePath + '/metadata_keys',
          schemaPath: '#/properties/metadata_keys/type',
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
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate1659.errors = vErrors;
  return errors === 0;
}
function validate1658(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate1659(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate1659.errors : vErrors.concat(validate1659.errors);
    errors = vErrors.length;
  }
  validate1658.errors = vErrors;
  return errors === 0;
}
export const getLogFilterData_401 = validate1668;
function validate1669(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.event_id !== undefined) {
      if (typeof data.event_id !== 'string') {
        const err2 = {
          instancePath: instancePath + '/event_id',
          schemaPath: '#/properties/event_id/type',
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
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err3 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
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
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
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
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        const err5 = {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
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
    }
    if (data.error !== undefined) {
      if (
        !validate925(data.error, {
          instancePath: instancePath + '/error',
          parentData: data,
          parentDataProperty: 'error',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !validate927(data.extra_fields, {
          instancePath: instancePath + '/extra_fields',
          parentData: data,
          parentDataProperty: 'extra_fields',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
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
  validate1669.errors = vErrors;
  return errors === 0;
}
function validate1668(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate1669(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate1669.errors : vErrors.concat(validate1669.errors);
    errors = vErrors.length;
  }
  validate1668.errors = vErrors;
  return errors === 0;
}
export const getLogFilterData_500 = validate1673;
function validate1674(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.event_id !== undefined) {
      if (typeof data.event_id !== 'string') {
        const err2 = {
          instancePath: instancePath + '/event_id',
          schemaPath: '#/properties/event_id/type',
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
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err3 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
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
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
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
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        const err5 = {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
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
    }
    if (data.error !== undefined) {
      if (
        !validate925(data.error, {
          instancePath: instancePath + '/error',
          parentData: data,
          parentDataProperty: 'error',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !validate927(data.extra_fields, {
          instancePath: instancePath + '/extra_fields',
          parentData: data,
          parentDataProperty: 'extra_fields',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
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
  validate1674.errors = vErrors;
  return errors === 0;
}
function validate1673(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate1674(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate1674.errors : vErrors.concat(validate1674.errors);
    errors = vErrors.length;
  }
  validate1673.errors = vErrors;
  return errors === 0;
}
