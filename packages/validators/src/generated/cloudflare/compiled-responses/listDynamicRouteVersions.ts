// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate918, validate920 } from './shared-common.js';
import { validate736 } from './shared-b8f559a566.js';

export const listDynamicRouteVersions_200 = validate1508;
function validate1509(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.data === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'data' },
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
    if (data.data !== undefined) {
      let data0 = data.data;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.versions === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/data',
            schemaPath: '#/properties/data/required',
            keyword: 'required',
            params: { missingProperty: 'versions' },
          });
          errors++;
        }
        if (data0.page === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/data',
            schemaPath: '#/properties/data/required',
            keyword: 'required',
            params: { missingProperty: 'page' },
          });
          errors++;
        }
        if (data0.per_page === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/data',
            schemaPath: '#/properties/data/required',
            keyword: 'required',
            params: { missingProperty: 'per_page' },
          });
          errors++;
        }
        if (data0.order_by === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/data',
            schemaPath: '#/properties/data/required',
            keyword: 'required',
            params: { missingProperty: 'order_by' },
          });
          errors++;
        }
        if (data0.order_by_direction === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/data',
            schemaPath: '#/properties/data/required',
            keyword: 'required',
            params: { missingProperty: 'order_by_direction' },
          });
          errors++;
        }
        if (data0.versions !== undefined) {
          let data1 = data0.versions;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (
                !(
                  validate736(data1[i0], instancePath) ||
                  validate736(data1[i0], instancePath + '/data/versions/' + i0)
                )
              ) {
                vErrors =
                  vErrors === null ? validate736.errors : vErrors.concat(validate736.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/data/versions',
              schemaPath: '#/properties/data/properties/versions/type',
              keyword: 'type',
              params: { type: 'array' },
            });
            errors++;
          }
        }
        if (data0.page !== undefined) {
          let data3 = data0.page;
          if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/data/page',
              schemaPath: '#/properties/data/properties/page/type',
              keyword: 'type',
              params: { type: 'integer' },
            });
            errors++;
          }
          if (typeof data3 == 'number') {
            if (data3 < 0 || isNaN(data3)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/data/page',
                schemaPath: '#/properties/data/properties/page/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              });
              errors++;
            }
          }
        }
        if (data0.per_page !== undefined) {
          let data4 = data0.per_page;
          if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/data/per_page',
              schemaPath: '#/properties/data/properties/per_page/type',
              keyword: 'type',
              params: { type: 'integer' },
            });
            errors++;
          }
          if (typeof data4 == 'number') {
            if (data4 < 0 || isNaN(data4)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/data/per_page',
                schemaPath: '#/properties/data/properties/per_page/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              });
              errors++;
            }
          }
        }
        if (data0.order_by !== undefined) {
          if (typeof data0.order_by !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/data/order_by',
              schemaPath: '#/properties/data/properties/order_by/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data0.order_by_direction !== undefined) {
          if (typeof data0.order_by_direction !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/data/order_by_direction',
              schemaPath: '#/properties/data/properties/order_by_direction/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/data',
          schemaPath: '#/properties/data/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate1509.errors = vErrors;
  return errors === 0;
}
function validate1508(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1509(data, instancePath)) {
    vErrors = vErrors === null ? validate1509.errors : vErrors.concat(validate1509.errors);
    errors = vErrors.length;
  }
  validate1508.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteVersions_400 = validate1512;
function validate1513(data, instancePath = '') {
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
  validate1513.errors = vErrors;
  return errors === 0;
}
function validate1512(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1513(data, instancePath)) {
    vErrors = vErrors === null ? validate1513.errors : vErrors.concat(validate1513.errors);
    errors = vErrors.length;
  }
  validate1512.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteVersions_401 = validate1517;
function validate1518(data, instancePath = '') {
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
  validate1518.errors = vErrors;
  return errors === 0;
}
function validate1517(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1518(data, instancePath)) {
    vErrors = vErrors === null ? validate1518.errors : vErrors.concat(validate1518.errors);
    errors = vErrors.length;
  }
  validate1517.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteVersions_403 = validate1520;
function validate1521(data, instancePath = '') {
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
  validate1521.errors = vErrors;
  return errors === 0;
}
function validate1520(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1521(data, instancePath)) {
    vErrors = vErrors === null ? validate1521.errors : vErrors.concat(validate1521.errors);
    errors = vErrors.length;
  }
  validate1520.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteVersions_429 = validate1523;
function validate1524(data, instancePath = '') {
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
  validate1524.errors = vErrors;
  return errors === 0;
}
function validate1523(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1524(data, instancePath)) {
    vErrors = vErrors === null ? validate1524.errors : vErrors.concat(validate1524.errors);
    errors = vErrors.length;
  }
  validate1523.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteVersions_5XX = validate1526;
function validate1527(data, instancePath = '') {
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
  validate1527.errors = vErrors;
  return errors === 0;
}
function validate1526(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1527(data, instancePath)) {
    vErrors = vErrors === null ? validate1527.errors : vErrors.concat(validate1527.errors);
    errors = vErrors.length;
  }
  validate1526.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of listDynamicRouteVersions, by status. */
export const listDynamicRouteVersionsResponses: {
  '200': Validator<
    operations['listDynamicRouteVersions']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listDynamicRouteVersions']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listDynamicRouteVersions']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listDynamicRouteVersions']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listDynamicRouteVersions']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listDynamicRouteVersions']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['200']['content']['application/json']
  >('listDynamicRouteVersions 200 response', listDynamicRouteVersions_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['400']['content']['application/json']
  >('listDynamicRouteVersions 400 response', listDynamicRouteVersions_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['401']['content']['application/json']
  >('listDynamicRouteVersions 401 response', listDynamicRouteVersions_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['403']['content']['application/json']
  >('listDynamicRouteVersions 403 response', listDynamicRouteVersions_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['429']['content']['application/json']
  >('listDynamicRouteVersions 429 response', listDynamicRouteVersions_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteVersions']['responses']['5XX']['content']['application/json']
  >('listDynamicRouteVersions 5XX response', listDynamicRouteVersions_5XX),
};
