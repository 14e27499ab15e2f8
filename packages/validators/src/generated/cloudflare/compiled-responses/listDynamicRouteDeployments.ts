// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate918, validate920 } from './shared-common.js';

export const listDynamicRouteDeployments_200 = validate1466;
function validate1467(data, instancePath = '') {
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
        if (data0.deployments === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/data',
            schemaPath: '#/properties/data/required',
            keyword: 'required',
            params: { missingProperty: 'deployments' },
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
        if (data0.deployments !== undefined) {
          let data1 = data0.deployments;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (
                !(
                  validate738(data1[i0], instancePath) ||
                  validate738(data1[i0], instancePath + '/data/deployments/' + i0)
                )
              ) {
                vErrors =
                  vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/data/deployments',
              schemaPath: '#/properties/data/properties/deployments/type',
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
  validate1467.errors = vErrors;
  return errors === 0;
}
function validate1466(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1467(data, instancePath)) {
    vErrors = vErrors === null ? validate1467.errors : vErrors.concat(validate1467.errors);
    errors = vErrors.length;
  }
  validate1466.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteDeployments_400 = validate1470;
function validate1471(data, instancePath = '') {
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
  validate1471.errors = vErrors;
  return errors === 0;
}
function validate1470(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1471(data, instancePath)) {
    vErrors = vErrors === null ? validate1471.errors : vErrors.concat(validate1471.errors);
    errors = vErrors.length;
  }
  validate1470.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteDeployments_401 = validate1475;
function validate1476(data, instancePath = '') {
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
  validate1476.errors = vErrors;
  return errors === 0;
}
function validate1475(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1476(data, instancePath)) {
    vErrors = vErrors === null ? validate1476.errors : vErrors.concat(validate1476.errors);
    errors = vErrors.length;
  }
  validate1475.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteDeployments_403 = validate1478;
function validate1479(data, instancePath = '') {
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
  validate1479.errors = vErrors;
  return errors === 0;
}
function validate1478(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1479(data, instancePath)) {
    vErrors = vErrors === null ? validate1479.errors : vErrors.concat(validate1479.errors);
    errors = vErrors.length;
  }
  validate1478.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteDeployments_429 = validate1481;
function validate1482(data, instancePath = '') {
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
  validate1482.errors = vErrors;
  return errors === 0;
}
function validate1481(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1482(data, instancePath)) {
    vErrors = vErrors === null ? validate1482.errors : vErrors.concat(validate1482.errors);
    errors = vErrors.length;
  }
  validate1481.errors = vErrors;
  return errors === 0;
}
export const listDynamicRouteDeployments_5XX = validate1484;
function validate1485(data, instancePath = '') {
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
  validate1485.errors = vErrors;
  return errors === 0;
}
function validate1484(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1485(data, instancePath)) {
    vErrors = vErrors === null ? validate1485.errors : vErrors.concat(validate1485.errors);
    errors = vErrors.length;
  }
  validate1484.errors = vErrors;
  return errors === 0;
}
function validate738(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.deployment_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'deployment_id' },
      });
      errors++;
    }
    if (data.version_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version_id' },
      });
      errors++;
    }
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      });
      errors++;
    }
    if (data.deployment_id !== undefined) {
      if (typeof data.deployment_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/deployment_id',
          schemaPath: '#/properties/deployment_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.version_id !== undefined) {
      if (typeof data.version_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/version_id',
          schemaPath: '#/properties/version_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      if (typeof data.created_at !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
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
  validate738.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of listDynamicRouteDeployments, by status. */
export const listDynamicRouteDeploymentsResponses: {
  '200': Validator<
    operations['listDynamicRouteDeployments']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listDynamicRouteDeployments']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listDynamicRouteDeployments']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listDynamicRouteDeployments']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listDynamicRouteDeployments']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listDynamicRouteDeployments']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['200']['content']['application/json']
  >('listDynamicRouteDeployments 200 response', listDynamicRouteDeployments_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['400']['content']['application/json']
  >('listDynamicRouteDeployments 400 response', listDynamicRouteDeployments_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['401']['content']['application/json']
  >('listDynamicRouteDeployments 401 response', listDynamicRouteDeployments_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['403']['content']['application/json']
  >('listDynamicRouteDeployments 403 response', listDynamicRouteDeployments_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['429']['content']['application/json']
  >('listDynamicRouteDeployments 429 response', listDynamicRouteDeployments_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listDynamicRouteDeployments']['responses']['5XX']['content']['application/json']
  >('listDynamicRouteDeployments 5XX response', listDynamicRouteDeployments_5XX),
};
