// Item 2, hand-picked: the exact wording of issues for cases a user of the validators meets.
import { describe, expect, it } from 'vitest';
import * as bifrost from '../src/bifrost.ts';
import * as cloudflare from '../src/cloudflare.ts';
import { formatPath, ValidationError, type Validator } from '../src/index.ts';

const cf = cloudflare.operationValidators;
const bf = bifrost.operationValidators;

const account = '5f3c2a9e8b7d4c1f0a6e9d2b8c4f7a13';
const logsPath = { account_id: account, gateway_id: 'support-bot-prod' };

const messages = (result: { ok: boolean; issues?: readonly { message: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map((issue) => issue.message);

describe('Cloudflare issue messages', () => {
  it('names the filter and the allowed operators for a bad filter operator', () => {
    const result = cf.listLogs.params.parse({
      path: logsPath,
      query: { filters: [{ key: 'model', operator: 'like', value: ['gpt-4o'] }] },
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ['query', 'filters', 0, 'operator'],
          message: 'query.filters[0].operator must be one of eq, neq, contains, lt, gt',
          rule: 'enum',
        },
      ],
    });
  });

  it('reports each broken filter of several', () => {
    const result = cf.deleteLogs.params.parse({
      path: logsPath,
      query: {
        filters: [
          { key: 'cost', operator: 'gt', value: [0.5] },
          { key: 'colour', operator: 'eq' },
        ],
      },
    });
    expect(messages(result)).toEqual([
      'query.filters[1].value is required',
      expect.stringMatching(/^query\.filters\[1\]\.key must be one of id, created_at, /),
    ]);
  });

  it('names a missing path parameter and an unknown query parameter', () => {
    expect(messages(cf.getLog.params.parse({ path: logsPath }))).toEqual(['path.id is required']);
    expect(
      messages(
        cf.listGateways.params.parse({ path: { account_id: account }, query: { pageSize: 5 } }),
      ),
    ).toEqual(['query.pageSize is not a known field']);
  });

  it('gives the bound of a page size', () => {
    const result = cf.listLogs.params.parse({ path: logsPath, query: { per_page: 51 } });
    expect(messages(result)).toEqual(['query.per_page must be at most 50']);
  });

  it('rejects a gateway id that breaks its pattern with the pattern in the message', () => {
    const result = cf.getGateway.params.parse({ path: { account_id: account, id: 'Support Bot' } });
    expect(messages(result)).toEqual([
      'path.id must match the pattern ^[a-z0-9_]+(?:-[a-z0-9_]+)*$',
    ]);
  });

  it('counts items and characters in words', () => {
    const body = {
      name: 'nightly',
      dataset_ids: ['a', 'b', 'c', 'd', 'e', 'f'],
      evaluation_type_ids: [],
    };
    expect(messages(cf.createEvaluation.body?.parse(body) ?? { ok: true })).toEqual([
      'dataset_ids must have at most 5 items',
    ]);
    expect(messages(cloudflare.schemaValidators.GatewayId.parse(''))).toContain(
      'value must be at least 1 character long',
    );
  });
});

describe('Bifrost issue messages', () => {
  it('gives the upper bound of limit', () => {
    expect(bf.listLogs.params.parse({ query: { limit: 5000 } })).toEqual({
      ok: false,
      issues: [
        { path: ['query', 'limit'], message: 'query.limit must be at most 1000', rule: 'maximum' },
      ],
    });
  });

  it('rejects a start_time without a time-zone offset, explaining the format', () => {
    const result = bf.listLogs.params.parse({ query: { start_time: '2026-11-20T14:03:11' } });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((i) => i.rule).sort()).toEqual(['format', 'pattern']);
    expect(messages(result)).toContain(
      'query.start_time must be an RFC 3339 date-time with a time-zone offset, such as 2026-11-20T14:03:11Z',
    );
  });

  it('names a missing required response field and a wrong type in the same value', () => {
    const result = bf.getLogStats.responses['200'].parse({
      total_requests: 10,
      total_tokens: '1000',
      total_cost: 0.5,
      average_latency: 12,
    });
    expect(messages(result)).toEqual([
      'success_rate is required',
      'total_tokens must be an integer',
    ]);
  });

  it('says which types a nullable field takes', () => {
    const result = bifrost.schemaValidators.LogEntry.parse({
      id: 'x',
      provider: 'openai',
      model: 'gpt-4o-mini',
      object: 'chat_completion',
      status: 'success',
      timestamp: '2026-11-20T14:03:11Z',
      created_at: '2026-11-20T14:03:11Z',
      number_of_retries: 0,
      fallback_index: 0,
      stream: false,
      parent_request_id: null,
      selected_key_id: '',
      selected_key_name: '',
      virtual_key_id: 5,
      virtual_key_name: null,
      routing_rule_id: null,
      routing_rule_name: null,
      selected_prompt_name: null,
      selected_prompt_version: null,
      selected_prompt_id: null,
      user_id: null,
      user_name: null,
      team_id: null,
      team_name: null,
      customer_id: null,
      customer_name: null,
      business_unit_id: null,
      business_unit_name: null,
      raw_request: '',
      raw_response: '',
      is_large_payload_request: false,
      is_large_payload_response: false,
    });
    expect(messages(result)).toEqual(['virtual_key_id must be a string or null']);
  });
});

describe('ValidationError', () => {
  // An assertion method is called through an annotated name (TypeScript rule TS2775).
  const params: Validator<bifrost.operations['listLogs']['parameters']> = bf.listLogs.params;

  it('is thrown by assert with the subject and every message', () => {
    let thrown: unknown;
    try {
      params.assert({ query: { limit: 0, offset: -1 } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    const error = thrown as ValidationError;
    expect(error.name).toBe('ValidationError');
    expect(error.subject).toBe('listLogs parameters');
    expect(error.message).toBe(
      'Invalid listLogs parameters: query.limit must be at least 1; query.offset must be at least 0',
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      ['query', 'limit'],
      ['query', 'offset'],
    ]);
  });

  it('is not thrown for a valid value', () => {
    expect(() => params.assert({ query: { limit: 1000 } })).not.toThrow();
  });
});

describe('issue paths', () => {
  it('keep a property named with digits a string, and an array index a number', () => {
    const element = { id: 'split', type: 'percentage', outputs: { '50': { elementId: 7 } } };
    const result = cloudflare.schemaValidators.DynamicRouteElement.parse(element);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ['outputs', '50', 'elementId'],
          message: 'outputs["50"].elementId must be a string',
          rule: 'type',
        },
      ],
    });
    const body = { elements: [element] };
    const issues = cf.createDynamicRouteVersion.body.parse(body);
    expect(issues.ok ? [] : issues.issues.map((i) => i.path)).toEqual([
      ['elements', 0, 'outputs', '50', 'elementId'],
    ]);
  });
});

describe('formatPath', () => {
  it('writes identifiers with dots, indices in brackets and other keys quoted', () => {
    expect(formatPath(['query', 'filters', 0, 'operator'])).toBe('query.filters[0].operator');
    expect(formatPath(['outputs', 'true'])).toBe('outputs.true');
    expect(formatPath(['headers', 'x-api-key', 'metadata.key'])).toBe(
      'headers["x-api-key"]["metadata.key"]',
    );
    expect(formatPath([0, 'a'])).toBe('[0].a');
  });
});
