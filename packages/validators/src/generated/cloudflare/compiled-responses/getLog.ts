// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';

const formats2 = formats['date-time'];
export const getLog_200 = validate1086;
function validate1088(data, instancePath = '') {
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
    if (data.created_at === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'created_at' },
      });
      errors++;
    }
    if (data.provider === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider' },
      });
      errors++;
    }
    if (data.model === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model' },
      });
      errors++;
    }
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.duration === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'duration' },
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
    if (data.cached === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'cached' },
      });
      errors++;
    }
    if (data.tokens_in === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_in' },
      });
      errors++;
    }
    if (data.tokens_out === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'tokens_out' },
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
    if (data.created_at !== undefined) {
      let data1 = data.created_at;
      if (typeof data1 === 'string') {
        if (!formats2.validate(data1)) {
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
    if (data.provider !== undefined) {
      if (typeof data.provider !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/provider',
          schemaPath: '#/properties/provider/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.model !== undefined) {
      if (typeof data.model !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model',
          schemaPath: '#/properties/model/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.model_type !== undefined) {
      if (typeof data.model_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model_type',
          schemaPath: '#/properties/model_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.path !== undefined) {
      if (typeof data.path !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.request_type !== undefined) {
      if (typeof data.request_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_type',
          schemaPath: '#/properties/request_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.request_content_type !== undefined) {
      if (typeof data.request_content_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_content_type',
          schemaPath: '#/properties/request_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.response_content_type !== undefined) {
      if (typeof data.response_content_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/response_content_type',
          schemaPath: '#/properties/response_content_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.request_head !== undefined) {
      if (typeof data.request_head !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_head',
          schemaPath: '#/properties/request_head/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.request_head_complete !== undefined) {
      if (typeof data.request_head_complete !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_head_complete',
          schemaPath: '#/properties/request_head_complete/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.request_size !== undefined) {
      let data11 = data.request_size;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_size',
          schemaPath: '#/properties/request_size/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data11 == 'number') {
        if (data11 < 0 || isNaN(data11)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/request_size',
            schemaPath: '#/properties/request_size/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.response_head !== undefined) {
      if (typeof data.response_head !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/response_head',
          schemaPath: '#/properties/response_head/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.response_head_complete !== undefined) {
      if (typeof data.response_head_complete !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/response_head_complete',
          schemaPath: '#/properties/response_head_complete/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.response_size !== undefined) {
      let data14 = data.response_size;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/response_size',
          schemaPath: '#/properties/response_size/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data14 == 'number') {
        if (data14 < 0 || isNaN(data14)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/response_size',
            schemaPath: '#/properties/response_size/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.status_code !== undefined) {
      let data15 = data.status_code;
      if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.step !== undefined) {
      let data16 = data.step;
      if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/step',
          schemaPath: '#/properties/step/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data16 == 'number') {
        if (data16 < 0 || isNaN(data16)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/step',
            schemaPath: '#/properties/step/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
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
    if (data.cached !== undefined) {
      if (typeof data.cached !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cached',
          schemaPath: '#/properties/cached/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.duration !== undefined) {
      let data19 = data.duration;
      if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/duration',
          schemaPath: '#/properties/duration/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data19 == 'number') {
        if (data19 < 0 || isNaN(data19)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/duration',
            schemaPath: '#/properties/duration/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.tokens_in !== undefined) {
      let data20 = data.tokens_in;
      if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20)) && data20 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tokens_in',
          schemaPath: '#/properties/tokens_in/type',
          keyword: 'type',
          params: { type: schema325.properties.tokens_in.type },
        });
        errors++;
      }
      if (typeof data20 == 'number') {
        if (data20 < 0 || isNaN(data20)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/tokens_in',
            schemaPath: '#/properties/tokens_in/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.tokens_out !== undefined) {
      let data21 = data.tokens_out;
      if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21)) && data21 !== null) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tokens_out',
          schemaPath: '#/properties/tokens_out/type',
          keyword: 'type',
          params: { type: schema325.properties.tokens_out.type },
        });
        errors++;
      }
      if (typeof data21 == 'number') {
        if (data21 < 0 || isNaN(data21)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/tokens_out',
            schemaPath: '#/properties/tokens_out/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.cost !== undefined) {
      let data22 = data.cost;
      if (typeof data22 == 'number') {
        if (data22 < 0 || isNaN(data22)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cost',
            schemaPath: '#/properties/cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cost',
          schemaPath: '#/properties/cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.custom_cost !== undefined) {
      if (typeof data.custom_cost !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/custom_cost',
          schemaPath: '#/properties/custom_cost/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.metadata !== undefined) {
      if (typeof data.metadata !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata',
          schemaPath: '#/properties/metadata/type',
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
  validate1088.errors = vErrors;
  return errors === 0;
}
function validate1087(data, instancePath = '') {
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
          validate1088(data.result, instancePath) ||
          validate1088(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate1088.errors : vErrors.concat(validate1088.errors);
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
  validate1087.errors = vErrors;
  return errors === 0;
}
function validate1086(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1087(data, instancePath)) {
    vErrors = vErrors === null ? validate1087.errors : vErrors.concat(validate1087.errors);
    errors = vErrors.length;
  }
  validate1086.errors = vErrors;
  return errors === 0;
}
export const getLog_401 = validate1091;
function validate1092(data, instancePath = '') {
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
  validate1092.errors = vErrors;
  return errors === 0;
}
function validate1091(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1092(data, instancePath)) {
    vErrors = vErrors === null ? validate1092.errors : vErrors.concat(validate1092.errors);
    errors = vErrors.length;
  }
  validate1091.errors = vErrors;
  return errors === 0;
}
export const getLog_403 = validate1094;
function validate1095(data, instancePath = '') {
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
  validate1095.errors = vErrors;
  return errors === 0;
}
function validate1094(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1095(data, instancePath)) {
    vErrors = vErrors === null ? validate1095.errors : vErrors.concat(validate1095.errors);
    errors = vErrors.length;
  }
  validate1094.errors = vErrors;
  return errors === 0;
}
export const getLog_404 = validate1097;
function validate1098(data, instancePath = '') {
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
  validate1098.errors = vErrors;
  return errors === 0;
}
function validate1097(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1098(data, instancePath)) {
    vErrors = vErrors === null ? validate1098.errors : vErrors.concat(validate1098.errors);
    errors = vErrors.length;
  }
  validate1097.errors = vErrors;
  return errors === 0;
}
export const getLog_429 = validate1100;
function validate1101(data, instancePath = '') {
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
  validate1101.errors = vErrors;
  return errors === 0;
}
function validate1100(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1101(data, instancePath)) {
    vErrors = vErrors === null ? validate1101.errors : vErrors.concat(validate1101.errors);
    errors = vErrors.length;
  }
  validate1100.errors = vErrors;
  return errors === 0;
}
export const getLog_5XX = validate1103;
function validate1104(data, instancePath = '') {
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
  validate1104.errors = vErrors;
  return errors === 0;
}
function validate1103(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1104(data, instancePath)) {
    vErrors = vErrors === null ? validate1104.errors : vErrors.concat(validate1104.errors);
    errors = vErrors.length;
  }
  validate1103.errors = vErrors;
  return errors === 0;
}
const schema325 = {
  type: 'object',
  required: [
    'id',
    'created_at',
    'provider',
    'model',
    'path',
    'duration',
    'success',
    'cached',
    'tokens_in',
    'tokens_out',
  ],
  properties: {
    id: { type: 'string' },
    created_at: { type: 'string', format: 'date-time' },
    provider: { type: 'string' },
    model: { type: 'string' },
    model_type: { type: 'string' },
    path: { type: 'string' },
    request_type: { type: 'string' },
    request_content_type: { type: 'string' },
    response_content_type: { type: 'string' },
    request_head: { type: 'string' },
    request_head_complete: { type: 'boolean' },
    request_size: { type: 'integer', minimum: 0 },
    response_head: { type: 'string' },
    response_head_complete: { type: 'boolean' },
    response_size: { type: 'integer', minimum: 0 },
    status_code: { type: 'integer' },
    step: { type: 'integer', minimum: 0 },
    success: { type: 'boolean' },
    cached: { type: 'boolean' },
    duration: { type: 'integer', minimum: 0 },
    tokens_in: { type: ['integer', 'null'], minimum: 0 },
    tokens_out: { type: ['integer', 'null'], minimum: 0 },
    cost: { type: 'number', minimum: 0 },
    custom_cost: { type: 'boolean' },
    metadata: { type: 'string' },
  },
};

/** Each JSON response of getLog, by status. */
export const getLogResponses: {
  '200': Validator<operations['getLog']['responses']['200']['content']['application/json']>;
  '401': Validator<operations['getLog']['responses']['401']['content']['application/json']>;
  '403': Validator<operations['getLog']['responses']['403']['content']['application/json']>;
  '404': Validator<operations['getLog']['responses']['404']['content']['application/json']>;
  '429': Validator<operations['getLog']['responses']['429']['content']['application/json']>;
  '5XX': Validator<operations['getLog']['responses']['5XX']['content']['application/json']>;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['200']['content']['application/json']
  >('getLog 200 response', getLog_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['401']['content']['application/json']
  >('getLog 401 response', getLog_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['403']['content']['application/json']
  >('getLog 403 response', getLog_403),
  '404': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['404']['content']['application/json']
  >('getLog 404 response', getLog_404),
  '429': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['429']['content']['application/json']
  >('getLog 429 response', getLog_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getLog']['responses']['5XX']['content']['application/json']
  >('getLog 5XX response', getLog_5XX),
};
