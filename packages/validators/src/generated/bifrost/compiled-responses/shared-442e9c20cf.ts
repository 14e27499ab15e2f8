// This file is generated. Do not edit it by hand.
// Source: spec/bifrost-logs.openapi.yaml
// Regenerate: pnpm generate (one package: node scripts/src/generate.ts --package validators)

// @ts-nocheck
import { appendError } from '../../../runtime/json.js';
import { validate925, validate927 } from './shared-common.js';

export const schema244 = { type: 'string', enum: ['processing', 'success', 'error', 'cancelled'] };
export const schema254 = {
  type: 'object',
  required: [
    'id',
    'provider',
    'model',
    'object',
    'status',
    'timestamp',
    'created_at',
    'number_of_retries',
    'fallback_index',
    'stream',
    'parent_request_id',
    'selected_key_id',
    'selected_key_name',
    'virtual_key_id',
    'virtual_key_name',
    'routing_rule_id',
    'routing_rule_name',
    'selected_prompt_name',
    'selected_prompt_version',
    'selected_prompt_id',
    'user_id',
    'user_name',
    'team_id',
    'team_name',
    'customer_id',
    'customer_name',
    'business_unit_id',
    'business_unit_name',
    'raw_request',
    'raw_response',
    'is_large_payload_request',
    'is_large_payload_response',
  ],
  properties: {
    id: { type: 'string', minLength: 1 },
    parent_request_id: { type: ['string', 'null'] },
    provider: { type: 'string' },
    model: { type: 'string' },
    object: { type: 'string' },
    status: { $ref: '#/components/schemas/LogStatus' },
    timestamp: { type: 'string', format: 'date-time' },
    created_at: { type: 'string', format: 'date-time' },
    number_of_retries: { type: 'integer', minimum: 0 },
    fallback_index: { type: 'integer', minimum: 0 },
    latency: { type: 'number', minimum: 0 },
    cost: { type: 'number', minimum: 0 },
    selected_key_id: { type: 'string' },
    selected_key_name: { type: 'string' },
    virtual_key_id: { type: ['string', 'null'] },
    virtual_key_name: { type: ['string', 'null'] },
    routing_engines_used: { type: 'array', items: { type: 'string' } },
    routing_rule_id: { type: ['string', 'null'] },
    routing_rule_name: { type: ['string', 'null'] },
    selected_prompt_name: { type: ['string', 'null'] },
    selected_prompt_version: { type: ['string', 'null'] },
    selected_prompt_id: { type: ['string', 'null'] },
    user_id: { type: ['string', 'null'] },
    user_name: { type: ['string', 'null'] },
    team_id: { type: ['string', 'null'] },
    team_name: { type: ['string', 'null'] },
    customer_id: { type: ['string', 'null'] },
    customer_name: { type: ['string', 'null'] },
    business_unit_id: { type: ['string', 'null'] },
    business_unit_name: { type: ['string', 'null'] },
    team_ids: { type: 'array', items: { type: 'string' } },
    team_names: { type: 'array', items: { type: 'string' } },
    customer_ids: { type: 'array', items: { type: 'string' } },
    customer_names: { type: 'array', items: { type: 'string' } },
    business_unit_ids: { type: 'array', items: { type: 'string' } },
    business_unit_names: { type: 'array', items: { type: 'string' } },
    budget_ids: { type: 'array', items: { type: 'string' } },
    rate_limit_ids: { type: 'array', items: { type: 'string' } },
    alias: { type: 'string' },
    canonical_model_name: { type: 'string' },
    alias_model_family: { type: 'string' },
    stop_reason: { type: 'string' },
    content_summary: { type: 'string' },
    attempt_trail: {
      type: 'array',
      items: {
        type: 'object',
        required: ['attempt', 'key_id', 'key_name'],
        properties: {
          attempt: { type: 'integer', minimum: 0 },
          key_id: { type: 'string' },
          key_name: { type: 'string' },
          fail_reason: { type: 'string' },
          triggered_rotation: { type: 'boolean' },
        },
      },
    },
    routing_rule: { type: 'object' },
    plugin_logs: { type: 'string' },
    inc_number: { type: 'integer', format: 'int64' },
    cluster_node_id: { type: 'string' },
    content_hidden: { type: 'boolean' },
    ocr_input: { type: 'object' },
    ocr_output: { type: 'object' },
    image_edit_input: { type: 'object' },
    image_variation_input: { type: 'object' },
    stream: { type: 'boolean' },
    raw_request: { type: 'string' },
    raw_response: { type: 'string' },
    redaction_mapping: {
      type: ['object', 'null'],
      properties: {
        input: { type: 'object', additionalProperties: { type: 'string' } },
        output: { type: 'object', additionalProperties: { type: 'string' } },
      },
    },
    token_usage: { $ref: '#/components/schemas/TokenUsage' },
    error_details: { $ref: '#/components/schemas/BifrostError' },
    input_history: { type: ['array', 'null'], items: { $ref: '#/components/schemas/ChatMessage' } },
    responses_input_history: {
      type: ['array', 'null'],
      items: { $ref: '#/components/schemas/ResponsesItem' },
    },
    output_message: { anyOf: [{ $ref: '#/components/schemas/ChatMessage' }, { type: 'null' }] },
    responses_output: {
      type: ['array', 'null'],
      items: { $ref: '#/components/schemas/ResponsesItem' },
    },
    embedding_output: {
      type: ['array', 'null'],
      items: { anyOf: [{ type: 'array', items: { type: 'number' } }, { type: 'object' }] },
    },
    params: { type: ['object', 'null'] },
    tools: { type: ['array', 'null'], items: { $ref: '#/components/schemas/Tool' } },
    tool_calls: { type: ['array', 'null'], items: { $ref: '#/components/schemas/ToolCall' } },
    speech_input: { type: ['object', 'null'] },
    transcription_input: { type: ['object', 'null'] },
    image_generation_input: { type: ['object', 'null'] },
    speech_output: { type: ['object', 'null'] },
    transcription_output: { type: ['object', 'null'] },
    image_generation_output: { type: ['object', 'null'] },
    cache_debug: { type: ['object', 'null'] },
    metadata: { type: ['object', 'null'] },
    selected_key: { type: ['object', 'null'] },
    virtual_key: { type: ['object', 'null'] },
    passthrough_request_body: { type: ['string', 'null'] },
    passthrough_response_body: { type: ['string', 'null'] },
    routing_engine_logs: { type: ['string', 'object', 'null'] },
    is_large_payload_request: { type: 'boolean' },
    is_large_payload_response: { type: 'boolean' },
    rerank_output: { type: ['array', 'object', 'null'] },
    video_generation_input: { type: ['object', 'null'] },
    video_generation_output: { type: ['object', 'null'] },
    video_retrieve_output: { type: ['object', 'null'] },
    video_list_output: { type: ['object', 'null'] },
    video_delete_output: { type: ['object', 'null'] },
    video_download_output: { type: ['object', 'null'] },
    list_models_output: { type: ['array', 'object', 'null'] },
  },
};
export function validate897(data, instancePath = '') {
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
export function validate917(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.text_tokens !== undefined) {
      let data0 = data.text_tokens;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/text_tokens',
          schemaPath: '#/properties/text_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/text_tokens',
            schemaPath: '#/properties/text_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.audio_tokens !== undefined) {
      let data1 = data.audio_tokens;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/audio_tokens',
          schemaPath: '#/properties/audio_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/audio_tokens',
            schemaPath: '#/properties/audio_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.image_tokens !== undefined) {
      let data2 = data.image_tokens;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_tokens',
          schemaPath: '#/properties/image_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/image_tokens',
            schemaPath: '#/properties/image_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.cached_read_tokens !== undefined) {
      let data3 = data.cached_read_tokens;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cached_read_tokens',
          schemaPath: '#/properties/cached_read_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cached_read_tokens',
            schemaPath: '#/properties/cached_read_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.cached_write_tokens !== undefined) {
      let data4 = data.cached_write_tokens;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/cached_write_tokens',
          schemaPath: '#/properties/cached_write_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/cached_write_tokens',
            schemaPath: '#/properties/cached_write_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
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
  validate917.errors = vErrors;
  return errors === 0;
}
export function validate919(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.text_tokens !== undefined) {
      let data0 = data.text_tokens;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/text_tokens',
          schemaPath: '#/properties/text_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/text_tokens',
            schemaPath: '#/properties/text_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.accepted_prediction_tokens !== undefined) {
      let data1 = data.accepted_prediction_tokens;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/accepted_prediction_tokens',
          schemaPath: '#/properties/accepted_prediction_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/accepted_prediction_tokens',
            schemaPath: '#/properties/accepted_prediction_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.audio_tokens !== undefined) {
      let data2 = data.audio_tokens;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/audio_tokens',
          schemaPath: '#/properties/audio_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/audio_tokens',
            schemaPath: '#/properties/audio_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.citation_tokens !== undefined) {
      let data3 = data.citation_tokens;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/citation_tokens',
          schemaPath: '#/properties/citation_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/citation_tokens',
            schemaPath: '#/properties/citation_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.num_search_queries !== undefined) {
      let data4 = data.num_search_queries;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/num_search_queries',
          schemaPath: '#/properties/num_search_queries/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/num_search_queries',
            schemaPath: '#/properties/num_search_queries/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.reasoning_tokens !== undefined) {
      let data5 = data.reasoning_tokens;
      if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/reasoning_tokens',
          schemaPath: '#/properties/reasoning_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/reasoning_tokens',
            schemaPath: '#/properties/reasoning_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.image_tokens !== undefined) {
      let data6 = data.image_tokens;
      if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_tokens',
          schemaPath: '#/properties/image_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/image_tokens',
            schemaPath: '#/properties/image_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.rejected_prediction_tokens !== undefined) {
      let data7 = data.rejected_prediction_tokens;
      if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/rejected_prediction_tokens',
          schemaPath: '#/properties/rejected_prediction_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data7 == 'number') {
        if (data7 < 0 || isNaN(data7)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/rejected_prediction_tokens',
            schemaPath: '#/properties/rejected_prediction_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
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
  validate919.errors = vErrors;
  return errors === 0;
}
export function validate921(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.input_tokens_cost !== undefined) {
      let data0 = data.input_tokens_cost;
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/input_tokens_cost',
            schemaPath: '#/properties/input_tokens_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_tokens_cost',
          schemaPath: '#/properties/input_tokens_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.output_tokens_cost !== undefined) {
      let data1 = data.output_tokens_cost;
      if (typeof data1 == 'number') {
        if (data1 < 0 || isNaN(data1)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/output_tokens_cost',
            schemaPath: '#/properties/output_tokens_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/output_tokens_cost',
          schemaPath: '#/properties/output_tokens_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.reasoning_tokens_cost !== undefined) {
      let data2 = data.reasoning_tokens_cost;
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/reasoning_tokens_cost',
            schemaPath: '#/properties/reasoning_tokens_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/reasoning_tokens_cost',
          schemaPath: '#/properties/reasoning_tokens_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.citation_tokens_cost !== undefined) {
      let data3 = data.citation_tokens_cost;
      if (typeof data3 == 'number') {
        if (data3 < 0 || isNaN(data3)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/citation_tokens_cost',
            schemaPath: '#/properties/citation_tokens_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/citation_tokens_cost',
          schemaPath: '#/properties/citation_tokens_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.search_queries_cost !== undefined) {
      let data4 = data.search_queries_cost;
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/search_queries_cost',
            schemaPath: '#/properties/search_queries_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/search_queries_cost',
          schemaPath: '#/properties/search_queries_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.request_cost !== undefined) {
      let data5 = data.request_cost;
      if (typeof data5 == 'number') {
        if (data5 < 0 || isNaN(data5)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/request_cost',
            schemaPath: '#/properties/request_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/request_cost',
          schemaPath: '#/properties/request_cost/type',
          keyword: 'type',
          params: { type: 'number' },
        });
        errors++;
      }
    }
    if (data.total_cost !== undefined) {
      let data6 = data.total_cost;
      if (typeof data6 == 'number') {
        if (data6 < 0 || isNaN(data6)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_cost',
            schemaPath: '#/properties/total_cost/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_cost',
          schemaPath: '#/properties/total_cost/type',
          keyword: 'type',
          params: { type: 'number' },
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
  validate921.errors = vErrors;
  return errors === 0;
}
export function validate916(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.prompt_tokens !== undefined) {
      let data0 = data.prompt_tokens;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/prompt_tokens',
          schemaPath: '#/properties/prompt_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data0 == 'number') {
        if (data0 < 0 || isNaN(data0)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/prompt_tokens',
            schemaPath: '#/properties/prompt_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.prompt_tokens_details !== undefined) {
      if (
        !(
          validate917(data.prompt_tokens_details, instancePath) ||
          validate917(data.prompt_tokens_details, instancePath + '/prompt_tokens_details')
        )
      ) {
        vErrors = vErrors === null ? validate917.errors : vErrors.concat(validate917.errors);
        errors = vErrors.length;
      }
    }
    if (data.completion_tokens !== undefined) {
      let data2 = data.completion_tokens;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/completion_tokens',
          schemaPath: '#/properties/completion_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data2 == 'number') {
        if (data2 < 0 || isNaN(data2)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/completion_tokens',
            schemaPath: '#/properties/completion_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.completion_tokens_details !== undefined) {
      if (
        !(
          validate919(data.completion_tokens_details, instancePath) ||
          validate919(data.completion_tokens_details, instancePath + '/completion_tokens_details')
        )
      ) {
        vErrors = vErrors === null ? validate919.errors : vErrors.concat(validate919.errors);
        errors = vErrors.length;
      }
    }
    if (data.total_tokens !== undefined) {
      let data4 = data.total_tokens;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/total_tokens',
          schemaPath: '#/properties/total_tokens/type',
          keyword: 'type',
          params: { type: 'integer' },
        });
        errors++;
      }
      if (typeof data4 == 'number') {
        if (data4 < 0 || isNaN(data4)) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/total_tokens',
            schemaPath: '#/properties/total_tokens/minimum',
            keyword: 'minimum',
            params: { comparison: '>=', limit: 0 },
          });
          errors++;
        }
      }
    }
    if (data.cost !== undefined) {
      if (
        !(validate921(data.cost, instancePath) || validate921(data.cost, instancePath + '/cost'))
      ) {
        vErrors = vErrors === null ? validate921.errors : vErrors.concat(validate921.errors);
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
  validate916.errors = vErrors;
  return errors === 0;
}
export function validate924(data, instancePath = '') {
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
  validate924.errors = vErrors;
  return errors === 0;
}
export const schema262 = {
  type: 'object',
  required: ['role'],
  properties: {
    role: { type: 'string', enum: ['assistant', 'user', 'system', 'tool', 'developer'] },
    name: { type: 'string' },
    content: {
      anyOf: [
        { type: 'string' },
        { type: 'array', items: { $ref: '#/components/schemas/ChatContentBlock' } },
        { type: 'null' },
      ],
    },
    tool_call_id: { type: 'string' },
    refusal: { type: 'string' },
    audio: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        data: { type: 'string' },
        expires_at: { type: 'integer' },
        transcript: { type: 'string' },
      },
    },
    reasoning: { type: 'string' },
    reasoning_details: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          index: { type: 'integer' },
          type: {
            type: 'string',
            enum: ['reasoning.summary', 'reasoning.encrypted', 'reasoning.text'],
          },
          summary: { type: 'string' },
          text: { type: 'string' },
          signature: { type: 'string' },
          data: { type: 'string' },
        },
      },
    },
    annotations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          type: { type: 'string' },
          url_citation: {
            type: 'object',
            properties: {
              start_index: { type: 'integer' },
              end_index: { type: 'integer' },
              title: { type: 'string' },
              url: { type: 'string' },
              sources: { type: 'object', additionalProperties: true },
              type: { type: 'string' },
            },
          },
        },
      },
    },
    tool_calls: { type: 'array', items: { $ref: '#/components/schemas/ToolCall' } },
  },
};
export const schema263 = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['text', 'image_url', 'input_audio', 'file', 'refusal'] },
    text: { type: 'string' },
    refusal: { type: 'string' },
    image_url: {
      type: 'object',
      required: ['url'],
      properties: {
        url: { type: 'string' },
        detail: { type: 'string', enum: ['low', 'high', 'auto'] },
      },
    },
    input_audio: {
      type: 'object',
      required: ['data'],
      properties: { data: { type: 'string' }, format: { type: 'string' } },
    },
    file: {
      type: 'object',
      properties: {
        file_data: { type: 'string' },
        file_id: { type: 'string' },
        filename: { type: 'string' },
        file_type: { type: 'string' },
      },
    },
    cache_control: { $ref: '#/components/schemas/CacheControl' },
  },
};
export const schema264 = {
  type: 'object',
  properties: { type: { type: 'string', enum: ['ephemeral'] }, ttl: { type: 'string' } },
};
export function validate932(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data0 === 'ephemeral')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema264.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.ttl !== undefined) {
      if (typeof data.ttl !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/ttl',
          schemaPath: '#/properties/ttl/type',
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
  validate932.errors = vErrors;
  return errors === 0;
}
export function validate931(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(
          data0 === 'text' ||
          data0 === 'image_url' ||
          data0 === 'input_audio' ||
          data0 === 'file' ||
          data0 === 'refusal'
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema263.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.text !== undefined) {
      if (typeof data.text !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/text',
          schemaPath: '#/properties/text/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.refusal !== undefined) {
      if (typeof data.refusal !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/refusal',
          schemaPath: '#/properties/refusal/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.image_url !== undefined) {
      let data3 = data.image_url;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.url === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/image_url',
            schemaPath: '#/properties/image_url/required',
            keyword: 'required',
            params: { missingProperty: 'url' },
          });
          errors++;
        }
        if (data3.url !== undefined) {
          if (typeof data3.url !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/image_url/url',
              schemaPath: '#/properties/image_url/properties/url/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data3.detail !== undefined) {
          let data5 = data3.detail;
          if (typeof data5 !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/image_url/detail',
              schemaPath: '#/properties/image_url/properties/detail/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
          if (!(data5 === 'low' || data5 === 'high' || data5 === 'auto')) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/image_url/detail',
              schemaPath: '#/properties/image_url/properties/detail/enum',
              keyword: 'enum',
              params: { allowedValues: schema263.properties.image_url.properties.detail.enum },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_url',
          schemaPath: '#/properties/image_url/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.input_audio !== undefined) {
      let data6 = data.input_audio;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.data === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/input_audio',
            schemaPath: '#/properties/input_audio/required',
            keyword: 'required',
            params: { missingProperty: 'data' },
          });
          errors++;
        }
        if (data6.data !== undefined) {
          if (typeof data6.data !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/input_audio/data',
              schemaPath: '#/properties/input_audio/properties/data/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data6.format !== undefined) {
          if (typeof data6.format !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/input_audio/format',
              schemaPath: '#/properties/input_audio/properties/format/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_audio',
          schemaPath: '#/properties/input_audio/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.file !== undefined) {
      let data9 = data.file;
      if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
        if (data9.file_data !== undefined) {
          if (typeof data9.file_data !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/file/file_data',
              schemaPath: '#/properties/file/properties/file_data/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data9.file_id !== undefined) {
          if (typeof data9.file_id !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/file/file_id',
              schemaPath: '#/properties/file/properties/file_id/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data9.filename !== undefined) {
          if (typeof data9.filename !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/file/filename',
              schemaPath: '#/properties/file/properties/filename/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data9.file_type !== undefined) {
          if (typeof data9.file_type !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/file/file_type',
              schemaPath: '#/properties/file/properties/file_type/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/file',
          schemaPath: '#/properties/file/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.cache_control !== undefined) {
      if (
        !(
          validate932(data.cache_control, instancePath) ||
          validate932(data.cache_control, instancePath + '/cache_control')
        )
      ) {
        vErrors = vErrors === null ? validate932.errors : vErrors.concat(validate932.errors);
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
  validate931.errors = vErrors;
  return errors === 0;
}
export function validate935(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.function === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'function' },
      });
      errors++;
    }
    if (data.index !== undefined) {
      let data0 = data.index;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/index',
          schemaPath: '#/properties/index/type',
          keyword: 'type',
          params: { type: 'integer' },
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
    if (data.function !== undefined) {
      let data3 = data.function;
      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
        if (data3.name !== undefined) {
          if (typeof data3.name !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/name',
              schemaPath: '#/properties/function/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data3.arguments !== undefined) {
          if (typeof data3.arguments !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/arguments',
              schemaPath: '#/properties/function/properties/arguments/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/function',
          schemaPath: '#/properties/function/type',
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
  validate935.errors = vErrors;
  return errors === 0;
}
export function validate930(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.role === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'role' },
      });
      errors++;
    }
    if (data.role !== undefined) {
      let data0 = data.role;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(
          data0 === 'assistant' ||
          data0 === 'user' ||
          data0 === 'system' ||
          data0 === 'tool' ||
          data0 === 'developer'
        )
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/enum',
          keyword: 'enum',
          params: { allowedValues: schema262.properties.role.enum },
        });
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.content !== undefined) {
      let data2 = data.content;
      const _errs6 = errors;
      let valid1 = false;
      const _errs7 = errors;
      if (typeof data2 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/anyOf/0/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs9 = errors;
        if (Array.isArray(data2)) {
          const len0 = data2.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (
              !(
                validate931(data2[i0], instancePath) ||
                validate931(data2[i0], instancePath + '/content/' + i0)
              )
            ) {
              vErrors = vErrors === null ? validate931.errors : vErrors.concat(validate931.errors);
              errors = vErrors.length;
            }
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/content',
            schemaPath: '#/properties/content/anyOf/1/type',
            keyword: 'type',
            params: { type: 'array' },
          });
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
          const _errs12 = errors;
          if (data2 !== null) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf/2/type',
              keyword: 'type',
              params: { type: 'null' },
            });
            errors++;
          }
          var _valid0 = _errs12 === errors;
          valid1 = valid1 || _valid0;
        }
      }
      if (!valid1) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/anyOf',
          keyword: 'anyOf',
          params: {},
        });
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.tool_call_id !== undefined) {
      if (typeof data.tool_call_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tool_call_id',
          schemaPath: '#/properties/tool_call_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.refusal !== undefined) {
      if (typeof data.refusal !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/refusal',
          schemaPath: '#/properties/refusal/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.audio !== undefined) {
      let data6 = data.audio;
      if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
        if (data6.id !== undefined) {
          if (typeof data6.id !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/audio/id',
              schemaPath: '#/properties/audio/properties/id/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data6.data !== undefined) {
          if (typeof data6.data !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/audio/data',
              schemaPath: '#/properties/audio/properties/data/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data6.expires_at !== undefined) {
          let data9 = data6.expires_at;
          if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/audio/expires_at',
              schemaPath: '#/properties/audio/properties/expires_at/type',
              keyword: 'type',
              params: { type: 'integer' },
            });
            errors++;
          }
        }
        if (data6.transcript !== undefined) {
          if (typeof data6.transcript !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/audio/transcript',
              schemaPath: '#/properties/audio/properties/transcript/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/audio',
          schemaPath: '#/properties/audio/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.reasoning !== undefined) {
      if (typeof data.reasoning !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/reasoning',
          schemaPath: '#/properties/reasoning/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.reasoning_details !== undefined) {
      let data12 = data.reasoning_details;
      if (Array.isArray(data12)) {
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
            if (data13.id !== undefined) {
              if (typeof data13.id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/id',
                  schemaPath: '#/properties/reasoning_details/items/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data13.index !== undefined) {
              let data15 = data13.index;
              if (!(typeof data15 == 'number' && !(data15 % 1) && !isNaN(data15))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/index',
                  schemaPath: '#/properties/reasoning_details/items/properties/index/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data13.type !== undefined) {
              let data16 = data13.type;
              if (typeof data16 !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/type',
                  schemaPath: '#/properties/reasoning_details/items/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
              if (
                !(
                  data16 === 'reasoning.summary' ||
                  data16 === 'reasoning.encrypted' ||
                  data16 === 'reasoning.text'
                )
              ) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/type',
                  schemaPath: '#/properties/reasoning_details/items/properties/type/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues:
                      schema262.properties.reasoning_details.items.properties.type.enum,
                  },
                });
                errors++;
              }
            }
            if (data13.summary !== undefined) {
              if (typeof data13.summary !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/summary',
                  schemaPath: '#/properties/reasoning_details/items/properties/summary/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data13.text !== undefined) {
              if (typeof data13.text !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/text',
                  schemaPath: '#/properties/reasoning_details/items/properties/text/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data13.signature !== undefined) {
              if (typeof data13.signature !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/signature',
                  schemaPath: '#/properties/reasoning_details/items/properties/signature/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data13.data !== undefined) {
              if (typeof data13.data !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/reasoning_details/' + i1 + '/data',
                  schemaPath: '#/properties/reasoning_details/items/properties/data/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/reasoning_details/' + i1,
              schemaPath: '#/properties/reasoning_details/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/reasoning_details',
          schemaPath: '#/properties/reasoning_details/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.annotations !== undefined) {
      let data21 = data.annotations;
      if (Array.isArray(data21)) {
        const len2 = data21.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data22 = data21[i2];
          if (data22 && typeof data22 == 'object' && !Array.isArray(data22)) {
            if (data22.type !== undefined) {
              if (typeof data22.type !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i2 + '/type',
                  schemaPath: '#/properties/annotations/items/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data22.url_citation !== undefined) {
              let data24 = data22.url_citation;
              if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                if (data24.start_index !== undefined) {
                  let data25 = data24.start_index;
                  if (!(typeof data25 == 'number' && !(data25 % 1) && !isNaN(data25))) {
                    vErrors = appendError(vErrors, {
                      instancePath:
                        instancePath + '/annotations/' + i2 + '/url_citation/start_index',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/start_index/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                    });
                    errors++;
                  }
                }
                if (data24.end_index !== undefined) {
                  let data26 = data24.end_index;
                  if (!(typeof data26 == 'number' && !(data26 % 1) && !isNaN(data26))) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/annotations/' + i2 + '/url_citation/end_index',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/end_index/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                    });
                    errors++;
                  }
                }
                if (data24.title !== undefined) {
                  if (typeof data24.title !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/annotations/' + i2 + '/url_citation/title',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/title/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
                if (data24.url !== undefined) {
                  if (typeof data24.url !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/annotations/' + i2 + '/url_citation/url',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/url/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
                if (data24.sources !== undefined) {
                  let data29 = data24.sources;
                  if (data29 && typeof data29 == 'object' && !Array.isArray(data29)) {
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/annotations/' + i2 + '/url_citation/sources',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/sources/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
                if (data24.type !== undefined) {
                  if (typeof data24.type !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/annotations/' + i2 + '/url_citation/type',
                      schemaPath:
                        '#/properties/annotations/items/properties/url_citation/properties/type/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i2 + '/url_citation',
                  schemaPath: '#/properties/annotations/items/properties/url_citation/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/annotations/' + i2,
              schemaPath: '#/properties/annotations/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/annotations',
          schemaPath: '#/properties/annotations/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.tool_calls !== undefined) {
      let data31 = data.tool_calls;
      if (Array.isArray(data31)) {
        const len3 = data31.length;
        for (let i3 = 0; i3 < len3; i3++) {
          if (
            !(
              validate935(data31[i3], instancePath) ||
              validate935(data31[i3], instancePath + '/tool_calls/' + i3)
            )
          ) {
            vErrors = vErrors === null ? validate935.errors : vErrors.concat(validate935.errors);
            errors = vErrors.length;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/tool_calls',
          schemaPath: '#/properties/tool_calls/type',
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
  validate930.errors = vErrors;
  return errors === 0;
}
export const schema266 = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    type: { type: 'string' },
    status: { type: 'string' },
    role: { type: 'string', enum: ['assistant', 'user', 'system', 'developer'] },
    content: {
      anyOf: [
        { type: 'string' },
        { type: 'array', items: { $ref: '#/components/schemas/ResponsesContentPart' } },
        { type: 'null' },
      ],
    },
    call_id: { type: 'string' },
    name: { type: 'string' },
    arguments: { type: 'string' },
    output: {},
    action: { type: 'object' },
    error: { type: 'string' },
    queries: { type: 'array', items: { type: 'string' } },
    results: { type: 'array', items: { type: 'object' } },
    summary: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'text'],
        properties: { type: { type: 'string', enum: ['summary_text'] }, text: { type: 'string' } },
      },
    },
    encrypted_content: { type: 'string' },
  },
};
export function validate939(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
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
    if (data.text !== undefined) {
      if (typeof data.text !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/text',
          schemaPath: '#/properties/text/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.signature !== undefined) {
      if (typeof data.signature !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/signature',
          schemaPath: '#/properties/signature/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.refusal !== undefined) {
      if (typeof data.refusal !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/refusal',
          schemaPath: '#/properties/refusal/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.file_id !== undefined) {
      if (typeof data.file_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/file_id',
          schemaPath: '#/properties/file_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.image_url !== undefined) {
      if (typeof data.image_url !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/image_url',
          schemaPath: '#/properties/image_url/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.detail !== undefined) {
      if (typeof data.detail !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/detail',
          schemaPath: '#/properties/detail/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.file_data !== undefined) {
      if (typeof data.file_data !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/file_data',
          schemaPath: '#/properties/file_data/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.file_url !== undefined) {
      if (typeof data.file_url !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/file_url',
          schemaPath: '#/properties/file_url/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.filename !== undefined) {
      if (typeof data.filename !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/filename',
          schemaPath: '#/properties/filename/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.file_type !== undefined) {
      if (typeof data.file_type !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/file_type',
          schemaPath: '#/properties/file_type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.input_audio !== undefined) {
      let data11 = data.input_audio;
      if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
        if (data11.format === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/input_audio',
            schemaPath: '#/properties/input_audio/required',
            keyword: 'required',
            params: { missingProperty: 'format' },
          });
          errors++;
        }
        if (data11.data === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/input_audio',
            schemaPath: '#/properties/input_audio/required',
            keyword: 'required',
            params: { missingProperty: 'data' },
          });
          errors++;
        }
        if (data11.format !== undefined) {
          if (typeof data11.format !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/input_audio/format',
              schemaPath: '#/properties/input_audio/properties/format/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data11.data !== undefined) {
          if (typeof data11.data !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/input_audio/data',
              schemaPath: '#/properties/input_audio/properties/data/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/input_audio',
          schemaPath: '#/properties/input_audio/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.annotations !== undefined) {
      let data14 = data.annotations;
      if (Array.isArray(data14)) {
        const len0 = data14.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data15 = data14[i0];
          if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
            if (data15.type !== undefined) {
              if (typeof data15.type !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/type',
                  schemaPath: '#/properties/annotations/items/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.index !== undefined) {
              let data17 = data15.index;
              if (!(typeof data17 == 'number' && !(data17 % 1) && !isNaN(data17))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/index',
                  schemaPath: '#/properties/annotations/items/properties/index/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data15.file_id !== undefined) {
              if (typeof data15.file_id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/file_id',
                  schemaPath: '#/properties/annotations/items/properties/file_id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.text !== undefined) {
              if (typeof data15.text !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/text',
                  schemaPath: '#/properties/annotations/items/properties/text/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.start_index !== undefined) {
              let data20 = data15.start_index;
              if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/start_index',
                  schemaPath: '#/properties/annotations/items/properties/start_index/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data15.end_index !== undefined) {
              let data21 = data15.end_index;
              if (!(typeof data21 == 'number' && !(data21 % 1) && !isNaN(data21))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/end_index',
                  schemaPath: '#/properties/annotations/items/properties/end_index/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                });
                errors++;
              }
            }
            if (data15.filename !== undefined) {
              if (typeof data15.filename !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/filename',
                  schemaPath: '#/properties/annotations/items/properties/filename/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.title !== undefined) {
              if (typeof data15.title !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/title',
                  schemaPath: '#/properties/annotations/items/properties/title/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.url !== undefined) {
              if (typeof data15.url !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/url',
                  schemaPath: '#/properties/annotations/items/properties/url/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.container_id !== undefined) {
              if (typeof data15.container_id !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/annotations/' + i0 + '/container_id',
                  schemaPath: '#/properties/annotations/items/properties/container_id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/annotations/' + i0,
              schemaPath: '#/properties/annotations/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/annotations',
          schemaPath: '#/properties/annotations/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.logprobs !== undefined) {
      let data26 = data.logprobs;
      if (Array.isArray(data26)) {
        const len1 = data26.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data27 = data26[i1];
          if (data27 && typeof data27 == 'object' && !Array.isArray(data27)) {
            if (data27.token !== undefined) {
              if (typeof data27.token !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/logprobs/' + i1 + '/token',
                  schemaPath: '#/properties/logprobs/items/properties/token/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data27.logprob !== undefined) {
              if (!(typeof data27.logprob == 'number')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/logprobs/' + i1 + '/logprob',
                  schemaPath: '#/properties/logprobs/items/properties/logprob/type',
                  keyword: 'type',
                  params: { type: 'number' },
                });
                errors++;
              }
            }
            if (data27.bytes !== undefined) {
              let data30 = data27.bytes;
              if (Array.isArray(data30)) {
                const len2 = data30.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data31 = data30[i2];
                  if (!(typeof data31 == 'number' && !(data31 % 1) && !isNaN(data31))) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/logprobs/' + i1 + '/bytes/' + i2,
                      schemaPath: '#/properties/logprobs/items/properties/bytes/items/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/logprobs/' + i1 + '/bytes',
                  schemaPath: '#/properties/logprobs/items/properties/bytes/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
            if (data27.top_logprobs !== undefined) {
              let data32 = data27.top_logprobs;
              if (Array.isArray(data32)) {
                const len3 = data32.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data33 = data32[i3];
                  if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
                    if (data33.token !== undefined) {
                      if (typeof data33.token !== 'string') {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath + '/logprobs/' + i1 + '/top_logprobs/' + i3 + '/token',
                          schemaPath:
                            '#/properties/logprobs/items/properties/top_logprobs/items/properties/token/type',
                          keyword: 'type',
                          params: { type: 'string' },
                        });
                        errors++;
                      }
                    }
                    if (data33.logprob !== undefined) {
                      if (!(typeof data33.logprob == 'number')) {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath + '/logprobs/' + i1 + '/top_logprobs/' + i3 + '/logprob',
                          schemaPath:
                            '#/properties/logprobs/items/properties/top_logprobs/items/properties/logprob/type',
                          keyword: 'type',
                          params: { type: 'number' },
                        });
                        errors++;
                      }
                    }
                    if (data33.bytes !== undefined) {
                      let data36 = data33.bytes;
                      if (Array.isArray(data36)) {
                        const len4 = data36.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          let data37 = data36[i4];
                          if (!(typeof data37 == 'number' && !(data37 % 1) && !isNaN(data37))) {
                            vErrors = appendError(vErrors, {
                              instancePath:
                                instancePath +
                                '/logprobs/' +
                                i1 +
                                '/top_logprobs/' +
                                i3 +
                                '/bytes/' +
                                i4,
                              schemaPath:
                                '#/properties/logprobs/items/properties/top_logprobs/items/properties/bytes/items/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                            });
                            errors++;
                          }
                        }
                      } else {
                        vErrors = appendError(vErrors, {
                          instancePath:
                            instancePath + '/logprobs/' + i1 + '/top_logprobs/' + i3 + '/bytes',
                          schemaPath:
                            '#/properties/logprobs/items/properties/top_logprobs/items/properties/bytes/type',
                          keyword: 'type',
                          params: { type: 'array' },
                        });
                        errors++;
                      }
                    }
                  } else {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/logprobs/' + i1 + '/top_logprobs/' + i3,
                      schemaPath: '#/properties/logprobs/items/properties/top_logprobs/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/logprobs/' + i1 + '/top_logprobs',
                  schemaPath: '#/properties/logprobs/items/properties/top_logprobs/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/logprobs/' + i1,
              schemaPath: '#/properties/logprobs/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/logprobs',
          schemaPath: '#/properties/logprobs/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.cache_control !== undefined) {
      if (
        !(
          validate932(data.cache_control, instancePath) ||
          validate932(data.cache_control, instancePath + '/cache_control')
        )
      ) {
        vErrors = vErrors === null ? validate932.errors : vErrors.concat(validate932.errors);
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
  validate939.errors = vErrors;
  return errors === 0;
}
export function validate938(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
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
    if (data.status !== undefined) {
      if (typeof data.status !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/status',
          schemaPath: '#/properties/status/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.role !== undefined) {
      let data3 = data.role;
      if (typeof data3 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (
        !(data3 === 'assistant' || data3 === 'user' || data3 === 'system' || data3 === 'developer')
      ) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/role',
          schemaPath: '#/properties/role/enum',
          keyword: 'enum',
          params: { allowedValues: schema266.properties.role.enum },
        });
        errors++;
      }
    }
    if (data.content !== undefined) {
      let data4 = data.content;
      const _errs10 = errors;
      let valid1 = false;
      const _errs11 = errors;
      if (typeof data4 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/anyOf/0/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      var _valid0 = _errs11 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs13 = errors;
        if (Array.isArray(data4)) {
          const len0 = data4.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (
              !(
                validate939(data4[i0], instancePath) ||
                validate939(data4[i0], instancePath + '/content/' + i0)
              )
            ) {
              vErrors = vErrors === null ? validate939.errors : vErrors.concat(validate939.errors);
              errors = vErrors.length;
            }
          }
        } else {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/content',
            schemaPath: '#/properties/content/anyOf/1/type',
            keyword: 'type',
            params: { type: 'array' },
          });
          errors++;
        }
        var _valid0 = _errs13 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
          const _errs16 = errors;
          if (data4 !== null) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf/2/type',
              keyword: 'type',
              params: { type: 'null' },
            });
            errors++;
          }
          var _valid0 = _errs16 === errors;
          valid1 = valid1 || _valid0;
        }
      }
      if (!valid1) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/content',
          schemaPath: '#/properties/content/anyOf',
          keyword: 'anyOf',
          params: {},
        });
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.call_id !== undefined) {
      if (typeof data.call_id !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/call_id',
          schemaPath: '#/properties/call_id/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.name !== undefined) {
      if (typeof data.name !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/name',
          schemaPath: '#/properties/name/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.arguments !== undefined) {
      if (typeof data.arguments !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/arguments',
          schemaPath: '#/properties/arguments/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.action !== undefined) {
      let data9 = data.action;
      if (!(data9 && typeof data9 == 'object' && !Array.isArray(data9))) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/action',
          schemaPath: '#/properties/action/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.error !== undefined) {
      if (typeof data.error !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/error',
          schemaPath: '#/properties/error/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
    }
    if (data.queries !== undefined) {
      let data11 = data.queries;
      if (Array.isArray(data11)) {
        const len1 = data11.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (typeof data11[i1] !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/queries/' + i1,
              schemaPath: '#/properties/queries/items/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/queries',
          schemaPath: '#/properties/queries/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.results !== undefined) {
      let data13 = data.results;
      if (Array.isArray(data13)) {
        const len2 = data13.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data14 = data13[i2];
          if (!(data14 && typeof data14 == 'object' && !Array.isArray(data14))) {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/results/' + i2,
              schemaPath: '#/properties/results/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/results',
          schemaPath: '#/properties/results/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.summary !== undefined) {
      let data15 = data.summary;
      if (Array.isArray(data15)) {
        const len3 = data15.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data16 = data15[i3];
          if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
            if (data16.type === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/summary/' + i3,
                schemaPath: '#/properties/summary/items/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
              });
              errors++;
            }
            if (data16.text === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/summary/' + i3,
                schemaPath: '#/properties/summary/items/required',
                keyword: 'required',
                params: { missingProperty: 'text' },
              });
              errors++;
            }
            if (data16.type !== undefined) {
              let data17 = data16.type;
              if (typeof data17 !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/summary/' + i3 + '/type',
                  schemaPath: '#/properties/summary/items/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
              if (!(data17 === 'summary_text')) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/summary/' + i3 + '/type',
                  schemaPath: '#/properties/summary/items/properties/type/enum',
                  keyword: 'enum',
                  params: {
                    allowedValues: schema266.properties.summary.items.properties.type.enum,
                  },
                });
                errors++;
              }
            }
            if (data16.text !== undefined) {
              if (typeof data16.text !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/summary/' + i3 + '/text',
                  schemaPath: '#/properties/summary/items/properties/text/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/summary/' + i3,
              schemaPath: '#/properties/summary/items/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/summary',
          schemaPath: '#/properties/summary/type',
          keyword: 'type',
          params: { type: 'array' },
        });
        errors++;
      }
    }
    if (data.encrypted_content !== undefined) {
      if (typeof data.encrypted_content !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/encrypted_content',
          schemaPath: '#/properties/encrypted_content/type',
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
  validate938.errors = vErrors;
  return errors === 0;
}
export const schema268 = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { type: 'string', enum: ['function', 'custom'] },
    function: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        description: { type: 'string' },
        parameters: {
          type: 'object',
          properties: {
            type: { type: ['string', 'array'], items: { type: 'string' } },
            description: { type: 'string' },
            required: { type: 'array', items: { type: 'string' } },
            properties: { type: 'object' },
            enum: { type: 'array' },
            additionalProperties: { type: ['boolean', 'object'] },
          },
        },
        strict: { type: 'boolean' },
      },
    },
    custom: {
      type: 'object',
      properties: {
        format: {
          type: 'object',
          required: ['type'],
          properties: {
            type: { type: 'string' },
            grammar: {
              type: 'object',
              required: ['definition', 'syntax'],
              properties: {
                definition: { type: 'string' },
                syntax: { type: 'string', enum: ['lark', 'regex'] },
              },
            },
          },
        },
      },
    },
    cache_control: { $ref: '#/components/schemas/CacheControl' },
  },
};
export function validate945(data, instancePath = '') {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.type === undefined) {
      vErrors = appendError(vErrors, {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'type' },
      });
      errors++;
    }
    if (data.type !== undefined) {
      let data0 = data.type;
      if (typeof data0 !== 'string') {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/type',
          keyword: 'type',
          params: { type: 'string' },
        });
        errors++;
      }
      if (!(data0 === 'function' || data0 === 'custom')) {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/type',
          schemaPath: '#/properties/type/enum',
          keyword: 'enum',
          params: { allowedValues: schema268.properties.type.enum },
        });
        errors++;
      }
    }
    if (data.function !== undefined) {
      let data1 = data.function;
      if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
        if (data1.name === undefined) {
          vErrors = appendError(vErrors, {
            instancePath: instancePath + '/function',
            schemaPath: '#/properties/function/required',
            keyword: 'required',
            params: { missingProperty: 'name' },
          });
          errors++;
        }
        if (data1.name !== undefined) {
          if (typeof data1.name !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/name',
              schemaPath: '#/properties/function/properties/name/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data1.description !== undefined) {
          if (typeof data1.description !== 'string') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/description',
              schemaPath: '#/properties/function/properties/description/type',
              keyword: 'type',
              params: { type: 'string' },
            });
            errors++;
          }
        }
        if (data1.parameters !== undefined) {
          let data4 = data1.parameters;
          if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
            if (data4.type !== undefined) {
              let data5 = data4.type;
              if (typeof data5 !== 'string' && !Array.isArray(data5)) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/type',
                  schemaPath: '#/properties/function/properties/parameters/properties/type/type',
                  keyword: 'type',
                  params: {
                    type: schema268.properties.function.properties.parameters.properties.type.type,
                  },
                });
                errors++;
              }
              if (Array.isArray(data5)) {
                const len0 = data5.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (typeof data5[i0] !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/function/parameters/type/' + i0,
                      schemaPath:
                        '#/properties/function/properties/parameters/properties/type/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              }
            }
            if (data4.description !== undefined) {
              if (typeof data4.description !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/description',
                  schemaPath:
                    '#/properties/function/properties/parameters/properties/description/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data4.required !== undefined) {
              let data8 = data4.required;
              if (Array.isArray(data8)) {
                const len1 = data8.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  if (typeof data8[i1] !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/function/parameters/required/' + i1,
                      schemaPath:
                        '#/properties/function/properties/parameters/properties/required/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/required',
                  schemaPath:
                    '#/properties/function/properties/parameters/properties/required/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
            if (data4.properties !== undefined) {
              let data10 = data4.properties;
              if (!(data10 && typeof data10 == 'object' && !Array.isArray(data10))) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/properties',
                  schemaPath:
                    '#/properties/function/properties/parameters/properties/properties/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
            if (data4.enum !== undefined) {
              if (!Array.isArray(data4.enum)) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/enum',
                  schemaPath: '#/properties/function/properties/parameters/properties/enum/type',
                  keyword: 'type',
                  params: { type: 'array' },
                });
                errors++;
              }
            }
            if (data4.additionalProperties !== undefined) {
              let data12 = data4.additionalProperties;
              if (
                typeof data12 !== 'boolean' &&
                !(data12 && typeof data12 == 'object' && !Array.isArray(data12))
              ) {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/function/parameters/additionalProperties',
                  schemaPath:
                    '#/properties/function/properties/parameters/properties/additionalProperties/type',
                  keyword: 'type',
                  params: {
                    type: schema268.properties.function.properties.parameters.properties
                      .additionalProperties.type,
                  },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/parameters',
              schemaPath: '#/properties/function/properties/parameters/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
        if (data1.strict !== undefined) {
          if (typeof data1.strict !== 'boolean') {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/function/strict',
              schemaPath: '#/properties/function/properties/strict/type',
              keyword: 'type',
              params: { type: 'boolean' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/function',
          schemaPath: '#/properties/function/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.custom !== undefined) {
      let data14 = data.custom;
      if (data14 && typeof data14 == 'object' && !Array.isArray(data14)) {
        if (data14.format !== undefined) {
          let data15 = data14.format;
          if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
            if (data15.type === undefined) {
              vErrors = appendError(vErrors, {
                instancePath: instancePath + '/custom/format',
                schemaPath: '#/properties/custom/properties/format/required',
                keyword: 'required',
                params: { missingProperty: 'type' },
              });
              errors++;
            }
            if (data15.type !== undefined) {
              if (typeof data15.type !== 'string') {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/custom/format/type',
                  schemaPath: '#/properties/custom/properties/format/properties/type/type',
                  keyword: 'type',
                  params: { type: 'string' },
                });
                errors++;
              }
            }
            if (data15.grammar !== undefined) {
              let data17 = data15.grammar;
              if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                if (data17.definition === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/custom/format/grammar',
                    schemaPath: '#/properties/custom/properties/format/properties/grammar/required',
                    keyword: 'required',
                    params: { missingProperty: 'definition' },
                  });
                  errors++;
                }
                if (data17.syntax === undefined) {
                  vErrors = appendError(vErrors, {
                    instancePath: instancePath + '/custom/format/grammar',
                    schemaPath: '#/properties/custom/properties/format/properties/grammar/required',
                    keyword: 'required',
                    params: { missingProperty: 'syntax' },
                  });
                  errors++;
                }
                if (data17.definition !== undefined) {
                  if (typeof data17.definition !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/custom/format/grammar/definition',
                      schemaPath:
                        '#/properties/custom/properties/format/properties/grammar/properties/definition/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                }
                if (data17.syntax !== undefined) {
                  let data19 = data17.syntax;
                  if (typeof data19 !== 'string') {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/custom/format/grammar/syntax',
                      schemaPath:
                        '#/properties/custom/properties/format/properties/grammar/properties/syntax/type',
                      keyword: 'type',
                      params: { type: 'string' },
                    });
                    errors++;
                  }
                  if (!(data19 === 'lark' || data19 === 'regex')) {
                    vErrors = appendError(vErrors, {
                      instancePath: instancePath + '/custom/format/grammar/syntax',
                      schemaPath:
                        '#/properties/custom/properties/format/properties/grammar/properties/syntax/enum',
                      keyword: 'enum',
                      params: {
                        allowedValues:
                          schema268.properties.custom.properties.format.properties.grammar
                            .properties.syntax.enum,
                      },
                    });
                    errors++;
                  }
                }
              } else {
                vErrors = appendError(vErrors, {
                  instancePath: instancePath + '/custom/format/grammar',
                  schemaPath: '#/properties/custom/properties/format/properties/grammar/type',
                  keyword: 'type',
                  params: { type: 'object' },
                });
                errors++;
              }
            }
          } else {
            vErrors = appendError(vErrors, {
              instancePath: instancePath + '/custom/format',
              schemaPath: '#/properties/custom/properties/format/type',
              keyword: 'type',
              params: { type: 'object' },
            });
            errors++;
          }
        }
      } else {
        vErrors = appendError(vErrors, {
          instancePath: instancePath + '/custom',
          schemaPath: '#/properties/custom/type',
          keyword: 'type',
          params: { type: 'object' },
        });
        errors++;
      }
    }
    if (data.cache_control !== undefined) {
      if (
        !(
          validate932(data.cache_control, instancePath) ||
          validate932(data.cache_control, instancePath + '/cache_control')
        )
      ) {
        vErrors = vErrors === null ? validate932.errors : vErrors.concat(validate932.errors);
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
  validate945.errors = vErrors;
  return errors === 0;
}
