// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../../runtime/formats.js';

const formats44 = formats.int64;
export function validate952(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.total_requests === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_requests' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.total_tokens === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_tokens' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.total_cost === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'total_cost' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.average_latency === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'average_latency' },
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.success_rate === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'success_rate' },
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.total_requests !== undefined) {
      let data0 = data.total_requests;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        const err5 = {
          instancePath: instancePath + '/total_requests',
          schemaPath: '#/properties/total_requests/type',
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
      if (typeof data0 == 'number') {
        if (data0 > 1000000000000 || isNaN(data0)) {
          const err6 = {
            instancePath: instancePath + '/total_requests',
            schemaPath: '#/properties/total_requests/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err7 = {
            instancePath: instancePath + '/total_requests',
            schemaPath: '#/properties/total_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!formats44.validate(data0)) {
          const err8 = {
            instancePath: instancePath + '/total_requests',
            schemaPath: '#/properties/total_requests/format',
            keyword: 'format',
            params: { format: 'int64' },
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.total_tokens !== undefined) {
      let data1 = data.total_tokens;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        const err9 = {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 > 1000000000000000 || isNaN(data1)) {
          const err10 = {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000000 },
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          const err11 = {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!formats44.validate(data1)) {
          const err12 = {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/format',
            keyword: 'format',
            params: { format: 'int64' },
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
    }
    if (data.prompt_tokens !== undefined) {
      let data2 = data.prompt_tokens;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        const err13 = {
          instancePath: instancePath + '/prompt_tokens',
          schemaPath: '#/properties/prompt_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 > 1000000000000000 || isNaN(data2)) {
          const err14 = {
            instancePath: instancePath + '/prompt_tokens',
            schemaPath: '#/properties/prompt_tokens/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000000 },
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err15 = {
            instancePath: instancePath + '/prompt_tokens',
            schemaPath: '#/properties/prompt_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!formats44.validate(data2)) {
          const err16 = {
            instancePath: instancePath + '/prompt_tokens',
            schemaPath: '#/properties/prompt_tokens/format',
            keyword: 'format',
            params: { format: 'int64' },
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.completion_tokens !== undefined) {
      let data3 = data.completion_tokens;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        const err17 = {
          instancePath: instancePath + '/completion_tokens',
          schemaPath: '#/properties/completion_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 > 1000000000000000 || isNaN(data3)) {
          const err18 = {
            instancePath: instancePath + '/completion_tokens',
            schemaPath: '#/properties/completion_tokens/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000000 },
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err19 = {
            instancePath: instancePath + '/completion_tokens',
            schemaPath: '#/properties/completion_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!formats44.validate(data3)) {
          const err20 = {
            instancePath: instancePath + '/completion_tokens',
            schemaPath: '#/properties/completion_tokens/format',
            keyword: 'format',
            params: { format: 'int64' },
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.total_cost !== undefined) {
      let data4 = data.total_cost;
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          const err21 = {
            instancePath: instancePath + '/total_cost',
            schemaPath: '#/properties/total_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/total_cost',
          schemaPath: '#/properties/total_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.average_latency !== undefined) {
      let data5 = data.average_latency;
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
          const err23 = {
            instancePath: instancePath + '/average_latency',
            schemaPath: '#/properties/average_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/average_latency',
          schemaPath: '#/properties/average_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.success_rate !== undefined) {
      let data6 = data.success_rate;
      if (typeof data6 == 'number') {
        if (data6 > 100 || isNaN(data6)) {
          const err25 = {
            instancePath: instancePath + '/success_rate',
            schemaPath: '#/properties/success_rate/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data6 < 0 || isNaN(data6)) {
          const err26 = {
            instancePath: instancePath + '/success_rate',
            schemaPath: '#/properties/success_rate/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = {
          instancePath: instancePath + '/success_rate',
          schemaPath: '#/properties/success_rate/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.user_facing_success_rate !== undefined) {
      let data7 = data.user_facing_success_rate;
      if (typeof data7 == 'number') {
        if (data7 > 100 || isNaN(data7)) {
          const err28 = {
            instancePath: instancePath + '/user_facing_success_rate',
            schemaPath: '#/properties/user_facing_success_rate/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 100 },
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data7 < 0 || isNaN(data7)) {
          const err29 = {
            instancePath: instancePath + '/user_facing_success_rate',
            schemaPath: '#/properties/user_facing_success_rate/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = {
          instancePath: instancePath + '/user_facing_success_rate',
          schemaPath: '#/properties/user_facing_success_rate/type',
          keyword: 'type',
          params: { type: 'number' },
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.user_facing_total_requests !== undefined) {
      let data8 = data.user_facing_total_requests;
      if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8))) {
        const err31 = {
          instancePath: instancePath + '/user_facing_total_requests',
          schemaPath: '#/properties/user_facing_total_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (typeof data8 == 'number') {
        if (data8 > 1000000000000 || isNaN(data8)) {
          const err32 = {
            instancePath: instancePath + '/user_facing_total_requests',
            schemaPath: '#/properties/user_facing_total_requests/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        if (data8 < 0 || isNaN(data8)) {
          const err33 = {
            instancePath: instancePath + '/user_facing_total_requests',
            schemaPath: '#/properties/user_facing_total_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (!formats44.validate(data8)) {
          const err34 = {
            instancePath: instancePath + '/user_facing_total_requests',
            schemaPath: '#/properties/user_facing_total_requests/format',
            keyword: 'format',
            params: { format: 'int64' },
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.cache_hit_rate_total_requests !== undefined) {
      let data9 = data.cache_hit_rate_total_requests;
      if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
        const err35 = {
          instancePath: instancePath + '/cache_hit_rate_total_requests',
          schemaPath: '#/properties/cache_hit_rate_total_requests/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (typeof data9 == 'number') {
        if (data9 > 1000000000000 || isNaN(data9)) {
          const err36 = {
            instancePath: instancePath + '/cache_hit_rate_total_requests',
            schemaPath: '#/properties/cache_hit_rate_total_requests/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data9 < 0 || isNaN(data9)) {
          const err37 = {
            instancePath: instancePath + '/cache_hit_rate_total_requests',
            schemaPath: '#/properties/cache_hit_rate_total_requests/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (!formats44.validate(data9)) {
          const err38 = {
            instancePath: instancePath + '/cache_hit_rate_total_requests',
            schemaPath: '#/properties/cache_hit_rate_total_requests/format',
            keyword: 'format',
            params: { format: 'int64' },
          };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
    }
    if (data.direct_cache_hits !== undefined) {
      let data10 = data.direct_cache_hits;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10))) {
        const err39 = {
          instancePath: instancePath + '/direct_cache_hits',
          schemaPath: '#/properties/direct_cache_hits/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data10 == 'number') {
        if (data10 > 1000000000000 || isNaN(data10)) {
          const err40 = {
            instancePath: instancePath + '/direct_cache_hits',
            schemaPath: '#/properties/direct_cache_hits/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (data10 < 0 || isNaN(data10)) {
          const err41 = {
            instancePath: instancePath + '/direct_cache_hits',
            schemaPath: '#/properties/direct_cache_hits/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (!formats44.validate(data10)) {
          const err42 = {
            instancePath: instancePath + '/direct_cache_hits',
            schemaPath: '#/properties/direct_cache_hits/format',
            keyword: 'format',
            params: { format: 'int64' },
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
    }
    if (data.semantic_cache_hits !== undefined) {
      let data11 = data.semantic_cache_hits;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11))) {
        const err43 = {
          instancePath: instancePath + '/semantic_cache_hits',
          schemaPath: '#/properties/semantic_cache_hits/type',
          keyword: 'type',
          params: { type: 'integer' },
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      if (typeof data11 == 'number') {
        if (data11 > 1000000000000 || isNaN(data11)) {
          const err44 = {
            instancePath: instancePath + '/semantic_cache_hits',
            schemaPath: '#/properties/semantic_cache_hits/maximum',
            keyword: 'maximum',
            params: { comparison: '<=', limit: 1000000000000 },
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data11 < 0 || isNaN(data11)) {
          const err45 = {
            instancePath: instancePath + '/semantic_cache_hits',
            schemaPath: '#/properties/semantic_cache_hits/minimum',
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
        if (!formats44.validate(data11)) {
          const err46 = {
            instancePath: instancePath + '/semantic_cache_hits',
            schemaPath: '#/properties/semantic_cache_hits/format',
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
  } else {
    const err47 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate952.errors = vErrors;
  return errors === 0;
}
