// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';
import { appendError } from '../../../runtime/json.js';
import { createValidator, type Validator } from '../../../runtime/validator.js';
import type { operations } from '../types.js';
import { validate925, validate927, validate1055, validate1053 } from './shared-common.js';
import { validate952 } from './shared-f42a625520.js';
import {
  validate1201,
  validate1205,
  validate1209,
  validate1214,
  validate1219,
  validate1224,
  validate1229,
  validate1234,
  validate1239,
  validate1244,
  validate1249,
  validate1253,
} from './shared-1bd935dffb.js';

const formats44 = formats.int64;
const formats0 = formats['date-time'];
export const getLogDashboard_200 = validate1716;
function validate1717(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.meta === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'meta' },
      });
      errors++;
    }
    if (data.overview === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'overview' },
      });
      errors++;
    }
    if (data.provider_usage === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider_usage' },
      });
      errors++;
    }
    if (data.model_rankings === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model_rankings' },
      });
      errors++;
    }
    if (data.dimension_rankings === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dimension_rankings' },
      });
      errors++;
    }
    if (data.mcp === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mcp' },
      });
      errors++;
    }
    if (data.meta !== undefined) {
      let data0 = data.meta;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.generated_at === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/meta',
            schemaPath: '#/properties/meta/required',
            keyword: 'required',
            params: { missingProperty: 'generated_at' },
          });
          errors++;
        }
        if (data0.bucket_size_seconds === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/meta',
            schemaPath: '#/properties/meta/required',
            keyword: 'required',
            params: { missingProperty: 'bucket_size_seconds' },
          });
          errors++;
        }
        if (data0.generated_at !== undefined) {
          let data1 = data0.generated_at;
          if (typeof data1 === 'string') {
            if (!formats0.validate(data1)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/meta/generated_at',
                schemaPath: '#/properties/meta/properties/generated_at/format',
                keyword: 'format',
                params: { format: 'date-time' },
              });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/meta/generated_at',
              schemaPath: '#/properties/meta/properties/generated_at/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data0.bucket_size_seconds !== undefined) {
          if (
            !(
              validate1055(data0.bucket_size_seconds, instancePath) ||
              validate1055(data0.bucket_size_seconds, instancePath + '/meta/bucket_size_seconds')
            )
          ) {
            vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
            errors = vErrors.length;
          }
        }
        if (data0.start_time !== undefined) {
          let data3 = data0.start_time;
          if (typeof data3 === 'string') {
            if (!formats0.validate(data3)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/meta/start_time',
                schemaPath: '#/properties/meta/properties/start_time/format',
                keyword: 'format',
                params: { format: 'date-time' },
              });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/meta/start_time',
              schemaPath: '#/properties/meta/properties/start_time/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data0.end_time !== undefined) {
          let data4 = data0.end_time;
          if (typeof data4 === 'string') {
            if (!formats0.validate(data4)) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/meta/end_time',
                schemaPath: '#/properties/meta/properties/end_time/format',
                keyword: 'format',
                params: { format: 'date-time' },
              });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/meta/end_time',
              schemaPath: '#/properties/meta/properties/end_time/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/meta',
          schemaPath: '#/properties/meta/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.overview !== undefined) {
      let data5 = data.overview;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (data5.stats === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'stats' },
          });
          errors++;
        }
        if (data5.requests === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'requests' },
          });
          errors++;
        }
        if (data5.tokens === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'tokens' },
          });
          errors++;
        }
        if (data5.cost === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'cost' },
          });
          errors++;
        }
        if (data5.models === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'models' },
          });
          errors++;
        }
        if (data5.latency === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'latency' },
          });
          errors++;
        }
        if (data5.stats !== undefined) {
          if (
            !(
              validate952(data5.stats, instancePath) ||
              validate952(data5.stats, instancePath + '/overview/stats')
            )
          ) {
            vErrors = vErrors === null ? validate952.errors : vErrors.concat(validate952.errors);
            errors = vErrors.length;
          }
        }
        if (data5.requests !== undefined) {
          if (
            !(
              validate1201(data5.requests, instancePath) ||
              validate1201(data5.requests, instancePath + '/overview/requests')
            )
          ) {
            vErrors = vErrors === null ? validate1201.errors : vErrors.concat(validate1201.errors);
            errors = vErrors.length;
          }
        }
        if (data5.tokens !== undefined) {
          if (
            !(
              validate1205(data5.tokens, instancePath) ||
              validate1205(data5.tokens, instancePath + '/overview/tokens')
            )
          ) {
            vErrors = vErrors === null ? validate1205.errors : vErrors.concat(validate1205.errors);
            errors = vErrors.length;
          }
        }
        if (data5.cost !== undefined) {
          if (
            !(
              validate1209(data5.cost, instancePath) ||
              validate1209(data5.cost, instancePath + '/overview/cost')
            )
          ) {
            vErrors = vErrors === null ? validate1209.errors : vErrors.concat(validate1209.errors);
            errors = vErrors.length;
          }
        }
        if (data5.models !== undefined) {
          if (
            !(
              validate1214(data5.models, instancePath) ||
              validate1214(data5.models, instancePath + '/overview/models')
            )
          ) {
            vErrors = vErrors === null ? validate1214.errors : vErrors.concat(validate1214.errors);
            errors = vErrors.length;
          }
        }
        if (data5.latency !== undefined) {
          if (
            !(
              validate1219(data5.latency, instancePath) ||
              validate1219(data5.latency, instancePath + '/overview/latency')
            )
          ) {
            vErrors = vErrors === null ? validate1219.errors : vErrors.concat(validate1219.errors);
            errors = vErrors.length;
          }
        }
        if (data5.throughput !== undefined) {
          if (
            !(
              validate1224(data5.throughput, instancePath) ||
              validate1224(data5.throughput, instancePath + '/overview/throughput')
            )
          ) {
            vErrors = vErrors === null ? validate1224.errors : vErrors.concat(validate1224.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/overview',
          schemaPath: '#/properties/overview/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.provider_usage !== undefined) {
      let data13 = data.provider_usage;
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        if (data13.cost === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/provider_usage',
            schemaPath: '#/properties/provider_usage/required',
            keyword: 'required',
            params: { missingProperty: 'cost' },
          });
          errors++;
        }
        if (data13.tokens === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/provider_usage',
            schemaPath: '#/properties/provider_usage/required',
            keyword: 'required',
            params: { missingProperty: 'tokens' },
          });
          errors++;
        }
        if (data13.latency === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/provider_usage',
            schemaPath: '#/properties/provider_usage/required',
            keyword: 'required',
            params: { missingProperty: 'latency' },
          });
          errors++;
        }
        if (data13.cost !== undefined) {
          if (
            !(
              validate1229(data13.cost, instancePath) ||
              validate1229(data13.cost, instancePath + '/provider_usage/cost')
            )
          ) {
            vErrors = vErrors === null ? validate1229.errors : vErrors.concat(validate1229.errors);
            errors = vErrors.length;
          }
        }
        if (data13.tokens !== undefined) {
          if (
            !(
              validate1234(data13.tokens, instancePath) ||
              validate1234(data13.tokens, instancePath + '/provider_usage/tokens')
            )
          ) {
            vErrors = vErrors === null ? validate1234.errors : vErrors.concat(validate1234.errors);
            errors = vErrors.length;
          }
        }
        if (data13.latency !== undefined) {
          if (
            !(
              validate1239(data13.latency, instancePath) ||
              validate1239(data13.latency, instancePath + '/provider_usage/latency')
            )
          ) {
            vErrors = vErrors === null ? validate1239.errors : vErrors.concat(validate1239.errors);
            errors = vErrors.length;
          }
        }
        if (data13.throughput !== undefined) {
          if (
            !(
              validate1244(data13.throughput, instancePath) ||
              validate1244(data13.throughput, instancePath + '/provider_usage/throughput')
            )
          ) {
            vErrors = vErrors === null ? validate1244.errors : vErrors.concat(validate1244.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/provider_usage',
          schemaPath: '#/properties/provider_usage/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.model_rankings !== undefined) {
      let data18 = data.model_rankings;
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        if (data18.rankings === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/model_rankings',
            schemaPath: '#/properties/model_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'rankings' },
          });
          errors++;
        }
        if (data18.histogram === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/model_rankings',
            schemaPath: '#/properties/model_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'histogram' },
          });
          errors++;
        }
        if (data18.rankings !== undefined) {
          if (
            !(
              validate1249(data18.rankings, instancePath) ||
              validate1249(data18.rankings, instancePath + '/model_rankings/rankings')
            )
          ) {
            vErrors = vErrors === null ? validate1249.errors : vErrors.concat(validate1249.errors);
            errors = vErrors.length;
          }
        }
        if (data18.histogram !== undefined) {
          if (
            !(
              validate1214(data18.histogram, instancePath) ||
              validate1214(data18.histogram, instancePath + '/model_rankings/histogram')
            )
          ) {
            vErrors = vErrors === null ? validate1214.errors : vErrors.concat(validate1214.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/model_rankings',
          schemaPath: '#/properties/model_rankings/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.dimension_rankings !== undefined) {
      let data21 = data.dimension_rankings;
      if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
        if (data21.team === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'team' },
          });
          errors++;
        }
        if (data21.user === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'user' },
          });
          errors++;
        }
        if (data21.virtual_key === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'virtual_key' },
          });
          errors++;
        }
        if (data21.customer === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'customer' },
          });
          errors++;
        }
        if (data21.business_unit === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'business_unit' },
          });
          errors++;
        }
        if (data21.team !== undefined) {
          if (
            !(
              validate1253(data21.team, instancePath) ||
              validate1253(data21.team, instancePath + '/dimension_rankings/team')
            )
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.user !== undefined) {
          if (
            !(
              validate1253(data21.user, instancePath) ||
              validate1253(data21.user, instancePath + '/dimension_rankings/user')
            )
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.virtual_key !== undefined) {
          if (
            !(
              validate1253(data21.virtual_key, instancePath) ||
              validate1253(data21.virtual_key, instancePath + '/dimension_rankings/virtual_key')
            )
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.customer !== undefined) {
          if (
            !(
              validate1253(data21.customer, instancePath) ||
              validate1253(data21.customer, instancePath + '/dimension_rankings/customer')
            )
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.business_unit !== undefined) {
          if (
            !(
              validate1253(data21.business_unit, instancePath) ||
              validate1253(data21.business_unit, instancePath + '/dimension_rankings/business_unit')
            )
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/dimension_rankings',
          schemaPath: '#/properties/dimension_rankings/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.mcp !== undefined) {
      let data27 = data.mcp;
      if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
        if (data27.volume === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/mcp',
            schemaPath: '#/properties/mcp/required',
            keyword: 'required',
            params: { missingProperty: 'volume' },
          });
          errors++;
        }
        if (data27.cost === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/mcp',
            schemaPath: '#/properties/mcp/required',
            keyword: 'required',
            params: { missingProperty: 'cost' },
          });
          errors++;
        }
        if (data27.top_tools === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/mcp',
            schemaPath: '#/properties/mcp/required',
            keyword: 'required',
            params: { missingProperty: 'top_tools' },
          });
          errors++;
        }
        if (data27.volume !== undefined) {
          let data28 = data27.volume;
          if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
            if (data28.buckets === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/mcp/volume',
                schemaPath: '#/properties/mcp/properties/volume/required',
                keyword: 'required',
                params: { missingProperty: 'buckets' },
              });
              errors++;
            }
            if (data28.bucket_size_seconds === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/mcp/volume',
                schemaPath: '#/properties/mcp/properties/volume/required',
                keyword: 'required',
                params: { missingProperty: 'bucket_size_seconds' },
              });
              errors++;
            }
            if (data28.buckets !== undefined) {
              let data29 = data28.buckets;
              if (Array.isArray(data29)) {
                const len0 = data29.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data30 = data29[i0];
                  if (data30 && typeof data30 == 'object' && !Array.isArray(data30)) {
                    if (data30.timestamp === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'timestamp' },
                      });
                      errors++;
                    }
                    if (data30.count === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'count' },
                      });
                      errors++;
                    }
                    if (data30.success === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'success' },
                      });
                      errors++;
                    }
                    if (data30.error === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'error' },
                      });
                      errors++;
                    }
                    if (data30.timestamp !== undefined) {
                      if (
                        !(
                          validate1053(data30.timestamp, instancePath) ||
                          validate1053(
                            data30.timestamp,
                            instancePath + '/mcp/volume/buckets/' + i0 + '/timestamp',
                          )
                        )
                      ) {
                        vErrors =
                          vErrors === null
                            ? validate1053.errors
                            : vErrors.concat(validate1053.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data30.count !== undefined) {
                      let data32 = data30.count;
                      if (!(typeof data32 == 'number' && !(data32 % 1) && !isNaN(data32))) {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/count',
                          schemaPath:
                            '#/properties/mcp/properties/volume/properties/buckets/items/properties/count/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        });
                        errors++;
                      }
                      if (typeof data32 == 'number') {
                        if (data32 < 0 || isNaN(data32)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/count/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                        if (!formats44.validate(data32)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/count/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          });
                          errors++;
                        }
                      }
                    }
                    if (data30.success !== undefined) {
                      let data33 = data30.success;
                      if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33))) {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/success',
                          schemaPath:
                            '#/properties/mcp/properties/volume/properties/buckets/items/properties/success/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        });
                        errors++;
                      }
                      if (typeof data33 == 'number') {
                        if (data33 < 0 || isNaN(data33)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/success',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/success/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                        if (!formats44.validate(data33)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/success',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/success/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          });
                          errors++;
                        }
                      }
                    }
                    if (data30.error !== undefined) {
                      let data34 = data30.error;
                      if (!(typeof data34 == 'number' && !(data34 % 1) && !isNaN(data34))) {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/error',
                          schemaPath:
                            '#/properties/mcp/properties/volume/properties/buckets/items/properties/error/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        });
                        errors++;
                      }
                      if (typeof data34 == 'number') {
                        if (data34 < 0 || isNaN(data34)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/error',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/error/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                        if (!formats44.validate(data34)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/error',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/error/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          });
                          errors++;
                        }
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                      schemaPath:
                        '#/properties/mcp/properties/volume/properties/buckets/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/mcp/volume/buckets',
                  schemaPath: '#/properties/mcp/properties/volume/properties/buckets/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
            if (data28.bucket_size_seconds !== undefined) {
              if (
                !(
                  validate1055(data28.bucket_size_seconds, instancePath) ||
                  validate1055(
                    data28.bucket_size_seconds,
                    instancePath + '/mcp/volume/bucket_size_seconds',
                  )
                )
              ) {
                vErrors =
                  vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/mcp/volume',
              schemaPath: '#/properties/mcp/properties/volume/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data27.cost !== undefined) {
          let data36 = data27.cost;
          if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
            if (data36.buckets === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/mcp/cost',
                schemaPath: '#/properties/mcp/properties/cost/required',
                keyword: 'required',
                params: { missingProperty: 'buckets' },
              });
              errors++;
            }
            if (data36.bucket_size_seconds === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/mcp/cost',
                schemaPath: '#/properties/mcp/properties/cost/required',
                keyword: 'required',
                params: { missingProperty: 'bucket_size_seconds' },
              });
              errors++;
            }
            if (data36.buckets !== undefined) {
              let data37 = data36.buckets;
              if (Array.isArray(data37)) {
                const len1 = data37.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data38 = data37[i1];
                  if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
                    if (data38.timestamp === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/cost/buckets/' + i1,
                        schemaPath:
                          '#/properties/mcp/properties/cost/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'timestamp' },
                      });
                      errors++;
                    }
                    if (data38.total_cost === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/cost/buckets/' + i1,
                        schemaPath:
                          '#/properties/mcp/properties/cost/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'total_cost' },
                      });
                      errors++;
                    }
                    if (data38.timestamp !== undefined) {
                      if (
                        !(
                          validate1053(data38.timestamp, instancePath) ||
                          validate1053(
                            data38.timestamp,
                            instancePath + '/mcp/cost/buckets/' + i1 + '/timestamp',
                          )
                        )
                      ) {
                        vErrors =
                          vErrors === null
                            ? validate1053.errors
                            : vErrors.concat(validate1053.errors);
                        errors = vErrors.length;
                      }
                    }
                    if (data38.total_cost !== undefined) {
                      let data40 = data38.total_cost;
                      if (typeof data40 == 'number') {
                        if (data40 < 0 || isNaN(data40)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/cost/buckets/' + i1 + '/total_cost',
                            schemaPath:
                              '#/properties/mcp/properties/cost/properties/buckets/items/properties/total_cost/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                      } else {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/cost/buckets/' + i1 + '/total_cost',
                          schemaPath:
                            '#/properties/mcp/properties/cost/properties/buckets/items/properties/total_cost/type',
                          keyword: 'type',
                          params: { type: 'number' },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/mcp/cost/buckets/' + i1,
                      schemaPath: '#/properties/mcp/properties/cost/properties/buckets/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/mcp/cost/buckets',
                  schemaPath: '#/properties/mcp/properties/cost/properties/buckets/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
            if (data36.bucket_size_seconds !== undefined) {
              if (
                !(
                  validate1055(data36.bucket_size_seconds, instancePath) ||
                  validate1055(
                    data36.bucket_size_seconds,
                    instancePath + '/mcp/cost/bucket_size_seconds',
                  )
                )
              ) {
                vErrors =
                  vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
                errors = vErrors.length;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/mcp/cost',
              schemaPath: '#/properties/mcp/properties/cost/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data27.top_tools !== undefined) {
          let data42 = data27.top_tools;
          if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
            if (data42.tools === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/mcp/top_tools',
                schemaPath: '#/properties/mcp/properties/top_tools/required',
                keyword: 'required',
                params: { missingProperty: 'tools' },
              });
              errors++;
            }
            if (data42.tools !== undefined) {
              let data43 = data42.tools;
              if (Array.isArray(data43)) {
                const len2 = data43.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data44 = data43[i2];
                  if (data44 && typeof data44 == 'object' && !Array.isArray(data44)) {
                    if (data44.tool_name === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                        schemaPath:
                          '#/properties/mcp/properties/top_tools/properties/tools/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'tool_name' },
                      });
                      errors++;
                    }
                    if (data44.count === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                        schemaPath:
                          '#/properties/mcp/properties/top_tools/properties/tools/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'count' },
                      });
                      errors++;
                    }
                    if (data44.cost === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                        schemaPath:
                          '#/properties/mcp/properties/top_tools/properties/tools/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'cost' },
                      });
                      errors++;
                    }
                    if (data44.tool_name !== undefined) {
                      if (typeof data44.tool_name !== 'string') {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/tool_name',
                          schemaPath:
                            '#/properties/mcp/properties/top_tools/properties/tools/items/properties/tool_name/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        });
                        errors++;
                      }
                    }
                    if (data44.count !== undefined) {
                      let data46 = data44.count;
                      if (!(typeof data46 == 'number' && !(data46 % 1) && !isNaN(data46))) {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/count',
                          schemaPath:
                            '#/properties/mcp/properties/top_tools/properties/tools/items/properties/count/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        });
                        errors++;
                      }
                      if (typeof data46 == 'number') {
                        if (data46 < 0 || isNaN(data46)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/top_tools/properties/tools/items/properties/count/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                        if (!formats44.validate(data46)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/top_tools/properties/tools/items/properties/count/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          });
                          errors++;
                        }
                      }
                    }
                    if (data44.cost !== undefined) {
                      let data47 = data44.cost;
                      if (typeof data47 == 'number') {
                        if (data47 < 0 || isNaN(data47)) {
                          vErrors = appendError(vErrors, {
                            instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/cost',
                            schemaPath:
                              '#/properties/mcp/properties/top_tools/properties/tools/items/properties/cost/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          });
                          errors++;
                        }
                      } else {
                        vErrors = appendError(vErrors, {
                          instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/cost',
                          schemaPath:
                            '#/properties/mcp/properties/top_tools/properties/tools/items/properties/cost/type',
                          keyword: 'type',
                          params: { type: 'number' },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                      schemaPath:
                        '#/properties/mcp/properties/top_tools/properties/tools/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/mcp/top_tools/tools',
                  schemaPath: '#/properties/mcp/properties/top_tools/properties/tools/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/mcp/top_tools',
              schemaPath: '#/properties/mcp/properties/top_tools/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/mcp',
          schemaPath: '#/properties/mcp/type',
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
  validate1717.errors = vErrors;
  return errors === 0;
}
function validate1716(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1717(data, instancePath)) {
    vErrors = vErrors === null ? validate1717.errors : vErrors.concat(validate1717.errors);
    errors = vErrors.length;
  }
  validate1716.errors = vErrors;
  return errors === 0;
}
export const getLogDashboard_400 = validate1742;
function validate1743(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
      });
      errors++;
    }
    if (data.error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      });
      errors++;
    }
    if (data.event_id !== undefined) {
      if (typeof data.event_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/event_id',
          schemaPath: '#/properties/event_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !(validate925(data.error, instancePath) || validate925(data.error, instancePath + '/error'))
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !(
          validate927(data.extra_fields, instancePath) ||
          validate927(data.extra_fields, instancePath + '/extra_fields')
        )
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
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
  validate1743.errors = vErrors;
  return errors === 0;
}
function validate1742(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1743(data, instancePath)) {
    vErrors = vErrors === null ? validate1743.errors : vErrors.concat(validate1743.errors);
    errors = vErrors.length;
  }
  validate1742.errors = vErrors;
  return errors === 0;
}
export const getLogDashboard_401 = validate1747;
function validate1748(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
      });
      errors++;
    }
    if (data.error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      });
      errors++;
    }
    if (data.event_id !== undefined) {
      if (typeof data.event_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/event_id',
          schemaPath: '#/properties/event_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !(validate925(data.error, instancePath) || validate925(data.error, instancePath + '/error'))
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !(
          validate927(data.extra_fields, instancePath) ||
          validate927(data.extra_fields, instancePath + '/extra_fields')
        )
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
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
  validate1748.errors = vErrors;
  return errors === 0;
}
function validate1747(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1748(data, instancePath)) {
    vErrors = vErrors === null ? validate1748.errors : vErrors.concat(validate1748.errors);
    errors = vErrors.length;
  }
  validate1747.errors = vErrors;
  return errors === 0;
}
export const getLogDashboard_500 = validate1752;
function validate1753(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
      });
      errors++;
    }
    if (data.error === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      });
      errors++;
    }
    if (data.event_id !== undefined) {
      if (typeof data.event_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/event_id',
          schemaPath: '#/properties/event_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !(validate925(data.error, instancePath) || validate925(data.error, instancePath + '/error'))
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !(
          validate927(data.extra_fields, instancePath) ||
          validate927(data.extra_fields, instancePath + '/extra_fields')
        )
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
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
  validate1753.errors = vErrors;
  return errors === 0;
}
function validate1752(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate1753(data, instancePath)) {
    vErrors = vErrors === null ? validate1753.errors : vErrors.concat(validate1753.errors);
    errors = vErrors.length;
  }
  validate1752.errors = vErrors;
  return errors === 0;
}

/** Each JSON response of getLogDashboard, by status. */
export const getLogDashboardResponses: {
  '200': Validator<
    operations['getLogDashboard']['responses']['200']['content']['application/json']
  >;
  '400': Validator<
    operations['getLogDashboard']['responses']['400']['content']['application/json']
  >;
  '401': Validator<
    operations['getLogDashboard']['responses']['401']['content']['application/json']
  >;
  '500': Validator<
    operations['getLogDashboard']['responses']['500']['content']['application/json']
  >;
} = {
  '200': /* @__PURE__ */ createValidator<
    operations['getLogDashboard']['responses']['200']['content']['application/json']
  >('getLogDashboard 200 response', getLogDashboard_200),
  '400': /* @__PURE__ */ createValidator<
    operations['getLogDashboard']['responses']['400']['content']['application/json']
  >('getLogDashboard 400 response', getLogDashboard_400),
  '401': /* @__PURE__ */ createValidator<
    operations['getLogDashboard']['responses']['401']['content']['application/json']
  >('getLogDashboard 401 response', getLogDashboard_401),
  '500': /* @__PURE__ */ createValidator<
    operations['getLogDashboard']['responses']['500']['content']['application/json']
  >('getLogDashboard 500 response', getLogDashboard_500),
};
