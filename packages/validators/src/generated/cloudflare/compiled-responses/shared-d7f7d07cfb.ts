// This file is generated. Do not edit it by hand.
// Source: spec/cloudflare-ai-gateway.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck

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
export function validate296(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.outputs === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/oneOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err3 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/oneOf/0/properties/id/type',
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
    if (data.type !== undefined) {
      let data1 = data.type;
      if (typeof data1 !== 'string') {
        const err4 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/0/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data1 === 'start')) {
        const err5 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/0/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema139.oneOf[0].properties.type.enum },
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data2 = data.outputs;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        if (data2.next === undefined) {
          const err6 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/0/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'next' },
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2.next !== undefined) {
          let data3 = data2.next;
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.elementId === undefined) {
              const err7 = {
                instancePath: instancePath + '/outputs/next',
                schemaPath: '#/oneOf/0/properties/outputs/properties/next/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.elementId !== undefined) {
              if (typeof data3.elementId !== 'string') {
                const err8 = {
                  instancePath: instancePath + '/outputs/next/elementId',
                  schemaPath:
                    '#/oneOf/0/properties/outputs/properties/next/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
            }
          } else {
            const err9 = {
              instancePath: instancePath + '/outputs/next',
              schemaPath: '#/oneOf/0/properties/outputs/properties/next/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/oneOf/0/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = {
      instancePath,
      schemaPath: '#/oneOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
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
      const err12 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'id' },
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.properties === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'properties' },
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.outputs === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/oneOf/1/required',
        keyword: 'required',
        params: { missingProperty: 'outputs' },
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.id !== undefined) {
      if (typeof data.id !== 'string') {
        const err16 = {
          instancePath: instancePath + '/id',
          schemaPath: '#/oneOf/1/properties/id/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data6 = data.type;
      if (typeof data6 !== 'string') {
        const err17 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/1/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (!(data6 === 'conditional')) {
        const err18 = {
          instancePath: instancePath + '/type',
          schemaPath: '#/oneOf/1/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema139.oneOf[1].properties.type.enum },
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.properties !== undefined) {
      let data7 = data.properties;
      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
        if (data7.conditions !== undefined) {
          let data8 = data7.conditions;
          if (!(data8 && typeof data8 == 'object' && !Array.isArray(data8))) {
            const err19 = {
              instancePath: instancePath + '/properties/conditions',
              schemaPath: '#/oneOf/1/properties/properties/properties/conditions/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/properties',
          schemaPath: '#/oneOf/1/properties/properties/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.outputs !== undefined) {
      let data9 = data.outputs;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        if (data9.true === undefined) {
          const err21 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/1/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'true' },
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data9.false === undefined) {
          const err22 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/1/properties/outputs/required',
            keyword: 'required',
            params: { missingProperty: 'false' },
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data9.true !== undefined) {
          let data10 = data9.true;
          if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
            if (data10.elementId === undefined) {
              const err23 = {
                instancePath: instancePath + '/outputs/true',
                schemaPath: '#/oneOf/1/properties/outputs/properties/true/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data10.elementId !== undefined) {
              if (typeof data10.elementId !== 'string') {
                const err24 = {
                  instancePath: instancePath + '/outputs/true/elementId',
                  schemaPath:
                    '#/oneOf/1/properties/outputs/properties/true/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = {
              instancePath: instancePath + '/outputs/true',
              schemaPath: '#/oneOf/1/properties/outputs/properties/true/type',
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
        if (data9.false !== undefined) {
          let data12 = data9.false;
          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
            if (data12.elementId === undefined) {
              const err26 = {
                instancePath: instancePath + '/outputs/false',
                schemaPath: '#/oneOf/1/properties/outputs/properties/false/required',
                keyword: 'required',
                params: { missingProperty: 'elementId' },
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data12.elementId !== undefined) {
              if (typeof data12.elementId !== 'string') {
                const err27 = {
                  instancePath: instancePath + '/outputs/false/elementId',
                  schemaPath:
                    '#/oneOf/1/properties/outputs/properties/false/properties/elementId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = {
              instancePath: instancePath + '/outputs/false',
              schemaPath: '#/oneOf/1/properties/outputs/properties/false/type',
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
      } else {
        const err29 = {
          instancePath: instancePath + '/outputs',
          schemaPath: '#/oneOf/1/properties/outputs/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = {
      instancePath,
      schemaPath: '#/oneOf/1/type',
      keyword: 'type',
      params: { type: 'object' },
    };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
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
        const err31 = {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'id' },
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (data.type === undefined) {
        const err32 = {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'type' },
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (data.outputs === undefined) {
        const err33 = {
          instancePath,
          schemaPath: '#/oneOf/2/required',
          keyword: 'required',
          params: { missingProperty: 'outputs' },
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (data.id !== undefined) {
        if (typeof data.id !== 'string') {
          const err34 = {
            instancePath: instancePath + '/id',
            schemaPath: '#/oneOf/2/properties/id/type',
            keyword: 'type',
            params: { type: 'string' },
          };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      if (data.type !== undefined) {
        let data15 = data.type;
        if (typeof data15 !== 'string') {
          const err35 = {
            instancePath: instancePath + '/type',
            schemaPath: '#/oneOf/2/properties/type/type',
            keyword: 'type',
            params: { type: 'string' },
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!(data15 === 'percentage')) {
          const err36 = {
            instancePath: instancePath + '/type',
            schemaPath: '#/oneOf/2/properties/type/enum',
            keyword: 'enum',
            params: { allowedValues: schema139.oneOf[2].properties.type.enum },
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
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
                const err37 = {
                  instancePath:
                    instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/oneOf/2/properties/outputs/additionalProperties/required',
                  keyword: 'required',
                  params: { missingProperty: 'elementId' },
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (data17.elementId !== undefined) {
                if (typeof data17.elementId !== 'string') {
                  const err38 = {
                    instancePath:
                      instancePath +
                      '/outputs/' +
                      key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                      '/elementId',
                    schemaPath:
                      '#/oneOf/2/properties/outputs/additionalProperties/properties/elementId/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
            } else {
              const err39 = {
                instancePath:
                  instancePath + '/outputs/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                schemaPath: '#/oneOf/2/properties/outputs/additionalProperties/type',
                keyword: 'type',
                params: { type: 'object' },
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        } else {
          const err40 = {
            instancePath: instancePath + '/outputs',
            schemaPath: '#/oneOf/2/properties/outputs/type',
            keyword: 'type',
            params: { type: 'object' },
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
    } else {
      const err41 = {
        instancePath,
        schemaPath: '#/oneOf/2/type',
        keyword: 'type',
        params: { type: 'object' },
      };
      if (vErrors === null) {
        vErrors = [err41];
      } else {
        vErrors.push(err41);
      }
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
          const err42 = {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data.type === undefined) {
          const err43 = {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'type' },
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data.properties === undefined) {
          const err44 = {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'properties' },
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data.outputs === undefined) {
          const err45 = {
            instancePath,
            schemaPath: '#/oneOf/3/required',
            keyword: 'required',
            params: { missingProperty: 'outputs' },
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data.id !== undefined) {
          if (typeof data.id !== 'string') {
            const err46 = {
              instancePath: instancePath + '/id',
              schemaPath: '#/oneOf/3/properties/id/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data.type !== undefined) {
          let data20 = data.type;
          if (typeof data20 !== 'string') {
            const err47 = {
              instancePath: instancePath + '/type',
              schemaPath: '#/oneOf/3/properties/type/type',
              keyword: 'type',
              params: { type: 'string' },
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (!(data20 === 'rate')) {
            const err48 = {
              instancePath: instancePath + '/type',
              schemaPath: '#/oneOf/3/properties/type/enum',
              keyword: 'enum',
              params: { allowedValues: schema139.oneOf[3].properties.type.enum },
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data.properties !== undefined) {
          let data21 = data.properties;
          if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
            if (data21.key === undefined) {
              const err49 = {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'key' },
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data21.limitType === undefined) {
              const err50 = {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'limitType' },
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data21.limit === undefined) {
              const err51 = {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'limit' },
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data21.window === undefined) {
              const err52 = {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/3/properties/properties/required',
                keyword: 'required',
                params: { missingProperty: 'window' },
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
            if (data21.key !== undefined) {
              if (typeof data21.key !== 'string') {
                const err53 = {
                  instancePath: instancePath + '/properties/key',
                  schemaPath: '#/oneOf/3/properties/properties/properties/key/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data21.limitType !== undefined) {
              let data23 = data21.limitType;
              if (typeof data23 !== 'string') {
                const err54 = {
                  instancePath: instancePath + '/properties/limitType',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limitType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              if (!(data23 === 'count' || data23 === 'cost')) {
                const err55 = {
                  instancePath: instancePath + '/properties/limitType',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limitType/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues:
                      schema139.oneOf[3].properties.properties.properties.limitType.enum,
                  },
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data21.limit !== undefined) {
              if (!(typeof data21.limit == 'number')) {
                const err56 = {
                  instancePath: instancePath + '/properties/limit',
                  schemaPath: '#/oneOf/3/properties/properties/properties/limit/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data21.window !== undefined) {
              if (!(typeof data21.window == 'number')) {
                const err57 = {
                  instancePath: instancePath + '/properties/window',
                  schemaPath: '#/oneOf/3/properties/properties/properties/window/type',
                  keyword: 'type',
                  params: { type: 'number' },
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = {
              instancePath: instancePath + '/properties',
              schemaPath: '#/oneOf/3/properties/properties/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data.outputs !== undefined) {
          let data26 = data.outputs;
          if (data26 && typeof data26 == 'object' && !Array.isArray(data26)) {
            if (data26.success === undefined) {
              const err59 = {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/3/properties/outputs/required',
                keyword: 'required',
                params: { missingProperty: 'success' },
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data26.fallback === undefined) {
              const err60 = {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/3/properties/outputs/required',
                keyword: 'required',
                params: { missingProperty: 'fallback' },
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data26.success !== undefined) {
              let data27 = data26.success;
              if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
                if (data27.elementId === undefined) {
                  const err61 = {
                    instancePath: instancePath + '/outputs/success',
                    schemaPath: '#/oneOf/3/properties/outputs/properties/success/required',
                    keyword: 'required',
                    params: { missingProperty: 'elementId' },
                  };
                  if (vErrors === null) {
                    vErrors = [err61];
                  } else {
                    vErrors.push(err61);
                  }
                  errors++;
                }
                if (data27.elementId !== undefined) {
                  if (typeof data27.elementId !== 'string') {
                    const err62 = {
                      instancePath: instancePath + '/outputs/success/elementId',
                      schemaPath:
                        '#/oneOf/3/properties/outputs/properties/success/properties/elementId/type',
                      keyword: 'type',
                      params: { type: 'string' },
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
                  instancePath: instancePath + '/outputs/success',
                  schemaPath: '#/oneOf/3/properties/outputs/properties/success/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data26.fallback !== undefined) {
              let data29 = data26.fallback;
              if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                if (data29.elementId === undefined) {
                  const err64 = {
                    instancePath: instancePath + '/outputs/fallback',
                    schemaPath: '#/oneOf/3/properties/outputs/properties/fallback/required',
                    keyword: 'required',
                    params: { missingProperty: 'elementId' },
                  };
                  if (vErrors === null) {
                    vErrors = [err64];
                  } else {
                    vErrors.push(err64);
                  }
                  errors++;
                }
                if (data29.elementId !== undefined) {
                  if (typeof data29.elementId !== 'string') {
                    const err65 = {
                      instancePath: instancePath + '/outputs/fallback/elementId',
                      schemaPath:
                        '#/oneOf/3/properties/outputs/properties/fallback/properties/elementId/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
              } else {
                const err66 = {
                  instancePath: instancePath + '/outputs/fallback',
                  schemaPath: '#/oneOf/3/properties/outputs/properties/fallback/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = {
              instancePath: instancePath + '/outputs',
              schemaPath: '#/oneOf/3/properties/outputs/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      } else {
        const err68 = {
          instancePath,
          schemaPath: '#/oneOf/3/type',
          keyword: 'type',
          params: { type: 'object' },
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
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
            const err69 = {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'id' },
            };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          if (data.type === undefined) {
            const err70 = {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'type' },
            };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          if (data.properties === undefined) {
            const err71 = {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'properties' },
            };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
          if (data.outputs === undefined) {
            const err72 = {
              instancePath,
              schemaPath: '#/oneOf/4/required',
              keyword: 'required',
              params: { missingProperty: 'outputs' },
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
          if (data.id !== undefined) {
            if (typeof data.id !== 'string') {
              const err73 = {
                instancePath: instancePath + '/id',
                schemaPath: '#/oneOf/4/properties/id/type',
                keyword: 'type',
                params: { type: 'string' },
              };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
          if (data.type !== undefined) {
            let data32 = data.type;
            if (typeof data32 !== 'string') {
              const err74 = {
                instancePath: instancePath + '/type',
                schemaPath: '#/oneOf/4/properties/type/type',
                keyword: 'type',
                params: { type: 'string' },
              };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
            if (!(data32 === 'model')) {
              const err75 = {
                instancePath: instancePath + '/type',
                schemaPath: '#/oneOf/4/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema139.oneOf[4].properties.type.enum },
              };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          if (data.properties !== undefined) {
            let data33 = data.properties;
            if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
              if (data33.provider === undefined) {
                const err76 = {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'provider' },
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              if (data33.model === undefined) {
                const err77 = {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'model' },
                };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              if (data33.timeout === undefined) {
                const err78 = {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'timeout' },
                };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
              if (data33.retries === undefined) {
                const err79 = {
                  instancePath: instancePath + '/properties',
                  schemaPath: '#/oneOf/4/properties/properties/required',
                  keyword: 'required',
                  params: { missingProperty: 'retries' },
                };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (data33.provider !== undefined) {
                if (typeof data33.provider !== 'string') {
                  const err80 = {
                    instancePath: instancePath + '/properties/provider',
                    schemaPath: '#/oneOf/4/properties/properties/properties/provider/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
              if (data33.model !== undefined) {
                if (typeof data33.model !== 'string') {
                  const err81 = {
                    instancePath: instancePath + '/properties/model',
                    schemaPath: '#/oneOf/4/properties/properties/properties/model/type',
                    keyword: 'type',
                    params: { type: 'string' },
                  };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
              if (data33.timeout !== undefined) {
                if (!(typeof data33.timeout == 'number')) {
                  const err82 = {
                    instancePath: instancePath + '/properties/timeout',
                    schemaPath: '#/oneOf/4/properties/properties/properties/timeout/type',
                    keyword: 'type',
                    params: { type: 'number' },
                  };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
              if (data33.retries !== undefined) {
                if (!(typeof data33.retries == 'number')) {
                  const err83 = {
                    instancePath: instancePath + '/properties/retries',
                    schemaPath: '#/oneOf/4/properties/properties/properties/retries/type',
                    keyword: 'type',
                    params: { type: 'number' },
                  };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
              }
            } else {
              const err84 = {
                instancePath: instancePath + '/properties',
                schemaPath: '#/oneOf/4/properties/properties/type',
                keyword: 'type',
                params: { type: 'object' },
              };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          }
          if (data.outputs !== undefined) {
            let data38 = data.outputs;
            if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
              if (data38.success === undefined) {
                const err85 = {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/4/properties/outputs/required',
                  keyword: 'required',
                  params: { missingProperty: 'success' },
                };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (data38.fallback === undefined) {
                const err86 = {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/4/properties/outputs/required',
                  keyword: 'required',
                  params: { missingProperty: 'fallback' },
                };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
              if (data38.success !== undefined) {
                let data39 = data38.success;
                if (data39 && typeof data39 == 'object' && !Array.isArray(data39)) {
                  if (data39.elementId === undefined) {
                    const err87 = {
                      instancePath: instancePath + '/outputs/success',
                      schemaPath: '#/oneOf/4/properties/outputs/properties/success/required',
                      keyword: 'required',
                      params: { missingProperty: 'elementId' },
                    };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                  if (data39.elementId !== undefined) {
                    if (typeof data39.elementId !== 'string') {
                      const err88 = {
                        instancePath: instancePath + '/outputs/success/elementId',
                        schemaPath:
                          '#/oneOf/4/properties/outputs/properties/success/properties/elementId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      };
                      if (vErrors === null) {
                        vErrors = [err88];
                      } else {
                        vErrors.push(err88);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err89 = {
                    instancePath: instancePath + '/outputs/success',
                    schemaPath: '#/oneOf/4/properties/outputs/properties/success/type',
                    keyword: 'type',
                    params: { type: 'object' },
                  };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              }
              if (data38.fallback !== undefined) {
                let data41 = data38.fallback;
                if (data41 && typeof data41 == 'object' && !Array.isArray(data41)) {
                  if (data41.elementId === undefined) {
                    const err90 = {
                      instancePath: instancePath + '/outputs/fallback',
                      schemaPath: '#/oneOf/4/properties/outputs/properties/fallback/required',
                      keyword: 'required',
                      params: { missingProperty: 'elementId' },
                    };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                  if (data41.elementId !== undefined) {
                    if (typeof data41.elementId !== 'string') {
                      const err91 = {
                        instancePath: instancePath + '/outputs/fallback/elementId',
                        schemaPath:
                          '#/oneOf/4/properties/outputs/properties/fallback/properties/elementId/type',
                        keyword: 'type',
                        params: { type: 'string' },
                      };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err92 = {
                    instancePath: instancePath + '/outputs/fallback',
                    schemaPath: '#/oneOf/4/properties/outputs/properties/fallback/type',
                    keyword: 'type',
                    params: { type: 'object' },
                  };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              }
            } else {
              const err93 = {
                instancePath: instancePath + '/outputs',
                schemaPath: '#/oneOf/4/properties/outputs/type',
                keyword: 'type',
                params: { type: 'object' },
              };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          }
        } else {
          const err94 = {
            instancePath,
            schemaPath: '#/oneOf/4/type',
            keyword: 'type',
            params: { type: 'object' },
          };
          if (vErrors === null) {
            vErrors = [err94];
          } else {
            vErrors.push(err94);
          }
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
              const err95 = {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'id' },
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
            if (data.type === undefined) {
              const err96 = {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
              };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
            if (data.outputs === undefined) {
              const err97 = {
                instancePath,
                schemaPath: '#/oneOf/5/required',
                keyword: 'required',
                params: { missingProperty: 'outputs' },
              };
              if (vErrors === null) {
                vErrors = [err97];
              } else {
                vErrors.push(err97);
              }
              errors++;
            }
            if (data.id !== undefined) {
              if (typeof data.id !== 'string') {
                const err98 = {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/oneOf/5/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data.type !== undefined) {
              let data44 = data.type;
              if (typeof data44 !== 'string') {
                const err99 = {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/oneOf/5/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
              if (!(data44 === 'end')) {
                const err100 = {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/oneOf/5/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema139.oneOf[5].properties.type.enum },
                };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
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
                      const err101 = {
                        instancePath:
                          instancePath +
                          '/outputs/' +
                          key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                        schemaPath: '#/oneOf/5/properties/outputs/additionalProperties/required',
                        keyword: 'required',
                        params: { missingProperty: 'elementId' },
                      };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                    if (data46.elementId !== undefined) {
                      if (typeof data46.elementId !== 'string') {
                        const err102 = {
                          instancePath:
                            instancePath +
                            '/outputs/' +
                            key1.replace(/~/g, '~0').replace(/\//g, '~1') +
                            '/elementId',
                          schemaPath:
                            '#/oneOf/5/properties/outputs/additionalProperties/properties/elementId/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        };
                        if (vErrors === null) {
                          vErrors = [err102];
                        } else {
                          vErrors.push(err102);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err103 = {
                      instancePath:
                        instancePath + '/outputs/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                      schemaPath: '#/oneOf/5/properties/outputs/additionalProperties/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
              } else {
                const err104 = {
                  instancePath: instancePath + '/outputs',
                  schemaPath: '#/oneOf/5/properties/outputs/type',
                  keyword: 'type',
                  params: { type: 'object' },
                };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
          } else {
            const err105 = {
              instancePath,
              schemaPath: '#/oneOf/5/type',
              keyword: 'type',
              params: { type: 'object' },
            };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
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
    const err106 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
    };
    if (vErrors === null) {
      vErrors = [err106];
    } else {
      vErrors.push(err106);
    }
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
