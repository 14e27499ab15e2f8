// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate918, validate920 } from './shared-common.js';
import { validate907 } from './shared-5da0a2d164.js';

export const updateGateway_200 = validate975;
function validate976(data, instancePath = '') {
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
          validate907(data.result, instancePath) ||
          validate907(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate907.errors : vErrors.concat(validate907.errors);
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
  validate976.errors = vErrors;
  return errors === 0;
}
function validate975(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate976(data, instancePath)) {
    vErrors = vErrors === null ? validate976.errors : vErrors.concat(validate976.errors);
    errors = vErrors.length;
  }
  validate975.errors = vErrors;
  return errors === 0;
}
export const updateGateway_400 = validate979;
function validate980(data, instancePath = '') {
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
  validate980.errors = vErrors;
  return errors === 0;
}
function validate979(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate980(data, instancePath)) {
    vErrors = vErrors === null ? validate980.errors : vErrors.concat(validate980.errors);
    errors = vErrors.length;
  }
  validate979.errors = vErrors;
  return errors === 0;
}
export const updateGateway_401 = validate984;
function validate985(data, instancePath = '') {
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
  validate985.errors = vErrors;
  return errors === 0;
}
function validate984(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate985(data, instancePath)) {
    vErrors = vErrors === null ? validate985.errors : vErrors.concat(validate985.errors);
    errors = vErrors.length;
  }
  validate984.errors = vErrors;
  return errors === 0;
}
export const updateGateway_403 = validate987;
function validate988(data, instancePath = '') {
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
  validate988.errors = vErrors;
  return errors === 0;
}
function validate987(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate988(data, instancePath)) {
    vErrors = vErrors === null ? validate988.errors : vErrors.concat(validate988.errors);
    errors = vErrors.length;
  }
  validate987.errors = vErrors;
  return errors === 0;
}
export const updateGateway_404 = validate990;
function validate991(data, instancePath = '') {
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
  validate991.errors = vErrors;
  return errors === 0;
}
function validate990(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate991(data, instancePath)) {
    vErrors = vErrors === null ? validate991.errors : vErrors.concat(validate991.errors);
    errors = vErrors.length;
  }
  validate990.errors = vErrors;
  return errors === 0;
}
export const updateGateway_429 = validate993;
function validate994(data, instancePath = '') {
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
  validate994.errors = vErrors;
  return errors === 0;
}
function validate993(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate994(data, instancePath)) {
    vErrors = vErrors === null ? validate994.errors : vErrors.concat(validate994.errors);
    errors = vErrors.length;
  }
  validate993.errors = vErrors;
  return errors === 0;
}
export const updateGateway_5XX = validate996;
function validate997(data, instancePath = '') {
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
  validate997.errors = vErrors;
  return errors === 0;
}
function validate996(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate997(data, instancePath)) {
    vErrors = vErrors === null ? validate997.errors : vErrors.concat(validate997.errors);
    errors = vErrors.length;
  }
  validate996.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of updateGateway, by status. */
export const updateGatewayResponses: {
  '200': Validator<operations['updateGateway']['responses']['200']['content']['application/json']>;
  '400': Validator<operations['updateGateway']['responses']['400']['content']['application/json']>;
  '401': Validator<operations['updateGateway']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['updateGateway']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['updateGateway']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['updateGateway']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['updateGateway']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['200']['content']['application/json']
  >('updateGateway 200 response', updateGateway_200),
  '400': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['400']['content']['application/json']
  >('updateGateway 400 response', updateGateway_400),
  '401': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['401']['content']['application/json']
  >('updateGateway 401 response', updateGateway_401),
  '403': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['403']['content']['application/json']
  >('updateGateway 403 response', updateGateway_403),
  '404': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['404']['content']['application/json']
  >('updateGateway 404 response', updateGateway_404),
  '429': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['429']['content']['application/json']
  >('updateGateway 429 response', updateGateway_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['updateGateway']['responses']['5XX']['content']['application/json']
  >('updateGateway 5XX response', updateGateway_5XX),
};
