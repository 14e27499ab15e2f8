// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate918, validate920 } from './shared-common.js';
import { validate1682 } from './shared-99a80fdc9e.js';

export const listCustomProviders_200 = validate1680;
function validate1681(data, instancePath = '') {
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
    if (data.result !== undefined) {
      let data0 = data.result;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate1682(data0[i0], instancePath) ||
              validate1682(data0[i0], instancePath + '/result/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate1682.errors : vErrors.concat(validate1682.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/result',
          schemaPath: '#/properties/result/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
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
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  validate1681.errors = vErrors;
  return errors === 0;
}
function validate1680(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1681(data, instancePath)) {
    vErrors = vErrors === null ? validate1681.errors : vErrors.concat(validate1681.errors);
    errors = vErrors.length;
  }
  validate1680.errors = vErrors;
  return errors === 0;
}
export const listCustomProviders_400 = validate1686;
function validate1687(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate918(data, instancePath)) {
    vErrors = vErrors === null ? validate918.errors : vErrors.concat(validate918.errors);
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
  validate1687.errors = vErrors;
  return errors === 0;
}
function validate1686(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1687(data, instancePath)) {
    vErrors = vErrors === null ? validate1687.errors : vErrors.concat(validate1687.errors);
    errors = vErrors.length;
  }
  validate1686.errors = vErrors;
  return errors === 0;
}
export const listCustomProviders_401 = validate1691;
function validate1692(data, instancePath = '') {
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
  validate1692.errors = vErrors;
  return errors === 0;
}
function validate1691(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1692(data, instancePath)) {
    vErrors = vErrors === null ? validate1692.errors : vErrors.concat(validate1692.errors);
    errors = vErrors.length;
  }
  validate1691.errors = vErrors;
  return errors === 0;
}
export const listCustomProviders_403 = validate1694;
function validate1695(data, instancePath = '') {
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
  validate1695.errors = vErrors;
  return errors === 0;
}
function validate1694(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1695(data, instancePath)) {
    vErrors = vErrors === null ? validate1695.errors : vErrors.concat(validate1695.errors);
    errors = vErrors.length;
  }
  validate1694.errors = vErrors;
  return errors === 0;
}
export const listCustomProviders_429 = validate1697;
function validate1698(data, instancePath = '') {
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
  validate1698.errors = vErrors;
  return errors === 0;
}
function validate1697(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1698(data, instancePath)) {
    vErrors = vErrors === null ? validate1698.errors : vErrors.concat(validate1698.errors);
    errors = vErrors.length;
  }
  validate1697.errors = vErrors;
  return errors === 0;
}
export const listCustomProviders_5XX = validate1700;
function validate1701(data, instancePath = '') {
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
  validate1701.errors = vErrors;
  return errors === 0;
}
function validate1700(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1701(data, instancePath)) {
    vErrors = vErrors === null ? validate1701.errors : vErrors.concat(validate1701.errors);
    errors = vErrors.length;
  }
  validate1700.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of listCustomProviders, by status. */
export const listCustomProvidersResponses: {
  '200': Validator<
    operations['listCustomProviders']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listCustomProviders']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listCustomProviders']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listCustomProviders']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listCustomProviders']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listCustomProviders']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['200']['content']['application/json']
  >('listCustomProviders 200 response', listCustomProviders_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['400']['content']['application/json']
  >('listCustomProviders 400 response', listCustomProviders_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['401']['content']['application/json']
  >('listCustomProviders 401 response', listCustomProviders_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['403']['content']['application/json']
  >('listCustomProviders 403 response', listCustomProviders_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['429']['content']['application/json']
  >('listCustomProviders 429 response', listCustomProviders_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listCustomProviders']['responses']['5XX']['content']['application/json']
  >('listCustomProviders 5XX response', listCustomProviders_5XX),
};
