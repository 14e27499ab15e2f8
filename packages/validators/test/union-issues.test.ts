// Issues for values inside `oneOf` / `anyOf`: only the branch the value belongs to is reported,
// whether branches are inline schemas, a nullable `$ref`, or the `$ref`s of a tagged union.
import { describe, expect, it } from 'vitest';
import * as bifrost from '../src/bifrost.ts';
import * as cloudflare from '../src/cloudflare.ts';

const issues = (result: { ok: boolean; issues?: readonly { path: unknown; rule: string }[] }) =>
  result.ok ? [] : (result.issues ?? []).map(({ path, rule }) => ({ path, rule }));

const entry = {
  id: '7c1e4a52-9b3d-4f0e-a8c6-2d5b91f3e604',
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
  virtual_key_id: null,
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
};
const logEntry = bifrost.schemaValidators.LogEntry;

describe('nullable reference (anyOf [$ref, null])', () => {
  it('accepts null and a valid object', () => {
    expect(logEntry.parse({ ...entry, output_message: null }).ok).toBe(true);
    expect(logEntry.parse({ ...entry, output_message: { role: 'assistant' } }).ok).toBe(true);
  });

  it('reports the referenced schema’s problem only, not "must be null"', () => {
    expect(issues(logEntry.parse({ ...entry, token_usage: { prompt_tokens: -1 } }))).toEqual([
      { path: ['token_usage', 'prompt_tokens'], rule: 'minimum' },
    ]);
    expect(issues(logEntry.parse({ ...entry, output_message: { role: 'robot' } }))).toEqual([
      { path: ['output_message', 'role'], rule: 'enum' },
    ]);
    expect(
      issues(logEntry.parse({ ...entry, error_details: { error: { message: 'x' } } })),
    ).toEqual([{ path: ['error_details', 'is_bifrost_error'], rule: 'required' }]);
  });

  it('reports a type error naming the accepted types when the value is of neither type', () => {
    const result = logEntry.parse({ ...entry, output_message: 5 });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          path: ['output_message'],
          message: 'output_message must be null or an object',
          rule: 'type',
        },
      ],
    });
  });
});

describe('inline branches (anyOf of types)', () => {
  it('follows the branch of the value’s type through nested unions', () => {
    const message = { role: 'user', content: [{ type: 'picture' }] };
    expect(issues(logEntry.parse({ ...entry, output_message: message }))).toEqual([
      { path: ['output_message', 'content', 0, 'type'], rule: 'enum' },
    ]);
  });

  it('reports the item of an array branch', () => {
    expect(issues(logEntry.parse({ ...entry, embedding_output: [[0.1, 'x']] }))).toEqual([
      { path: ['embedding_output', 0, 1], rule: 'type' },
    ]);
  });
});

describe('tagged union of references (oneOf with a discriminator)', () => {
  const body = cloudflare.operationValidators.createDynamicRouteVersion.body;
  const start = { id: 'start', type: 'start', outputs: { next: { elementId: 'end' } } };
  const end = { id: 'end', type: 'end', outputs: {} };

  it('accepts a valid graph', () => {
    expect(body.parse({ elements: [start, end] })).toEqual({
      ok: true,
      value: { elements: [start, end] },
    });
  });

  it('reports the problem in the branch the tag selects, not in the others', () => {
    const broken = { ...start, outputs: {} };
    expect(issues(body.parse({ elements: [broken, end] }))).toEqual([
      { path: ['elements', 0, 'outputs', 'next'], rule: 'required' },
    ]);
    const wrongRef = { ...start, outputs: { next: { elementId: 7 } } };
    expect(issues(body.parse({ elements: [wrongRef, end] }))).toEqual([
      { path: ['elements', 0, 'outputs', 'next', 'elementId'], rule: 'type' },
    ]);
  });

  it('reports the union when the tag matches no branch', () => {
    const result = body.parse({ elements: [{ ...start, type: 'begin' }, end] });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          path: ['elements', 0],
          message: 'elements[0] must match exactly one of the allowed shapes',
        },
      ],
    });
    expect(result.ok || result.issues.length).toBe(1);
  });
});

describe('untagged union of inline branches', () => {
  const dlp = cloudflare.schemaValidators.GatewayDlp;

  it('accepts either shape', () => {
    expect(dlp.parse({ enabled: true, action: 'BLOCK', profiles: ['p1'] }).ok).toBe(true);
    expect(dlp.parse({ enabled: false, policies: [] }).ok).toBe(true);
  });

  it('reports the union alone when the value fits no branch and nothing tells which was meant', () => {
    expect(dlp.parse({ enabled: 'yes', policies: [] })).toEqual({
      ok: false,
      issues: [{ path: [], message: 'value must match one of the allowed shapes', rule: 'anyOf' }],
    });
  });
});

describe('untagged union of references', () => {
  const badRequest = cloudflare.operationValidators.createGateway.responses['400'];

  it('accepts either shape', () => {
    expect(badRequest.parse({ errors: [{ message: 'no' }], result: {}, success: false }).ok).toBe(
      true,
    );
    expect(
      badRequest.parse({ errors: [{ code: 7001, message: 'no', path: ['body'] }], success: false })
        .ok,
    ).toBe(true);
  });

  it('reports the union once when no branch fits', () => {
    const result = badRequest.parse({ errors: 'none', success: false });
    expect(issues(result)).toContainEqual({ path: [], rule: 'oneOf' });
    expect(issues(result).filter((i) => i.rule === 'oneOf')).toHaveLength(1);
  });
});
