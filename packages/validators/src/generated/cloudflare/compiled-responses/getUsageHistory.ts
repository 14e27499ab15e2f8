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

export const getUsageHistory_200 = validate2077;
const schema1153 = {
  type: 'object',
  required: ['result', 'success', 'errors', 'messages'],
  properties: {
    result: { $ref: '#/components/schemas/UsageHistory' },
    success: { type: 'boolean', enum: [true] },
    errors: { $ref: '#/components/schemas/BillingMessages' },
    messages: { $ref: '#/components/schemas/BillingMessages' },
    result_info: { $ref: '#/components/schemas/BillingResultInfo' },
  },
};
function validate2079(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.history === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'history' },
      });
      errors++;
    }
    if (data.history !== undefined) {
      let data0 = data.history;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.id === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
              });
              errors++;
            }
            if (data1.aggregated_value === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'aggregated_value' },
              });
              errors++;
            }
            if (data1.start_time === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'start_time' },
              });
              errors++;
            }
            if (data1.end_time === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/history/' + i0,
                schemaPath: '#/properties/history/items/required',
                keyword: 'required',
                params: { missingProperty: 'end_time' },
              });
              errors++;
            }
            if (data1.id !== undefined) {
              if (typeof data1.id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/history/' + i0 + '/id',
                  schemaPath: '#/properties/history/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data1.aggregated_value !== undefined) {
              if (!(typeof data1.aggregated_value == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/history/' + i0 + '/aggregated_value',
                  schemaPath: '#/properties/history/items/properties/aggregated_value/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.start_time !== undefined) {
              if (!(typeof data1.start_time == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/history/' + i0 + '/start_time',
                  schemaPath: '#/properties/history/items/properties/start_time/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.end_time !== undefined) {
              if (!(typeof data1.end_time == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/history/' + i0 + '/end_time',
                  schemaPath: '#/properties/history/items/properties/end_time/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/history/' + i0,
              schemaPath: '#/properties/history/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/history',
          schemaPath: '#/properties/history/type',
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
  validate2079.errors = vErrors;
  return errors === 0;
}
function validate2078(data, instancePath = '') {
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
          validate2079(data.result, instancePath) ||
          validate2079(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate2079.errors : vErrors.concat(validate2079.errors);
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
          params: { allowedValues: schema1153.properties.success.enum },
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
  validate2078.errors = vErrors;
  return errors === 0;
}
function validate2077(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2078(data, instancePath)) {
    vErrors = vErrors === null ? validate2078.errors : vErrors.concat(validate2078.errors);
    errors = vErrors.length;
  }
  validate2077.errors = vErrors;
  return errors === 0;
}
export const getUsageHistory_400 = validate2085;
function validate2086(data, instancePath = '') {
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
  validate2086.errors = vErrors;
  return errors === 0;
}
function validate2085(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2086(data, instancePath)) {
    vErrors = vErrors === null ? validate2086.errors : vErrors.concat(validate2086.errors);
    errors = vErrors.length;
  }
  validate2085.errors = vErrors;
  return errors === 0;
}
export const getUsageHistory_401 = validate2090;
function validate2091(data, instancePath = '') {
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
  validate2091.errors = vErrors;
  return errors === 0;
}
function validate2090(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2091(data, instancePath)) {
    vErrors = vErrors === null ? validate2091.errors : vErrors.concat(validate2091.errors);
    errors = vErrors.length;
  }
  validate2090.errors = vErrors;
  return errors === 0;
}
export const getUsageHistory_403 = validate2093;
function validate2094(data, instancePath = '') {
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
  validate2094.errors = vErrors;
  return errors === 0;
}
function validate2093(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2094(data, instancePath)) {
    vErrors = vErrors === null ? validate2094.errors : vErrors.concat(validate2094.errors);
    errors = vErrors.length;
  }
  validate2093.errors = vErrors;
  return errors === 0;
}
export const getUsageHistory_429 = validate2096;
function validate2097(data, instancePath = '') {
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
  validate2097.errors = vErrors;
  return errors === 0;
}
function validate2096(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2097(data, instancePath)) {
    vErrors = vErrors === null ? validate2097.errors : vErrors.concat(validate2097.errors);
    errors = vErrors.length;
  }
  validate2096.errors = vErrors;
  return errors === 0;
}
export const getUsageHistory_5XX = validate2099;
function validate2100(data, instancePath = '') {
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
  validate2100.errors = vErrors;
  return errors === 0;
}
function validate2099(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2100(data, instancePath)) {
    vErrors = vErrors === null ? validate2100.errors : vErrors.concat(validate2100.errors);
    errors = vErrors.length;
  }
  validate2099.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of getUsageHistory, by status. */
export const getUsageHistoryResponses: {
  '200': Validator<
    operations['getUsageHistory']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getUsageHistory']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getUsageHistory']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getUsageHistory']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getUsageHistory']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getUsageHistory']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['200']['content']['application/json']
  >('getUsageHistory 200 response', getUsageHistory_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['400']['content']['application/json']
  >('getUsageHistory 400 response', getUsageHistory_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['401']['content']['application/json']
  >('getUsageHistory 401 response', getUsageHistory_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['403']['content']['application/json']
  >('getUsageHistory 403 response', getUsageHistory_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['429']['content']['application/json']
  >('getUsageHistory 429 response', getUsageHistory_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getUsageHistory']['responses']['5XX']['content']['application/json']
  >('getUsageHistory 5XX response', getUsageHistory_5XX),
};
