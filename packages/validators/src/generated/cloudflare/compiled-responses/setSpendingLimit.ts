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

export const setSpendingLimit_201 = validate2124;
const schema1177 = {
  type: 'object',
  required: ['result', 'success', 'errors', 'messages'],
  properties: {
    result: { $ref: '#/components/schemas/BillingEmpty' },
    success: { type: 'boolean', enum: [true] },
    errors: { $ref: '#/components/schemas/BillingMessages' },
    messages: { $ref: '#/components/schemas/BillingMessages' },
    result_info: { $ref: '#/components/schemas/BillingResultInfo' },
  },
};
function validate2125(data, instancePath = '') {
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
          validate2126(data.result, instancePath) ||
          validate2126(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate2126.errors : vErrors.concat(validate2126.errors);
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
          params: { allowedValues: schema1177.properties.success.enum },
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
  validate2125.errors = vErrors;
  return errors === 0;
}
function validate2124(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2125(data, instancePath)) {
    vErrors = vErrors === null ? validate2125.errors : vErrors.concat(validate2125.errors);
    errors = vErrors.length;
  }
  validate2124.errors = vErrors;
  return errors === 0;
}
export const setSpendingLimit_400 = validate2132;
function validate2133(data, instancePath = '') {
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
  validate2133.errors = vErrors;
  return errors === 0;
}
function validate2132(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2133(data, instancePath)) {
    vErrors = vErrors === null ? validate2133.errors : vErrors.concat(validate2133.errors);
    errors = vErrors.length;
  }
  validate2132.errors = vErrors;
  return errors === 0;
}
export const setSpendingLimit_401 = validate2137;
function validate2138(data, instancePath = '') {
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
  validate2138.errors = vErrors;
  return errors === 0;
}
function validate2137(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2138(data, instancePath)) {
    vErrors = vErrors === null ? validate2138.errors : vErrors.concat(validate2138.errors);
    errors = vErrors.length;
  }
  validate2137.errors = vErrors;
  return errors === 0;
}
export const setSpendingLimit_403 = validate2140;
function validate2141(data, instancePath = '') {
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
  validate2141.errors = vErrors;
  return errors === 0;
}
function validate2140(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2141(data, instancePath)) {
    vErrors = vErrors === null ? validate2141.errors : vErrors.concat(validate2141.errors);
    errors = vErrors.length;
  }
  validate2140.errors = vErrors;
  return errors === 0;
}
export const setSpendingLimit_404 = validate2143;
function validate2144(data, instancePath = '') {
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
  validate2144.errors = vErrors;
  return errors === 0;
}
function validate2143(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2144(data, instancePath)) {
    vErrors = vErrors === null ? validate2144.errors : vErrors.concat(validate2144.errors);
    errors = vErrors.length;
  }
  validate2143.errors = vErrors;
  return errors === 0;
}
export const setSpendingLimit_429 = validate2146;
function validate2147(data, instancePath = '') {
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
  validate2147.errors = vErrors;
  return errors === 0;
}
function validate2146(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2147(data, instancePath)) {
    vErrors = vErrors === null ? validate2147.errors : vErrors.concat(validate2147.errors);
    errors = vErrors.length;
  }
  validate2146.errors = vErrors;
  return errors === 0;
}
export const setSpendingLimit_5XX = validate2149;
function validate2150(data, instancePath = '') {
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
  validate2150.errors = vErrors;
  return errors === 0;
}
function validate2149(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2150(data, instancePath)) {
    vErrors = vErrors === null ? validate2150.errors : vErrors.concat(validate2150.errors);
    errors = vErrors.length;
  }
  validate2149.errors = vErrors;
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
function validate2126(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: key0 },
      });
      errors++;
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
  validate2126.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of setSpendingLimit, by status. */
export const setSpendingLimitResponses: {
  '201': Validator<
    operations['setSpendingLimit']['responses']['201']['content']['application/json']
  >;
  '400': Validator<
    operations['setSpendingLimit']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['setSpendingLimit']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['setSpendingLimit']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['setSpendingLimit']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['setSpendingLimit']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['setSpendingLimit']['responses']['5XX']['content']['application/json']
  >;
} = {
  '201': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['201']['content']['application/json']
  >('setSpendingLimit 201 response', setSpendingLimit_201),
  '400': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['400']['content']['application/json']
  >('setSpendingLimit 400 response', setSpendingLimit_400),
  '401': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['401']['content']['application/json']
  >('setSpendingLimit 401 response', setSpendingLimit_401),
  '403': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['403']['content']['application/json']
  >('setSpendingLimit 403 response', setSpendingLimit_403),
  '404': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['404']['content']['application/json']
  >('setSpendingLimit 404 response', setSpendingLimit_404),
  '429': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['429']['content']['application/json']
  >('setSpendingLimit 429 response', setSpendingLimit_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['setSpendingLimit']['responses']['5XX']['content']['application/json']
  >('setSpendingLimit 5XX response', setSpendingLimit_5XX),
};
