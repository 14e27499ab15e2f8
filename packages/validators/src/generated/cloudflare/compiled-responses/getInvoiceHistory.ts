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

export const getInvoiceHistory_200 = validate2031;
const schema1128 = {
  type: 'object',
  required: ['result', 'success', 'errors', 'messages'],
  properties: {
    result: { $ref: '#/components/schemas/InvoiceHistory' },
    success: { type: 'boolean', enum: [true] },
    errors: { $ref: '#/components/schemas/BillingMessages' },
    messages: { $ref: '#/components/schemas/BillingMessages' },
    result_info: { $ref: '#/components/schemas/BillingResultInfo' },
  },
};
function validate2033(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.invoices === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'invoices' },
      });
      errors++;
    }
    if (data.pagination === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pagination' },
      });
      errors++;
    }
    if (data.invoices !== undefined) {
      let data0 = data.invoices;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.amount_due === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount_due' },
              });
              errors++;
            }
            if (data1.amount_paid === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount_paid' },
              });
              errors++;
            }
            if (data1.amount_remaining === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount_remaining' },
              });
              errors++;
            }
            if (data1.currency === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoices/' + i0,
                schemaPath: '#/properties/invoices/items/required',
                keyword: 'required',
                params: { missingProperty: 'currency' },
              });
              errors++;
            }
            if (data1.id !== undefined) {
              let data2 = data1.id;
              if (typeof data2 !== 'string' && data2 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/id',
                  schemaPath: '#/properties/invoices/items/properties/id/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.id.type },
                });
                errors++;
              }
            }
            if (data1.amount_due !== undefined) {
              if (!(typeof data1.amount_due == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/amount_due',
                  schemaPath: '#/properties/invoices/items/properties/amount_due/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.amount_paid !== undefined) {
              if (!(typeof data1.amount_paid == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/amount_paid',
                  schemaPath: '#/properties/invoices/items/properties/amount_paid/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.amount_remaining !== undefined) {
              if (!(typeof data1.amount_remaining == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/amount_remaining',
                  schemaPath: '#/properties/invoices/items/properties/amount_remaining/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.currency !== undefined) {
              if (typeof data1.currency !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/currency',
                  schemaPath: '#/properties/invoices/items/properties/currency/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data1.status !== undefined) {
              let data7 = data1.status;
              if (typeof data7 !== 'string' && data7 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/status',
                  schemaPath: '#/properties/invoices/items/properties/status/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.status.type },
                });
                errors++;
              }
            }
            if (data1.attempted !== undefined) {
              if (typeof data1.attempted !== 'boolean') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/attempted',
                  schemaPath: '#/properties/invoices/items/properties/attempted/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                });
                errors++;
              }
            }
            if (data1.attempt_count !== undefined) {
              if (!(typeof data1.attempt_count == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/attempt_count',
                  schemaPath: '#/properties/invoices/items/properties/attempt_count/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.auto_advance !== undefined) {
              let data10 = data1.auto_advance;
              if (typeof data10 !== 'boolean' && data10 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/auto_advance',
                  schemaPath: '#/properties/invoices/items/properties/auto_advance/type',
                  keyword: 'type',
                  params: {
                    type: schema436.properties.invoices.items.properties.auto_advance.type,
                  },
                });
                errors++;
              }
            }
            if (data1.created !== undefined) {
              if (!(typeof data1.created == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/created',
                  schemaPath: '#/properties/invoices/items/properties/created/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data1.created_by !== undefined) {
              if (typeof data1.created_by !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/created_by',
                  schemaPath: '#/properties/invoices/items/properties/created_by/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data1.description !== undefined) {
              let data13 = data1.description;
              if (typeof data13 !== 'string' && data13 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/description',
                  schemaPath: '#/properties/invoices/items/properties/description/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.description.type },
                });
                errors++;
              }
            }
            if (data1.invoice_origin !== undefined) {
              if (typeof data1.invoice_origin !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/invoice_origin',
                  schemaPath: '#/properties/invoices/items/properties/invoice_origin/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data1.invoice_pdf !== undefined) {
              let data15 = data1.invoice_pdf;
              if (typeof data15 !== 'string' && data15 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoices/' + i0 + '/invoice_pdf',
                  schemaPath: '#/properties/invoices/items/properties/invoice_pdf/type',
                  keyword: 'type',
                  params: { type: schema436.properties.invoices.items.properties.invoice_pdf.type },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/invoices/' + i0,
              schemaPath: '#/properties/invoices/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/invoices',
          schemaPath: '#/properties/invoices/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.pagination !== undefined) {
      let data16 = data.pagination;
      if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
        if (data16.has_more === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'has_more' },
          });
          errors++;
        }
        if (data16.page === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'page' },
          });
          errors++;
        }
        if (data16.per_page === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'per_page' },
          });
          errors++;
        }
        if (data16.total_count === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pagination',
            schemaPath: '#/properties/pagination/required',
            keyword: 'required',
            params: { missingProperty: 'total_count' },
          });
          errors++;
        }
        if (data16.has_more !== undefined) {
          if (typeof data16.has_more !== 'boolean') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/pagination/has_more',
              schemaPath: '#/properties/pagination/properties/has_more/type',
              keyword: 'type',
              params: { type: 'boolean' },
            });
            errors++;
          }
        }
        if (data16.page !== undefined) {
          let data18 = data16.page;
          if (!(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/pagination/page',
              schemaPath: '#/properties/pagination/properties/page/type',
              keyword: 'type',
              params: { type: 'integer' },
            });
            errors++;
          }
          if (typeof data18 == 'number') {
            if (data18 < 1 || isNaN(data18)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/pagination/page',
                schemaPath: '#/properties/pagination/properties/page/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
              });
              errors++;
            }
          }
        }
        if (data16.per_page !== undefined) {
          let data19 = data16.per_page;
          if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/pagination/per_page',
              schemaPath: '#/properties/pagination/properties/per_page/type',
              keyword: 'type',
              params: { type: 'integer' },
            });
            errors++;
          }
          if (typeof data19 == 'number') {
            if (data19 < 1 || isNaN(data19)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/pagination/per_page',
                schemaPath: '#/properties/pagination/properties/per_page/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 1 },
              });
              errors++;
            }
          }
        }
        if (data16.total_count !== undefined) {
          let data20 = data16.total_count;
          if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/pagination/total_count',
              schemaPath: '#/properties/pagination/properties/total_count/type',
              keyword: 'type',
              params: { type: 'integer' },
            });
            errors++;
          }
          if (typeof data20 == 'number') {
            if (data20 < 0 || isNaN(data20)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/pagination/total_count',
                schemaPath: '#/properties/pagination/properties/total_count/minimum',
                keyword: 'minimum',
                params: { comparison: '>=', limit: 0 },
              });
              errors++;
            }
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/pagination',
          schemaPath: '#/properties/pagination/type',
          keyword: 'type',
          params: { type: 'object' },
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
  validate2033.errors = vErrors;
  return errors === 0;
}
function validate2032(data, instancePath = '') {
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
          validate2033(data.result, instancePath) ||
          validate2033(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate2033.errors : vErrors.concat(validate2033.errors);
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
          params: { allowedValues: schema1128.properties.success.enum },
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
  validate2032.errors = vErrors;
  return errors === 0;
}
function validate2031(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2032(data, instancePath)) {
    vErrors = vErrors === null ? validate2032.errors : vErrors.concat(validate2032.errors);
    errors = vErrors.length;
  }
  validate2031.errors = vErrors;
  return errors === 0;
}
export const getInvoiceHistory_400 = validate2039;
function validate2040(data, instancePath = '') {
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
  validate2040.errors = vErrors;
  return errors === 0;
}
function validate2039(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2040(data, instancePath)) {
    vErrors = vErrors === null ? validate2040.errors : vErrors.concat(validate2040.errors);
    errors = vErrors.length;
  }
  validate2039.errors = vErrors;
  return errors === 0;
}
export const getInvoiceHistory_401 = validate2045;
function validate2046(data, instancePath = '') {
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
  validate2046.errors = vErrors;
  return errors === 0;
}
function validate2045(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2046(data, instancePath)) {
    vErrors = vErrors === null ? validate2046.errors : vErrors.concat(validate2046.errors);
    errors = vErrors.length;
  }
  validate2045.errors = vErrors;
  return errors === 0;
}
export const getInvoiceHistory_403 = validate2048;
function validate2049(data, instancePath = '') {
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
  validate2049.errors = vErrors;
  return errors === 0;
}
function validate2048(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2049(data, instancePath)) {
    vErrors = vErrors === null ? validate2049.errors : vErrors.concat(validate2049.errors);
    errors = vErrors.length;
  }
  validate2048.errors = vErrors;
  return errors === 0;
}
export const getInvoiceHistory_429 = validate2051;
function validate2052(data, instancePath = '') {
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
  validate2052.errors = vErrors;
  return errors === 0;
}
function validate2051(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2052(data, instancePath)) {
    vErrors = vErrors === null ? validate2052.errors : vErrors.concat(validate2052.errors);
    errors = vErrors.length;
  }
  validate2051.errors = vErrors;
  return errors === 0;
}
export const getInvoiceHistory_5XX = validate2054;
function validate2055(data, instancePath = '') {
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
  validate2055.errors = vErrors;
  return errors === 0;
}
function validate2054(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2055(data, instancePath)) {
    vErrors = vErrors === null ? validate2055.errors : vErrors.concat(validate2055.errors);
    errors = vErrors.length;
  }
  validate2054.errors = vErrors;
  return errors === 0;
}
const schema436 = {
  type: 'object',
  required: ['invoices', 'pagination'],
  properties: {
    invoices: {
      type: 'array',
      items: {
        type: 'object',
        required: ['amount_due', 'amount_paid', 'amount_remaining', 'currency'],
        properties: {
          id: { type: ['string', 'null'] },
          amount_due: { type: 'number' },
          amount_paid: { type: 'number' },
          amount_remaining: { type: 'number' },
          currency: { type: 'string' },
          status: { type: ['string', 'null'] },
          attempted: { type: 'boolean' },
          attempt_count: { type: 'number' },
          auto_advance: { type: ['boolean', 'null'] },
          created: { type: 'number' },
          created_by: { type: 'string' },
          description: { type: ['string', 'null'] },
          invoice_origin: { type: 'string' },
          invoice_pdf: { type: ['string', 'null'] },
        },
      },
    },
    pagination: {
      type: 'object',
      required: ['has_more', 'page', 'per_page', 'total_count'],
      properties: {
        has_more: { type: 'boolean' },
        page: { type: 'integer', minimum: 1 },
        per_page: { type: 'integer', minimum: 1 },
        total_count: { type: 'integer', minimum: 0 },
      },
    },
  },
};

/** Each JSON response of getInvoiceHistory, by status. */
export const getInvoiceHistoryResponses: {
  '200': Validator<
    operations['getInvoiceHistory']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getInvoiceHistory']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getInvoiceHistory']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getInvoiceHistory']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getInvoiceHistory']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getInvoiceHistory']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['200']['content']['application/json']
  >('getInvoiceHistory 200 response', getInvoiceHistory_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['400']['content']['application/json']
  >('getInvoiceHistory 400 response', getInvoiceHistory_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['401']['content']['application/json']
  >('getInvoiceHistory 401 response', getInvoiceHistory_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['403']['content']['application/json']
  >('getInvoiceHistory 403 response', getInvoiceHistory_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['429']['content']['application/json']
  >('getInvoiceHistory 429 response', getInvoiceHistory_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getInvoiceHistory']['responses']['5XX']['content']['application/json']
  >('getInvoiceHistory 5XX response', getInvoiceHistory_5XX),
};
