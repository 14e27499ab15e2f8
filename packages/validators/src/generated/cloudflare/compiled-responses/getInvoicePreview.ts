// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate2013, validate2016 } from './shared-836daa3744.js';

export const getInvoicePreview_200 = validate2057;
const schema1142 = {
  type: 'object',
  required: ['result', 'success', 'errors', 'messages'],
  properties: {
    result: { $ref: '#/components/schemas/InvoicePreview' },
    success: { type: 'boolean', enum: [true] },
    errors: { $ref: '#/components/schemas/BillingMessages' },
    messages: { $ref: '#/components/schemas/BillingMessages' },
    result_info: { $ref: '#/components/schemas/BillingResultInfo' },
  },
};
function validate2059(data, instancePath = '') {
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
    if (data.amount_due === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount_due' },
      });
      errors++;
    }
    if (data.amount_paid === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount_paid' },
      });
      errors++;
    }
    if (data.amount_remaining === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'amount_remaining' },
      });
      errors++;
    }
    if (data.currency === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'currency' },
      });
      errors++;
    }
    if (data.period_start === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'period_start' },
      });
      errors++;
    }
    if (data.period_end === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'period_end' },
      });
      errors++;
    }
    if (data.status === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'status' },
      });
      errors++;
    }
    if (data.invoice_lines === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'invoice_lines' },
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
    if (data.amount_due !== undefined) {
      if (!(typeof data.amount_due == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount_due',
          schemaPath: '#/properties/amount_due/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.amount_paid !== undefined) {
      if (!(typeof data.amount_paid == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount_paid',
          schemaPath: '#/properties/amount_paid/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.amount_remaining !== undefined) {
      if (!(typeof data.amount_remaining == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/amount_remaining',
          schemaPath: '#/properties/amount_remaining/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.currency !== undefined) {
      if (typeof data.currency !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/currency',
          schemaPath: '#/properties/currency/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.period_start !== undefined) {
      if (!(typeof data.period_start == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/period_start',
          schemaPath: '#/properties/period_start/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.period_end !== undefined) {
      if (!(typeof data.period_end == 'number')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/period_end',
          schemaPath: '#/properties/period_end/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data7 = data.status;
      if (typeof data7 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(
          data7 === 'draft' ||
          data7 === 'open' ||
          data7 === 'paid' ||
          data7 === 'uncollectible' ||
          data7 === 'void'
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/enum',
          keyword: 'enum',
          params: { allowedValues: schema438.properties.status.enum },
        });
        errors++;
      }
    }
    if (data.invoice_lines !== undefined) {
      let data8 = data.invoice_lines;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.description === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'description' },
              });
              errors++;
            }
            if (data9.amount === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'amount' },
              });
              errors++;
            }
            if (data9.period === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'period' },
              });
              errors++;
            }
            if (data9.currency === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'currency' },
              });
              errors++;
            }
            if (data9.pricing === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'pricing' },
              });
              errors++;
            }
            if (data9.quantity === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/invoice_lines/' + i0,
                schemaPath: '#/properties/invoice_lines/items/required',
                keyword: 'required',
                params: { missingProperty: 'quantity' },
              });
              errors++;
            }
            if (data9.description !== undefined) {
              let data10 = data9.description;
              if (typeof data10 !== 'string' && data10 !== null) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/description',
                  schemaPath: '#/properties/invoice_lines/items/properties/description/type',
                  keyword: 'type',
                  params: {
                    type: schema438.properties.invoice_lines.items.properties.description.type,
                  },
                });
                errors++;
              }
            }
            if (data9.amount !== undefined) {
              if (!(typeof data9.amount == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/amount',
                  schemaPath: '#/properties/invoice_lines/items/properties/amount/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data9.currency !== undefined) {
              if (typeof data9.currency !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/currency',
                  schemaPath: '#/properties/invoice_lines/items/properties/currency/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data9.quantity !== undefined) {
              if (!(typeof data9.quantity == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/quantity',
                  schemaPath: '#/properties/invoice_lines/items/properties/quantity/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data9.period !== undefined) {
              let data14 = data9.period;
              if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
                if (data14.start === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/invoice_lines/' + i0 + '/period',
                    schemaPath: '#/properties/invoice_lines/items/properties/period/required',
                    keyword: 'required',
                    params: { missingProperty: 'start' },
                  });
                  errors++;
                }
                if (data14.end === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/invoice_lines/' + i0 + '/period',
                    schemaPath: '#/properties/invoice_lines/items/properties/period/required',
                    keyword: 'required',
                    params: { missingProperty: 'end' },
                  });
                  errors++;
                }
                if (data14.start !== undefined) {
                  if (!(typeof data14.start == 'number')) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/invoice_lines/' + i0 + '/period/start',
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/period/properties/start/type',
                      keyword: 'type',
                      params: { type: 'number' },
                    });
                    errors++;
                  }
                }
                if (data14.end !== undefined) {
                  if (!(typeof data14.end == 'number')) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/invoice_lines/' + i0 + '/period/end',
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/period/properties/end/type',
                      keyword: 'type',
                      params: { type: 'number' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/period',
                  schemaPath: '#/properties/invoice_lines/items/properties/period/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
            if (data9.pricing !== undefined) {
              let data17 = data9.pricing;
              if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                if (data17.unit_amount_decimal === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/invoice_lines/' + i0 + '/pricing',
                    schemaPath: '#/properties/invoice_lines/items/properties/pricing/required',
                    keyword: 'required',
                    params: { missingProperty: 'unit_amount_decimal' },
                  });
                  errors++;
                }
                if (data17.unit_amount_decimal !== undefined) {
                  let data18 = data17.unit_amount_decimal;
                  if (typeof data18 !== 'string' && data18 !== null) {
                    vErrors = appendError(vErrors, {
                      instancePath:
                        instancePath + '/invoice_lines/' + i0 + '/pricing/unit_amount_decimal',
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/pricing/properties/unit_amount_decimal/type',
                      keyword: 'type',
                      params: {
                        type: schema438.properties.invoice_lines.items.properties.pricing.properties
                          .unit_amount_decimal.type,
                      },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/pricing',
                  schemaPath: '#/properties/invoice_lines/items/properties/pricing/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
            if (data9.pretax_credit_amounts !== undefined) {
              let data19 = data9.pretax_credit_amounts;
              if (Array.isArray(data19)) {
                const len1 = data19.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data20 = data19[i1];
                  if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
                    if (data20.amount === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath:
                          instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts/' + i1,
                        schemaPath:
                          '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'amount' },
                      });
                      errors++;
                    }
                    if (data20.type === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath:
                          instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts/' + i1,
                        schemaPath:
                          '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'type' },
                      });
                      errors++;
                    }
                    if (data20.amount !== undefined) {
                      if (!(typeof data20.amount == 'number')) {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/invoice_lines/' +
                            i0 +
                            '/pretax_credit_amounts/' +
                            i1 +
                            '/amount',
                          schemaPath:
                            '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/properties/amount/type',
                          keyword: 'type',
                          params: { type: 'number' },
                        });
                        errors++;
                      }
                    }
                    if (data20.type !== undefined) {
                      if (typeof data20.type !== 'string') {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/invoice_lines/' +
                            i0 +
                            '/pretax_credit_amounts/' +
                            i1 +
                            '/type',
                          schemaPath:
                            '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/properties/type/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        });
                        errors++;
                      }
                    }
                    if (data20.credit_balance_transaction !== undefined) {
                      let data23 = data20.credit_balance_transaction;
                      if (typeof data23 !== 'string' && data23 !== null) {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/invoice_lines/' +
                            i0 +
                            '/pretax_credit_amounts/' +
                            i1 +
                            '/credit_balance_transaction',
                          schemaPath:
                            '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/properties/credit_balance_transaction/type',
                          keyword: 'type',
                          params: {
                            type: schema438.properties.invoice_lines.items.properties
                              .pretax_credit_amounts.items.properties.credit_balance_transaction
                              .type,
                          },
                        });
                        errors++;
                      }
                    }
                    if (data20.discount !== undefined) {
                      let data24 = data20.discount;
                      if (typeof data24 !== 'string' && data24 !== null) {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/invoice_lines/' +
                            i0 +
                            '/pretax_credit_amounts/' +
                            i1 +
                            '/discount',
                          schemaPath:
                            '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/properties/discount/type',
                          keyword: 'type',
                          params: {
                            type: schema438.properties.invoice_lines.items.properties
                              .pretax_credit_amounts.items.properties.discount.type,
                          },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath:
                        instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts/' + i1,
                      schemaPath:
                        '#/properties/invoice_lines/items/properties/pretax_credit_amounts/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/invoice_lines/' + i0 + '/pretax_credit_amounts',
                  schemaPath:
                    '#/properties/invoice_lines/items/properties/pretax_credit_amounts/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/invoice_lines/' + i0,
              schemaPath: '#/properties/invoice_lines/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/invoice_lines',
          schemaPath: '#/properties/invoice_lines/type',
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
  validate2059.errors = vErrors;
  return errors === 0;
}
function validate2058(data, instancePath = '') {
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
          validate2059(data.result, instancePath) ||
          validate2059(data.result, instancePath + '/result')
        )
      ) {
        vErrors = vErrors === null ? validate2059.errors : vErrors.concat(validate2059.errors);
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
          params: { allowedValues: schema1142.properties.success.enum },
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
  validate2058.errors = vErrors;
  return errors === 0;
}
function validate2057(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2058(data, instancePath)) {
    vErrors = vErrors === null ? validate2058.errors : vErrors.concat(validate2058.errors);
    errors = vErrors.length;
  }
  validate2057.errors = vErrors;
  return errors === 0;
}
export const getInvoicePreview_401 = validate2065;
function validate2066(data, instancePath = '') {
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
  validate2066.errors = vErrors;
  return errors === 0;
}
function validate2065(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2066(data, instancePath)) {
    vErrors = vErrors === null ? validate2066.errors : vErrors.concat(validate2066.errors);
    errors = vErrors.length;
  }
  validate2065.errors = vErrors;
  return errors === 0;
}
export const getInvoicePreview_403 = validate2068;
function validate2069(data, instancePath = '') {
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
  validate2069.errors = vErrors;
  return errors === 0;
}
function validate2068(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2069(data, instancePath)) {
    vErrors = vErrors === null ? validate2069.errors : vErrors.concat(validate2069.errors);
    errors = vErrors.length;
  }
  validate2068.errors = vErrors;
  return errors === 0;
}
export const getInvoicePreview_429 = validate2071;
function validate2072(data, instancePath = '') {
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
  validate2072.errors = vErrors;
  return errors === 0;
}
function validate2071(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2072(data, instancePath)) {
    vErrors = vErrors === null ? validate2072.errors : vErrors.concat(validate2072.errors);
    errors = vErrors.length;
  }
  validate2071.errors = vErrors;
  return errors === 0;
}
export const getInvoicePreview_5XX = validate2074;
function validate2075(data, instancePath = '') {
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
  validate2075.errors = vErrors;
  return errors === 0;
}
function validate2074(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate2075(data, instancePath)) {
    vErrors = vErrors === null ? validate2075.errors : vErrors.concat(validate2075.errors);
    errors = vErrors.length;
  }
  validate2074.errors = vErrors;
  return errors === 0;
}
const schema438 = {
  type: 'object',
  required: [
    'id',
    'amount_due',
    'amount_paid',
    'amount_remaining',
    'currency',
    'period_start',
    'period_end',
    'status',
    'invoice_lines',
  ],
  properties: {
    id: { type: 'string' },
    amount_due: { type: 'number' },
    amount_paid: { type: 'number' },
    amount_remaining: { type: 'number' },
    currency: { type: 'string' },
    period_start: { type: 'number' },
    period_end: { type: 'number' },
    status: { type: 'string', enum: ['draft', 'open', 'paid', 'uncollectible', 'void'] },
    invoice_lines: {
      type: 'array',
      items: {
        type: 'object',
        required: ['description', 'amount', 'period', 'currency', 'pricing', 'quantity'],
        properties: {
          description: { type: ['string', 'null'] },
          amount: { type: 'number' },
          currency: { type: 'string' },
          quantity: { type: 'number' },
          period: {
            type: 'object',
            required: ['start', 'end'],
            properties: { start: { type: 'number' }, end: { type: 'number' } },
          },
          pricing: {
            type: 'object',
            required: ['unit_amount_decimal'],
            properties: { unit_amount_decimal: { type: ['string', 'null'] } },
          },
          pretax_credit_amounts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['amount', 'type'],
              properties: {
                amount: { type: 'number' },
                type: { type: 'string' },
                credit_balance_transaction: { type: ['string', 'null'] },
                discount: { type: ['string', 'null'] },
              },
            },
          },
        },
      },
    },
  },
};

/** Each JSON response of getInvoicePreview, by status. */
export const getInvoicePreviewResponses: {
  '200': Validator<
    operations['getInvoicePreview']['responses']['200']['content']['application/json']
  >;
  '401': Validator<
    operations['getInvoicePreview']['responses']['401']['content']['application/json']
  >;
  '403': Validator<
    operations['getInvoicePreview']['responses']['403']['content']['application/json']
  >;
  '429': Validator<
    operations['getInvoicePreview']['responses']['429']['content']['application/json']
  >;
  '5XX': Validator<
    operations['getInvoicePreview']['responses']['5XX']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getInvoicePreview']['responses']['200']['content']['application/json']
  >('getInvoicePreview 200 response', getInvoicePreview_200),
  '401': /* @__PURE__ */ createValidator<
    operations['getInvoicePreview']['responses']['401']['content']['application/json']
  >('getInvoicePreview 401 response', getInvoicePreview_401),
  '403': /* @__PURE__ */ createValidator<
    operations['getInvoicePreview']['responses']['403']['content']['application/json']
  >('getInvoicePreview 403 response', getInvoicePreview_403),
  '429': /* @__PURE__ */ createValidator<
    operations['getInvoicePreview']['responses']['429']['content']['application/json']
  >('getInvoicePreview 429 response', getInvoicePreview_429),
  '5XX': /* @__PURE__ */ createValidator<
    operations['getInvoicePreview']['responses']['5XX']['content']['application/json']
  >('getInvoicePreview 5XX response', getInvoicePreview_5XX),
};
