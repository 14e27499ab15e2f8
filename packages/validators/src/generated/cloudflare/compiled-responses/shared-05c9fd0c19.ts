// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError, ucs2length } from '../../../runtime/json.js';

const formats0 = formats.uri;
const func1 = ucs2length;
const pattern6 = new RegExp('^[a-zA-Z0-9_-]+$', 'u');
export const schema299 = {
  type: 'object',
  required: [
    'id',
    'rate_limiting_interval',
    'rate_limiting_limit',
    'collect_logs',
    'cache_ttl',
    'cache_invalidate_on_update',
    'created_at',
    'modified_at',
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
    is_default: { type: 'boolean' },
    log_classification: { type: 'boolean' },
    dlp: { $ref: '#/components/schemas/GatewayDlp' },
    guardrails: { $ref: '#/components/schemas/GatewayGuardrails' },
    otel: { $ref: '#/components/schemas/GatewayOtel' },
    spend_limits: { $ref: '#/components/schemas/GatewaySpendLimits' },
    stripe: { $ref: '#/components/schemas/GatewayStripe' },
    created_at: { type: 'string', format: 'date-time' },
    modified_at: { type: 'string', format: 'date-time' },
  },
};
export const schema37 = {
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
export function validate81(data, instancePath = '') {
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
export const schema38 = {
  type: ['object', 'null'],
  required: ['prompt', 'response'],
  properties: {
    prompt: { $ref: '#/components/schemas/GatewayGuardrailActions' },
    response: { $ref: '#/components/schemas/GatewayGuardrailActions' },
  },
};
export const schema39 = {
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
export function validate84(data, instancePath = '') {
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
export function validate83(data, instancePath = '') {
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
export const schema40 = {
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
export function validate88(data, instancePath = '') {
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
export const schema41 = {
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
export const schema42 = {
  type: 'object',
  required: ['mode', 'values'],
  properties: {
    mode: { type: 'string', enum: ['filter'] },
    values: { type: 'array', items: { type: 'string' } },
  },
};
export function validate91(data, instancePath = '') {
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
export function validate90(data, instancePath = '') {
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
export const schema43 = {
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
export function validate96(data, instancePath = '') {
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
