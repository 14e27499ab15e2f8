// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate2041 } from './shared-ea5fbb6a20.js';
import { validate920 } from './shared-common.js';
import { validate2013, validate2016 } from './shared-836daa3744.js';

export const checkTopupStatus_200 = validate2279;
const schema1259 = {
  type: 'object',
  required: ['result', 'success', 'errors', 'messages'],
  properties: {
    result: { $ref: '#/components/schemas/TopupStatus' },
    success: { type: 'boolean', enum: [true] },
    errors: { $ref: '#/components/schemas/BillingMessages' },
    messages: { $ref: '#/components/schemas/BillingMessages' },
    result_info: { $ref: '#/components/schemas/BillingResultInfo' },
  },
};
function validate2281(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.status === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      });
      errors++;
    }
    if (data.payment_intent_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'payment_intent_id' },
      });
      errors++;
    }
    if (data.payment_intent_id !== undefined) {
      if (typeof data.payment_intent_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/payment_intent_id',
          schemaPath: '#/properties/payment_intent_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data1 = data.status;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'completed' || data1 === 'pending')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema462.properties.status.enum },
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
  validate2281.errors = vErrors;
  return errors === 0;
}
function validate2280(data, instancePath = '') {
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
          validate2281(data.result, instancePath) ||
          validate2281(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate2281.errors : vErrors.concat(validate2281.errors);
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
          params: { allowedValues: schema1259.properties.success.enum },
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
  validate2280.errors = vErrors;
  return errors === 0;
}
function validate2279(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2280(data, instancePath)) {
    vErrors = vErrors === null ? validate2280.errors : vErrors.concat(validate2280.errors);
    errors = vErrors.length;
  }
  validate2279.errors = vErrors;
  return errors === 0;
}
export const checkTopupStatus_400 = validate2287;
function validate2288(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate2041(data, instancePath)) {
    vErrors = vErrors === null ? validate2041.errors : vErrors.concat(validate2041.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (!validate920(data, instancePath)) {
    vErrors = vErrors === null ? validate920.errors : vErrors.concat(validate920.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
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
  validate2288.errors = vErrors;
  return errors === 0;
}
function validate2287(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2288(data, instancePath)) {
    vErrors = vErrors === null ? validate2288.errors : vErrors.concat(validate2288.errors);
    errors = vErrors.length;
  }
  validate2287.errors = vErrors;
  return errors === 0;
}
export const checkTopupStatus_401 = validate2292;
function validate2293(data, instancePath = '') {
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
  validate2293.errors = vErrors;
  return errors === 0;
}
function validate2292(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2293(data, instancePath)) {
    vErrors = vErrors === null ? validate2293.errors : vErrors.concat(validate2293.errors);
    errors = vErrors.length;
  }
  validate2292.errors = vErrors;
  return errors === 0;
}
export const checkTopupStatus_403 = validate2295;
function validate2296(data, instancePath = '') {
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
  validate2296.errors = vErrors;
  return errors === 0;
}
function validate2295(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2296(data, instancePath)) {
    vErrors = vErrors === null ? validate2296.errors : vErrors.concat(validate2296.errors);
    errors = vErrors.length;
  }
  validate2295.errors = vErrors;
  return errors === 0;
}
export const checkTopupStatus_404 = validate2298;
function validate2299(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.errors === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'errors' },
      });
      errors++;
    }
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
    if (data.errors !== undefined) {
      let data0 = data.errors;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.code === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'code' },
              });
              errors++;
            }
            if (data1.message === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/errors/' + i0,
                schemaPath: '#/properties/errors/items/required',
                keyword: 'required',
                params: { missingProperty: 'message' },
              });
              errors++;
            }
            if (data1.code !== undefined) {
              if (!(typeof data1.code == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/errors/' + i0 + '/code',
                  schemaPath: '#/properties/errors/items/properties/code/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.message !== undefined) {
              if (typeof data1.message !== 'string') {
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
    if (data.result !== undefined) {
      let data4 = data.result;
      if (!(data4 && typeof data4 == 'object' && !Array.isArray(data4)) && data4 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/type',
          keyword: 'type',
          params: { type: schema464.properties.result.type },
        });
        errors++;
      }
    }
    if (data.success !== undefined) {
      let data5 = data.success;
      if (typeof data5 !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
      if (!(data5 === false)) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/success',
          schemaPath: '#/properties/success/enum',
          keyword: 'enum',
          params: { allowedValues: schema464.properties.success.enum },
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
  validate2299.errors = vErrors;
  return errors === 0;
}
function validate2298(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2299(data, instancePath)) {
    vErrors = vErrors === null ? validate2299.errors : vErrors.concat(validate2299.errors);
    errors = vErrors.length;
  }
  validate2298.errors = vErrors;
  return errors === 0;
}
export const checkTopupStatus_429 = validate2301;
function validate2302(data, instancePath = '') {
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
  validate2302.errors = vErrors;
  return errors === 0;
}
function validate2301(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2302(data, instancePath)) {
    vErrors = vErrors === null ? validate2302.errors : vErrors.concat(validate2302.errors);
    errors = vErrors.length;
  }
  validate2301.errors = vErrors;
  return errors === 0;
}
export const checkTopupStatus_5XX = validate2304;
function validate2305(data, instancePath = '') {
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
  validate2305.errors = vErrors;
  return errors === 0;
}
function validate2304(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2305(data, instancePath)) {
    vErrors = vErrors === null ? validate2305.errors : vErrors.concat(validate2305.errors);
    errors = vErrors.length;
  }
  validate2304.errors = vErrors;
  return errors === 0;
}
const schema464 = {
  type: 'object',
  required: ['errors', 'result', 'success'],
  properties: {
    errors: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'number' }, message: { type: 'string' } },
      },
    },
    result: { type: ['object', 'null'] },
    success: { type: 'boolean', enum: [false] },
  },
};
const schema462 = {
  type: 'object',
  required: ['status', 'payment_intent_id'],
  properties: {
    payment_intent_id: { type: 'string' },
    status: { type: 'string', enum: ['completed', 'pending'] },
  },
};

/** Each JSON response of checkTopupStatus, by status. */
export const checkTopupStatusResponses: {
  '200': Validator<
    operations['checkTopupStatus']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['checkTopupStatus']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['checkTopupStatus']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['checkTopupStatus']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['checkTopupStatus']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['checkTopupStatus']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['checkTopupStatus']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['200']['content']['application/json']
  >('checkTopupStatus 200 response', checkTopupStatus_200),
  '400': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['400']['content']['application/json']
  >('checkTopupStatus 400 response', checkTopupStatus_400),
  '401': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['401']['content']['application/json']
  >('checkTopupStatus 401 response', checkTopupStatus_401),
  '403': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['403']['content']['application/json']
  >('checkTopupStatus 403 response', checkTopupStatus_403),
  '404': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['404']['content']['application/json']
  >('checkTopupStatus 404 response', checkTopupStatus_404),
  '429': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['429']['content']['application/json']
  >('checkTopupStatus 429 response', checkTopupStatus_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['checkTopupStatus']['responses']['5XX']['content']['application/json']
  >('checkTopupStatus 5XX response', checkTopupStatus_5XX),
};
