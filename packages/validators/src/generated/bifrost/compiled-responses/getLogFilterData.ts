// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate925, validate927 } from './shared-common.js';

export const getLogFilterData_200 = validate1658;
function validate1659(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.models !== undefined) {
      let data0 = data.models;
      if (!Array.isArray(data0) && data0 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
          keyword: 'type',
          params: { type: schema370.properties.models.type },
        });
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/models/' + i0,
              schemaPath: '#/properties/models/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.aliases !== undefined) {
      let data2 = data.aliases;
      if (!Array.isArray(data2) && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/aliases',
          schemaPath: '#/properties/aliases/type',
          keyword: 'type',
          params: { type: schema370.properties.aliases.type },
        });
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/aliases/' + i1,
              schemaPath: '#/properties/aliases/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
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
            !(
              validate1164(data4[i2], instancePath) ||
              validate1164(data4[i2], instancePath + '/selected_keys/' + i2)
            )
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_keys',
          schemaPath: '#/properties/selected_keys/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.virtual_keys !== undefined) {
      let data6 = data.virtual_keys;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !(
              validate1164(data6[i3], instancePath) ||
              validate1164(data6[i3], instancePath + '/virtual_keys/' + i3)
            )
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_keys',
          schemaPath: '#/properties/virtual_keys/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_rules !== undefined) {
      let data8 = data.routing_rules;
      if (Array.isArray(data8)) {
        const len4 = data8.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (
            !(
              validate1164(data8[i4], instancePath) ||
              validate1164(data8[i4], instancePath + '/routing_rules/' + i4)
            )
          ) {
            vErrors = vErrors === null ? validate1164.errors : vErrors.concat(validate1164.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rules',
          schemaPath: '#/properties/routing_rules/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_engines !== undefined) {
      let data10 = data.routing_engines;
      if (!Array.isArray(data10) && data10 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_engines',
          schemaPath: '#/properties/routing_engines/type',
          keyword: 'type',
          params: { type: schema370.properties.routing_engines.type },
        });
        errors++;
      }
      if (Array.isArray(data10)) {
        const len5 = data10.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data10[i5] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/routing_engines/' + i5,
              schemaPath: '#/properties/routing_engines/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.stop_reasons !== undefined) {
      let data12 = data.stop_reasons;
      if (!Array.isArray(data12) && data12 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/stop_reasons',
          schemaPath: '#/properties/stop_reasons/type',
          keyword: 'type',
          params: { type: schema370.properties.stop_reasons.type },
        });
        errors++;
      }
      if (Array.isArray(data12)) {
        const len6 = data12.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data12[i6] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/stop_reasons/' + i6,
              schemaPath: '#/properties/stop_reasons/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.apps !== undefined) {
      let data14 = data.apps;
      if (!Array.isArray(data14) && data14 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/apps',
          schemaPath: '#/properties/apps/type',
          keyword: 'type',
          params: { type: schema370.properties.apps.type },
        });
        errors++;
      }
      if (Array.isArray(data14)) {
        const len7 = data14.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data14[i7] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/apps/' + i7,
              schemaPath: '#/properties/apps/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.user_agents !== undefined) {
      let data16 = data.user_agents;
      if (!Array.isArray(data16) && data16 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_agents',
          schemaPath: '#/properties/user_agents/type',
          keyword: 'type',
          params: { type: schema370.properties.user_agents.type },
        });
        errors++;
      }
      if (Array.isArray(data16)) {
        const len8 = data16.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data16[i8] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/user_agents/' + i8,
              schemaPath: '#/properties/user_agents/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.teams !== undefined) {
      let data18 = data.teams;
      if (!Array.isArray(data18) && data18 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/teams',
          schemaPath: '#/properties/teams/type',
          keyword: 'type',
          params: { type: schema370.properties.teams.type },
        });
        errors++;
      }
      if (Array.isArray(data18)) {
        const len9 = data18.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (
            !(
              validate1164(data18[i9], instancePath) ||
              validate1164(data18[i9], instancePath + '/teams/' + i9)
            )
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
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customers',
          schemaPath: '#/properties/customers/type',
          keyword: 'type',
          params: { type: schema370.properties.customers.type },
        });
        errors++;
      }
      if (Array.isArray(data20)) {
        const len10 = data20.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (
            !(
              validate1164(data20[i10], instancePath) ||
              validate1164(data20[i10], instancePath + '/customers/' + i10)
            )
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
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/users',
          schemaPath: '#/properties/users/type',
          keyword: 'type',
          params: { type: schema370.properties.users.type },
        });
        errors++;
      }
      if (Array.isArray(data22)) {
        const len11 = data22.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (
            !(
              validate1164(data22[i11], instancePath) ||
              validate1164(data22[i11], instancePath + '/users/' + i11)
            )
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
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_units',
          schemaPath: '#/properties/business_units/type',
          keyword: 'type',
          params: { type: schema370.properties.business_units.type },
        });
        errors++;
      }
      if (Array.isArray(data24)) {
        const len12 = data24.length;
        for (let i12 = 0; i12 < len12; i12++) {
          if (
            !(
              validate1164(data24[i12], instancePath) ||
              validate1164(data24[i12], instancePath + '/business_units/' + i12)
            )
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
                vErrors = appendError(vErrors, {
                  instancePath:
                    instancePath +
                    '/metadata_keys/' +
                    key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                    '/' +
                    i13,
                  schemaPath: '#/properties/metadata_keys/additionalProperties/items/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath:
                instancePath + '/metadata_keys/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/metadata_keys/additionalProperties/type',
              keyword: 'type',
              params: { type: 'array' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata_keys',
          schemaPath: '#/properties/metadata_keys/type',
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
  validate1659.errors = vErrors;
  return errors === 0;
}
function validate1658(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1659(data, instancePath)) {
    vErrors = vErrors === null ? validate1659.errors : vErrors.concat(validate1659.errors);
    errors = vErrors.length;
  }
  validate1658.errors = vErrors;
  return errors === 0;
}
export const getLogFilterData_401 = validate1668;
function validate1669(data, instancePath = '') {
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
  validate1669.errors = vErrors;
  return errors === 0;
}
function validate1668(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1669(data, instancePath)) {
    vErrors = vErrors === null ? validate1669.errors : vErrors.concat(validate1669.errors);
    errors = vErrors.length;
  }
  validate1668.errors = vErrors;
  return errors === 0;
}
export const getLogFilterData_500 = validate1673;
function validate1674(data, instancePath = '') {
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
  validate1674.errors = vErrors;
  return errors === 0;
}
function validate1673(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1674(data, instancePath)) {
    vErrors = vErrors === null ? validate1674.errors : vErrors.concat(validate1674.errors);
    errors = vErrors.length;
  }
  validate1673.errors = vErrors;
  return errors === 0;
}
const schema370 = {
  type: 'object',
  properties: {
    models: { type: ['array', 'null'], items: { type: 'string' } },
    aliases: { type: ['array', 'null'], items: { type: 'string' } },
    selected_keys: { type: 'array', items: { $ref: '#/components/schemas/IdName' } },
    virtual_keys: { type: 'array', items: { $ref: '#/components/schemas/IdName' } },
    routing_rules: { type: 'array', items: { $ref: '#/components/schemas/IdName' } },
    routing_engines: { type: ['array', 'null'], items: { type: 'string' } },
    stop_reasons: { type: ['array', 'null'], items: { type: 'string' } },
    apps: { type: ['array', 'null'], items: { type: 'string' } },
    user_agents: { type: ['array', 'null'], items: { type: 'string' } },
    teams: { type: ['array', 'null'], items: { $ref: '#/components/schemas/IdName' } },
    customers: { type: ['array', 'null'], items: { $ref: '#/components/schemas/IdName' } },
    users: { type: ['array', 'null'], items: { $ref: '#/components/schemas/IdName' } },
    business_units: { type: ['array', 'null'], items: { $ref: '#/components/schemas/IdName' } },
    metadata_keys: {
      type: 'object',
      additionalProperties: { type: 'array', items: { type: 'string' } },
    },
  },
};
function validate1164(data, instancePath = '') {
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1164.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of getLogFilterData, by status. */
export const getLogFilterDataResponses: {
  '200': Validator<
    operations['getLogFilterData']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getLogFilterData']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getLogFilterData']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogFilterData']['responses']['200']['content']['application/json']
  >('getLogFilterData 200 response', getLogFilterData_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogFilterData']['responses']['401']['content']['application/json']
  >('getLogFilterData 401 response', getLogFilterData_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLogFilterData']['responses']['500']['content']['application/json']
  >('getLogFilterData 500 response', getLogFilterData_500),
};
