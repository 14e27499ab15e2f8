// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { formats } from '../../runtime/formats.js';
import { appendError, ucs2length } from '../../runtime/json.js';

export const listLogs_params = validate52;
const schema19 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        roots_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        limit: { $ref: 'bifrost#/components/parameters/Limit/schema' },
        offset: { $ref: 'bifrost#/components/parameters/Offset/schema' },
        sort_by: { $ref: 'bifrost#/components/parameters/SortBy/schema' },
        order: { $ref: 'bifrost#/components/parameters/Order/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
const func1 = Object.prototype.hasOwnProperty;
const schema20 = {
  anyOf: [
    { $ref: 'bifrost#/components/parameters/Providers/schema' },
    {
      type: 'array',
      items: { type: 'string', minLength: 1, examples: ['openai', 'anthropic', 'bedrock'] },
    },
  ],
};
const schema22 = { type: 'string' };
function validate55(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
const func2 = ucs2length;
function validate53(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate55(data, instancePath)) {
    vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === 'string') {
          if (data0.length < 1) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/minLength',
              keyword: 'minLength',
              params: { limit: 1 },
            });
            errors++;
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
      });
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
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
  validate53.errors = vErrors;
  return errors === 0;
}
const schema23 = {
  anyOf: [
    { $ref: 'bifrost#/components/parameters/Models/schema' },
    {
      type: 'array',
      items: {
        type: 'string',
        minLength: 1,
        examples: ['gpt-4o-mini', 'claude-3-5-sonnet-20241022'],
      },
    },
  ],
};
const schema24 = { type: 'string' };
function validate59(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
function validate58(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate59(data, instancePath)) {
    vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === 'string') {
          if (data0.length < 1) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/minLength',
              keyword: 'minLength',
              params: { limit: 1 },
            });
            errors++;
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
      });
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
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
  validate58.errors = vErrors;
  return errors === 0;
}
const schema25 = {
  anyOf: [
    { $ref: 'bifrost#/components/parameters/Aliases/schema' },
    { type: 'array', items: { type: 'string', minLength: 1, examples: ['fast-chat', 'smart'] } },
  ],
};
const schema26 = { type: 'string' };
function validate63(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate63.errors = vErrors;
  return errors === 0;
}
function validate62(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate63(data, instancePath)) {
    vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === 'string') {
          if (data0.length < 1) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/minLength',
              keyword: 'minLength',
              params: { limit: 1 },
            });
            errors++;
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
      });
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
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
  validate62.errors = vErrors;
  return errors === 0;
}
const schema27 = {
  anyOf: [
    { $ref: 'bifrost#/components/parameters/Status/schema' },
    {
      type: 'array',
      items: { type: 'string', enum: ['processing', 'success', 'error', 'cancelled'] },
    },
  ],
};
const schema28 = {
  type: 'string',
  pattern:
    '^\\s*(?:processing|success|error|cancelled)?\\s*(?:,\\s*(?:processing|success|error|cancelled)?\\s*)*$',
};
const pattern3 = new RegExp(
  '^\\s*(?:processing|success|error|cancelled)?\\s*(?:,\\s*(?:processing|success|error|cancelled)?\\s*)*$',
  'u',
);
function validate67(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern3.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\s*(?:processing|success|error|cancelled)?\\s*(?:,\\s*(?:processing|success|error|cancelled)?\\s*)*$',
        },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
function validate66(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate67(data, instancePath)) {
    vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 !== 'string') {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
        if (
          !(
            data0 === 'processing' ||
            data0 === 'success' ||
            data0 === 'error' ||
            data0 === 'cancelled'
          )
        ) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/enum',
            keyword: 'enum',
            params: { allowedValues: schema27.anyOf[1].items.enum },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
      });
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
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
  validate66.errors = vErrors;
  return errors === 0;
}
const schema29 = {
  anyOf: [
    { $ref: 'bifrost#/components/parameters/Objects/schema' },
    {
      type: 'array',
      items: {
        type: 'string',
        pattern: '^[a-z][a-z0-9]*(?:[._][a-z0-9]+)*$',
        examples: ['chat_completion', 'chat_completion_stream', 'embedding', 'chat.completion'],
      },
    },
  ],
};
const schema30 = { type: 'string' };
function validate71(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate71.errors = vErrors;
  return errors === 0;
}
const pattern4 = new RegExp('^[a-z][a-z0-9]*(?:[._][a-z0-9]+)*$', 'u');
function validate70(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate71(data, instancePath)) {
    vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === 'string') {
          if (!pattern4.test(data0)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/pattern',
              keyword: 'pattern',
              params: { pattern: '^[a-z][a-z0-9]*(?:[._][a-z0-9]+)*$' },
            });
            errors++;
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
      });
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
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
  validate70.errors = vErrors;
  return errors === 0;
}
const schema31 = { type: 'string', minLength: 1 };
function validate74(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
const schema32 = {
  anyOf: [
    { $ref: 'bifrost#/components/parameters/SelectedKeyIds/schema' },
    { type: 'array', items: { type: 'string', minLength: 1 } },
  ],
};
const schema33 = { type: 'string' };
function validate78(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
function validate77(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate78(data, instancePath)) {
    vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === 'string') {
          if (data0.length < 1) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/minLength',
              keyword: 'minLength',
              params: { limit: 1 },
            });
            errors++;
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
      });
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
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
  validate77.errors = vErrors;
  return errors === 0;
}
const schema34 = {
  anyOf: [
    { $ref: 'bifrost#/components/parameters/RoutingEngineUsed/schema' },
    { type: 'array', items: { $ref: 'bifrost#/components/schemas/RoutingEngine' } },
  ],
};
const schema35 = {
  type: 'string',
  pattern:
    '^\\s*(?:governance|routing-rule|loadbalancing|model-catalog|circuit-breaker|session-affinity|core)?\\s*(?:,\\s*(?:governance|routing-rule|loadbalancing|model-catalog|circuit-breaker|session-affinity|core)?\\s*)*$',
};
const pattern5 = new RegExp(
  '^\\s*(?:governance|routing-rule|loadbalancing|model-catalog|circuit-breaker|session-affinity|core)?\\s*(?:,\\s*(?:governance|routing-rule|loadbalancing|model-catalog|circuit-breaker|session-affinity|core)?\\s*)*$',
  'u',
);
function validate88(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern5.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\s*(?:governance|routing-rule|loadbalancing|model-catalog|circuit-breaker|session-affinity|core)?\\s*(?:,\\s*(?:governance|routing-rule|loadbalancing|model-catalog|circuit-breaker|session-affinity|core)?\\s*)*$',
        },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
const schema36 = {
  type: 'string',
  enum: [
    'governance',
    'routing-rule',
    'loadbalancing',
    'model-catalog',
    'circuit-breaker',
    'session-affinity',
    'core',
  ],
};
function validate90(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (
    !(
      data === 'governance' ||
      data === 'routing-rule' ||
      data === 'loadbalancing' ||
      data === 'model-catalog' ||
      data === 'circuit-breaker' ||
      data === 'session-affinity' ||
      data === 'core'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema36.enum },
    });
    errors++;
  }
  validate90.errors = vErrors;
  return errors === 0;
}
function validate87(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate88(data, instancePath)) {
    vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        if (
          !(validate90(data[i0], instancePath) || validate90(data[i0], instancePath + '/' + i0))
        ) {
          vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
          errors = vErrors.length;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
      });
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
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
  validate87.errors = vErrors;
  return errors === 0;
}
const schema37 = {
  anyOf: [
    { $ref: 'bifrost#/components/parameters/StopReasons/schema' },
    {
      type: 'array',
      items: {
        type: 'string',
        minLength: 1,
        examples: ['stop', 'length', 'tool_calls', 'content_filter'],
      },
    },
  ],
};
const schema38 = { type: 'string' };
function validate94(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate94.errors = vErrors;
  return errors === 0;
}
function validate93(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate94(data, instancePath)) {
    vErrors = vErrors === null ? validate94.errors : vErrors.concat(validate94.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === 'string') {
          if (data0.length < 1) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/minLength',
              keyword: 'minLength',
              params: { limit: 1 },
            });
            errors++;
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
      });
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
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
  validate93.errors = vErrors;
  return errors === 0;
}
const schema39 = {
  type: 'object',
  propertyNames: { minLength: 1, pattern: '^[^\\s&=#]+$' },
  additionalProperties: { type: 'string' },
};
const pattern6 = new RegExp('^[^\\s&=#]+$', 'u');
function validate99(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate99.errors = vErrors;
  return errors === 0;
}
const schema40 = {
  type: 'string',
  format: 'date-time',
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
};
const formats0 = formats['date-time'];
const pattern7 = new RegExp(
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
  'u',
);
function validate101(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate101.errors = vErrors;
  return errors === 0;
}
const schema41 = { type: 'string', minLength: 1 };
function validate104(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
}
const schema42 = { type: 'number', minimum: 0 };
function validate106(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate106.errors = vErrors;
  return errors === 0;
}
const schema43 = { type: 'integer', minimum: 0 };
function validate109(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate109.errors = vErrors;
  return errors === 0;
}
const schema44 = { type: 'boolean' };
function validate114(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate114.errors = vErrors;
  return errors === 0;
}
const schema45 = {
  anyOf: [
    { $ref: 'bifrost#/components/parameters/CacheHitTypes/schema' },
    { type: 'array', items: { type: 'string', enum: ['direct', 'semantic'] } },
  ],
};
const schema46 = {
  type: 'string',
  pattern: '^\\s*(?:direct|semantic)?\\s*(?:,\\s*(?:direct|semantic)?\\s*)*$',
};
const pattern8 = new RegExp(
  '^\\s*(?:direct|semantic)?\\s*(?:,\\s*(?:direct|semantic)?\\s*)*$',
  'u',
);
function validate117(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern8.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: { pattern: '^\\s*(?:direct|semantic)?\\s*(?:,\\s*(?:direct|semantic)?\\s*)*$' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
function validate116(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate117(data, instancePath)) {
    vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 !== 'string') {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
        if (!(data0 === 'direct' || data0 === 'semantic')) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/enum',
            keyword: 'enum',
            params: { allowedValues: schema45.anyOf[1].items.enum },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
      });
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
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
  validate116.errors = vErrors;
  return errors === 0;
}
const schema47 = { type: 'string' };
function validate120(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate120.errors = vErrors;
  return errors === 0;
}
const schema48 = { type: 'integer', minimum: 1, maximum: 1000 };
function validate124(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data > 1000 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 1000 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate124.errors = vErrors;
  return errors === 0;
}
const schema49 = { type: 'integer', minimum: 0 };
function validate126(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate126.errors = vErrors;
  return errors === 0;
}
const schema50 = { type: 'string', enum: ['timestamp', 'latency', 'tokens', 'cost'] };
function validate128(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (!(data === 'timestamp' || data === 'latency' || data === 'tokens' || data === 'cost')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema50.enum },
    });
    errors++;
  }
  validate128.errors = vErrors;
  return errors === 0;
}
const schema51 = { type: 'string', enum: ['asc', 'desc'] };
function validate130(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (!(data === 'asc' || data === 'desc')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema51.enum },
    });
    errors++;
  }
  validate130.errors = vErrors;
  return errors === 0;
}
function validate52(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema19.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate74(data1.parent_request_id, instancePath) ||
              validate74(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate74(data1.session_id, instancePath) ||
              validate74(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate74(data1.user_agents, instancePath) ||
              validate74(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate74(data1.apps, instancePath) ||
              validate74(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate99(data1.metadata, instancePath) ||
              validate99(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate101(data1.start_time, instancePath) ||
              validate101(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate101(data1.end_time, instancePath) ||
              validate101(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate104(data1.period, instancePath) ||
              validate104(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate106(data1.min_latency, instancePath) ||
              validate106(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate106(data1.max_latency, instancePath) ||
              validate106(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate109(data1.min_tokens, instancePath) ||
              validate109(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate109(data1.max_tokens, instancePath) ||
              validate109(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate106(data1.min_cost, instancePath) ||
              validate106(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate106(data1.max_cost, instancePath) ||
              validate106(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate114(data1.missing_cost_only, instancePath) ||
              validate114(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate120(data1.content_search, instancePath) ||
              validate120(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate74(data1.request_id, instancePath) ||
              validate74(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
        }
        if (data1.roots_only !== undefined) {
          if (
            !(
              validate114(data1.roots_only, instancePath) ||
              validate114(data1.roots_only, instancePath + '/query/roots_only')
            )
          ) {
            vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
            errors = vErrors.length;
          }
        }
        if (data1.limit !== undefined) {
          if (
            !(
              validate124(data1.limit, instancePath) ||
              validate124(data1.limit, instancePath + '/query/limit')
            )
          ) {
            vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
            errors = vErrors.length;
          }
        }
        if (data1.offset !== undefined) {
          if (
            !(
              validate126(data1.offset, instancePath) ||
              validate126(data1.offset, instancePath + '/query/offset')
            )
          ) {
            vErrors = vErrors === null ? validate126.errors : vErrors.concat(validate126.errors);
            errors = vErrors.length;
          }
        }
        if (data1.sort_by !== undefined) {
          if (
            !(
              validate128(data1.sort_by, instancePath) ||
              validate128(data1.sort_by, instancePath + '/query/sort_by')
            )
          ) {
            vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
            errors = vErrors.length;
          }
        }
        if (data1.order !== undefined) {
          if (
            !(
              validate130(data1.order, instancePath) ||
              validate130(data1.order, instancePath + '/query/order')
            )
          ) {
            vErrors = vErrors === null ? validate130.errors : vErrors.concat(validate130.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate52.errors = vErrors;
  return errors === 0;
}
export const deleteLogs_params = validate132;
const schema52 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: [],
};
function validate132(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate132.errors = vErrors;
  return errors === 0;
}
export const deleteLogs_body = validate133;
const schema53 = {
  $ref: 'bifrost#/paths/~1api~1logs/delete/requestBody/content/application~1json/schema',
};
const schema54 = {
  type: 'object',
  required: ['ids'],
  properties: { ids: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } } },
};
function validate134(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.ids === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'ids' },
      });
      errors++;
    }
    if (data.ids !== undefined) {
      let data0 = data.ids;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/ids',
            schemaPath: '#/properties/ids/minItems',
            keyword: 'minItems',
            params: { limit: 1 },
          });
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === 'string') {
            if (data1.length < 1) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/ids/' + i0,
                schemaPath: '#/properties/ids/items/minLength',
                keyword: 'minLength',
                params: { limit: 1 },
              });
              errors++;
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/ids/' + i0,
              schemaPath: '#/properties/ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/ids',
          schemaPath: '#/properties/ids/type',
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
  validate134.errors = vErrors;
  return errors === 0;
}
function validate133(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate134(data, instancePath)) {
    vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
    errors = vErrors.length;
  }
  validate133.errors = vErrors;
  return errors === 0;
}
export const getLogStats_params = validate136;
const schema55 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        compare_to_previous: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate142(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate142.errors = vErrors;
  return errors === 0;
}
function validate156(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate156.errors = vErrors;
  return errors === 0;
}
function validate158(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate158.errors = vErrors;
  return errors === 0;
}
function validate161(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate161.errors = vErrors;
  return errors === 0;
}
function validate163(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate163.errors = vErrors;
  return errors === 0;
}
function validate166(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate166.errors = vErrors;
  return errors === 0;
}
function validate171(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate171.errors = vErrors;
  return errors === 0;
}
function validate174(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate174.errors = vErrors;
  return errors === 0;
}
function validate136(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema55.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate142(data1.parent_request_id, instancePath) ||
              validate142(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate142(data1.session_id, instancePath) ||
              validate142(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate142(data1.user_agents, instancePath) ||
              validate142(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate142(data1.apps, instancePath) ||
              validate142(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate156(data1.metadata, instancePath) ||
              validate156(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate156.errors : vErrors.concat(validate156.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate158(data1.start_time, instancePath) ||
              validate158(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate158(data1.end_time, instancePath) ||
              validate158(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate158.errors : vErrors.concat(validate158.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate161(data1.period, instancePath) ||
              validate161(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate161.errors : vErrors.concat(validate161.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate163(data1.min_latency, instancePath) ||
              validate163(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate163(data1.max_latency, instancePath) ||
              validate163(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate166(data1.min_tokens, instancePath) ||
              validate166(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate166(data1.max_tokens, instancePath) ||
              validate166(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate163(data1.min_cost, instancePath) ||
              validate163(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate163(data1.max_cost, instancePath) ||
              validate163(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate163.errors : vErrors.concat(validate163.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate171(data1.missing_cost_only, instancePath) ||
              validate171(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate174(data1.content_search, instancePath) ||
              validate174(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate174.errors : vErrors.concat(validate174.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate142(data1.request_id, instancePath) ||
              validate142(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate142.errors : vErrors.concat(validate142.errors);
            errors = vErrors.length;
          }
        }
        if (data1.compare_to_previous !== undefined) {
          if (
            !(
              validate171(data1.compare_to_previous, instancePath) ||
              validate171(data1.compare_to_previous, instancePath + '/query/compare_to_previous')
            )
          ) {
            vErrors = vErrors === null ? validate171.errors : vErrors.concat(validate171.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate136.errors = vErrors;
  return errors === 0;
}
export const getLog_params = validate178;
const schema64 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' } },
      required: ['id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate179(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate179.errors = vErrors;
  return errors === 0;
}
function validate178(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate179(data0.id, instancePath) ||
              validate179(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate179.errors : vErrors.concat(validate179.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate178.errors = vErrors;
  return errors === 0;
}
export const getLogHistogram_params = validate181;
const schema66 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate187(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate187.errors = vErrors;
  return errors === 0;
}
function validate201(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate201.errors = vErrors;
  return errors === 0;
}
function validate203(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate203.errors = vErrors;
  return errors === 0;
}
function validate206(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate206.errors = vErrors;
  return errors === 0;
}
function validate208(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate208.errors = vErrors;
  return errors === 0;
}
function validate211(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate211.errors = vErrors;
  return errors === 0;
}
function validate216(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate216.errors = vErrors;
  return errors === 0;
}
function validate219(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate219.errors = vErrors;
  return errors === 0;
}
function validate181(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema66.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate187(data1.parent_request_id, instancePath) ||
              validate187(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate187(data1.session_id, instancePath) ||
              validate187(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate187(data1.user_agents, instancePath) ||
              validate187(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate187(data1.apps, instancePath) ||
              validate187(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate201(data1.metadata, instancePath) ||
              validate201(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate201.errors : vErrors.concat(validate201.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate203(data1.start_time, instancePath) ||
              validate203(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate203(data1.end_time, instancePath) ||
              validate203(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate203.errors : vErrors.concat(validate203.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate206(data1.period, instancePath) ||
              validate206(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate206.errors : vErrors.concat(validate206.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate208(data1.min_latency, instancePath) ||
              validate208(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate208(data1.max_latency, instancePath) ||
              validate208(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate211(data1.min_tokens, instancePath) ||
              validate211(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate211.errors : vErrors.concat(validate211.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate211(data1.max_tokens, instancePath) ||
              validate211(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate211.errors : vErrors.concat(validate211.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate208(data1.min_cost, instancePath) ||
              validate208(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate208(data1.max_cost, instancePath) ||
              validate208(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate208.errors : vErrors.concat(validate208.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate216(data1.missing_cost_only, instancePath) ||
              validate216(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate216.errors : vErrors.concat(validate216.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate219(data1.content_search, instancePath) ||
              validate219(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate219.errors : vErrors.concat(validate219.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate187(data1.request_id, instancePath) ||
              validate187(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate187.errors : vErrors.concat(validate187.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate181.errors = vErrors;
  return errors === 0;
}
export const getTokenHistogram_params = validate222;
const schema75 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate228(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate228.errors = vErrors;
  return errors === 0;
}
function validate242(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate242.errors = vErrors;
  return errors === 0;
}
function validate244(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate244.errors = vErrors;
  return errors === 0;
}
function validate247(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate247.errors = vErrors;
  return errors === 0;
}
function validate249(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate249.errors = vErrors;
  return errors === 0;
}
function validate252(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate252.errors = vErrors;
  return errors === 0;
}
function validate257(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate257.errors = vErrors;
  return errors === 0;
}
function validate260(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate260.errors = vErrors;
  return errors === 0;
}
function validate222(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema75.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate228(data1.parent_request_id, instancePath) ||
              validate228(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate228.errors : vErrors.concat(validate228.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate228(data1.session_id, instancePath) ||
              validate228(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate228.errors : vErrors.concat(validate228.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate228(data1.user_agents, instancePath) ||
              validate228(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate228.errors : vErrors.concat(validate228.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate228(data1.apps, instancePath) ||
              validate228(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate228.errors : vErrors.concat(validate228.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate242(data1.metadata, instancePath) ||
              validate242(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate242.errors : vErrors.concat(validate242.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate244(data1.start_time, instancePath) ||
              validate244(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate244.errors : vErrors.concat(validate244.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate244(data1.end_time, instancePath) ||
              validate244(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate244.errors : vErrors.concat(validate244.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate247(data1.period, instancePath) ||
              validate247(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate247.errors : vErrors.concat(validate247.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate249(data1.min_latency, instancePath) ||
              validate249(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate249.errors : vErrors.concat(validate249.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate249(data1.max_latency, instancePath) ||
              validate249(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate249.errors : vErrors.concat(validate249.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate252(data1.min_tokens, instancePath) ||
              validate252(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate252(data1.max_tokens, instancePath) ||
              validate252(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate252.errors : vErrors.concat(validate252.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate249(data1.min_cost, instancePath) ||
              validate249(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate249.errors : vErrors.concat(validate249.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate249(data1.max_cost, instancePath) ||
              validate249(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate249.errors : vErrors.concat(validate249.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate257(data1.missing_cost_only, instancePath) ||
              validate257(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate257.errors : vErrors.concat(validate257.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate260(data1.content_search, instancePath) ||
              validate260(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate260.errors : vErrors.concat(validate260.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate228(data1.request_id, instancePath) ||
              validate228(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate228.errors : vErrors.concat(validate228.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate222.errors = vErrors;
  return errors === 0;
}
export const getCostHistogram_params = validate263;
const schema84 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate269(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate269.errors = vErrors;
  return errors === 0;
}
function validate283(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate283.errors = vErrors;
  return errors === 0;
}
function validate285(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate285.errors = vErrors;
  return errors === 0;
}
function validate288(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate288.errors = vErrors;
  return errors === 0;
}
function validate290(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate290.errors = vErrors;
  return errors === 0;
}
function validate293(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate293.errors = vErrors;
  return errors === 0;
}
function validate298(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate298.errors = vErrors;
  return errors === 0;
}
function validate301(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate301.errors = vErrors;
  return errors === 0;
}
function validate263(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema84.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate269(data1.parent_request_id, instancePath) ||
              validate269(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate269.errors : vErrors.concat(validate269.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate269(data1.session_id, instancePath) ||
              validate269(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate269.errors : vErrors.concat(validate269.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate269(data1.user_agents, instancePath) ||
              validate269(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate269.errors : vErrors.concat(validate269.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate269(data1.apps, instancePath) ||
              validate269(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate269.errors : vErrors.concat(validate269.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate283(data1.metadata, instancePath) ||
              validate283(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate283.errors : vErrors.concat(validate283.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate285(data1.start_time, instancePath) ||
              validate285(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate285.errors : vErrors.concat(validate285.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate285(data1.end_time, instancePath) ||
              validate285(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate285.errors : vErrors.concat(validate285.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate288(data1.period, instancePath) ||
              validate288(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate288.errors : vErrors.concat(validate288.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate290(data1.min_latency, instancePath) ||
              validate290(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate290.errors : vErrors.concat(validate290.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate290(data1.max_latency, instancePath) ||
              validate290(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate290.errors : vErrors.concat(validate290.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate293(data1.min_tokens, instancePath) ||
              validate293(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate293.errors : vErrors.concat(validate293.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate293(data1.max_tokens, instancePath) ||
              validate293(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate293.errors : vErrors.concat(validate293.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate290(data1.min_cost, instancePath) ||
              validate290(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate290.errors : vErrors.concat(validate290.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate290(data1.max_cost, instancePath) ||
              validate290(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate290.errors : vErrors.concat(validate290.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate298(data1.missing_cost_only, instancePath) ||
              validate298(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate298.errors : vErrors.concat(validate298.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate301(data1.content_search, instancePath) ||
              validate301(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate301.errors : vErrors.concat(validate301.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate269(data1.request_id, instancePath) ||
              validate269(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate269.errors : vErrors.concat(validate269.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate263.errors = vErrors;
  return errors === 0;
}
export const getModelHistogram_params = validate304;
const schema93 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate310(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate310.errors = vErrors;
  return errors === 0;
}
function validate324(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate324.errors = vErrors;
  return errors === 0;
}
function validate326(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate326.errors = vErrors;
  return errors === 0;
}
function validate329(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate329.errors = vErrors;
  return errors === 0;
}
function validate331(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate331.errors = vErrors;
  return errors === 0;
}
function validate334(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate334.errors = vErrors;
  return errors === 0;
}
function validate339(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate339.errors = vErrors;
  return errors === 0;
}
function validate342(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate342.errors = vErrors;
  return errors === 0;
}
function validate304(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema93.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate310(data1.parent_request_id, instancePath) ||
              validate310(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate310.errors : vErrors.concat(validate310.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate310(data1.session_id, instancePath) ||
              validate310(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate310.errors : vErrors.concat(validate310.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate310(data1.user_agents, instancePath) ||
              validate310(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate310.errors : vErrors.concat(validate310.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate310(data1.apps, instancePath) ||
              validate310(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate310.errors : vErrors.concat(validate310.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate324(data1.metadata, instancePath) ||
              validate324(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate324.errors : vErrors.concat(validate324.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate326(data1.start_time, instancePath) ||
              validate326(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate326.errors : vErrors.concat(validate326.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate326(data1.end_time, instancePath) ||
              validate326(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate326.errors : vErrors.concat(validate326.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate329(data1.period, instancePath) ||
              validate329(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate329.errors : vErrors.concat(validate329.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate331(data1.min_latency, instancePath) ||
              validate331(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate331.errors : vErrors.concat(validate331.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate331(data1.max_latency, instancePath) ||
              validate331(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate331.errors : vErrors.concat(validate331.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate334(data1.min_tokens, instancePath) ||
              validate334(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate334.errors : vErrors.concat(validate334.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate334(data1.max_tokens, instancePath) ||
              validate334(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate334.errors : vErrors.concat(validate334.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate331(data1.min_cost, instancePath) ||
              validate331(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate331.errors : vErrors.concat(validate331.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate331(data1.max_cost, instancePath) ||
              validate331(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate331.errors : vErrors.concat(validate331.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate339(data1.missing_cost_only, instancePath) ||
              validate339(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate339.errors : vErrors.concat(validate339.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate342(data1.content_search, instancePath) ||
              validate342(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate342.errors : vErrors.concat(validate342.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate310(data1.request_id, instancePath) ||
              validate310(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate310.errors : vErrors.concat(validate310.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate304.errors = vErrors;
  return errors === 0;
}
export const getLatencyHistogram_params = validate345;
const schema102 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate351(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate351.errors = vErrors;
  return errors === 0;
}
function validate365(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate365.errors = vErrors;
  return errors === 0;
}
function validate367(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate367.errors = vErrors;
  return errors === 0;
}
function validate370(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate370.errors = vErrors;
  return errors === 0;
}
function validate372(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate372.errors = vErrors;
  return errors === 0;
}
function validate375(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate375.errors = vErrors;
  return errors === 0;
}
function validate380(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate380.errors = vErrors;
  return errors === 0;
}
function validate383(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate383.errors = vErrors;
  return errors === 0;
}
function validate345(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema102.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate351(data1.parent_request_id, instancePath) ||
              validate351(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate351.errors : vErrors.concat(validate351.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate351(data1.session_id, instancePath) ||
              validate351(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate351.errors : vErrors.concat(validate351.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate351(data1.user_agents, instancePath) ||
              validate351(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate351.errors : vErrors.concat(validate351.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate351(data1.apps, instancePath) ||
              validate351(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate351.errors : vErrors.concat(validate351.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate365(data1.metadata, instancePath) ||
              validate365(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate365.errors : vErrors.concat(validate365.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate367(data1.start_time, instancePath) ||
              validate367(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate367.errors : vErrors.concat(validate367.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate367(data1.end_time, instancePath) ||
              validate367(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate367.errors : vErrors.concat(validate367.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate370(data1.period, instancePath) ||
              validate370(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate370.errors : vErrors.concat(validate370.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate372(data1.min_latency, instancePath) ||
              validate372(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate372.errors : vErrors.concat(validate372.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate372(data1.max_latency, instancePath) ||
              validate372(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate372.errors : vErrors.concat(validate372.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate375(data1.min_tokens, instancePath) ||
              validate375(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate375.errors : vErrors.concat(validate375.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate375(data1.max_tokens, instancePath) ||
              validate375(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate375.errors : vErrors.concat(validate375.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate372(data1.min_cost, instancePath) ||
              validate372(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate372.errors : vErrors.concat(validate372.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate372(data1.max_cost, instancePath) ||
              validate372(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate372.errors : vErrors.concat(validate372.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate380(data1.missing_cost_only, instancePath) ||
              validate380(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate380.errors : vErrors.concat(validate380.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate383(data1.content_search, instancePath) ||
              validate383(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate383.errors : vErrors.concat(validate383.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate351(data1.request_id, instancePath) ||
              validate351(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate351.errors : vErrors.concat(validate351.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate345.errors = vErrors;
  return errors === 0;
}
export const getThroughputHistogram_params = validate386;
const schema111 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate392(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate392.errors = vErrors;
  return errors === 0;
}
function validate406(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate406.errors = vErrors;
  return errors === 0;
}
function validate408(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate408.errors = vErrors;
  return errors === 0;
}
function validate411(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate411.errors = vErrors;
  return errors === 0;
}
function validate413(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate413.errors = vErrors;
  return errors === 0;
}
function validate416(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate416.errors = vErrors;
  return errors === 0;
}
function validate421(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate421.errors = vErrors;
  return errors === 0;
}
function validate424(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate424.errors = vErrors;
  return errors === 0;
}
function validate386(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema111.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate392(data1.parent_request_id, instancePath) ||
              validate392(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate392(data1.session_id, instancePath) ||
              validate392(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate392(data1.user_agents, instancePath) ||
              validate392(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate392(data1.apps, instancePath) ||
              validate392(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate406(data1.metadata, instancePath) ||
              validate406(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate406.errors : vErrors.concat(validate406.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate408(data1.start_time, instancePath) ||
              validate408(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate408.errors : vErrors.concat(validate408.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate408(data1.end_time, instancePath) ||
              validate408(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate408.errors : vErrors.concat(validate408.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate411(data1.period, instancePath) ||
              validate411(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate411.errors : vErrors.concat(validate411.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate413(data1.min_latency, instancePath) ||
              validate413(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate413.errors : vErrors.concat(validate413.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate413(data1.max_latency, instancePath) ||
              validate413(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate413.errors : vErrors.concat(validate413.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate416(data1.min_tokens, instancePath) ||
              validate416(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate416.errors : vErrors.concat(validate416.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate416(data1.max_tokens, instancePath) ||
              validate416(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate416.errors : vErrors.concat(validate416.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate413(data1.min_cost, instancePath) ||
              validate413(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate413.errors : vErrors.concat(validate413.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate413(data1.max_cost, instancePath) ||
              validate413(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate413.errors : vErrors.concat(validate413.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate421(data1.missing_cost_only, instancePath) ||
              validate421(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate421.errors : vErrors.concat(validate421.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate424(data1.content_search, instancePath) ||
              validate424(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate424.errors : vErrors.concat(validate424.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate392(data1.request_id, instancePath) ||
              validate392(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate392.errors : vErrors.concat(validate392.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate386.errors = vErrors;
  return errors === 0;
}
export const getProviderCostHistogram_params = validate427;
const schema120 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate433(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate433.errors = vErrors;
  return errors === 0;
}
function validate447(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate447.errors = vErrors;
  return errors === 0;
}
function validate449(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate449.errors = vErrors;
  return errors === 0;
}
function validate452(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate452.errors = vErrors;
  return errors === 0;
}
function validate454(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate454.errors = vErrors;
  return errors === 0;
}
function validate457(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate457.errors = vErrors;
  return errors === 0;
}
function validate462(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate462.errors = vErrors;
  return errors === 0;
}
function validate465(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate465.errors = vErrors;
  return errors === 0;
}
function validate427(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema120.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate433(data1.parent_request_id, instancePath) ||
              validate433(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate433.errors : vErrors.concat(validate433.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate433(data1.session_id, instancePath) ||
              validate433(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate433.errors : vErrors.concat(validate433.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate433(data1.user_agents, instancePath) ||
              validate433(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate433.errors : vErrors.concat(validate433.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate433(data1.apps, instancePath) ||
              validate433(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate433.errors : vErrors.concat(validate433.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate447(data1.metadata, instancePath) ||
              validate447(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate447.errors : vErrors.concat(validate447.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate449(data1.start_time, instancePath) ||
              validate449(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate449.errors : vErrors.concat(validate449.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate449(data1.end_time, instancePath) ||
              validate449(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate449.errors : vErrors.concat(validate449.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate452(data1.period, instancePath) ||
              validate452(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate452.errors : vErrors.concat(validate452.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate454(data1.min_latency, instancePath) ||
              validate454(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate454.errors : vErrors.concat(validate454.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate454(data1.max_latency, instancePath) ||
              validate454(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate454.errors : vErrors.concat(validate454.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate457(data1.min_tokens, instancePath) ||
              validate457(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate457.errors : vErrors.concat(validate457.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate457(data1.max_tokens, instancePath) ||
              validate457(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate457.errors : vErrors.concat(validate457.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate454(data1.min_cost, instancePath) ||
              validate454(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate454.errors : vErrors.concat(validate454.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate454(data1.max_cost, instancePath) ||
              validate454(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate454.errors : vErrors.concat(validate454.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate462(data1.missing_cost_only, instancePath) ||
              validate462(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate462.errors : vErrors.concat(validate462.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate465(data1.content_search, instancePath) ||
              validate465(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate465.errors : vErrors.concat(validate465.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate433(data1.request_id, instancePath) ||
              validate433(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate433.errors : vErrors.concat(validate433.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate427.errors = vErrors;
  return errors === 0;
}
export const getProviderTokenHistogram_params = validate468;
const schema129 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate474(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate474.errors = vErrors;
  return errors === 0;
}
function validate488(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate488.errors = vErrors;
  return errors === 0;
}
function validate490(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate490.errors = vErrors;
  return errors === 0;
}
function validate493(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate493.errors = vErrors;
  return errors === 0;
}
function validate495(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate495.errors = vErrors;
  return errors === 0;
}
function validate498(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate498.errors = vErrors;
  return errors === 0;
}
function validate503(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate503.errors = vErrors;
  return errors === 0;
}
function validate506(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate506.errors = vErrors;
  return errors === 0;
}
function validate468(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema129.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate474(data1.parent_request_id, instancePath) ||
              validate474(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate474.errors : vErrors.concat(validate474.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate474(data1.session_id, instancePath) ||
              validate474(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate474.errors : vErrors.concat(validate474.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate474(data1.user_agents, instancePath) ||
              validate474(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate474.errors : vErrors.concat(validate474.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate474(data1.apps, instancePath) ||
              validate474(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate474.errors : vErrors.concat(validate474.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate488(data1.metadata, instancePath) ||
              validate488(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate488.errors : vErrors.concat(validate488.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate490(data1.start_time, instancePath) ||
              validate490(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate490.errors : vErrors.concat(validate490.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate490(data1.end_time, instancePath) ||
              validate490(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate490.errors : vErrors.concat(validate490.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate493(data1.period, instancePath) ||
              validate493(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate493.errors : vErrors.concat(validate493.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate495(data1.min_latency, instancePath) ||
              validate495(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate495.errors : vErrors.concat(validate495.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate495(data1.max_latency, instancePath) ||
              validate495(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate495.errors : vErrors.concat(validate495.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate498(data1.min_tokens, instancePath) ||
              validate498(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate498.errors : vErrors.concat(validate498.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate498(data1.max_tokens, instancePath) ||
              validate498(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate498.errors : vErrors.concat(validate498.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate495(data1.min_cost, instancePath) ||
              validate495(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate495.errors : vErrors.concat(validate495.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate495(data1.max_cost, instancePath) ||
              validate495(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate495.errors : vErrors.concat(validate495.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate503(data1.missing_cost_only, instancePath) ||
              validate503(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate503.errors : vErrors.concat(validate503.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate506(data1.content_search, instancePath) ||
              validate506(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate506.errors : vErrors.concat(validate506.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate474(data1.request_id, instancePath) ||
              validate474(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate474.errors : vErrors.concat(validate474.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate468.errors = vErrors;
  return errors === 0;
}
export const getProviderLatencyHistogram_params = validate509;
const schema138 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate515(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate515.errors = vErrors;
  return errors === 0;
}
function validate529(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate529.errors = vErrors;
  return errors === 0;
}
function validate531(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate531.errors = vErrors;
  return errors === 0;
}
function validate534(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate534.errors = vErrors;
  return errors === 0;
}
function validate536(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate536.errors = vErrors;
  return errors === 0;
}
function validate539(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate539.errors = vErrors;
  return errors === 0;
}
function validate544(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate544.errors = vErrors;
  return errors === 0;
}
function validate547(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate547.errors = vErrors;
  return errors === 0;
}
function validate509(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema138.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate515(data1.parent_request_id, instancePath) ||
              validate515(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate515.errors : vErrors.concat(validate515.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate515(data1.session_id, instancePath) ||
              validate515(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate515.errors : vErrors.concat(validate515.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate515(data1.user_agents, instancePath) ||
              validate515(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate515.errors : vErrors.concat(validate515.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate515(data1.apps, instancePath) ||
              validate515(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate515.errors : vErrors.concat(validate515.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate529(data1.metadata, instancePath) ||
              validate529(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate529.errors : vErrors.concat(validate529.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate531(data1.start_time, instancePath) ||
              validate531(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate531.errors : vErrors.concat(validate531.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate531(data1.end_time, instancePath) ||
              validate531(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate531.errors : vErrors.concat(validate531.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate534(data1.period, instancePath) ||
              validate534(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate534.errors : vErrors.concat(validate534.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate536(data1.min_latency, instancePath) ||
              validate536(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate536.errors : vErrors.concat(validate536.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate536(data1.max_latency, instancePath) ||
              validate536(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate536.errors : vErrors.concat(validate536.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate539(data1.min_tokens, instancePath) ||
              validate539(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate539.errors : vErrors.concat(validate539.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate539(data1.max_tokens, instancePath) ||
              validate539(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate539.errors : vErrors.concat(validate539.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate536(data1.min_cost, instancePath) ||
              validate536(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate536.errors : vErrors.concat(validate536.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate536(data1.max_cost, instancePath) ||
              validate536(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate536.errors : vErrors.concat(validate536.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate544(data1.missing_cost_only, instancePath) ||
              validate544(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate544.errors : vErrors.concat(validate544.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate547(data1.content_search, instancePath) ||
              validate547(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate547.errors : vErrors.concat(validate547.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate515(data1.request_id, instancePath) ||
              validate515(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate515.errors : vErrors.concat(validate515.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate509.errors = vErrors;
  return errors === 0;
}
export const getProviderThroughputHistogram_params = validate550;
const schema147 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate556(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate556.errors = vErrors;
  return errors === 0;
}
function validate570(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate570.errors = vErrors;
  return errors === 0;
}
function validate572(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate572.errors = vErrors;
  return errors === 0;
}
function validate575(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate575.errors = vErrors;
  return errors === 0;
}
function validate577(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate577.errors = vErrors;
  return errors === 0;
}
function validate580(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate580.errors = vErrors;
  return errors === 0;
}
function validate585(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate585.errors = vErrors;
  return errors === 0;
}
function validate588(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate588.errors = vErrors;
  return errors === 0;
}
function validate550(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema147.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate556(data1.parent_request_id, instancePath) ||
              validate556(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate556.errors : vErrors.concat(validate556.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate556(data1.session_id, instancePath) ||
              validate556(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate556.errors : vErrors.concat(validate556.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate556(data1.user_agents, instancePath) ||
              validate556(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate556.errors : vErrors.concat(validate556.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate556(data1.apps, instancePath) ||
              validate556(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate556.errors : vErrors.concat(validate556.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate570(data1.metadata, instancePath) ||
              validate570(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate570.errors : vErrors.concat(validate570.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate572(data1.start_time, instancePath) ||
              validate572(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate572.errors : vErrors.concat(validate572.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate572(data1.end_time, instancePath) ||
              validate572(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate572.errors : vErrors.concat(validate572.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate575(data1.period, instancePath) ||
              validate575(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate575.errors : vErrors.concat(validate575.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate577(data1.min_latency, instancePath) ||
              validate577(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate577.errors : vErrors.concat(validate577.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate577(data1.max_latency, instancePath) ||
              validate577(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate577.errors : vErrors.concat(validate577.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate580(data1.min_tokens, instancePath) ||
              validate580(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate580.errors : vErrors.concat(validate580.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate580(data1.max_tokens, instancePath) ||
              validate580(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate580.errors : vErrors.concat(validate580.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate577(data1.min_cost, instancePath) ||
              validate577(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate577.errors : vErrors.concat(validate577.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate577(data1.max_cost, instancePath) ||
              validate577(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate577.errors : vErrors.concat(validate577.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate585(data1.missing_cost_only, instancePath) ||
              validate585(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate585.errors : vErrors.concat(validate585.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate588(data1.content_search, instancePath) ||
              validate588(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate588.errors : vErrors.concat(validate588.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate556(data1.request_id, instancePath) ||
              validate556(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate556.errors : vErrors.concat(validate556.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate550.errors = vErrors;
  return errors === 0;
}
export const getDimensionCostHistogram_params = validate591;
const schema156 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        dimension: { $ref: 'bifrost#/components/parameters/HistogramDimension/schema' },
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: ['dimension'],
      additionalProperties: false,
    },
  },
  required: ['query'],
};
const schema157 = {
  type: 'string',
  enum: ['provider', 'team_id', 'customer_id', 'user_id', 'business_unit_id'],
};
function validate592(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (
    !(
      data === 'provider' ||
      data === 'team_id' ||
      data === 'customer_id' ||
      data === 'user_id' ||
      data === 'business_unit_id'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema157.enum },
    });
    errors++;
  }
  validate592.errors = vErrors;
  return errors === 0;
}
function validate599(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate599.errors = vErrors;
  return errors === 0;
}
function validate613(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate613.errors = vErrors;
  return errors === 0;
}
function validate615(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate615.errors = vErrors;
  return errors === 0;
}
function validate618(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate618.errors = vErrors;
  return errors === 0;
}
function validate620(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate620.errors = vErrors;
  return errors === 0;
}
function validate623(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate623.errors = vErrors;
  return errors === 0;
}
function validate628(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate628.errors = vErrors;
  return errors === 0;
}
function validate631(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate631.errors = vErrors;
  return errors === 0;
}
function validate591(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.query === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'query' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.dimension === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/required',
            keyword: 'required',
            params: { missingProperty: 'dimension' },
          });
          errors++;
        }
        for (const key1 in data1) {
          if (!func1.call(schema156.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.dimension !== undefined) {
          if (
            !(
              validate592(data1.dimension, instancePath) ||
              validate592(data1.dimension, instancePath + '/query/dimension')
            )
          ) {
            vErrors = vErrors === null ? validate592.errors : vErrors.concat(validate592.errors);
            errors = vErrors.length;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate599(data1.parent_request_id, instancePath) ||
              validate599(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate599.errors : vErrors.concat(validate599.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate599(data1.session_id, instancePath) ||
              validate599(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate599.errors : vErrors.concat(validate599.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate599(data1.user_agents, instancePath) ||
              validate599(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate599.errors : vErrors.concat(validate599.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate599(data1.apps, instancePath) ||
              validate599(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate599.errors : vErrors.concat(validate599.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate613(data1.metadata, instancePath) ||
              validate613(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate613.errors : vErrors.concat(validate613.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate615(data1.start_time, instancePath) ||
              validate615(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate615.errors : vErrors.concat(validate615.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate615(data1.end_time, instancePath) ||
              validate615(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate615.errors : vErrors.concat(validate615.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate618(data1.period, instancePath) ||
              validate618(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate618.errors : vErrors.concat(validate618.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate620(data1.min_latency, instancePath) ||
              validate620(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate620.errors : vErrors.concat(validate620.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate620(data1.max_latency, instancePath) ||
              validate620(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate620.errors : vErrors.concat(validate620.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate623(data1.min_tokens, instancePath) ||
              validate623(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate623.errors : vErrors.concat(validate623.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate623(data1.max_tokens, instancePath) ||
              validate623(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate623.errors : vErrors.concat(validate623.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate620(data1.min_cost, instancePath) ||
              validate620(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate620.errors : vErrors.concat(validate620.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate620(data1.max_cost, instancePath) ||
              validate620(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate620.errors : vErrors.concat(validate620.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate628(data1.missing_cost_only, instancePath) ||
              validate628(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate628.errors : vErrors.concat(validate628.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate631(data1.content_search, instancePath) ||
              validate631(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate631.errors : vErrors.concat(validate631.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate599(data1.request_id, instancePath) ||
              validate599(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate599.errors : vErrors.concat(validate599.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate591.errors = vErrors;
  return errors === 0;
}
export const getDimensionTokenHistogram_params = validate634;
const schema166 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        dimension: { $ref: 'bifrost#/components/parameters/HistogramDimension/schema' },
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: ['dimension'],
      additionalProperties: false,
    },
  },
  required: ['query'],
};
function validate635(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (
    !(
      data === 'provider' ||
      data === 'team_id' ||
      data === 'customer_id' ||
      data === 'user_id' ||
      data === 'business_unit_id'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema157.enum },
    });
    errors++;
  }
  validate635.errors = vErrors;
  return errors === 0;
}
function validate642(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate642.errors = vErrors;
  return errors === 0;
}
function validate656(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate656.errors = vErrors;
  return errors === 0;
}
function validate658(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate658.errors = vErrors;
  return errors === 0;
}
function validate661(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate661.errors = vErrors;
  return errors === 0;
}
function validate663(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate663.errors = vErrors;
  return errors === 0;
}
function validate666(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate666.errors = vErrors;
  return errors === 0;
}
function validate671(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate671.errors = vErrors;
  return errors === 0;
}
function validate674(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate674.errors = vErrors;
  return errors === 0;
}
function validate634(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.query === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'query' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.dimension === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/required',
            keyword: 'required',
            params: { missingProperty: 'dimension' },
          });
          errors++;
        }
        for (const key1 in data1) {
          if (!func1.call(schema166.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.dimension !== undefined) {
          if (
            !(
              validate635(data1.dimension, instancePath) ||
              validate635(data1.dimension, instancePath + '/query/dimension')
            )
          ) {
            vErrors = vErrors === null ? validate635.errors : vErrors.concat(validate635.errors);
            errors = vErrors.length;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate642(data1.parent_request_id, instancePath) ||
              validate642(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate642.errors : vErrors.concat(validate642.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate642(data1.session_id, instancePath) ||
              validate642(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate642.errors : vErrors.concat(validate642.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate642(data1.user_agents, instancePath) ||
              validate642(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate642.errors : vErrors.concat(validate642.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate642(data1.apps, instancePath) ||
              validate642(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate642.errors : vErrors.concat(validate642.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate656(data1.metadata, instancePath) ||
              validate656(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate656.errors : vErrors.concat(validate656.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate658(data1.start_time, instancePath) ||
              validate658(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate658.errors : vErrors.concat(validate658.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate658(data1.end_time, instancePath) ||
              validate658(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate658.errors : vErrors.concat(validate658.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate661(data1.period, instancePath) ||
              validate661(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate661.errors : vErrors.concat(validate661.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate663(data1.min_latency, instancePath) ||
              validate663(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate663.errors : vErrors.concat(validate663.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate663(data1.max_latency, instancePath) ||
              validate663(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate663.errors : vErrors.concat(validate663.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate666(data1.min_tokens, instancePath) ||
              validate666(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate666.errors : vErrors.concat(validate666.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate666(data1.max_tokens, instancePath) ||
              validate666(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate666.errors : vErrors.concat(validate666.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate663(data1.min_cost, instancePath) ||
              validate663(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate663.errors : vErrors.concat(validate663.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate663(data1.max_cost, instancePath) ||
              validate663(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate663.errors : vErrors.concat(validate663.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate671(data1.missing_cost_only, instancePath) ||
              validate671(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate671.errors : vErrors.concat(validate671.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate674(data1.content_search, instancePath) ||
              validate674(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate674.errors : vErrors.concat(validate674.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate642(data1.request_id, instancePath) ||
              validate642(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate642.errors : vErrors.concat(validate642.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate634.errors = vErrors;
  return errors === 0;
}
export const getDimensionLatencyHistogram_params = validate677;
const schema176 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        dimension: { $ref: 'bifrost#/components/parameters/HistogramDimension/schema' },
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
      },
      required: ['dimension'],
      additionalProperties: false,
    },
  },
  required: ['query'],
};
function validate678(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (
    !(
      data === 'provider' ||
      data === 'team_id' ||
      data === 'customer_id' ||
      data === 'user_id' ||
      data === 'business_unit_id'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema157.enum },
    });
    errors++;
  }
  validate678.errors = vErrors;
  return errors === 0;
}
function validate685(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate685.errors = vErrors;
  return errors === 0;
}
function validate699(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate699.errors = vErrors;
  return errors === 0;
}
function validate701(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate701.errors = vErrors;
  return errors === 0;
}
function validate704(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate704.errors = vErrors;
  return errors === 0;
}
function validate706(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate706.errors = vErrors;
  return errors === 0;
}
function validate709(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate709.errors = vErrors;
  return errors === 0;
}
function validate714(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate714.errors = vErrors;
  return errors === 0;
}
function validate717(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate717.errors = vErrors;
  return errors === 0;
}
function validate677(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.query === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'query' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.dimension === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/required',
            keyword: 'required',
            params: { missingProperty: 'dimension' },
          });
          errors++;
        }
        for (const key1 in data1) {
          if (!func1.call(schema176.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.dimension !== undefined) {
          if (
            !(
              validate678(data1.dimension, instancePath) ||
              validate678(data1.dimension, instancePath + '/query/dimension')
            )
          ) {
            vErrors = vErrors === null ? validate678.errors : vErrors.concat(validate678.errors);
            errors = vErrors.length;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate685(data1.parent_request_id, instancePath) ||
              validate685(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate685.errors : vErrors.concat(validate685.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate685(data1.session_id, instancePath) ||
              validate685(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate685.errors : vErrors.concat(validate685.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate685(data1.user_agents, instancePath) ||
              validate685(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate685.errors : vErrors.concat(validate685.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate685(data1.apps, instancePath) ||
              validate685(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate685.errors : vErrors.concat(validate685.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate699(data1.metadata, instancePath) ||
              validate699(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate699.errors : vErrors.concat(validate699.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate701(data1.start_time, instancePath) ||
              validate701(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate701.errors : vErrors.concat(validate701.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate701(data1.end_time, instancePath) ||
              validate701(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate701.errors : vErrors.concat(validate701.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate704(data1.period, instancePath) ||
              validate704(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate704.errors : vErrors.concat(validate704.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate706(data1.min_latency, instancePath) ||
              validate706(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate706.errors : vErrors.concat(validate706.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate706(data1.max_latency, instancePath) ||
              validate706(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate706.errors : vErrors.concat(validate706.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate709(data1.min_tokens, instancePath) ||
              validate709(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate709.errors : vErrors.concat(validate709.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate709(data1.max_tokens, instancePath) ||
              validate709(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate709.errors : vErrors.concat(validate709.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate706(data1.min_cost, instancePath) ||
              validate706(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate706.errors : vErrors.concat(validate706.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate706(data1.max_cost, instancePath) ||
              validate706(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate706.errors : vErrors.concat(validate706.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate714(data1.missing_cost_only, instancePath) ||
              validate714(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate714.errors : vErrors.concat(validate714.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate717(data1.content_search, instancePath) ||
              validate717(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate717.errors : vErrors.concat(validate717.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate685(data1.request_id, instancePath) ||
              validate685(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate685.errors : vErrors.concat(validate685.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate677.errors = vErrors;
  return errors === 0;
}
export const getLogSession_params = validate720;
const schema186 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' } },
      required: ['session_id'],
      additionalProperties: false,
    },
    query: {
      type: 'object',
      properties: {
        limit: { $ref: 'bifrost#/components/parameters/SessionLimit/schema' },
        offset: { $ref: 'bifrost#/components/parameters/Offset/schema' },
        order: { $ref: 'bifrost#/components/parameters/SessionOrder/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: ['path'],
};
function validate721(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate721.errors = vErrors;
  return errors === 0;
}
const schema188 = { type: 'integer', minimum: 1, maximum: 500 };
function validate723(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data > 500 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/maximum',
        keyword: 'maximum',
        params: { comparison: '<=', limit: 500 },
      });
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate723.errors = vErrors;
  return errors === 0;
}
function validate725(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate725.errors = vErrors;
  return errors === 0;
}
const schema190 = { type: 'string', enum: ['asc', 'desc'] };
function validate727(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (!(data === 'asc' || data === 'desc')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema190.enum },
    });
    errors++;
  }
  validate727.errors = vErrors;
  return errors === 0;
}
function validate720(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.session_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'session_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'session_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.session_id !== undefined) {
          if (
            !(
              validate721(data0.session_id, instancePath) ||
              validate721(data0.session_id, instancePath + '/path/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate721.errors : vErrors.concat(validate721.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === 'limit' || key1 === 'offset' || key1 === 'order')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data2.limit !== undefined) {
          if (
            !(
              validate723(data2.limit, instancePath) ||
              validate723(data2.limit, instancePath + '/query/limit')
            )
          ) {
            vErrors = vErrors === null ? validate723.errors : vErrors.concat(validate723.errors);
            errors = vErrors.length;
          }
        }
        if (data2.offset !== undefined) {
          if (
            !(
              validate725(data2.offset, instancePath) ||
              validate725(data2.offset, instancePath + '/query/offset')
            )
          ) {
            vErrors = vErrors === null ? validate725.errors : vErrors.concat(validate725.errors);
            errors = vErrors.length;
          }
        }
        if (data2.order !== undefined) {
          if (
            !(
              validate727(data2.order, instancePath) ||
              validate727(data2.order, instancePath + '/query/order')
            )
          ) {
            vErrors = vErrors === null ? validate727.errors : vErrors.concat(validate727.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate720.errors = vErrors;
  return errors === 0;
}
export const getLogSessionSummary_params = validate729;
const schema191 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' } },
      required: ['session_id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate730(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate730.errors = vErrors;
  return errors === 0;
}
function validate729(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.session_id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'session_id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'session_id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.session_id !== undefined) {
          if (
            !(
              validate730(data0.session_id, instancePath) ||
              validate730(data0.session_id, instancePath + '/path/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate730.errors : vErrors.concat(validate730.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate729.errors = vErrors;
  return errors === 0;
}
export const getDroppedRequests_params = validate732;
const schema193 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: [],
};
function validate732(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate732.errors = vErrors;
  return errors === 0;
}
export const getLogFilterData_params = validate733;
const schema194 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        dimensions: { $ref: 'bifrost-list-dimensions-9' },
        q: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
const schema195 = {
  anyOf: [
    { $ref: 'bifrost#/components/parameters/FilterDimensions/schema' },
    {
      type: 'array',
      items: {
        type: 'string',
        enum: [
          'models',
          'aliases',
          'selected_keys',
          'virtual_keys',
          'routing_rules',
          'routing_engines',
          'stop_reasons',
          'apps',
          'user_agents',
          'teams',
          'customers',
          'users',
          'business_units',
          'metadata_keys',
        ],
      },
    },
  ],
};
const schema196 = {
  type: 'string',
  pattern:
    '^\\s*(?:models|aliases|selected_keys|virtual_keys|routing_rules|routing_engines|stop_reasons|apps|user_agents|teams|customers|users|business_units|metadata_keys)?\\s*(?:,\\s*(?:models|aliases|selected_keys|virtual_keys|routing_rules|routing_engines|stop_reasons|apps|user_agents|teams|customers|users|business_units|metadata_keys)?\\s*)*$',
};
const pattern37 = new RegExp(
  '^\\s*(?:models|aliases|selected_keys|virtual_keys|routing_rules|routing_engines|stop_reasons|apps|user_agents|teams|customers|users|business_units|metadata_keys)?\\s*(?:,\\s*(?:models|aliases|selected_keys|virtual_keys|routing_rules|routing_engines|stop_reasons|apps|user_agents|teams|customers|users|business_units|metadata_keys)?\\s*)*$',
  'u',
);
function validate735(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern37.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\s*(?:models|aliases|selected_keys|virtual_keys|routing_rules|routing_engines|stop_reasons|apps|user_agents|teams|customers|users|business_units|metadata_keys)?\\s*(?:,\\s*(?:models|aliases|selected_keys|virtual_keys|routing_rules|routing_engines|stop_reasons|apps|user_agents|teams|customers|users|business_units|metadata_keys)?\\s*)*$',
        },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate735.errors = vErrors;
  return errors === 0;
}
function validate734(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!validate735(data, instancePath)) {
    vErrors = vErrors === null ? validate735.errors : vErrors.concat(validate735.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 !== 'string') {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'string' },
          });
          errors++;
        }
        if (
          !(
            data0 === 'models' ||
            data0 === 'aliases' ||
            data0 === 'selected_keys' ||
            data0 === 'virtual_keys' ||
            data0 === 'routing_rules' ||
            data0 === 'routing_engines' ||
            data0 === 'stop_reasons' ||
            data0 === 'apps' ||
            data0 === 'user_agents' ||
            data0 === 'teams' ||
            data0 === 'customers' ||
            data0 === 'users' ||
            data0 === 'business_units' ||
            data0 === 'metadata_keys'
          )
        ) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/enum',
            keyword: 'enum',
            params: { allowedValues: schema195.anyOf[1].items.enum },
          });
          errors++;
        }
      }
    } else {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
      });
      errors++;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
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
  validate734.errors = vErrors;
  return errors === 0;
}
function validate738(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate738.errors = vErrors;
  return errors === 0;
}
function validate733(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === 'dimensions' || key1 === 'q')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.dimensions !== undefined) {
          if (
            !(
              validate734(data1.dimensions, instancePath) ||
              validate734(data1.dimensions, instancePath + '/query/dimensions')
            )
          ) {
            vErrors = vErrors === null ? validate734.errors : vErrors.concat(validate734.errors);
            errors = vErrors.length;
          }
        }
        if (data1.q !== undefined) {
          if (
            !(validate738(data1.q, instancePath) || validate738(data1.q, instancePath + '/query/q'))
          ) {
            vErrors = vErrors === null ? validate738.errors : vErrors.concat(validate738.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate733.errors = vErrors;
  return errors === 0;
}
export const getModelRankings_params = validate740;
const schema198 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        limit: { $ref: 'bifrost#/components/parameters/RankingLimit/schema' },
        all: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate746(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate746.errors = vErrors;
  return errors === 0;
}
function validate760(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate760.errors = vErrors;
  return errors === 0;
}
function validate762(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate762.errors = vErrors;
  return errors === 0;
}
function validate765(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate765.errors = vErrors;
  return errors === 0;
}
function validate767(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate767.errors = vErrors;
  return errors === 0;
}
function validate770(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate770.errors = vErrors;
  return errors === 0;
}
function validate775(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate775.errors = vErrors;
  return errors === 0;
}
function validate778(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate778.errors = vErrors;
  return errors === 0;
}
const schema207 = { type: 'integer', minimum: 1 };
function validate781(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate781.errors = vErrors;
  return errors === 0;
}
function validate740(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema198.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate746(data1.parent_request_id, instancePath) ||
              validate746(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate746.errors : vErrors.concat(validate746.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate746(data1.session_id, instancePath) ||
              validate746(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate746.errors : vErrors.concat(validate746.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate746(data1.user_agents, instancePath) ||
              validate746(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate746.errors : vErrors.concat(validate746.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate746(data1.apps, instancePath) ||
              validate746(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate746.errors : vErrors.concat(validate746.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate760(data1.metadata, instancePath) ||
              validate760(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate760.errors : vErrors.concat(validate760.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate762(data1.start_time, instancePath) ||
              validate762(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate762.errors : vErrors.concat(validate762.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate762(data1.end_time, instancePath) ||
              validate762(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate762.errors : vErrors.concat(validate762.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate765(data1.period, instancePath) ||
              validate765(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate765.errors : vErrors.concat(validate765.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate767(data1.min_latency, instancePath) ||
              validate767(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate767.errors : vErrors.concat(validate767.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate767(data1.max_latency, instancePath) ||
              validate767(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate767.errors : vErrors.concat(validate767.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate770(data1.min_tokens, instancePath) ||
              validate770(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate770.errors : vErrors.concat(validate770.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate770(data1.max_tokens, instancePath) ||
              validate770(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate770.errors : vErrors.concat(validate770.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate767(data1.min_cost, instancePath) ||
              validate767(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate767.errors : vErrors.concat(validate767.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate767(data1.max_cost, instancePath) ||
              validate767(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate767.errors : vErrors.concat(validate767.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate775(data1.missing_cost_only, instancePath) ||
              validate775(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate775.errors : vErrors.concat(validate775.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate778(data1.content_search, instancePath) ||
              validate778(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate778.errors : vErrors.concat(validate778.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate746(data1.request_id, instancePath) ||
              validate746(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate746.errors : vErrors.concat(validate746.errors);
            errors = vErrors.length;
          }
        }
        if (data1.limit !== undefined) {
          if (
            !(
              validate781(data1.limit, instancePath) ||
              validate781(data1.limit, instancePath + '/query/limit')
            )
          ) {
            vErrors = vErrors === null ? validate781.errors : vErrors.concat(validate781.errors);
            errors = vErrors.length;
          }
        }
        if (data1.all !== undefined) {
          if (
            !(
              validate775(data1.all, instancePath) ||
              validate775(data1.all, instancePath + '/query/all')
            )
          ) {
            vErrors = vErrors === null ? validate775.errors : vErrors.concat(validate775.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate740.errors = vErrors;
  return errors === 0;
}
export const getDimensionRankings_params = validate784;
const schema208 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        dimension: { $ref: 'bifrost#/components/parameters/RankingDimension/schema' },
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        limit: { $ref: 'bifrost#/components/parameters/RankingLimit/schema' },
        all: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
      },
      required: ['dimension'],
      additionalProperties: false,
    },
  },
  required: ['query'],
};
const schema209 = {
  type: 'string',
  enum: ['team', 'customer', 'business_unit', 'user', 'virtual_key'],
};
function validate785(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (
    !(
      data === 'team' ||
      data === 'customer' ||
      data === 'business_unit' ||
      data === 'user' ||
      data === 'virtual_key'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema209.enum },
    });
    errors++;
  }
  validate785.errors = vErrors;
  return errors === 0;
}
function validate792(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate792.errors = vErrors;
  return errors === 0;
}
function validate806(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate806.errors = vErrors;
  return errors === 0;
}
function validate808(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate808.errors = vErrors;
  return errors === 0;
}
function validate811(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate811.errors = vErrors;
  return errors === 0;
}
function validate813(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate813.errors = vErrors;
  return errors === 0;
}
function validate816(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate816.errors = vErrors;
  return errors === 0;
}
function validate821(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate821.errors = vErrors;
  return errors === 0;
}
function validate824(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate824.errors = vErrors;
  return errors === 0;
}
function validate827(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate827.errors = vErrors;
  return errors === 0;
}
function validate784(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.query === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'query' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.dimension === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/required',
            keyword: 'required',
            params: { missingProperty: 'dimension' },
          });
          errors++;
        }
        for (const key1 in data1) {
          if (!func1.call(schema208.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.dimension !== undefined) {
          if (
            !(
              validate785(data1.dimension, instancePath) ||
              validate785(data1.dimension, instancePath + '/query/dimension')
            )
          ) {
            vErrors = vErrors === null ? validate785.errors : vErrors.concat(validate785.errors);
            errors = vErrors.length;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate792(data1.parent_request_id, instancePath) ||
              validate792(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate792.errors : vErrors.concat(validate792.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate792(data1.session_id, instancePath) ||
              validate792(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate792.errors : vErrors.concat(validate792.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate792(data1.user_agents, instancePath) ||
              validate792(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate792.errors : vErrors.concat(validate792.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate792(data1.apps, instancePath) ||
              validate792(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate792.errors : vErrors.concat(validate792.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate806(data1.metadata, instancePath) ||
              validate806(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate806.errors : vErrors.concat(validate806.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate808(data1.start_time, instancePath) ||
              validate808(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate808.errors : vErrors.concat(validate808.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate808(data1.end_time, instancePath) ||
              validate808(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate808.errors : vErrors.concat(validate808.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate811(data1.period, instancePath) ||
              validate811(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate811.errors : vErrors.concat(validate811.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate813(data1.min_latency, instancePath) ||
              validate813(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate813.errors : vErrors.concat(validate813.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate813(data1.max_latency, instancePath) ||
              validate813(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate813.errors : vErrors.concat(validate813.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate816(data1.min_tokens, instancePath) ||
              validate816(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate816.errors : vErrors.concat(validate816.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate816(data1.max_tokens, instancePath) ||
              validate816(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate816.errors : vErrors.concat(validate816.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate813(data1.min_cost, instancePath) ||
              validate813(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate813.errors : vErrors.concat(validate813.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate813(data1.max_cost, instancePath) ||
              validate813(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate813.errors : vErrors.concat(validate813.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate821(data1.missing_cost_only, instancePath) ||
              validate821(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate821.errors : vErrors.concat(validate821.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate824(data1.content_search, instancePath) ||
              validate824(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate824.errors : vErrors.concat(validate824.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate792(data1.request_id, instancePath) ||
              validate792(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate792.errors : vErrors.concat(validate792.errors);
            errors = vErrors.length;
          }
        }
        if (data1.limit !== undefined) {
          if (
            !(
              validate827(data1.limit, instancePath) ||
              validate827(data1.limit, instancePath + '/query/limit')
            )
          ) {
            vErrors = vErrors === null ? validate827.errors : vErrors.concat(validate827.errors);
            errors = vErrors.length;
          }
        }
        if (data1.all !== undefined) {
          if (
            !(
              validate821(data1.all, instancePath) ||
              validate821(data1.all, instancePath + '/query/all')
            )
          ) {
            vErrors = vErrors === null ? validate821.errors : vErrors.concat(validate821.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate784.errors = vErrors;
  return errors === 0;
}
export const getLogDashboard_params = validate830;
const schema219 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: {
        providers: { $ref: 'bifrost-list-providers-0' },
        models: { $ref: 'bifrost-list-models-1' },
        aliases: { $ref: 'bifrost-list-aliases-2' },
        status: { $ref: 'bifrost-list-status-3' },
        objects: { $ref: 'bifrost-list-objects-4' },
        parent_request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        session_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        selected_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        virtual_key_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_rule_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        team_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        customer_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        user_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        business_unit_ids: { $ref: 'bifrost-list-selected_key_ids-5' },
        routing_engine_used: { $ref: 'bifrost-list-routing_engine_used-6' },
        stop_reasons: { $ref: 'bifrost-list-stop_reasons-7' },
        user_agents: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        apps: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        metadata: { $ref: 'bifrost#/components/parameters/MetadataFilters/schema' },
        start_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        end_time: { $ref: 'bifrost#/components/parameters/StartTime/schema' },
        period: { $ref: 'bifrost#/components/parameters/Period/schema' },
        min_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_latency: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        min_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        max_tokens: { $ref: 'bifrost#/components/parameters/MinTokens/schema' },
        min_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        max_cost: { $ref: 'bifrost#/components/parameters/MinLatency/schema' },
        missing_cost_only: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        cache_hit_types: { $ref: 'bifrost-list-cache_hit_types-8' },
        content_search: { $ref: 'bifrost#/components/parameters/ContentSearch/schema' },
        request_id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' },
        limit: { $ref: 'bifrost#/components/parameters/RankingLimit/schema' },
        all: { $ref: 'bifrost#/components/parameters/MissingCostOnly/schema' },
        tool_names: { $ref: 'bifrost-list-selected_key_ids-5' },
        server_labels: { $ref: 'bifrost-list-selected_key_ids-5' },
      },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate836(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate836.errors = vErrors;
  return errors === 0;
}
function validate850(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === 'string') {
        if (key0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
            propertyName: key0,
          });
          errors++;
        }
        if (!pattern6.test(key0)) {
          vErrors = appendError(vErrors, {
            instancePath,
            schemaPath: '#/propertyNames/pattern',
            keyword: 'pattern',
            params: { pattern: '^[^\\s&=#]+$' },
            propertyName: key0,
          });
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        vErrors = appendError(vErrors, {
          instancePath,
          schemaPath: '#/propertyNames',
          keyword: 'propertyNames',
          params: { propertyName: key0 },
        });
        errors++;
      }
    }
    for (const key1 in data) {
      if (typeof data[key1] !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/' + key1.replace(/~/g, '~0').replace(/\//g, '~1'),
          schemaPath: '#/additionalProperties/type',
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
  validate850.errors = vErrors;
  return errors === 0;
}
function validate852(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (!pattern7.test(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/pattern',
        keyword: 'pattern',
        params: {
          pattern:
            '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:\\d{2})$',
        },
      });
      errors++;
    }
    if (!formats0.validate(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/format',
        keyword: 'format',
        params: { format: 'date-time' },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate852.errors = vErrors;
  return errors === 0;
}
function validate855(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate855.errors = vErrors;
  return errors === 0;
}
function validate857(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'number' },
    });
    errors++;
  }
  validate857.errors = vErrors;
  return errors === 0;
}
function validate860(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 0 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 0 },
      });
      errors++;
    }
  }
  validate860.errors = vErrors;
  return errors === 0;
}
function validate865(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'boolean') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'boolean' },
    });
    errors++;
  }
  validate865.errors = vErrors;
  return errors === 0;
}
function validate868(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate868.errors = vErrors;
  return errors === 0;
}
function validate871(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == 'number' && !(data % 1) && !isNaN(data))) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'integer' },
    });
    errors++;
  }
  if (typeof data == 'number') {
    if (data < 1 || isNaN(data)) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minimum',
        keyword: 'minimum',
        params: { comparison: '>=', limit: 1 },
      });
      errors++;
    }
  }
  validate871.errors = vErrors;
  return errors === 0;
}
function validate830(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func1.call(schema219.properties.query.properties, key1)) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.providers !== undefined) {
          if (
            !(
              validate53(data1.providers, instancePath) ||
              validate53(data1.providers, instancePath + '/query/providers')
            )
          ) {
            vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
            errors = vErrors.length;
          }
        }
        if (data1.models !== undefined) {
          if (
            !(
              validate58(data1.models, instancePath) ||
              validate58(data1.models, instancePath + '/query/models')
            )
          ) {
            vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
            errors = vErrors.length;
          }
        }
        if (data1.aliases !== undefined) {
          if (
            !(
              validate62(data1.aliases, instancePath) ||
              validate62(data1.aliases, instancePath + '/query/aliases')
            )
          ) {
            vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
            errors = vErrors.length;
          }
        }
        if (data1.status !== undefined) {
          if (
            !(
              validate66(data1.status, instancePath) ||
              validate66(data1.status, instancePath + '/query/status')
            )
          ) {
            vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
            errors = vErrors.length;
          }
        }
        if (data1.objects !== undefined) {
          if (
            !(
              validate70(data1.objects, instancePath) ||
              validate70(data1.objects, instancePath + '/query/objects')
            )
          ) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data1.parent_request_id !== undefined) {
          if (
            !(
              validate836(data1.parent_request_id, instancePath) ||
              validate836(data1.parent_request_id, instancePath + '/query/parent_request_id')
            )
          ) {
            vErrors = vErrors === null ? validate836.errors : vErrors.concat(validate836.errors);
            errors = vErrors.length;
          }
        }
        if (data1.session_id !== undefined) {
          if (
            !(
              validate836(data1.session_id, instancePath) ||
              validate836(data1.session_id, instancePath + '/query/session_id')
            )
          ) {
            vErrors = vErrors === null ? validate836.errors : vErrors.concat(validate836.errors);
            errors = vErrors.length;
          }
        }
        if (data1.selected_key_ids !== undefined) {
          if (
            !(
              validate77(data1.selected_key_ids, instancePath) ||
              validate77(data1.selected_key_ids, instancePath + '/query/selected_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.virtual_key_ids !== undefined) {
          if (
            !(
              validate77(data1.virtual_key_ids, instancePath) ||
              validate77(data1.virtual_key_ids, instancePath + '/query/virtual_key_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_rule_ids !== undefined) {
          if (
            !(
              validate77(data1.routing_rule_ids, instancePath) ||
              validate77(data1.routing_rule_ids, instancePath + '/query/routing_rule_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.team_ids !== undefined) {
          if (
            !(
              validate77(data1.team_ids, instancePath) ||
              validate77(data1.team_ids, instancePath + '/query/team_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.customer_ids !== undefined) {
          if (
            !(
              validate77(data1.customer_ids, instancePath) ||
              validate77(data1.customer_ids, instancePath + '/query/customer_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_ids !== undefined) {
          if (
            !(
              validate77(data1.user_ids, instancePath) ||
              validate77(data1.user_ids, instancePath + '/query/user_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.business_unit_ids !== undefined) {
          if (
            !(
              validate77(data1.business_unit_ids, instancePath) ||
              validate77(data1.business_unit_ids, instancePath + '/query/business_unit_ids')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.routing_engine_used !== undefined) {
          if (
            !(
              validate87(data1.routing_engine_used, instancePath) ||
              validate87(data1.routing_engine_used, instancePath + '/query/routing_engine_used')
            )
          ) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data1.stop_reasons !== undefined) {
          if (
            !(
              validate93(data1.stop_reasons, instancePath) ||
              validate93(data1.stop_reasons, instancePath + '/query/stop_reasons')
            )
          ) {
            vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
            errors = vErrors.length;
          }
        }
        if (data1.user_agents !== undefined) {
          if (
            !(
              validate836(data1.user_agents, instancePath) ||
              validate836(data1.user_agents, instancePath + '/query/user_agents')
            )
          ) {
            vErrors = vErrors === null ? validate836.errors : vErrors.concat(validate836.errors);
            errors = vErrors.length;
          }
        }
        if (data1.apps !== undefined) {
          if (
            !(
              validate836(data1.apps, instancePath) ||
              validate836(data1.apps, instancePath + '/query/apps')
            )
          ) {
            vErrors = vErrors === null ? validate836.errors : vErrors.concat(validate836.errors);
            errors = vErrors.length;
          }
        }
        if (data1.metadata !== undefined) {
          if (
            !(
              validate850(data1.metadata, instancePath) ||
              validate850(data1.metadata, instancePath + '/query/metadata')
            )
          ) {
            vErrors = vErrors === null ? validate850.errors : vErrors.concat(validate850.errors);
            errors = vErrors.length;
          }
        }
        if (data1.start_time !== undefined) {
          if (
            !(
              validate852(data1.start_time, instancePath) ||
              validate852(data1.start_time, instancePath + '/query/start_time')
            )
          ) {
            vErrors = vErrors === null ? validate852.errors : vErrors.concat(validate852.errors);
            errors = vErrors.length;
          }
        }
        if (data1.end_time !== undefined) {
          if (
            !(
              validate852(data1.end_time, instancePath) ||
              validate852(data1.end_time, instancePath + '/query/end_time')
            )
          ) {
            vErrors = vErrors === null ? validate852.errors : vErrors.concat(validate852.errors);
            errors = vErrors.length;
          }
        }
        if (data1.period !== undefined) {
          if (
            !(
              validate855(data1.period, instancePath) ||
              validate855(data1.period, instancePath + '/query/period')
            )
          ) {
            vErrors = vErrors === null ? validate855.errors : vErrors.concat(validate855.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_latency !== undefined) {
          if (
            !(
              validate857(data1.min_latency, instancePath) ||
              validate857(data1.min_latency, instancePath + '/query/min_latency')
            )
          ) {
            vErrors = vErrors === null ? validate857.errors : vErrors.concat(validate857.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_latency !== undefined) {
          if (
            !(
              validate857(data1.max_latency, instancePath) ||
              validate857(data1.max_latency, instancePath + '/query/max_latency')
            )
          ) {
            vErrors = vErrors === null ? validate857.errors : vErrors.concat(validate857.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_tokens !== undefined) {
          if (
            !(
              validate860(data1.min_tokens, instancePath) ||
              validate860(data1.min_tokens, instancePath + '/query/min_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate860.errors : vErrors.concat(validate860.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_tokens !== undefined) {
          if (
            !(
              validate860(data1.max_tokens, instancePath) ||
              validate860(data1.max_tokens, instancePath + '/query/max_tokens')
            )
          ) {
            vErrors = vErrors === null ? validate860.errors : vErrors.concat(validate860.errors);
            errors = vErrors.length;
          }
        }
        if (data1.min_cost !== undefined) {
          if (
            !(
              validate857(data1.min_cost, instancePath) ||
              validate857(data1.min_cost, instancePath + '/query/min_cost')
            )
          ) {
            vErrors = vErrors === null ? validate857.errors : vErrors.concat(validate857.errors);
            errors = vErrors.length;
          }
        }
        if (data1.max_cost !== undefined) {
          if (
            !(
              validate857(data1.max_cost, instancePath) ||
              validate857(data1.max_cost, instancePath + '/query/max_cost')
            )
          ) {
            vErrors = vErrors === null ? validate857.errors : vErrors.concat(validate857.errors);
            errors = vErrors.length;
          }
        }
        if (data1.missing_cost_only !== undefined) {
          if (
            !(
              validate865(data1.missing_cost_only, instancePath) ||
              validate865(data1.missing_cost_only, instancePath + '/query/missing_cost_only')
            )
          ) {
            vErrors = vErrors === null ? validate865.errors : vErrors.concat(validate865.errors);
            errors = vErrors.length;
          }
        }
        if (data1.cache_hit_types !== undefined) {
          if (
            !(
              validate116(data1.cache_hit_types, instancePath) ||
              validate116(data1.cache_hit_types, instancePath + '/query/cache_hit_types')
            )
          ) {
            vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
            errors = vErrors.length;
          }
        }
        if (data1.content_search !== undefined) {
          if (
            !(
              validate868(data1.content_search, instancePath) ||
              validate868(data1.content_search, instancePath + '/query/content_search')
            )
          ) {
            vErrors = vErrors === null ? validate868.errors : vErrors.concat(validate868.errors);
            errors = vErrors.length;
          }
        }
        if (data1.request_id !== undefined) {
          if (
            !(
              validate836(data1.request_id, instancePath) ||
              validate836(data1.request_id, instancePath + '/query/request_id')
            )
          ) {
            vErrors = vErrors === null ? validate836.errors : vErrors.concat(validate836.errors);
            errors = vErrors.length;
          }
        }
        if (data1.limit !== undefined) {
          if (
            !(
              validate871(data1.limit, instancePath) ||
              validate871(data1.limit, instancePath + '/query/limit')
            )
          ) {
            vErrors = vErrors === null ? validate871.errors : vErrors.concat(validate871.errors);
            errors = vErrors.length;
          }
        }
        if (data1.all !== undefined) {
          if (
            !(
              validate865(data1.all, instancePath) ||
              validate865(data1.all, instancePath + '/query/all')
            )
          ) {
            vErrors = vErrors === null ? validate865.errors : vErrors.concat(validate865.errors);
            errors = vErrors.length;
          }
        }
        if (data1.tool_names !== undefined) {
          if (
            !(
              validate77(data1.tool_names, instancePath) ||
              validate77(data1.tool_names, instancePath + '/query/tool_names')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
        if (data1.server_labels !== undefined) {
          if (
            !(
              validate77(data1.server_labels, instancePath) ||
              validate77(data1.server_labels, instancePath + '/query/server_labels')
            )
          ) {
            vErrors = vErrors === null ? validate77.errors : vErrors.concat(validate77.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate830.errors = vErrors;
  return errors === 0;
}
export const listUserAgentMappings_params = validate876;
const schema229 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: [],
};
function validate876(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate876.errors = vErrors;
  return errors === 0;
}
export const createUserAgentMapping_params = validate877;
const schema230 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: [],
};
function validate877(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate877.errors = vErrors;
  return errors === 0;
}
export const createUserAgentMapping_body = validate878;
const schema231 = {
  $ref: 'bifrost#/paths/~1api~1logs~1user-agent-mappings/post/requestBody/content/application~1json/schema',
};
const schema232 = {
  type: 'object',
  required: ['pattern', 'app', 'match_type'],
  properties: {
    pattern: { type: 'string', minLength: 1 },
    app: { type: 'string', minLength: 1 },
    match_type: { $ref: '#/components/schemas/UserAgentMatchType' },
  },
};
const schema233 = { type: 'string', enum: ['contains', 'starts_with', 'exact', 'regex'] };
function validate880(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (!(data === 'contains' || data === 'starts_with' || data === 'exact' || data === 'regex')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema233.enum },
    });
    errors++;
  }
  validate880.errors = vErrors;
  return errors === 0;
}
function validate879(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.pattern === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pattern' },
      });
      errors++;
    }
    if (data.app === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'app' },
      });
      errors++;
    }
    if (data.match_type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'match_type' },
      });
      errors++;
    }
    if (data.pattern !== undefined) {
      let data0 = data.pattern;
      if (typeof data0 === 'string') {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pattern',
            schemaPath: '#/properties/pattern/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/pattern',
          schemaPath: '#/properties/pattern/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.app !== undefined) {
      let data1 = data.app;
      if (typeof data1 === 'string') {
        if (data1.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/app',
            schemaPath: '#/properties/app/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/app',
          schemaPath: '#/properties/app/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.match_type !== undefined) {
      if (
        !(
          validate880(data.match_type, instancePath) ||
          validate880(data.match_type, instancePath + '/match_type')
        )
      ) {
        vErrors = vErrors === null ? validate880.errors : vErrors.concat(validate880.errors);
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
  validate879.errors = vErrors;
  return errors === 0;
}
function validate878(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate879(data, instancePath)) {
    vErrors = vErrors === null ? validate879.errors : vErrors.concat(validate879.errors);
    errors = vErrors.length;
  }
  validate878.errors = vErrors;
  return errors === 0;
}
export const updateUserAgentMapping_params = validate883;
const schema234 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' } },
      required: ['id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate884(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate884.errors = vErrors;
  return errors === 0;
}
function validate883(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate884(data0.id, instancePath) ||
              validate884(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate884.errors : vErrors.concat(validate884.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate883.errors = vErrors;
  return errors === 0;
}
export const updateUserAgentMapping_body = validate886;
const schema236 = {
  $ref: 'bifrost#/paths/~1api~1logs~1user-agent-mappings~1%7Bid%7D/put/requestBody/content/application~1json/schema',
};
function validate887(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.pattern === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'pattern' },
      });
      errors++;
    }
    if (data.app === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'app' },
      });
      errors++;
    }
    if (data.match_type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'match_type' },
      });
      errors++;
    }
    if (data.pattern !== undefined) {
      let data0 = data.pattern;
      if (typeof data0 === 'string') {
        if (data0.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/pattern',
            schemaPath: '#/properties/pattern/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/pattern',
          schemaPath: '#/properties/pattern/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.app !== undefined) {
      let data1 = data.app;
      if (typeof data1 === 'string') {
        if (data1.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/app',
            schemaPath: '#/properties/app/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/app',
          schemaPath: '#/properties/app/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.match_type !== undefined) {
      if (
        !(
          validate880(data.match_type, instancePath) ||
          validate880(data.match_type, instancePath + '/match_type')
        )
      ) {
        vErrors = vErrors === null ? validate880.errors : vErrors.concat(validate880.errors);
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
  validate887.errors = vErrors;
  return errors === 0;
}
function validate886(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate887(data, instancePath)) {
    vErrors = vErrors === null ? validate887.errors : vErrors.concat(validate887.errors);
    errors = vErrors.length;
  }
  validate886.errors = vErrors;
  return errors === 0;
}
export const deleteUserAgentMapping_params = validate890;
const schema238 = {
  type: 'object',
  properties: {
    path: {
      type: 'object',
      properties: { id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' } },
      required: ['id'],
      additionalProperties: false,
    },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: ['path'],
};
function validate891(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate891.errors = vErrors;
  return errors === 0;
}
function validate890(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'path' },
      });
      errors++;
    }
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        if (data0.id === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/required',
            keyword: 'required',
            params: { missingProperty: 'id' },
          });
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/path',
              schemaPath: '#/properties/path/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
            });
            errors++;
          }
        }
        if (data0.id !== undefined) {
          if (
            !(
              validate891(data0.id, instancePath) ||
              validate891(data0.id, instancePath + '/path/id')
            )
          ) {
            vErrors = vErrors === null ? validate891.errors : vErrors.concat(validate891.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data2 = data.query;
      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
        for (const key1 in data2) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate890.errors = vErrors;
  return errors === 0;
}
export const recalculateLogCosts_params = validate893;
const schema240 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: { type: 'object', properties: {}, required: [], additionalProperties: false },
  },
  required: [],
};
function validate893(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/query',
            schemaPath: '#/properties/query/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate893.errors = vErrors;
  return errors === 0;
}
export const recalculateLogCosts_body = validate894;
const schema241 = {
  $ref: 'bifrost#/paths/~1api~1logs~1recalculate-cost/post/requestBody/content/application~1json/schema',
};
const schema242 = {
  type: 'object',
  properties: {
    filters: { $ref: '#/components/schemas/RecalculateCostFilters' },
    limit: { type: 'integer', minimum: 1 },
  },
};
const schema243 = {
  type: 'object',
  properties: {
    providers: { type: 'array', items: { type: 'string' } },
    models: { type: 'array', items: { type: 'string' } },
    aliases: { type: 'array', items: { type: 'string' } },
    status: { type: 'array', items: { $ref: '#/components/schemas/LogStatus' } },
    stop_reasons: { type: 'array', items: { type: 'string' } },
    objects: { type: 'array', items: { type: 'string' } },
    parent_request_id: { type: 'string' },
    selected_key_ids: { type: 'array', items: { type: 'string' } },
    virtual_key_ids: { type: 'array', items: { type: 'string' } },
    routing_rule_ids: { type: 'array', items: { type: 'string' } },
    team_ids: { type: 'array', items: { type: 'string' } },
    customer_ids: { type: 'array', items: { type: 'string' } },
    user_ids: { type: 'array', items: { type: 'string' } },
    business_unit_ids: { type: 'array', items: { type: 'string' } },
    routing_engine_used: { type: 'array', items: { $ref: '#/components/schemas/RoutingEngine' } },
    start_time: { type: 'string', format: 'date-time' },
    end_time: { type: 'string', format: 'date-time' },
    period: { type: 'string', minLength: 1 },
    min_latency: { type: 'number', minimum: 0 },
    max_latency: { type: 'number', minimum: 0 },
    min_tokens: { type: 'integer', minimum: 0 },
    max_tokens: { type: 'integer', minimum: 0 },
    min_cost: { type: 'number', minimum: 0 },
    max_cost: { type: 'number', minimum: 0 },
    missing_cost_only: { type: 'boolean' },
    cache_hit_types: { type: 'array', items: { type: 'string', enum: ['direct', 'semantic'] } },
    content_search: { type: 'string' },
    metadata_filters: { type: 'object', additionalProperties: { type: 'string' } },
  },
};
const schema244 = { type: 'string', enum: ['processing', 'success', 'error', 'cancelled'] };
function validate897(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (!(data === 'processing' || data === 'success' || data === 'error' || data === 'cancelled')) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema244.enum },
    });
    errors++;
  }
  validate897.errors = vErrors;
  return errors === 0;
}
function validate899(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data !== 'string') {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  if (
    !(
      data === 'governance' ||
      data === 'routing-rule' ||
      data === 'loadbalancing' ||
      data === 'model-catalog' ||
      data === 'circuit-breaker' ||
      data === 'session-affinity' ||
      data === 'core'
    )
  ) {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/enum',
      keyword: 'enum',
      params: { allowedValues: schema36.enum },
    });
    errors++;
  }
  validate899.errors = vErrors;
  return errors === 0;
}
function validate896(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.providers !== undefined) {
      let data0 = data.providers;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data0[i0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/providers/' + i0,
              schemaPath: '#/properties/providers/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/providers',
          schemaPath: '#/properties/providers/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.models !== undefined) {
      let data2 = data.models;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data2[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/models/' + i1,
              schemaPath: '#/properties/models/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/models',
          schemaPath: '#/properties/models/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.aliases !== undefined) {
      let data4 = data.aliases;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (typeof data4[i2] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/aliases/' + i2,
              schemaPath: '#/properties/aliases/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/aliases',
          schemaPath: '#/properties/aliases/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.status !== undefined) {
      let data6 = data.status;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !(
              validate897(data6[i3], instancePath) ||
              validate897(data6[i3], instancePath + '/status/' + i3)
            )
          ) {
            vErrors = vErrors === null ? validate897.errors : vErrors.concat(validate897.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.stop_reasons !== undefined) {
      let data8 = data.stop_reasons;
      if (Array.isArray(data8)) {
        const len4 = data8.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (typeof data8[i4] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/stop_reasons/' + i4,
              schemaPath: '#/properties/stop_reasons/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/stop_reasons',
          schemaPath: '#/properties/stop_reasons/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.objects !== undefined) {
      let data10 = data.objects;
      if (Array.isArray(data10)) {
        const len5 = data10.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (typeof data10[i5] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/objects/' + i5,
              schemaPath: '#/properties/objects/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/objects',
          schemaPath: '#/properties/objects/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.parent_request_id !== undefined) {
      if (typeof data.parent_request_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/parent_request_id',
          schemaPath: '#/properties/parent_request_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.selected_key_ids !== undefined) {
      let data13 = data.selected_key_ids;
      if (Array.isArray(data13)) {
        const len6 = data13.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (typeof data13[i6] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/selected_key_ids/' + i6,
              schemaPath: '#/properties/selected_key_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/selected_key_ids',
          schemaPath: '#/properties/selected_key_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.virtual_key_ids !== undefined) {
      let data15 = data.virtual_key_ids;
      if (Array.isArray(data15)) {
        const len7 = data15.length;
        for (let i7 = 0; i7 < len7; i7++) {
          if (typeof data15[i7] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/virtual_key_ids/' + i7,
              schemaPath: '#/properties/virtual_key_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/virtual_key_ids',
          schemaPath: '#/properties/virtual_key_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_rule_ids !== undefined) {
      let data17 = data.routing_rule_ids;
      if (Array.isArray(data17)) {
        const len8 = data17.length;
        for (let i8 = 0; i8 < len8; i8++) {
          if (typeof data17[i8] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/routing_rule_ids/' + i8,
              schemaPath: '#/properties/routing_rule_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_rule_ids',
          schemaPath: '#/properties/routing_rule_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.team_ids !== undefined) {
      let data19 = data.team_ids;
      if (Array.isArray(data19)) {
        const len9 = data19.length;
        for (let i9 = 0; i9 < len9; i9++) {
          if (typeof data19[i9] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/team_ids/' + i9,
              schemaPath: '#/properties/team_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/team_ids',
          schemaPath: '#/properties/team_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.customer_ids !== undefined) {
      let data21 = data.customer_ids;
      if (Array.isArray(data21)) {
        const len10 = data21.length;
        for (let i10 = 0; i10 < len10; i10++) {
          if (typeof data21[i10] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/customer_ids/' + i10,
              schemaPath: '#/properties/customer_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/customer_ids',
          schemaPath: '#/properties/customer_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.user_ids !== undefined) {
      let data23 = data.user_ids;
      if (Array.isArray(data23)) {
        const len11 = data23.length;
        for (let i11 = 0; i11 < len11; i11++) {
          if (typeof data23[i11] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/user_ids/' + i11,
              schemaPath: '#/properties/user_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/user_ids',
          schemaPath: '#/properties/user_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.business_unit_ids !== undefined) {
      let data25 = data.business_unit_ids;
      if (Array.isArray(data25)) {
        const len12 = data25.length;
        for (let i12 = 0; i12 < len12; i12++) {
          if (typeof data25[i12] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/business_unit_ids/' + i12,
              schemaPath: '#/properties/business_unit_ids/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/business_unit_ids',
          schemaPath: '#/properties/business_unit_ids/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.routing_engine_used !== undefined) {
      let data27 = data.routing_engine_used;
      if (Array.isArray(data27)) {
        const len13 = data27.length;
        for (let i13 = 0; i13 < len13; i13++) {
          if (
            !(
              validate899(data27[i13], instancePath) ||
              validate899(data27[i13], instancePath + '/routing_engine_used/' + i13)
            )
          ) {
            vErrors = vErrors === null ? validate899.errors : vErrors.concat(validate899.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/routing_engine_used',
          schemaPath: '#/properties/routing_engine_used/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.start_time !== undefined) {
      let data29 = data.start_time;
      if (typeof data29 === 'string') {
        if (!formats0.validate(data29)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/start_time',
            schemaPath: '#/properties/start_time/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/start_time',
          schemaPath: '#/properties/start_time/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.end_time !== undefined) {
      let data30 = data.end_time;
      if (typeof data30 === 'string') {
        if (!formats0.validate(data30)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/end_time',
            schemaPath: '#/properties/end_time/format',
            keyword: 'format',
            params: { format: 'date-time' },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/end_time',
          schemaPath: '#/properties/end_time/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.period !== undefined) {
      let data31 = data.period;
      if (typeof data31 === 'string') {
        if (data31.length < 1) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/period',
            schemaPath: '#/properties/period/minLength',
            keyword: 'minLength',
            params: { limit: 1 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/period',
          schemaPath: '#/properties/period/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.min_latency !== undefined) {
      let data32 = data.min_latency;
      if (typeof data32 == 'number') {
        if (data32 < 0 || isNaN(data32)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_latency',
            schemaPath: '#/properties/min_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_latency',
          schemaPath: '#/properties/min_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.max_latency !== undefined) {
      let data33 = data.max_latency;
      if (typeof data33 == 'number') {
        if (data33 < 0 || isNaN(data33)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_latency',
            schemaPath: '#/properties/max_latency/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_latency',
          schemaPath: '#/properties/max_latency/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.min_tokens !== undefined) {
      let data34 = data.min_tokens;
      if (!(typeof data34 == 'number' && !(data34 % 1) && !isNaN(data34))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_tokens',
          schemaPath: '#/properties/min_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data34 == 'number') {
        if (data34 < 0 || isNaN(data34)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_tokens',
            schemaPath: '#/properties/min_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.max_tokens !== undefined) {
      let data35 = data.max_tokens;
      if (!(typeof data35 == 'number' && !(data35 % 1) && !isNaN(data35))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_tokens',
          schemaPath: '#/properties/max_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data35 == 'number') {
        if (data35 < 0 || isNaN(data35)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_tokens',
            schemaPath: '#/properties/max_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.min_cost !== undefined) {
      let data36 = data.min_cost;
      if (typeof data36 == 'number') {
        if (data36 < 0 || isNaN(data36)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/min_cost',
            schemaPath: '#/properties/min_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/min_cost',
          schemaPath: '#/properties/min_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.max_cost !== undefined) {
      let data37 = data.max_cost;
      if (typeof data37 == 'number') {
        if (data37 < 0 || isNaN(data37)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/max_cost',
            schemaPath: '#/properties/max_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/max_cost',
          schemaPath: '#/properties/max_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.missing_cost_only !== undefined) {
      if (typeof data.missing_cost_only !== 'boolean') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/missing_cost_only',
          schemaPath: '#/properties/missing_cost_only/type',
          keyword: 'type',
          params: { type: 'boolean' },
        });
        errors++;
      }
    }
    if (data.cache_hit_types !== undefined) {
      let data39 = data.cache_hit_types;
      if (Array.isArray(data39)) {
        const len14 = data39.length;
        for (let i14 = 0; i14 < len14; i14++) {
          let data40 = data39[i14];
          if (typeof data40 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/cache_hit_types/' + i14,
              schemaPath: '#/properties/cache_hit_types/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
          if (!(data40 === 'direct' || data40 === 'semantic')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/cache_hit_types/' + i14,
              schemaPath: '#/properties/cache_hit_types/items/enum',
              keyword: 'enum',
              params: { allowedValues: schema243.properties.cache_hit_types.items.enum },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cache_hit_types',
          schemaPath: '#/properties/cache_hit_types/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.content_search !== undefined) {
      if (typeof data.content_search !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content_search',
          schemaPath: '#/properties/content_search/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.metadata_filters !== undefined) {
      let data42 = data.metadata_filters;
      if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
        for (const key0 in data42) {
          if (typeof data42[key0] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath:
                instancePath + '/metadata_filters/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
              schemaPath: '#/properties/metadata_filters/additionalProperties/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/metadata_filters',
          schemaPath: '#/properties/metadata_filters/type',
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
  validate896.errors = vErrors;
  return errors === 0;
}
function validate895(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.filters !== undefined) {
      if (
        !(
          validate896(data.filters, instancePath) ||
          validate896(data.filters, instancePath + '/filters')
        )
      ) {
        vErrors = vErrors === null ? validate896.errors : vErrors.concat(validate896.errors);
        errors = vErrors.length;
      }
    }
    if (data.limit !== undefined) {
      let data1 = data.limit;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/limit',
          schemaPath: '#/properties/limit/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 1 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/limit',
            schemaPath: '#/properties/limit/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 1 },
          });
          errors++;
        }
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
  validate895.errors = vErrors;
  return errors === 0;
}
function validate894(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (!validate895(data, instancePath)) {
    vErrors = vErrors === null ? validate895.errors : vErrors.concat(validate895.errors);
    errors = vErrors.length;
  }
  validate894.errors = vErrors;
  return errors === 0;
}
export const getRecalculateCostStatus_params = validate903;
const schema246 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: { id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' } },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate904(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate904.errors = vErrors;
  return errors === 0;
}
function validate903(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.id !== undefined) {
          if (
            !(
              validate904(data1.id, instancePath) ||
              validate904(data1.id, instancePath + '/query/id')
            )
          ) {
            vErrors = vErrors === null ? validate904.errors : vErrors.concat(validate904.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate903.errors = vErrors;
  return errors === 0;
}
export const cancelRecalculateCost_params = validate906;
const schema248 = {
  type: 'object',
  properties: {
    path: { type: 'object', properties: {}, required: [], additionalProperties: false },
    query: {
      type: 'object',
      properties: { id: { $ref: 'bifrost#/components/parameters/ParentRequestId/schema' } },
      required: [],
      additionalProperties: false,
    },
  },
  required: [],
};
function validate907(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (typeof data === 'string') {
    if (data.length < 1) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/minLength',
        keyword: 'minLength',
        params: { limit: 1 },
      });
      errors++;
    }
  } else {
    vErrors = appendError(vErrors, {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'string' },
    });
    errors++;
  }
  validate907.errors = vErrors;
  return errors === 0;
}
function validate906(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.path !== undefined) {
      let data0 = data.path;
      if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
        for (const key0 in data0) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/path',
            schemaPath: '#/properties/path/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: key0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/path',
          schemaPath: '#/properties/path/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data1 = data.query;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === 'id')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/query',
              schemaPath: '#/properties/query/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key1 },
            });
            errors++;
          }
        }
        if (data1.id !== undefined) {
          if (
            !(
              validate907(data1.id, instancePath) ||
              validate907(data1.id, instancePath + '/query/id')
            )
          ) {
            vErrors = vErrors === null ? validate907.errors : vErrors.concat(validate907.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/query',
          schemaPath: '#/properties/query/type',
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
  validate906.errors = vErrors;
  return errors === 0;
}
