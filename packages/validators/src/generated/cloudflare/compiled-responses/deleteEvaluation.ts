// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate1269 } from './shared-182c5947d4.js';

export const deleteEvaluation_200 = validate1332;
function validate1333(data, instancePath = '') {
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
          validate1269(data.result, instancePath) ||
          validate1269(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate1269.errors : vErrors.concat(validate1269.errors);
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
  validate1333.errors = vErrors;
  return errors === 0;
}
function validate1332(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1333(data, instancePath)) {
    vErrors = vErrors === null ? validate1333.errors : vErrors.concat(validate1333.errors);
    errors = vErrors.length;
  }
  validate1332.errors = vErrors;
  return errors === 0;
}
export const deleteEvaluation_401 = validate1336;
function validate1337(data, instancePath = '') {
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
  validate1337.errors = vErrors;
  return errors === 0;
}
function validate1336(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1337(data, instancePath)) {
    vErrors = vErrors === null ? validate1337.errors : vErrors.concat(validate1337.errors);
    errors = vErrors.length;
  }
  validate1336.errors = vErrors;
  return errors === 0;
}
export const deleteEvaluation_403 = validate1339;
function validate1340(data, instancePath = '') {
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
  validate1340.errors = vErrors;
  return errors === 0;
}
function validate1339(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1340(data, instancePath)) {
    vErrors = vErrors === null ? validate1340.errors : vErrors.concat(validate1340.errors);
    errors = vErrors.length;
  }
  validate1339.errors = vErrors;
  return errors === 0;
}
export const deleteEvaluation_404 = validate1342;
function validate1343(data, instancePath = '') {
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
  validate1343.errors = vErrors;
  return errors === 0;
}
function validate1342(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1343(data, instancePath)) {
    vErrors = vErrors === null ? validate1343.errors : vErrors.concat(validate1343.errors);
    errors = vErrors.length;
  }
  validate1342.errors = vErrors;
  return errors === 0;
}
export const deleteEvaluation_429 = validate1345;
function validate1346(data, instancePath = '') {
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
  validate1346.errors = vErrors;
  return errors === 0;
}
function validate1345(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1346(data, instancePath)) {
    vErrors = vErrors === null ? validate1346.errors : vErrors.concat(validate1346.errors);
    errors = vErrors.length;
  }
  validate1345.errors = vErrors;
  return errors === 0;
}
export const deleteEvaluation_5XX = validate1348;
function validate1349(data, instancePath = '') {
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
  validate1349.errors = vErrors;
  return errors === 0;
}
function validate1348(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1349(data, instancePath)) {
    vErrors = vErrors === null ? validate1349.errors : vErrors.concat(validate1349.errors);
    errors = vErrors.length;
  }
  validate1348.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of deleteEvaluation, by status. */
export const deleteEvaluationResponses: {
  '200': Validator<
    operations['deleteEvaluation']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['deleteEvaluation']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['deleteEvaluation']['responses']['403']['content']['application/json']
  >;
  '404': Validator<
    operations['deleteEvaluation']['responses']['404']['content']['application/json']
  >;
  '429': Validator<
    operations['deleteEvaluation']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['deleteEvaluation']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['200']['content']['application/json']
  >('deleteEvaluation 200 response', deleteEvaluation_200),
  '401': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['401']['content']['application/json']
  >('deleteEvaluation 401 response', deleteEvaluation_401),
  '403': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['403']['content']['application/json']
  >('deleteEvaluation 403 response', deleteEvaluation_403),
  '404': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['404']['content']['application/json']
  >('deleteEvaluation 404 response', deleteEvaluation_404),
  '429': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['429']['content']['application/json']
  >('deleteEvaluation 429 response', deleteEvaluation_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['deleteEvaluation']['responses']['5XX']['content']['application/json']
  >('deleteEvaluation 5XX response', deleteEvaluation_5XX),
};
