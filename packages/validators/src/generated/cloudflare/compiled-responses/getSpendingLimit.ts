// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate2013, validate2016 } from './shared-836daa3744.js';

export const getSpendingLimit_200 = validate2102;
const schema1166 = {
  type: 'object',
  required: ['result', 'success', 'errors', 'messages'],
  properties: {
    result: { $ref: '#/components/schemas/SpendingLimit' },
    success: { type: 'boolean', enum: [true] },
    errors: { $ref: '#/components/schemas/BillingMessages' },
    messages: { $ref: '#/components/schemas/BillingMessages' },
    result_info: { $ref: '#/components/schemas/BillingResultInfo' },
  },
};
function validate2104(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.enabled === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'enabled' },
      });
      errors++;
    }
    if (data.config === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'config' },
      });
      errors++;
    }
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
    if (data.config !== undefined) {
      let data1 = data.config;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.amount === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'amount' },
          });
          errors++;
        }
        if (data1.duration === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'duration' },
          });
          errors++;
        }
        if (data1.strategy === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/config',
            schemaPath: '#/properties/config/required',
            keyword: 'required',
            params: { missingProperty: 'strategy' },
          });
          errors++;
        }
        if (data1.amount !== undefined) {
          let data2 = data1.amount;
          if (!(typeof data2 == 'number') && data2 !== null) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/config/amount',
              schemaPath: '#/properties/config/properties/amount/type',
              keyword: 'type',
              params: { type: schema446.properties.config.properties.amount.type },
            });
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
            !(
              validate543(data3, instancePath) ||
              validate543(data3, instancePath + '/config/duration')
            )
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
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/config/duration',
              schemaPath: '#/properties/config/properties/duration/oneOf/1/type',
              keyword: 'type',
              params: { type: 'null' },
            });
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
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/config/duration',
              schemaPath: '#/properties/config/properties/duration/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
            });
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
            !(
              validate545(data4, instancePath) ||
              validate545(data4, instancePath + '/config/strategy')
            )
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
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/config/strategy',
              schemaPath: '#/properties/config/properties/strategy/oneOf/1/type',
              keyword: 'type',
              params: { type: 'null' },
            });
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
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/config/strategy',
              schemaPath: '#/properties/config/properties/strategy/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing1 },
            });
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
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/config',
          schemaPath: '#/properties/config/type',
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
  validate2104.errors = vErrors;
  return errors === 0;
}
function validate2103(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.result === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'result' },
      });
      errors++;
    }
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.messages === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'messages' },
      });
      errors++;
    }
    if (data.result !== undefined) {
      if (
        !(
          validate2104(data.result, instancePath) ||
          validate2104(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate2104.errors : vErrors.concat(validate2104.errors);
        errors = vErrors.length;
      }
    }
    if (data.success !== undefined) {
      let data1 = data.success;
      if (typeof data1 !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
      if (!(data1 === true)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/enum',
          keyword: 'enum',
          params: { allowedValues: schema1166.properties.success.enum },
        });
        errors++;
      }
    }
    if (data.errors !== undefined) {
      if (
        !(
          validate2013(data.errors, instancePath) ||
          validate2013(data.errors, instancePath + '/errors')
        )
      ) {
        vErrors = vErrors === null ? validate2013.errors : vErrors.concat(validate2013.errors);
        errors = vErrors.length;
      }
    }
    if (data.messages !== undefined) {
      if (
        !(
          validate2013(data.messages, instancePath) ||
          validate2013(data.messages, instancePath + '/messages')
        )
      ) {
        vErrors = vErrors === null ? validate2013.errors : vErrors.concat(validate2013.errors);
        errors = vErrors.length;
      }
    }
    if (data.result_info !== undefined) {
      if (
        !(
          validate2016(data.result_info, instancePath) ||
          validate2016(data.result_info, instancePath + '/result_info')
        )
      ) {
        vErrors = vErrors === null ? validate2016.errors : vErrors.concat(validate2016.errors);
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
  validate2103.errors = vErrors;
  return errors === 0;
}
function validate2102(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2103(data, instancePath)) {
    vErrors = vErrors === null ? validate2103.errors : vErrors.concat(validate2103.errors);
    errors = vErrors.length;
  }
  validate2102.errors = vErrors;
  return errors === 0;
}
export const getSpendingLimit_401 = validate2112;
function validate2113(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
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
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data2.code !== undefined) {
              let data3 = data2.code;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data2.message !== undefined) {
              if (typeof data2.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.messages !== undefined) {
      if (!Array.isArray(data.messages)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
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
  validate2113.errors = vErrors;
  return errors === 0;
}
function validate2112(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2113(data, instancePath)) {
    vErrors = vErrors === null ? validate2113.errors : vErrors.concat(validate2113.errors);
    errors = vErrors.length;
  }
  validate2112.errors = vErrors;
  return errors === 0;
}
export const getSpendingLimit_403 = validate2115;
function validate2116(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
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
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data2.code !== undefined) {
              let data3 = data2.code;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data2.message !== undefined) {
              if (typeof data2.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.messages !== undefined) {
      if (!Array.isArray(data.messages)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
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
  validate2116.errors = vErrors;
  return errors === 0;
}
function validate2115(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2116(data, instancePath)) {
    vErrors = vErrors === null ? validate2116.errors : vErrors.concat(validate2116.errors);
    errors = vErrors.length;
  }
  validate2115.errors = vErrors;
  return errors === 0;
}
export const getSpendingLimit_429 = validate2118;
function validate2119(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
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
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data2.code !== undefined) {
              let data3 = data2.code;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data2.message !== undefined) {
              if (typeof data2.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.messages !== undefined) {
      if (!Array.isArray(data.messages)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
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
  validate2119.errors = vErrors;
  return errors === 0;
}
function validate2118(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2119(data, instancePath)) {
    vErrors = vErrors === null ? validate2119.errors : vErrors.concat(validate2119.errors);
    errors = vErrors.length;
  }
  validate2118.errors = vErrors;
  return errors === 0;
}
export const getSpendingLimit_5XX = validate2121;
function validate2122(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.success === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success' },
      });
      errors++;
    }
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
    if (data.success !== undefined) {
      if (typeof data.success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
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
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data2.code !== undefined) {
              let data3 = data2.code;
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data2.message !== undefined) {
              if (typeof data2.message !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/message',
                  schemaPath: '#/properties/errors/items/properties/message/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/errors/' + i0,
              schemaPath: '#/properties/errors/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/errors',
          schemaPath: '#/properties/errors/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.messages !== undefined) {
      if (!Array.isArray(data.messages)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/messages',
          schemaPath: '#/properties/messages/type',
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
  validate2122.errors = vErrors;
  return errors === 0;
}
function validate2121(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2122(data, instancePath)) {
    vErrors = vErrors === null ? validate2122.errors : vErrors.concat(validate2122.errors);
    errors = vErrors.length;
  }
  validate2121.errors = vErrors;
  return errors === 0;
}
const schema446 = {
  type: 'object',
  required: ['enabled', 'config'],
  properties: {
    enabled: { type: 'boolean' },
    config: {
      type: 'object',
      required: ['amount', 'duration', 'strategy'],
      properties: {
        amount: { type: ['number', 'null'] },
        duration: {
          oneOf: [{ $ref: '#/components/schemas/SpendingLimitDuration' }, { type: 'null' }],
        },
        strategy: {
          oneOf: [{ $ref: '#/components/schemas/SpendingLimitStrategy' }, { type: 'null' }],
        },
      },
    },
  },
};
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
const schema275 = { type: 'string', enum: ['fixed', 'sliding'] };
const schema274 = { type: 'string', enum: ['daily', 'weekly', 'monthly'] };

/** Each JSON response of getSpendingLimit, by status. */
export const getSpendingLimitResponses: {
  '200': Validator<
    operations['getSpendingLimit']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getSpendingLimit']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getSpendingLimit']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getSpendingLimit']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getSpendingLimit']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getSpendingLimit']['responses']['200']['content']['application/json']
  >('getSpendingLimit 200 response', getSpendingLimit_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getSpendingLimit']['responses']['401']['content']['application/json']
  >('getSpendingLimit 401 response', getSpendingLimit_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getSpendingLimit']['responses']['403']['content']['application/json']
  >('getSpendingLimit 403 response', getSpendingLimit_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getSpendingLimit']['responses']['429']['content']['application/json']
  >('getSpendingLimit 429 response', getSpendingLimit_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getSpendingLimit']['responses']['5XX']['content']['application/json']
  >('getSpendingLimit 5XX response', getSpendingLimit_5XX),
};
