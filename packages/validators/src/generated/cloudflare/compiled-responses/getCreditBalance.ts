// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate2013, validate2016 } from './shared-836daa3744.js';

export const getCreditBalance_200 = validate2008;
const schema1115 = {
  type: 'object',
  required: ['result', 'success', 'errors', 'messages'],
  properties: {
    result: { $ref: '#/components/schemas/CreditBalance' },
    success: { type: 'boolean', enum: [true] },
    errors: { $ref: '#/components/schemas/BillingMessages' },
    messages: { $ref: '#/components/schemas/BillingMessages' },
    result_info: { $ref: '#/components/schemas/BillingResultInfo' },
  },
};
function validate2010(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.balance === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'balance' },
      });
      errors++;
    }
    if (data.has_default_payment_method === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'has_default_payment_method' },
      });
      errors++;
    }
    if (data.payment_method === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'payment_method' },
      });
      errors++;
    }
    if (data.topup_config === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'topup_config' },
      });
      errors++;
    }
    if (data.balance !== undefined) {
      if (!(typeof data.balance == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/balance',
          schemaPath: '#/properties/balance/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.has_default_payment_method !== undefined) {
      if (typeof data.has_default_payment_method !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/has_default_payment_method',
          schemaPath: '#/properties/has_default_payment_method/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.payment_method !== undefined) {
      let data2 = data.payment_method;
      if (!(data2 && typeof data2 == 'object' && !Array.isArray(data2)) && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/payment_method',
          schemaPath: '#/properties/payment_method/type',
          keyword: 'type',
          params: { type: schema433.properties.payment_method.type },
        });
        errors++;
      }
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.brand !== undefined) {
          if (typeof data2.brand !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/payment_method/brand',
              schemaPath: '#/properties/payment_method/properties/brand/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data2.last4 !== undefined) {
          if (typeof data2.last4 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/payment_method/last4',
              schemaPath: '#/properties/payment_method/properties/last4/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      }
    }
    if (data.first_topup_success !== undefined) {
      if (typeof data.first_topup_success !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/first_topup_success',
          schemaPath: '#/properties/first_topup_success/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.topup_config !== undefined) {
      if (
        !(
          validate841(data.topup_config, instancePath) ||
          validate841(data.topup_config, instancePath + '/topup_config')
        )
      ) {
        vErrors = vErrors === null ? validate841.errors : vErrors.concat(validate841.errors);
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
  validate2010.errors = vErrors;
  return errors === 0;
}
function validate2009(data, instancePath = '') {
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
          validate2010(data.result, instancePath) ||
          validate2010(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate2010.errors : vErrors.concat(validate2010.errors);
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
          params: { allowedValues: schema1115.properties.success.enum },
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
  validate2009.errors = vErrors;
  return errors === 0;
}
function validate2008(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2009(data, instancePath)) {
    vErrors = vErrors === null ? validate2009.errors : vErrors.concat(validate2009.errors);
    errors = vErrors.length;
  }
  validate2008.errors = vErrors;
  return errors === 0;
}
export const getCreditBalance_401 = validate2019;
function validate2020(data, instancePath = '') {
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
  validate2020.errors = vErrors;
  return errors === 0;
}
function validate2019(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2020(data, instancePath)) {
    vErrors = vErrors === null ? validate2020.errors : vErrors.concat(validate2020.errors);
    errors = vErrors.length;
  }
  validate2019.errors = vErrors;
  return errors === 0;
}
export const getCreditBalance_403 = validate2022;
function validate2023(data, instancePath = '') {
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
  validate2023.errors = vErrors;
  return errors === 0;
}
function validate2022(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2023(data, instancePath)) {
    vErrors = vErrors === null ? validate2023.errors : vErrors.concat(validate2023.errors);
    errors = vErrors.length;
  }
  validate2022.errors = vErrors;
  return errors === 0;
}
export const getCreditBalance_429 = validate2025;
function validate2026(data, instancePath = '') {
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
  validate2026.errors = vErrors;
  return errors === 0;
}
function validate2025(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2026(data, instancePath)) {
    vErrors = vErrors === null ? validate2026.errors : vErrors.concat(validate2026.errors);
    errors = vErrors.length;
  }
  validate2025.errors = vErrors;
  return errors === 0;
}
export const getCreditBalance_5XX = validate2028;
function validate2029(data, instancePath = '') {
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
  validate2029.errors = vErrors;
  return errors === 0;
}
function validate2028(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2029(data, instancePath)) {
    vErrors = vErrors === null ? validate2029.errors : vErrors.concat(validate2029.errors);
    errors = vErrors.length;
  }
  validate2028.errors = vErrors;
  return errors === 0;
}
const schema433 = {
  type: 'object',
  required: ['balance', 'has_default_payment_method', 'payment_method', 'topup_config'],
  properties: {
    balance: { type: 'number' },
    has_default_payment_method: { type: 'boolean' },
    payment_method: {
      type: ['object', 'null'],
      properties: { brand: { type: 'string' }, last4: { type: 'string' } },
    },
    first_topup_success: { type: 'boolean' },
    topup_config: { $ref: '#/components/schemas/TopupConfig' },
  },
};
function validate841(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.threshold === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'threshold' },
      });
      errors++;
    }
    if (data.amount === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount' },
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
    if (data.disabledReason === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'disabledReason' },
      });
      errors++;
    }
    if (data.lastFailedAt === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'lastFailedAt' },
      });
      errors++;
    }
    if (data.threshold !== undefined) {
      let data0 = data.threshold;
      if (!(typeof data0 == 'number') && data0 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/threshold',
          schemaPath: '#/properties/threshold/type',
          keyword: 'type',
          params: { type: schema431.properties.threshold.type },
        });
        errors++;
      }
    }
    if (data.amount !== undefined) {
      let data1 = data.amount;
      if (!(typeof data1 == 'number') && data1 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount',
          schemaPath: '#/properties/amount/type',
          keyword: 'type',
          params: { type: schema431.properties.amount.type },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      let data2 = data.error;
      if (typeof data2 !== 'string' && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/error',
          schemaPath: '#/properties/error/type',
          keyword: 'type',
          params: { type: schema431.properties.error.type },
        });
        errors++;
      }
    }
    if (data.disabledReason !== undefined) {
      let data3 = data.disabledReason;
      if (typeof data3 !== 'string' && data3 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/disabledReason',
          schemaPath: '#/properties/disabledReason/type',
          keyword: 'type',
          params: { type: schema431.properties.disabledReason.type },
        });
        errors++;
      }
    }
    if (data.lastFailedAt !== undefined) {
      let data4 = data.lastFailedAt;
      if (!(typeof data4 == 'number') && data4 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/lastFailedAt',
          schemaPath: '#/properties/lastFailedAt/type',
          keyword: 'type',
          params: { type: schema431.properties.lastFailedAt.type },
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
  validate841.errors = vErrors;
  return errors === 0;
}
const schema431 = {
  type: 'object',
  required: ['threshold', 'amount', 'error', 'disabledReason', 'lastFailedAt'],
  properties: {
    threshold: { type: ['number', 'null'] },
    amount: { type: ['number', 'null'] },
    error: { type: ['string', 'null'] },
    disabledReason: { type: ['string', 'null'] },
    lastFailedAt: { type: ['number', 'null'] },
  },
};

/** Each JSON response of getCreditBalance, by status. */
export const getCreditBalanceResponses: {
  '200': Validator<
    operations['getCreditBalance']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getCreditBalance']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getCreditBalance']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getCreditBalance']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getCreditBalance']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getCreditBalance']['responses']['200']['content']['application/json']
  >('getCreditBalance 200 response', getCreditBalance_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getCreditBalance']['responses']['401']['content']['application/json']
  >('getCreditBalance 401 response', getCreditBalance_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getCreditBalance']['responses']['403']['content']['application/json']
  >('getCreditBalance 403 response', getCreditBalance_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getCreditBalance']['responses']['429']['content']['application/json']
  >('getCreditBalance 429 response', getCreditBalance_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getCreditBalance']['responses']['5XX']['content']['application/json']
  >('getCreditBalance 5XX response', getCreditBalance_5XX),
};
