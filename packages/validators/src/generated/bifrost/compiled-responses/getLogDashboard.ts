// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';

import { validate1055, validate1053 } from './shared-e5ba4d0621.js';
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
import { validate925, validate927 } from './shared-fa344e173f.js';

const formats44 = formats.int64;
const formats0 = formats['date-time'];
export const getLogDashboard_200 = validate1716;
function validate1717(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.meta === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'meta' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.overview === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'overview' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.provider_usage === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'provider_usage' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.model_rankings === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'model_rankings' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.dimension_rankings === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'dimension_rankings' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.mcp === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mcp' },
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.meta !== undefined) {
      let data0 = data.meta;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.generated_at === undefined) {
          const err6 = {
            instancePath: instancePath + '/meta',
            schemaPath: '#/properties/meta/required',
            keyword: 'required',
            params: { missingProperty: 'generated_at' },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0.bucket_size_seconds === undefined) {
          const err7 = {
            instancePath: instancePath + '/meta',
            schemaPath: '#/properties/meta/required',
            keyword: 'required',
            params: { missingProperty: 'bucket_size_seconds' },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data0.generated_at !== undefined) {
          let data1 = data0.generated_at;
          if (typeof data1 === 'string') {
            if (!formats0.validate(data1)) {
              const err8 = {
                instancePath: instancePath + '/meta/generated_at',
                schemaPath: '#/properties/meta/properties/generated_at/format',
                keyword: 'format',
                params: { format: 'date-time' },
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/meta/generated_at',
              schemaPath: '#/properties/meta/properties/generated_at/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.bucket_size_seconds !== undefined) {
          if (
            !validate1055(data0.bucket_size_seconds, {
              instancePath: instancePath + '/meta/bucket_size_seconds',
              parentData: data0,
              parentDataProperty: 'bucket_size_seconds',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
            errors = vErrors.length;
          }
        }
        if (data0.start_time !== undefined) {
          let data3 = data0.start_time;
          if (typeof data3 === 'string') {
            if (!formats0.validate(data3)) {
              const err10 = {
                instancePath: instancePath + '/meta/start_time',
                schemaPath: '#/properties/meta/properties/start_time/format',
                keyword: 'format',
                params: { format: 'date-time' },
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + '/meta/start_time',
              schemaPath: '#/properties/meta/properties/start_time/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.end_time !== undefined) {
          let data4 = data0.end_time;
          if (typeof data4 === 'string') {
            if (!formats0.validate(data4)) {
              const err12 = {
                instancePath: instancePath + '/meta/end_time',
                schemaPath: '#/properties/meta/properties/end_time/format',
                keyword: 'format',
                params: { format: 'date-time' },
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = {
              instancePath: instancePath + '/meta/end_time',
              schemaPath: '#/properties/meta/properties/end_time/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/meta',
          schemaPath: '#/properties/meta/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.overview !== undefined) {
      let data5 = data.overview;
      if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
        if (data5.stats === undefined) {
          const err15 = {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'stats' },
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data5.requests === undefined) {
          const err16 = {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'requests' },
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5.tokens === undefined) {
          const err17 = {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'tokens' },
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data5.cost === undefined) {
          const err18 = {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'cost' },
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data5.models === undefined) {
          const err19 = {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'models' },
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data5.latency === undefined) {
          const err20 = {
            instancePath: instancePath + '/overview',
            schemaPath: '#/properties/overview/required',
            keyword: 'required',
            params: { missingProperty: 'latency' },
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data5.stats !== undefined) {
          if (
            !validate952(data5.stats, {
              instancePath: instancePath + '/overview/stats',
              parentData: data5,
              parentDataProperty: 'stats',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate952.errors : vErrors.concat(validate952.errors);
            errors = vErrors.length;
          }
        }
        if (data5.requests !== undefined) {
          if (
            !validate1201(data5.requests, {
              instancePath: instancePath + '/overview/requests',
              parentData: data5,
              parentDataProperty: 'requests',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1201.errors : vErrors.concat(validate1201.errors);
            errors = vErrors.length;
          }
        }
        if (data5.tokens !== undefined) {
          if (
            !validate1205(data5.tokens, {
              instancePath: instancePath + '/overview/tokens',
              parentData: data5,
              parentDataProperty: 'tokens',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1205.errors : vErrors.concat(validate1205.errors);
            errors = vErrors.length;
          }
        }
        if (data5.cost !== undefined) {
          if (
            !validate1209(data5.cost, {
              instancePath: instancePath + '/overview/cost',
              parentData: data5,
              parentDataProperty: 'cost',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1209.errors : vErrors.concat(validate1209.errors);
            errors = vErrors.length;
          }
        }
        if (data5.models !== undefined) {
          if (
            !validate1214(data5.models, {
              instancePath: instancePath + '/overview/models',
              parentData: data5,
              parentDataProperty: 'models',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1214.errors : vErrors.concat(validate1214.errors);
            errors = vErrors.length;
          }
        }
        if (data5.latency !== undefined) {
          if (
            !validate1219(data5.latency, {
              instancePath: instancePath + '/overview/latency',
              parentData: data5,
              parentDataProperty: 'latency',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1219.errors : vErrors.concat(validate1219.errors);
            errors = vErrors.length;
          }
        }
        if (data5.throughput !== undefined) {
          if (
            !validate1224(data5.throughput, {
              instancePath: instancePath + '/overview/throughput',
              parentData: data5,
              parentDataProperty: 'throughput',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1224.errors : vErrors.concat(validate1224.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/overview',
          schemaPath: '#/properties/overview/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.provider_usage !== undefined) {
      let data13 = data.provider_usage;
      if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
        if (data13.cost === undefined) {
          const err22 = {
            instancePath: instancePath + '/provider_usage',
            schemaPath: '#/properties/provider_usage/required',
            keyword: 'required',
            params: { missingProperty: 'cost' },
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data13.tokens === undefined) {
          const err23 = {
            instancePath: instancePath + '/provider_usage',
            schemaPath: '#/properties/provider_usage/required',
            keyword: 'required',
            params: { missingProperty: 'tokens' },
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data13.latency === undefined) {
          const err24 = {
            instancePath: instancePath + '/provider_usage',
            schemaPath: '#/properties/provider_usage/required',
            keyword: 'required',
            params: { missingProperty: 'latency' },
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data13.cost !== undefined) {
          if (
            !validate1229(data13.cost, {
              instancePath: instancePath + '/provider_usage/cost',
              parentData: data13,
              parentDataProperty: 'cost',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1229.errors : vErrors.concat(validate1229.errors);
            errors = vErrors.length;
          }
        }
        if (data13.tokens !== undefined) {
          if (
            !validate1234(data13.tokens, {
              instancePath: instancePath + '/provider_usage/tokens',
              parentData: data13,
              parentDataProperty: 'tokens',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1234.errors : vErrors.concat(validate1234.errors);
            errors = vErrors.length;
          }
        }
        if (data13.latency !== undefined) {
          if (
            !validate1239(data13.latency, {
              instancePath: instancePath + '/provider_usage/latency',
              parentData: data13,
              parentDataProperty: 'latency',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1239.errors : vErrors.concat(validate1239.errors);
            errors = vErrors.length;
          }
        }
        if (data13.throughput !== undefined) {
          if (
            !validate1244(data13.throughput, {
              instancePath: instancePath + '/provider_usage/throughput',
              parentData: data13,
              parentDataProperty: 'throughput',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1244.errors : vErrors.concat(validate1244.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err25 = {
          instancePath: instancePath + '/provider_usage',
          schemaPath: '#/properties/provider_usage/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.model_rankings !== undefined) {
      let data18 = data.model_rankings;
      if (data18 && typeof data18 == 'object' && !Array.isArray(data18)) {
        if (data18.rankings === undefined) {
          const err26 = {
            instancePath: instancePath + '/model_rankings',
            schemaPath: '#/properties/model_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'rankings' },
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data18.histogram === undefined) {
          const err27 = {
            instancePath: instancePath + '/model_rankings',
            schemaPath: '#/properties/model_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'histogram' },
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data18.rankings !== undefined) {
          if (
            !validate1249(data18.rankings, {
              instancePath: instancePath + '/model_rankings/rankings',
              parentData: data18,
              parentDataProperty: 'rankings',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1249.errors : vErrors.concat(validate1249.errors);
            errors = vErrors.length;
          }
        }
        if (data18.histogram !== undefined) {
          if (
            !validate1214(data18.histogram, {
              instancePath: instancePath + '/model_rankings/histogram',
              parentData: data18,
              parentDataProperty: 'histogram',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1214.errors : vErrors.concat(validate1214.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/model_rankings',
          schemaPath: '#/properties/model_rankings/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.dimension_rankings !== undefined) {
      let data21 = data.dimension_rankings;
      if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
        if (data21.team === undefined) {
          const err29 = {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'team' },
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (data21.user === undefined) {
          const err30 = {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'user' },
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (data21.virtual_key === undefined) {
          const err31 = {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'virtual_key' },
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (data21.customer === undefined) {
          const err32 = {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'customer' },
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data21.business_unit === undefined) {
          const err33 = {
            instancePath: instancePath + '/dimension_rankings',
            schemaPath: '#/properties/dimension_rankings/required',
            keyword: 'required',
            params: { missingProperty: 'business_unit' },
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (data21.team !== undefined) {
          if (
            !validate1253(data21.team, {
              instancePath: instancePath + '/dimension_rankings/team',
              parentData: data21,
              parentDataProperty: 'team',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.user !== undefined) {
          if (
            !validate1253(data21.user, {
              instancePath: instancePath + '/dimension_rankings/user',
              parentData: data21,
              parentDataProperty: 'user',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.virtual_key !== undefined) {
          if (
            !validate1253(data21.virtual_key, {
              instancePath: instancePath + '/dimension_rankings/virtual_key',
              parentData: data21,
              parentDataProperty: 'virtual_key',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.customer !== undefined) {
          if (
            !validate1253(data21.customer, {
              instancePath: instancePath + '/dimension_rankings/customer',
              parentData: data21,
              parentDataProperty: 'customer',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
        if (data21.business_unit !== undefined) {
          if (
            !validate1253(data21.business_unit, {
              instancePath: instancePath + '/dimension_rankings/business_unit',
              parentData: data21,
              parentDataProperty: 'business_unit',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate1253.errors : vErrors.concat(validate1253.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/dimension_rankings',
          schemaPath: '#/properties/dimension_rankings/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.mcp !== undefined) {
      let data27 = data.mcp;
      if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
        if (data27.volume === undefined) {
          const err35 = {
            instancePath: instancePath + '/mcp',
            schemaPath: '#/properties/mcp/required',
            keyword: 'required',
            params: { missingProperty: 'volume' },
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data27.cost === undefined) {
          const err36 = {
            instancePath: instancePath + '/mcp',
            schemaPath: '#/properties/mcp/required',
            keyword: 'required',
            params: { missingProperty: 'cost' },
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data27.top_tools === undefined) {
          const err37 = {
            instancePath: instancePath + '/mcp',
            schemaPath: '#/properties/mcp/required',
            keyword: 'required',
            params: { missingProperty: 'top_tools' },
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data27.volume !== undefined) {
          let data28 = data27.volume;
          if (data28 && typeof data28 == 'object' && !Array.isArray(data28)) {
            if (data28.buckets === undefined) {
              const err38 = {
                instancePath: instancePath + '/mcp/volume',
                schemaPath: '#/properties/mcp/properties/volume/required',
                keyword: 'required',
                params: { missingProperty: 'buckets' },
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data28.bucket_size_seconds === undefined) {
              const err39 = {
                instancePath: instancePath + '/mcp/volume',
                schemaPath: '#/properties/mcp/properties/volume/required',
                keyword: 'required',
                params: { missingProperty: 'bucket_size_seconds' },
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
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
                      const err40 = {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'timestamp' },
                      };
                      if (vErrors === null) {
                        vErrors = [err40];
                      } else {
                        vErrors.push(err40);
                      }
                      errors++;
                    }
                    if (data30.count === undefined) {
                      const err41 = {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'count' },
                      };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                    if (data30.success === undefined) {
                      const err42 = {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'success' },
                      };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                    if (data30.error === undefined) {
                      const err43 = {
                        instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                        schemaPath:
                          '#/properties/mcp/properties/volume/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'error' },
                      };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (data30.timestamp !== undefined) {
                      if (
                        !validate1053(data30.timestamp, {
                          instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/timestamp',
                          parentData: data30,
                          parentDataProperty: 'timestamp',
                          rootData,
                          dynamicAnchors,
                        })
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
                        const err44 = {
                          instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/count',
                          schemaPath:
                            '#/properties/mcp/properties/volume/properties/buckets/items/properties/count/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        };
                        if (vErrors === null) {
                          vErrors = [err44];
                        } else {
                          vErrors.push(err44);
                        }
                        errors++;
                      }
                      if (typeof data32 == 'number') {
                        if (data32 < 0 || isNaN(data32)) {
                          const err45 = {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/count/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          };
                          if (vErrors === null) {
                            vErrors = [err45];
                          } else {
                            vErrors.push(err45);
                          }
                          errors++;
                        }
                        if (!formats44.validate(data32)) {
                          const err46 = {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/count/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          };
                          if (vErrors === null) {
                            vErrors = [err46];
                          } else {
                            vErrors.push(err46);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data30.success !== undefined) {
                      let data33 = data30.success;
                      if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33))) {
                        const err47 = {
                          instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/success',
                          schemaPath:
                            '#/properties/mcp/properties/volume/properties/buckets/items/properties/success/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        };
                        if (vErrors === null) {
                          vErrors = [err47];
                        } else {
                          vErrors.push(err47);
                        }
                        errors++;
                      }
                      if (typeof data33 == 'number') {
                        if (data33 < 0 || isNaN(data33)) {
                          const err48 = {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/success',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/success/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          };
                          if (vErrors === null) {
                            vErrors = [err48];
                          } else {
                            vErrors.push(err48);
                          }
                          errors++;
                        }
                        if (!formats44.validate(data33)) {
                          const err49 = {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/success',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/success/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          };
                          if (vErrors === null) {
                            vErrors = [err49];
                          } else {
                            vErrors.push(err49);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data30.error !== undefined) {
                      let data34 = data30.error;
                      if (!(typeof data34 == 'number' && !(data34 % 1) && !isNaN(data34))) {
                        const err50 = {
                          instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/error',
                          schemaPath:
                            '#/properties/mcp/properties/volume/properties/buckets/items/properties/error/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        };
                        if (vErrors === null) {
                          vErrors = [err50];
                        } else {
                          vErrors.push(err50);
                        }
                        errors++;
                      }
                      if (typeof data34 == 'number') {
                        if (data34 < 0 || isNaN(data34)) {
                          const err51 = {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/error',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/error/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          };
                          if (vErrors === null) {
                            vErrors = [err51];
                          } else {
                            vErrors.push(err51);
                          }
                          errors++;
                        }
                        if (!formats44.validate(data34)) {
                          const err52 = {
                            instancePath: instancePath + '/mcp/volume/buckets/' + i0 + '/error',
                            schemaPath:
                              '#/properties/mcp/properties/volume/properties/buckets/items/properties/error/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          };
                          if (vErrors === null) {
                            vErrors = [err52];
                          } else {
                            vErrors.push(err52);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err53 = {
                      instancePath: instancePath + '/mcp/volume/buckets/' + i0,
                      schemaPath:
                        '#/properties/mcp/properties/volume/properties/buckets/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
              } else {
                const err54 = {
                  instancePath: instancePath + '/mcp/volume/buckets',
                  schemaPath: '#/properties/mcp/properties/volume/properties/buckets/type',
                  keyword: 'type',
                  params: { type: 'array' },
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data28.bucket_size_seconds !== undefined) {
              if (
                !validate1055(data28.bucket_size_seconds, {
                  instancePath: instancePath + '/mcp/volume/bucket_size_seconds',
                  parentData: data28,
                  parentDataProperty: 'bucket_size_seconds',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors =
                  vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err55 = {
              instancePath: instancePath + '/mcp/volume',
              schemaPath: '#/properties/mcp/properties/volume/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data27.cost !== undefined) {
          let data36 = data27.cost;
          if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
            if (data36.buckets === undefined) {
              const err56 = {
                instancePath: instancePath + '/mcp/cost',
                schemaPath: '#/properties/mcp/properties/cost/required',
                keyword: 'required',
                params: { missingProperty: 'buckets' },
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
            if (data36.bucket_size_seconds === undefined) {
              const err57 = {
                instancePath: instancePath + '/mcp/cost',
                schemaPath: '#/properties/mcp/properties/cost/required',
                keyword: 'required',
                params: { missingProperty: 'bucket_size_seconds' },
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
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
                      const err58 = {
                        instancePath: instancePath + '/mcp/cost/buckets/' + i1,
                        schemaPath:
                          '#/properties/mcp/properties/cost/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'timestamp' },
                      };
                      if (vErrors === null) {
                        vErrors = [err58];
                      } else {
                        vErrors.push(err58);
                      }
                      errors++;
                    }
                    if (data38.total_cost === undefined) {
                      const err59 = {
                        instancePath: instancePath + '/mcp/cost/buckets/' + i1,
                        schemaPath:
                          '#/properties/mcp/properties/cost/properties/buckets/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'total_cost' },
                      };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                    if (data38.timestamp !== undefined) {
                      if (
                        !validate1053(data38.timestamp, {
                          instancePath: instancePath + '/mcp/cost/buckets/' + i1 + '/timestamp',
                          parentData: data38,
                          parentDataProperty: 'timestamp',
                          rootData,
                          dynamicAnchors,
                        })
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
                          const err60 = {
                            instancePath: instancePath + '/mcp/cost/buckets/' + i1 + '/total_cost',
                            schemaPath:
                              '#/properties/mcp/properties/cost/properties/buckets/items/properties/total_cost/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          };
                          if (vErrors === null) {
                            vErrors = [err60];
                          } else {
                            vErrors.push(err60);
                          }
                          errors++;
                        }
                      } else {
                        const err61 = {
                          instancePath: instancePath + '/mcp/cost/buckets/' + i1 + '/total_cost',
                          schemaPath:
                            '#/properties/mcp/properties/cost/properties/buckets/items/properties/total_cost/type',
                          keyword: 'type',
                          params: { type: 'number' },
                        };
                        if (vErrors === null) {
                          vErrors = [err61];
                        } else {
                          vErrors.push(err61);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err62 = {
                      instancePath: instancePath + '/mcp/cost/buckets/' + i1,
                      schemaPath: '#/properties/mcp/properties/cost/properties/buckets/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
              } else {
                const err63 = {
                  instancePath: instancePath + '/mcp/cost/buckets',
                  schemaPath: '#/properties/mcp/properties/cost/properties/buckets/type',
                  keyword: 'type',
                  params: { type: 'array' },
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data36.bucket_size_seconds !== undefined) {
              if (
                !validate1055(data36.bucket_size_seconds, {
                  instancePath: instancePath + '/mcp/cost/bucket_size_seconds',
                  parentData: data36,
                  parentDataProperty: 'bucket_size_seconds',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors =
                  vErrors === null ? validate1055.errors : vErrors.concat(validate1055.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err64 = {
              instancePath: instancePath + '/mcp/cost',
              schemaPath: '#/properties/mcp/properties/cost/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data27.top_tools !== undefined) {
          let data42 = data27.top_tools;
          if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
            if (data42.tools === undefined) {
              const err65 = {
                instancePath: instancePath + '/mcp/top_tools',
                schemaPath: '#/properties/mcp/properties/top_tools/required',
                keyword: 'required',
                params: { missingProperty: 'tools' },
              };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
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
                      const err66 = {
                        instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                        schemaPath:
                          '#/properties/mcp/properties/top_tools/properties/tools/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'tool_name' },
                      };
                      if (vErrors === null) {
                        vErrors = [err66];
                      } else {
                        vErrors.push(err66);
                      }
                      errors++;
                    }
                    if (data44.count === undefined) {
                      const err67 = {
                        instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                        schemaPath:
                          '#/properties/mcp/properties/top_tools/properties/tools/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'count' },
                      };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                    if (data44.cost === undefined) {
                      const err68 = {
                        instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                        schemaPath:
                          '#/properties/mcp/properties/top_tools/properties/tools/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'cost' },
                      };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                    if (data44.tool_name !== undefined) {
                      if (typeof data44.tool_name !== 'string') {
                        const err69 = {
                          instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/tool_name',
                          schemaPath:
                            '#/properties/mcp/properties/top_tools/properties/tools/items/properties/tool_name/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        };
                        if (vErrors === null) {
                          vErrors = [err69];
                        } else {
                          vErrors.push(err69);
                        }
                        errors++;
                      }
                    }
                    if (data44.count !== undefined) {
                      let data46 = data44.count;
                      if (!(typeof data46 == 'number' && !(data46 % 1) && !isNaN(data46))) {
                        const err70 = {
                          instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/count',
                          schemaPath:
                            '#/properties/mcp/properties/top_tools/properties/tools/items/properties/count/type',
                          keyword: 'type',
                          params: { type: 'integer' },
                        };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                      if (typeof data46 == 'number') {
                        if (data46 < 0 || isNaN(data46)) {
                          const err71 = {
                            instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/top_tools/properties/tools/items/properties/count/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          };
                          if (vErrors === null) {
                            vErrors = [err71];
                          } else {
                            vErrors.push(err71);
                          }
                          errors++;
                        }
                        if (!formats44.validate(data46)) {
                          const err72 = {
                            instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/count',
                            schemaPath:
                              '#/properties/mcp/properties/top_tools/properties/tools/items/properties/count/format',
                            keyword: 'format',
                            params: { format: 'int64' },
                          };
                          if (vErrors === null) {
                            vErrors = [err72];
                          } else {
                            vErrors.push(err72);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data44.cost !== undefined) {
                      let data47 = data44.cost;
                      if (typeof data47 == 'number') {
                        if (data47 < 0 || isNaN(data47)) {
                          const err73 = {
                            instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/cost',
                            schemaPath:
                              '#/properties/mcp/properties/top_tools/properties/tools/items/properties/cost/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: 0 },
                          };
                          if (vErrors === null) {
                            vErrors = [err73];
                          } else {
                            vErrors.push(err73);
                          }
                          errors++;
                        }
                      } else {
                        const err74 = {
                          instancePath: instancePath + '/mcp/top_tools/tools/' + i2 + '/cost',
                          schemaPath:
                            '#/properties/mcp/properties/top_tools/properties/tools/items/properties/cost/type',
                          keyword: 'type',
                          params: { type: 'number' },
                        };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err75 = {
                      instancePath: instancePath + '/mcp/top_tools/tools/' + i2,
                      schemaPath:
                        '#/properties/mcp/properties/top_tools/properties/tools/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    };
                    if (vErrors === null) {
                      vErrors = [err75];
                    } else {
                      vErrors.push(err75);
                    }
                    errors++;
                  }
                }
              } else {
                const err76 = {
                  instancePath: instancePath + '/mcp/top_tools/tools',
                  schemaPath: '#/properties/mcp/properties/top_tools/properties/tools/type',
                  keyword: 'type',
                  params: { type: 'array' },
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            }
          } else {
            const err77 = {
              instancePath: instancePath + '/mcp/top_tools',
              schemaPath: '#/properties/mcp/properties/top_tools/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
      } else {
        const err78 = {
          instancePath: instancePath + '/mcp',
          schemaPath: '#/properties/mcp/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err78];
        } else {
          vErrors.push(err78);
        }
        errors++;
      }
    }
  } else {
    const err79 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err79];
    } else {
      vErrors.push(err79);
    }
    errors++;
  }
  validate1717.errors = vErrors;
  return errors === 0;
}
function validate1716(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate1717(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate1717.errors : vErrors.concat(validate1717.errors);
    errors = vErrors.length;
  }
  validate1716.errors = vErrors;
  return errors === 0;
}
export const getLogDashboard_400 = validate1742;
function validate1743(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.event_id !== undefined) {
      if (typeof data.event_id !== 'string') {
        const err2 = {
          instancePath: instancePath + '/event_id',
          schemaPath: '#/properties/event_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err3 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        const err5 = {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !validate925(data.error, {
          instancePath: instancePath + '/error',
          parentData: data,
          parentDataProperty: 'error',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !validate927(data.extra_fields, {
          instancePath: instancePath + '/extra_fields',
          parentData: data,
          parentDataProperty: 'extra_fields',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate1743.errors = vErrors;
  return errors === 0;
}
function validate1742(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate1743(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate1743.errors : vErrors.concat(validate1743.errors);
    errors = vErrors.length;
  }
  validate1742.errors = vErrors;
  return errors === 0;
}
export const getLogDashboard_401 = validate1747;
function validate1748(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.event_id !== undefined) {
      if (typeof data.event_id !== 'string') {
        const err2 = {
          instancePath: instancePath + '/event_id',
          schemaPath: '#/properties/event_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err3 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        const err5 = {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !validate925(data.error, {
          instancePath: instancePath + '/error',
          parentData: data,
          parentDataProperty: 'error',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !validate927(data.extra_fields, {
          instancePath: instancePath + '/extra_fields',
          parentData: data,
          parentDataProperty: 'extra_fields',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate1748.errors = vErrors;
  return errors === 0;
}
function validate1747(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate1748(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate1748.errors : vErrors.concat(validate1748.errors);
    errors = vErrors.length;
  }
  validate1747.errors = vErrors;
  return errors === 0;
}
export const getLogDashboard_500 = validate1752;
function validate1753(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.is_bifrost_error === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'is_bifrost_error' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.error === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'error' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.event_id !== undefined) {
      if (typeof data.event_id !== 'string') {
        const err2 = {
          instancePath: instancePath + '/event_id',
          schemaPath: '#/properties/event_id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      if (typeof data.type !== 'string') {
        const err3 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.is_bifrost_error !== undefined) {
      if (typeof data.is_bifrost_error !== 'boolean') {
        const err4 = {
          instancePath: instancePath + '/is_bifrost_error',
          schemaPath: '#/properties/is_bifrost_error/type',
          keyword: 'type',
          params: { type: 'boolean' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.status_code !== undefined) {
      let data3 = data.status_code;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        const err5 = {
          instancePath: instancePath + '/status_code',
          schemaPath: '#/properties/status_code/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (
        !validate925(data.error, {
          instancePath: instancePath + '/error',
          parentData: data,
          parentDataProperty: 'error',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate925.errors : vErrors.concat(validate925.errors);
        errors = vErrors.length;
      }
    }
    if (data.extra_fields !== undefined) {
      if (
        !validate927(data.extra_fields, {
          instancePath: instancePath + '/extra_fields',
          parentData: data,
          parentDataProperty: 'extra_fields',
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate927.errors : vErrors.concat(validate927.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate1753.errors = vErrors;
  return errors === 0;
}
function validate1752(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (
    !validate1753(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })
  ) {
    vErrors = vErrors === null ? validate1753.errors : vErrors.concat(validate1753.errors);
    errors = vErrors.length;
  }
  validate1752.errors = vErrors;
  return errors === 0;
}
