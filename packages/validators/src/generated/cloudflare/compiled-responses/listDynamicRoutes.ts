// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate918, validate920 } from './shared-common.js';
import { validate296 } from './shared-d7f7d07cfb.js';
import { validate736 } from './shared-b8f559a566.js';

const formats2 = formats['date-time'];
export const listDynamicRoutes_200 = validate1351;
function validate1352(data, instancePath = '') {
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
        if (data0.routes === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/data',
            schemaPath: '#/properties/data/required',
            keyword: 'required',
            params: { missingProperty: 'routes' },
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
        if (data0.routes !== undefined) {
          let data1 = data0.routes;
          if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              if (
                !(
                  validate1353(data1[i0], instancePath) ||
                  validate1353(data1[i0], instancePath + '/data/routes/' + i0)
                )
              ) {
                vErrors =
                  vErrors === null ? validate1353.errors : vErrors.concat(validate1353.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/data/routes',
              schemaPath: '#/properties/data/properties/routes/type',
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
  validate1352.errors = vErrors;
  return errors === 0;
}
function validate1351(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1352(data, instancePath)) {
    vErrors = vErrors === null ? validate1352.errors : vErrors.concat(validate1352.errors);
    errors = vErrors.length;
  }
  validate1351.errors = vErrors;
  return errors === 0;
}
export const listDynamicRoutes_400 = validate1359;
function validate1360(data, instancePath = '') {
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
  validate1360.errors = vErrors;
  return errors === 0;
}
function validate1359(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1360(data, instancePath)) {
    vErrors = vErrors === null ? validate1360.errors : vErrors.concat(validate1360.errors);
    errors = vErrors.length;
  }
  validate1359.errors = vErrors;
  return errors === 0;
}
export const listDynamicRoutes_401 = validate1364;
function validate1365(data, instancePath = '') {
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
  validate1365.errors = vErrors;
  return errors === 0;
}
function validate1364(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1365(data, instancePath)) {
    vErrors = vErrors === null ? validate1365.errors : vErrors.concat(validate1365.errors);
    errors = vErrors.length;
  }
  validate1364.errors = vErrors;
  return errors === 0;
}
export const listDynamicRoutes_403 = validate1367;
function validate1368(data, instancePath = '') {
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
  validate1368.errors = vErrors;
  return errors === 0;
}
function validate1367(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1368(data, instancePath)) {
    vErrors = vErrors === null ? validate1368.errors : vErrors.concat(validate1368.errors);
    errors = vErrors.length;
  }
  validate1367.errors = vErrors;
  return errors === 0;
}
export const listDynamicRoutes_429 = validate1370;
function validate1371(data, instancePath = '') {
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
  validate1371.errors = vErrors;
  return errors === 0;
}
function validate1370(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1371(data, instancePath)) {
    vErrors = vErrors === null ? validate1371.errors : vErrors.concat(validate1371.errors);
    errors = vErrors.length;
  }
  validate1370.errors = vErrors;
  return errors === 0;
}
export const listDynamicRoutes_5XX = validate1373;
function validate1374(data, instancePath = '') {
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
  validate1374.errors = vErrors;
  return errors === 0;
}
function validate1373(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1374(data, instancePath)) {
    vErrors = vErrors === null ? validate1374.errors : vErrors.concat(validate1374.errors);
    errors = vErrors.length;
  }
  validate1373.errors = vErrors;
  return errors === 0;
}
function validate1353(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.name === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'name' },
      });
      errors++;
    }
    if (data.elements === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'elements' },
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
    if (data.modified_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'modified_at' },
      });
      errors++;
    }
    if (data.account_tag === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'account_tag' },
      });
      errors++;
    }
    if (data.gateway_id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'gateway_id' },
      });
      errors++;
    }
    if (data.version === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'version' },
      });
      errors++;
    }
    if (data.deployment === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'deployment' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.gateway_id !== undefined) {
      if (typeof data.gateway_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/gateway_id',
          schemaPath: '#/properties/gateway_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.created_at !== undefined) {
      let data3 = data.created_at;
      if (typeof data3 === 'string') {
        if (!formats2.validate(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/created_at',
            schemaPath: '#/properties/created_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/created_at',
          schemaPath: '#/properties/created_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.modified_at !== undefined) {
      let data4 = data.modified_at;
      if (typeof data4 === 'string') {
        if (!formats2.validate(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/modified_at',
            schemaPath: '#/properties/modified_at/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/modified_at',
          schemaPath: '#/properties/modified_at/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.elements !== undefined) {
      let data5 = data.elements;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (
            !(
              validate296(data5[i0], instancePath) ||
              validate296(data5[i0], instancePath + '/elements/' + i0)
            )
          ) {
            vErrors = vErrors === null ? validate296.errors : vErrors.concat(validate296.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/elements',
          schemaPath: '#/properties/elements/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.account_tag !== undefined) {
      if (typeof data.account_tag !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/account_tag',
          schemaPath: '#/properties/account_tag/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.version !== undefined) {
      if (
        !(
          validate736(data.version, instancePath) ||
          validate736(data.version, instancePath + '/version')
        )
      ) {
        vErrors = vErrors === null ? validate736.errors : vErrors.concat(validate736.errors);
        errors = vErrors.length;
      }
    }
    if (data.deployment !== undefined) {
      if (
        !(
          validate738(data.deployment, instancePath) ||
          validate738(data.deployment, instancePath + '/deployment')
        )
      ) {
        vErrors = vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
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
  validate1353.errors = vErrors;
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

/** Each JSON response of listDynamicRoutes, by status. */
export const listDynamicRoutesResponses: {
  '200': Validator<
    operations['listDynamicRoutes']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['listDynamicRoutes']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['listDynamicRoutes']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['listDynamicRoutes']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['listDynamicRoutes']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['listDynamicRoutes']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['200']['content']['application/json']
  >('listDynamicRoutes 200 response', listDynamicRoutes_200),
  '400': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['400']['content']['application/json']
  >('listDynamicRoutes 400 response', listDynamicRoutes_400),
  '401': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['401']['content']['application/json']
  >('listDynamicRoutes 401 response', listDynamicRoutes_401),
  '403': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['403']['content']['application/json']
  >('listDynamicRoutes 403 response', listDynamicRoutes_403),
  '429': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['429']['content']['application/json']
  >('listDynamicRoutes 429 response', listDynamicRoutes_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['listDynamicRoutes']['responses']['5XX']['content']['application/json']
  >('listDynamicRoutes 5XX response', listDynamicRoutes_5XX),
};
