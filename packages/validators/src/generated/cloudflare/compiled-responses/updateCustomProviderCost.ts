// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate918, validate920 } from './shared-common.js';
import { validate1798 } from './shared-abc9cac7f0.js';

export const updateCustomProviderCost_200 = validate1888;
function validate1889(data, instancePath = '') {
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
      if (
        !(
          validate1798(data.result, instancePath) ||
          validate1798(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate1798.errors : vErrors.concat(validate1798.errors);
        errors = vErrors.length;
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
  validate1889.errors = vErrors;
  return errors === 0;
}
function validate1888(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1889(data, instancePath)) {
    vErrors = vErrors === null ? validate1889.errors : vErrors.concat(validate1889.errors);
    errors = vErrors.length;
  }
  validate1888.errors = vErrors;
  return errors === 0;
}
export const updateCustomProviderCost_400 = validate1892;
function validate1893(data, instancePath = '') {
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
  validate1893.errors = vErrors;
  return errors === 0;
}
function validate1892(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1893(data, instancePath)) {
    vErrors = vErrors === null ? validate1893.errors : vErrors.concat(validate1893.errors);
    errors = vErrors.length;
  }
  validate1892.errors = vErrors;
  return errors === 0;
}
export const updateCustomProviderCost_401 = validate1897;
function validate1898(data, instancePath = '') {
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
  validate1898.errors = vErrors;
  return errors === 0;
}
function validate1897(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1898(data, instancePath)) {
    vErrors = vErrors === null ? validate1898.errors : vErrors.concat(validate1898.errors);
    errors = vErrors.length;
  }
  validate1897.errors = vErrors;
  return errors === 0;
}
export const updateCustomProviderCost_403 = validate1900;
function validate1901(data, instancePath = '') {
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
  validate1901.errors = vErrors;
  return errors === 0;
}
function validate1900(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1901(data, instancePath)) {
    vErrors = vErrors === null ? validate1901.errors : vErrors.concat(validate1901.errors);
    errors = vErrors.length;
  }
  validate1900.errors = vErrors;
  return errors === 0;
}
export const updateCustomProviderCost_404 = validate1903;
function validate1904(data, instancePath = '') {
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
  validate1904.errors = vErrors;
  return errors === 0;
}
function validate1903(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1904(data, instancePath)) {
    vErrors = vErrors === null ? validate1904.errors : vErrors.concat(validate1904.errors);
    errors = vErrors.length;
  }
  validate1903.errors = vErrors;
  return errors === 0;
}
export const updateCustomProviderCost_429 = validate1906;
function validate1907(data, instancePath = '') {
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
  validate1907.errors = vErrors;
  return errors === 0;
}
function validate1906(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1907(data, instancePath)) {
    vErrors = vErrors === null ? validate1907.errors : vErrors.concat(validate1907.errors);
    errors = vErrors.length;
  }
  validate1906.errors = vErrors;
  return errors === 0;
}
export const updateCustomProviderCost_5XX = validate1909;
function validate1910(data, instancePath = '') {
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
  validate1910.errors = vErrors;
  return errors === 0;
}
function validate1909(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1910(data, instancePath)) {
    vErrors = vErrors === null ? validate1910.errors : vErrors.concat(validate1910.errors);
    errors = vErrors.length;
  }
  validate1909.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of updateCustomProviderCost, by status. */
export const updateCustomProviderCostResponses: {
  '200': Validator<
    operations['updateCustomProviderCost']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['updateCustomProviderCost']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['updateCustomProviderCost']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['updateCustomProviderCost']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['updateCustomProviderCost']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['updateCustomProviderCost']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['updateCustomProviderCost']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['200']['content']['application/json']
  >('updateCustomProviderCost 200 response', updateCustomProviderCost_200),
  '400': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['400']['content']['application/json']
  >('updateCustomProviderCost 400 response', updateCustomProviderCost_400),
  '401': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['401']['content']['application/json']
  >('updateCustomProviderCost 401 response', updateCustomProviderCost_401),
  '403': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['403']['content']['application/json']
  >('updateCustomProviderCost 403 response', updateCustomProviderCost_403),
  '404': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['404']['content']['application/json']
  >('updateCustomProviderCost 404 response', updateCustomProviderCost_404),
  '429': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['429']['content']['application/json']
  >('updateCustomProviderCost 429 response', updateCustomProviderCost_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['updateCustomProviderCost']['responses']['5XX']['content']['application/json']
  >('updateCustomProviderCost 5XX response', updateCustomProviderCost_5XX),
};
