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

export const createTopup_200 = validate2171;
const schema1202 = {
  type: 'object',
  required: ['result', 'success', 'errors', 'messages'],
  properties: {
    result: { $ref: '#/components/schemas/Topup' },
    success: { type: 'boolean', enum: [true] },
    errors: { $ref: '#/components/schemas/BillingMessages' },
    messages: { $ref: '#/components/schemas/BillingMessages' },
    result_info: { $ref: '#/components/schemas/BillingResultInfo' },
  },
};
function validate2173(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.onboarding === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'onboarding' },
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
    if (data.client_secret === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'client_secret' },
      });
      errors++;
    }
    if (data.onboarding !== undefined) {
      if (typeof data.onboarding !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/onboarding',
          schemaPath: '#/properties/onboarding/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
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
    if (data.client_secret !== undefined) {
      let data2 = data.client_secret;
      if (typeof data2 !== 'string' && data2 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/client_secret',
          schemaPath: '#/properties/client_secret/type',
          keyword: 'type',
          params: { type: schema452.properties.client_secret.type },
        });
        errors++;
      }
    }
    if (data.brand !== undefined) {
      if (typeof data.brand !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/brand',
          schemaPath: '#/properties/brand/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.last4 !== undefined) {
      if (typeof data.last4 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/last4',
          schemaPath: '#/properties/last4/type',
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
  validate2173.errors = vErrors;
  return errors === 0;
}
function validate2172(data, instancePath = '') {
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
          validate2173(data.result, instancePath) ||
          validate2173(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate2173.errors : vErrors.concat(validate2173.errors);
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
          params: { allowedValues: schema1202.properties.success.enum },
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
  validate2172.errors = vErrors;
  return errors === 0;
}
function validate2171(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2172(data, instancePath)) {
    vErrors = vErrors === null ? validate2172.errors : vErrors.concat(validate2172.errors);
    errors = vErrors.length;
  }
  validate2171.errors = vErrors;
  return errors === 0;
}
export const createTopup_400 = validate2179;
function validate2180(data, instancePath = '') {
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
  validate2180.errors = vErrors;
  return errors === 0;
}
function validate2179(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2180(data, instancePath)) {
    vErrors = vErrors === null ? validate2180.errors : vErrors.concat(validate2180.errors);
    errors = vErrors.length;
  }
  validate2179.errors = vErrors;
  return errors === 0;
}
export const createTopup_401 = validate2184;
function validate2185(data, instancePath = '') {
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
  validate2185.errors = vErrors;
  return errors === 0;
}
function validate2184(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2185(data, instancePath)) {
    vErrors = vErrors === null ? validate2185.errors : vErrors.concat(validate2185.errors);
    errors = vErrors.length;
  }
  validate2184.errors = vErrors;
  return errors === 0;
}
export const createTopup_403 = validate2187;
function validate2188(data, instancePath = '') {
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
  validate2188.errors = vErrors;
  return errors === 0;
}
function validate2187(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2188(data, instancePath)) {
    vErrors = vErrors === null ? validate2188.errors : vErrors.concat(validate2188.errors);
    errors = vErrors.length;
  }
  validate2187.errors = vErrors;
  return errors === 0;
}
export const createTopup_429 = validate2190;
function validate2191(data, instancePath = '') {
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
  validate2191.errors = vErrors;
  return errors === 0;
}
function validate2190(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2191(data, instancePath)) {
    vErrors = vErrors === null ? validate2191.errors : vErrors.concat(validate2191.errors);
    errors = vErrors.length;
  }
  validate2190.errors = vErrors;
  return errors === 0;
}
export const createTopup_5XX = validate2193;
function validate2194(data, instancePath = '') {
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
  validate2194.errors = vErrors;
  return errors === 0;
}
function validate2193(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2194(data, instancePath)) {
    vErrors = vErrors === null ? validate2194.errors : vErrors.concat(validate2194.errors);
    errors = vErrors.length;
  }
  validate2193.errors = vErrors;
  return errors === 0;
}
const schema452 = {
  type: 'object',
  required: ['onboarding', 'payment_intent_id', 'client_secret'],
  properties: {
    onboarding: { type: 'boolean' },
    payment_intent_id: { type: 'string' },
    client_secret: { type: ['string', 'null'] },
    brand: { type: 'string' },
    last4: { type: 'string' },
  },
};

/** Each JSON response of createTopup, by status. */
export const createTopupResponses: {
  '200': Validator<operations['createTopup']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['createTopup']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['createTopup']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['createTopup']['responses']['403']['content']['application/json']>;
  '429': Validator<operations['createTopup']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['createTopup']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['200']['content']['application/json']
  >('createTopup 200 response', createTopup_200),
  '400': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['400']['content']['application/json']
  >('createTopup 400 response', createTopup_400),
  '401': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['401']['content']['application/json']
  >('createTopup 401 response', createTopup_401),
  '403': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['403']['content']['application/json']
  >('createTopup 403 response', createTopup_403),
  '429': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['429']['content']['application/json']
  >('createTopup 429 response', createTopup_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['createTopup']['responses']['5XX']['content']['application/json']
  >('createTopup 5XX response', createTopup_5XX),
};
