// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { ucs2length } from '../../../runtime/json.js';

const pattern6 = new RegExp('^[a-zA-Z0-9_-]+$', 'u');
const formats0 = formats.uri;
const func1 = ucs2length;
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
export function validate81(
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
export function validate84(
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
  validate84.errors = vErrors;
  return errors === 0;
}
export function validate83(
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
export function validate88(
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
export function validate91(
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
  validate91.errors = vErrors;
  return errors === 0;
}
export function validate90(
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
export function validate96(
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
  validate96.errors = vErrors;
  return errors === 0;
}
