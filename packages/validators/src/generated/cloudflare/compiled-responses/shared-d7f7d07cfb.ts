// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';

export const schema139 = {
  oneOf: [
    {
      type: 'object',
      required: ['id', 'type', 'outputs'],
      properties: {
        id: { type: 'string' },
        type: { type: 'string', enum: ['start'] },
        outputs: {
          type: 'object',
          required: ['next'],
          properties: {
            next: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
          },
        },
      },
    },
    {
      type: 'object',
      required: ['id', 'type', 'properties', 'outputs'],
      properties: {
        id: { type: 'string' },
        type: { type: 'string', enum: ['conditional'] },
        properties: { type: 'object', properties: { conditions: { type: 'object' } } },
        outputs: {
          type: 'object',
          required: ['true', 'false'],
          properties: {
            true: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
            false: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
          },
        },
      },
    },
    {
      type: 'object',
      required: ['id', 'type', 'outputs'],
      properties: {
        id: { type: 'string' },
        type: { type: 'string', enum: ['percentage'] },
        outputs: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            required: ['elementId'],
            properties: { elementId: { type: 'string' } },
          },
        },
      },
    },
    {
      type: 'object',
      required: ['id', 'type', 'properties', 'outputs'],
      properties: {
        id: { type: 'string' },
        type: { type: 'string', enum: ['rate'] },
        properties: {
          type: 'object',
          required: ['key', 'limitType', 'limit', 'window'],
          properties: {
            key: { type: 'string' },
            limitType: { type: 'string', enum: ['count', 'cost'] },
            limit: { type: 'number' },
            window: { type: 'number' },
          },
        },
        outputs: {
          type: 'object',
          required: ['success', 'fallback'],
          properties: {
            success: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
            fallback: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
          },
        },
      },
    },
    {
      type: 'object',
      required: ['id', 'type', 'properties', 'outputs'],
      properties: {
        id: { type: 'string' },
        type: { type: 'string', enum: ['model'] },
        properties: {
          type: 'object',
          required: ['provider', 'model', 'timeout', 'retries'],
          properties: {
            provider: { type: 'string' },
            model: { type: 'string' },
            timeout: { type: 'number' },
            retries: { type: 'number' },
          },
        },
        outputs: {
          type: 'object',
          required: ['success', 'fallback'],
          properties: {
            success: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
            fallback: {
              type: 'object',
              required: ['elementId'],
              properties: { elementId: { type: 'string' } },
            },
          },
        },
      },
    },
    {
      type: 'object',
      required: ['id', 'type', 'outputs'],
      properties: {
        id: { type: 'string' },
        type: { type: 'string', enum: ['end'] },
        outputs: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            required: ['elementId'],
            properties: { elementId: { type: 'string' } },
          },
        },
      },
    },
  ],
};
export function validate296(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.outputs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/oneOf/0/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/0/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data1 === 'start')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/0/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema139.oneOf[0].properties.type.enum },
        });
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data2 = data.outputs;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.next === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/0/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'next' },
          });
          errors++;
        }
        if (data2.next !== undefined) {
          let data3 = data2.next;
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.elementId === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs/next',
                schemaPath: '#/oneOf/0/properties/outputs/properties/next/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              });
              errors++;
            }
            if (data3.elementId !== undefined) {
              if (typeof data3.elementId !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs/next/elementId',
                  schemaPath:
                    '#/oneOf/0/properties/outputs/properties/next/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/outputs/next',
              schemaPath: '#/oneOf/0/properties/outputs/properties/next/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/oneOf/0/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/oneOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs13 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      });
      errors++;
    }
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.properties === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'properties' },
      });
      errors++;
    }
    if (data.outputs === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      });
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/id',
          schemaPath: '#/oneOf/1/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data6 = data.type;
      if (typeof data6 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/1/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data6 === 'conditional')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/1/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema139.oneOf[1].properties.type.enum },
        });
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data7 = data.properties;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.conditions !== undefined) {
          let data8 = data7.conditions;
          if (!(data8 && typeof data8 == 'object' && !Array.isArray(data8))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties/conditions',
              schemaPath: '#/oneOf/1/properties/properties/properties/conditions/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/properties',
          schemaPath: '#/oneOf/1/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data9 = data.outputs;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        if (data9.true === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/1/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'true' },
          });
          errors++;
        }
        if (data9.false === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/1/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'false' },
          });
          errors++;
        }
        if (data9.true !== undefined) {
          let data10 = data9.true;
          if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
            if (data10.elementId === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs/true',
                schemaPath: '#/oneOf/1/properties/outputs/properties/true/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              });
              errors++;
            }
            if (data10.elementId !== undefined) {
              if (typeof data10.elementId !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs/true/elementId',
                  schemaPath:
                    '#/oneOf/1/properties/outputs/properties/true/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/outputs/true',
              schemaPath: '#/oneOf/1/properties/outputs/properties/true/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data9.false !== undefined) {
          let data12 = data9.false;
          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
            if (data12.elementId === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs/false',
                schemaPath: '#/oneOf/1/properties/outputs/properties/false/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              });
              errors++;
            }
            if (data12.elementId !== undefined) {
              if (typeof data12.elementId !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs/false/elementId',
                  schemaPath:
                    '#/oneOf/1/properties/outputs/properties/false/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/outputs/false',
              schemaPath: '#/oneOf/1/properties/outputs/properties/false/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/oneOf/1/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/oneOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    });
    errors++;
  }
  var _valid0 = _errs13 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs33 = errors;
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.id === undefined) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'id' },
        });
        errors++;
      }
      if (data.type === undefined) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'type' },
        });
        errors++;
      }
      if (data.outputs === undefined) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'outputs' },
        });
        errors++;
      }
      if (data.id !== undefined) {
        if (typeof data.id !== 'string') {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/id',
            schemaPath: '#/oneOf/2/properties/id/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
      }
      if (data.type !== undefined) {
        let data15 = data.type;
        if (typeof data15 !== 'string') {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/type',
            schemaPath: '#/oneOf/2/properties/type/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
        if (!(data15 === 'percentage')) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/type',
            schemaPath: '#/oneOf/2/properties/type/enum',
            keyword: 'enum',
            params: { allowedValues: schema139.oneOf[2].properties.type.enum },
          });
          errors++;
        }
      }
      if (data.outputs !== undefined) {
        let data16 = data.outputs;
        if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
          for (const key0 in data16) {
            let data17 = data16[key0];
            if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
              if (data17.elementId === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath:
                    instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/oneOf/2/properties/outputs/additionalProperties/required',
                  keyword: 'required',
                  params: { missingProperty: 'elementId' },
                });
                errors++;
              }
              if (data17.elementId !== undefined) {
                if (typeof data17.elementId !== 'string') {
                  vErrors = appendError(vErrors, {
                    instancePath:
                      instancePath +
                      '/outputs/' +
                      key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/elementId',
                    schemaPath:
                      '#/oneOf/2/properties/outputs/additionalProperties/properties/elementId/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  });
                  errors++;
                }
              }
            } else {
              vErrors = appendError(vErrors, {
                instancePath:
                  instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/oneOf/2/properties/outputs/additionalProperties/type',
                keyword: 'type',
                params: { type: 'object' },
              });
              errors++;
            }
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/2/properties/outputs/type',
            keyword: 'type',
            params: { type: 'object' },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/oneOf/2/type',
        keyword: 'type',
        params: { type: 'object' },
      });
      errors++;
    }
    var _valid0 = _errs33 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs46 = errors;
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        if (data.type === undefined) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
          });
          errors++;
        }
        if (data.properties === undefined) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'properties' },
          });
          errors++;
        }
        if (data.outputs === undefined) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'outputs' },
          });
          errors++;
        }
        if (data.id !== undefined) {
          if (typeof data.id !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/id',
              schemaPath: '#/oneOf/3/properties/id/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data.type !== undefined) {
          let data20 = data.type;
          if (typeof data20 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/type',
              schemaPath: '#/oneOf/3/properties/type/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
          if (!(data20 === 'rate')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/type',
              schemaPath: '#/oneOf/3/properties/type/enum',
              keyword: 'enum',
              params: { allowedValues: schema139.oneOf[3].properties.type.enum },
            });
            errors++;
          }
        }
        if (data.properties !== undefined) {
          let data21 = data.properties;
          if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
            if (data21.key === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'key' },
              });
              errors++;
            }
            if (data21.limitType === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'limitType' },
              });
              errors++;
            }
            if (data21.limit === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'limit' },
              });
              errors++;
            }
            if (data21.window === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'window' },
              });
              errors++;
            }
            if (data21.key !== undefined) {
              if (typeof data21.key !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties/key',
                  schemaPath: '#/oneOf/3/properties/properties/properties/key/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data21.limitType !== undefined) {
              let data23 = data21.limitType;
              if (typeof data23 !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties/limitType',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limitType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
              if (!(data23 === 'count' || data23 === 'cost')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties/limitType',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limitType/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues:
                      schema139.oneOf[3].properties.properties.properties.limitType.enum,
                  },
                });
                errors++;
              }
            }
            if (data21.limit !== undefined) {
              if (!(typeof data21.limit == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties/limit',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limit/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data21.window !== undefined) {
              if (!(typeof data21.window == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties/window',
                  schemaPath: '#/oneOf/3/properties/properties/properties/window/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/properties',
              schemaPath: '#/oneOf/3/properties/properties/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data.outputs !== undefined) {
          let data26 = data.outputs;
          if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
            if (data26.success === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/3/properties/outputs/required',
                keyword: 'required',
                params: { missingProperty: 'success' },
              });
              errors++;
            }
            if (data26.fallback === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/3/properties/outputs/required',
                keyword: 'required',
                params: { missingProperty: 'fallback' },
              });
              errors++;
            }
            if (data26.success !== undefined) {
              let data27 = data26.success;
              if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                if (data27.elementId === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/outputs/success',
                    schemaPath: '#/oneOf/3/properties/outputs/properties/success/required',
                    keyword: 'required',
                    params: { missingProperty: 'elementId' },
                  });
                  errors++;
                }
                if (data27.elementId !== undefined) {
                  if (typeof data27.elementId !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/outputs/success/elementId',
                      schemaPath:
                        '#/oneOf/3/properties/outputs/properties/success/properties/elementId/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs/success',
                  schemaPath: '#/oneOf/3/properties/outputs/properties/success/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
            if (data26.fallback !== undefined) {
              let data29 = data26.fallback;
              if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                if (data29.elementId === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/outputs/fallback',
                    schemaPath: '#/oneOf/3/properties/outputs/properties/fallback/required',
                    keyword: 'required',
                    params: { missingProperty: 'elementId' },
                  });
                  errors++;
                }
                if (data29.elementId !== undefined) {
                  if (typeof data29.elementId !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/outputs/fallback/elementId',
                      schemaPath:
                        '#/oneOf/3/properties/outputs/properties/fallback/properties/elementId/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs/fallback',
                  schemaPath: '#/oneOf/3/properties/outputs/properties/fallback/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/outputs',
              schemaPath: '#/oneOf/3/properties/outputs/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/oneOf/3/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
      var _valid0 = _errs46 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
        }
        const _errs72 = errors;
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          if (data.id === undefined) {
            vErrors = appendError(vErrors, {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'id' },
            });
            errors++;
          }
          if (data.type === undefined) {
            vErrors = appendError(vErrors, {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'type' },
            });
            errors++;
          }
          if (data.properties === undefined) {
            vErrors = appendError(vErrors, {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'properties' },
            });
            errors++;
          }
          if (data.outputs === undefined) {
            vErrors = appendError(vErrors, {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'outputs' },
            });
            errors++;
          }
          if (data.id !== undefined) {
            if (typeof data.id !== 'string') {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/id',
                schemaPath: '#/oneOf/4/properties/id/type',
                keyword: 'type',
                params: { type: 'string' },
              });
              errors++;
            }
          }
          if (data.type !== undefined) {
            let data32 = data.type;
            if (typeof data32 !== 'string') {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/type',
                schemaPath: '#/oneOf/4/properties/type/type',
                keyword: 'type',
                params: { type: 'string' },
              });
              errors++;
            }
            if (!(data32 === 'model')) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/type',
                schemaPath: '#/oneOf/4/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema139.oneOf[4].properties.type.enum },
              });
              errors++;
            }
          }
          if (data.properties !== undefined) {
            let data33 = data.properties;
            if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
              if (data33.provider === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'provider' },
                });
                errors++;
              }
              if (data33.model === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'model' },
                });
                errors++;
              }
              if (data33.timeout === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'timeout' },
                });
                errors++;
              }
              if (data33.retries === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'retries' },
                });
                errors++;
              }
              if (data33.provider !== undefined) {
                if (typeof data33.provider !== 'string') {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/properties/provider',
                    schemaPath: '#/oneOf/4/properties/properties/properties/provider/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  });
                  errors++;
                }
              }
              if (data33.model !== undefined) {
                if (typeof data33.model !== 'string') {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/properties/model',
                    schemaPath: '#/oneOf/4/properties/properties/properties/model/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  });
                  errors++;
                }
              }
              if (data33.timeout !== undefined) {
                if (!(typeof data33.timeout == 'number')) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/properties/timeout',
                    schemaPath: '#/oneOf/4/properties/properties/properties/timeout/type',
                    keyword: 'type',
                    params: { type: 'number' },
                  });
                  errors++;
                }
              }
              if (data33.retries !== undefined) {
                if (!(typeof data33.retries == 'number')) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/properties/retries',
                    schemaPath: '#/oneOf/4/properties/properties/properties/retries/type',
                    keyword: 'type',
                    params: { type: 'number' },
                  });
                  errors++;
                }
              }
            } else {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/4/properties/properties/type',
                keyword: 'type',
                params: { type: 'object' },
              });
              errors++;
            }
          }
          if (data.outputs !== undefined) {
            let data38 = data.outputs;
            if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
              if (data38.success === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/4/properties/outputs/required',
                  keyword: 'required',
                  params: { missingProperty: 'success' },
                });
                errors++;
              }
              if (data38.fallback === undefined) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/4/properties/outputs/required',
                  keyword: 'required',
                  params: { missingProperty: 'fallback' },
                });
                errors++;
              }
              if (data38.success !== undefined) {
                let data39 = data38.success;
                if (data39 && typeof data39 == 'object' && !Array.isArray(data39)) {
                  if (data39.elementId === undefined) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/outputs/success',
                      schemaPath: '#/oneOf/4/properties/outputs/properties/success/required',
                      keyword: 'required',
                      params: { missingProperty: 'elementId' },
                    });
                    errors++;
                  }
                  if (data39.elementId !== undefined) {
                    if (typeof data39.elementId !== 'string') {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/outputs/success/elementId',
                        schemaPath:
                          '#/oneOf/4/properties/outputs/properties/success/properties/elementId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      });
                      errors++;
                    }
                  }
                } else {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/outputs/success',
                    schemaPath: '#/oneOf/4/properties/outputs/properties/success/type',
                    keyword: 'type',
                    params: { type: 'object' },
                  });
                  errors++;
                }
              }
              if (data38.fallback !== undefined) {
                let data41 = data38.fallback;
                if (data41 && typeof data41 == 'object' && !Array.isArray(data41)) {
                  if (data41.elementId === undefined) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/outputs/fallback',
                      schemaPath: '#/oneOf/4/properties/outputs/properties/fallback/required',
                      keyword: 'required',
                      params: { missingProperty: 'elementId' },
                    });
                    errors++;
                  }
                  if (data41.elementId !== undefined) {
                    if (typeof data41.elementId !== 'string') {
                      vErrors = appendError(vErrors, {
                        instancePath: instancePath + '/outputs/fallback/elementId',
                        schemaPath:
                          '#/oneOf/4/properties/outputs/properties/fallback/properties/elementId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      });
                      errors++;
                    }
                  }
                } else {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/outputs/fallback',
                    schemaPath: '#/oneOf/4/properties/outputs/properties/fallback/type',
                    keyword: 'type',
                    params: { type: 'object' },
                  });
                  errors++;
                }
              }
            } else {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/4/properties/outputs/type',
                keyword: 'type',
                params: { type: 'object' },
              });
              errors++;
            }
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/oneOf/4/type',
            keyword: 'type',
            params: { type: 'object' },
          });
          errors++;
        }
        var _valid0 = _errs72 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
          }
          const _errs98 = errors;
          if (data && typeof data == 'object' && !Array.isArray(data)) {
            if (data.id === undefined) {
              vErrors = appendError(vErrors, {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
              });
              errors++;
            }
            if (data.type === undefined) {
              vErrors = appendError(vErrors, {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
              });
              errors++;
            }
            if (data.outputs === undefined) {
              vErrors = appendError(vErrors, {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'outputs' },
              });
              errors++;
            }
            if (data.id !== undefined) {
              if (typeof data.id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/oneOf/5/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data.type !== undefined) {
              let data44 = data.type;
              if (typeof data44 !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/oneOf/5/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
              if (!(data44 === 'end')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/oneOf/5/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema139.oneOf[5].properties.type.enum },
                });
                errors++;
              }
            }
            if (data.outputs !== undefined) {
              let data45 = data.outputs;
              if (data45 && typeof data45 == 'object' && !Array.isArray(data45)) {
                for (const key1 in data45) {
                  let data46 = data45[key1];
                  if (data46 && typeof data46 == 'object' && !Array.isArray(data46)) {
                    if (data46.elementId === undefined) {
                      vErrors = appendError(vErrors, {
                        instancePath:
                          instancePath +
                          '/outputs/' +
                          key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath: '#/oneOf/5/properties/outputs/additionalProperties/required',
                        keyword: 'required',
                        params: { missingProperty: 'elementId' },
                      });
                      errors++;
                    }
                    if (data46.elementId !== undefined) {
                      if (typeof data46.elementId !== 'string') {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath +
                            '/outputs/' +
                            key1.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/elementId',
                          schemaPath:
                            '#/oneOf/5/properties/outputs/additionalProperties/properties/elementId/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath:
                        instancePath + '/outputs/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/oneOf/5/properties/outputs/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/5/properties/outputs/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath,
              schemaPath: '#/oneOf/5/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
          var _valid0 = _errs98 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
            }
          }
        }
      }
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
  validate296.errors = vErrors;
  return errors === 0;
}
