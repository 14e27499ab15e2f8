// The Bifrost emulator: seeded logs that agree with themselves and with the price list, every
// filter checked against a brute-force reading of the stored rows, ordering, paging, the stats
// computed by hand, the server's leniency with bad values, the detail route and the error bodies.
// Every answer is checked against the spec's response schema for its status.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from '../../../../scripts/src/specs.ts';
import { costOf, modelPrices } from '../../src/emulator/bifrost/pricing.ts';
import type { LogEntry } from '../../src/emulator/bifrost/store.ts';
import { type BifrostEmulator, createEmulator as createBifrost } from '../../src/emulator/index.ts';
import { specDocument, specOperation } from '../support/spec.ts';
import { issuesOf, jsonResponseValidator, schemaValidator } from '../support/validators.ts';

type Query = Record<string, string | number | boolean>;
type Operation = 'listLogs' | 'getLogStats' | 'getLog';
// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field in assertions.
type Body = any;

const now = '2026-11-30T12:00:00Z';
const origin = 'http://bifrost.test';
const paths: Record<Operation, string> = {
  listLogs: '/api/logs',
  getLogStats: '/api/logs/stats',
  getLog: '/api/logs/',
};

const createEmulator = (options: { seed: number; logs: number; strict?: boolean }) =>
  createBifrost({ api: 'bifrost', now, ...options });

let emulator: BifrostEmulator;
let logs: LogEntry[];
beforeAll(() => {
  emulator = createEmulator({ seed: 1, logs: 3000 });
  logs = emulator.store.logs;
});

/** Calls the emulator and checks the answer against the spec's schema for its status. */
async function call(
  operation: Operation,
  query: Query | string = {},
  id = '',
  on: BifrostEmulator = emulator,
): Promise<{ status: number; body: Body }> {
  const search =
    typeof query === 'string'
      ? query
      : new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const response = await on.fetch(`${origin}${paths[operation]}${id}${search ? `?${search}` : ''}`);
  const body = await response.json();
  const validator = jsonResponseValidator('bifrost', operation, String(response.status));
  expect(issuesOf(validator, body), `${operation} ${response.status}`).toBe('');
  return { status: response.status, body };
}

async function list(query: Query | string = {}) {
  const { status, body } = await call('listLogs', query);
  expect(status).toBe(200);
  return body;
}

/** Every row matching the query, by paging with the largest page the server allows. */
async function allRows(query: Query = {}): Promise<Body[]> {
  const rows: Body[] = [];
  for (let offset = 0; ; offset += 1000) {
    const body = await list({ ...query, limit: 1000, offset });
    if (body.logs.length === 0) break;
    rows.push(...body.logs);
  }
  return rows;
}

const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id).sort();
const idsWhere = (keep: (log: LogEntry) => boolean) => ids(logs.filter(keep));

/** Nanoseconds since the epoch, computed independently of the emulator's own reading. */
function nanos(text: string): bigint {
  const [, seconds, fraction = ''] = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/.exec(text) ?? [];
  return BigInt(Date.parse(`${seconds}Z`)) * 1_000_000n + BigInt(fraction.padEnd(9, '0'));
}
const atNanos = (value: bigint) =>
  `${new Date(Number(value / 1_000_000_000n) * 1000).toISOString().slice(0, 19)}.${(value % 1_000_000_000n).toString().padStart(9, '0')}Z`;

const finished = (log: LogEntry) => log.status !== 'processing';

/** A list parameter of the spec, resolved. */
function listParameter(name: string) {
  const spec = specDocument('bifrost');
  return specOperation('bifrost', 'listLogs')
    .parameters.map((parameter) => resolve(spec, parameter))
    .find((parameter) => parameter.name === name);
}
const pagingDefaults = () =>
  Object.fromEntries(
    ['limit', 'offset', 'sort_by', 'order'].map((name) => [
      name,
      listParameter(name).schema.default,
    ]),
  );

describe('seeded logs', () => {
  it('are valid LogEntry records, in order, in the four weeks before now', () => {
    const validator = schemaValidator('bifrost', 'LogEntry');
    expect(logs).toHaveLength(3000);
    for (const log of logs) expect(issuesOf(validator, log)).toBe('');
    const start = nanos('2026-11-02T12:00:00Z');
    const end = nanos('2026-11-30T12:00:00Z');
    for (const [i, log] of logs.entries()) {
      expect(log.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}Z$/);
      expect(nanos(log.timestamp) >= start && nanos(log.timestamp) <= end).toBe(true);
      if (i > 0)
        expect(nanos(log.timestamp) >= nanos((logs[i - 1] as LogEntry).timestamp)).toBe(true);
    }
    expect(new Set(logs.map((log) => log.id)).size).toBe(logs.length);
  });

  it('mix statuses, request types, keys and routing', () => {
    const distinct = (read: (log: LogEntry) => unknown) => new Set(logs.map(read));
    expect(distinct((log) => log.status)).toEqual(
      new Set(['processing', 'success', 'error', 'cancelled']),
    );
    for (const object of ['chat_completion', 'chat_completion_stream', 'embedding', 'responses'])
      expect(distinct((log) => log.object)).toContain(object);
    expect(distinct((log) => log.provider).size).toBeGreaterThan(5);
    expect(distinct((log) => log.virtual_key_id)).toContain(null);
    expect(distinct((log) => log.routing_rule_id).size).toBeGreaterThan(2);
    expect(logs.some((log) => log.fallback_index === 1 && log.parent_request_id)).toBe(true);
    expect(logs.some((log) => log.cache_debug?.hit_type === 'semantic')).toBe(true);
  });

  it('carry outcomes that follow from the status', () => {
    for (const log of logs) {
      expect(log.error_details != null, log.id).toBe(log.status === 'error');
      if (log.status === 'processing') {
        expect(log.latency).toBeUndefined();
        expect(log.cost).toBeUndefined();
        expect(log.token_usage).toBeUndefined();
      } else expect(log.latency).toBeGreaterThan(0);
      if (log.status !== 'success') expect(log.cost).toBeUndefined();
    }
  });

  it('cost what the price list says for their tokens and model', () => {
    let priced = 0;
    for (const log of logs) {
      const usage = log.token_usage;
      if (log.cache_debug?.cache_hit) continue; // a cache hit costs its lookup only
      if (!usage || !(log.model in modelPrices)) {
        expect(log.cost, log.id).toBeUndefined();
        continue;
      }
      const expected = costOf(log.model, {
        promptTokens: usage.prompt_tokens ?? 0,
        completionTokens: usage.completion_tokens ?? 0,
        cachedReadTokens: usage.prompt_tokens_details?.cached_read_tokens ?? 0,
      });
      expect(usage.cost).toEqual(expected);
      expect(log.cost).toBe(expected?.total_cost);
      expect(usage.total_tokens).toBe((usage.prompt_tokens ?? 0) + (usage.completion_tokens ?? 0));
      priced++;
    }
    expect(priced).toBeGreaterThan(2000);
    // The spec's example row: gpt-4o-mini, 412 prompt and 128 completion tokens.
    expect(costOf('gpt-4o-mini', { promptTokens: 412, completionTokens: 128 })).toEqual({
      input_tokens_cost: 0.0000618,
      output_tokens_cost: 0.0000768,
      request_cost: 0,
      total_cost: 0.0001386,
    });
  });

  it('are the same for the same seed, and differ for another', async () => {
    const again = createEmulator({ seed: 1, logs: 3000 });
    expect(again.store.logs).toEqual(logs);
    expect(again.store.contentSummaries).toEqual(emulator.store.contentSummaries);
    expect((await call('listLogs', {}, '', again)).body).toEqual(await list());
    const other = createEmulator({ seed: 2, logs: 3000 });
    expect(other.store.logs[0]?.id).not.toBe(logs[0]?.id);
  });
});

describe('list filters', () => {
  const openaiBatch = 'c41f9a07-5e3b-4d82-b6a1-0e7d9f2c5b38';
  const supportBot = '0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20';
  const dataPipeline = '1f4c8a6e-3d9b-4e72-a5f0-b8c2e7d4a913';
  const longContext = '8b2e5c71-4d9a-4f36-a0c8-e71f3b6d2a94';
  const tokensOf = (log: LogEntry) => log.token_usage?.total_tokens ?? 0;
  const cases: [name: string, query: Query, keep: (log: LogEntry) => boolean][] = [
    [
      'providers',
      { providers: 'anthropic,bedrock' },
      (l) => ['anthropic', 'bedrock'].includes(l.provider),
    ],
    ['models', { models: 'gpt-4o-mini' }, (l) => l.model === 'gpt-4o-mini'],
    [
      'status',
      { status: 'error,cancelled' },
      (l) => l.status === 'error' || l.status === 'cancelled',
    ],
    [
      'objects',
      { objects: 'embedding,rerank' },
      (l) => l.object === 'embedding' || l.object === 'rerank',
    ],
    [
      'selected_key_ids',
      { selected_key_ids: openaiBatch },
      (l) => l.selected_key_id === openaiBatch,
    ],
    [
      'virtual_key_ids',
      { virtual_key_ids: `${supportBot},${dataPipeline}` },
      (l) => l.virtual_key_id === supportBot || l.virtual_key_id === dataPipeline,
    ],
    [
      'routing_rule_ids',
      { routing_rule_ids: longContext },
      (l) => l.routing_rule_id === longContext,
    ],
    [
      'routing_engine_used',
      { routing_engine_used: 'routing-rule' },
      (l) => l.routing_engines_used?.includes('routing-rule') === true,
    ],
    [
      'start_time',
      { start_time: '2026-11-23T12:00:00Z' },
      (l) => l.timestamp >= '2026-11-23T12:00:00.000000000Z',
    ],
    [
      'end_time',
      { end_time: '2026-11-09T00:00:00Z' },
      (l) => l.timestamp <= '2026-11-09T00:00:00.000000000Z',
    ],
    [
      'latency',
      { min_latency: 500, max_latency: 2000 },
      (l) => l.latency != null && l.latency >= 500 && l.latency <= 2000,
    ],
    [
      'tokens',
      { min_tokens: 1000, max_tokens: 5000 },
      (l) => tokensOf(l) >= 1000 && tokensOf(l) <= 5000,
    ],
    [
      'max_tokens alone counts rows without usage as 0',
      { max_tokens: 0 },
      (l) => tokensOf(l) === 0,
    ],
    [
      'cost',
      { min_cost: 0.001, max_cost: 0.01 },
      (l) => l.cost != null && l.cost >= 0.001 && l.cost <= 0.01,
    ],
    [
      'missing_cost_only',
      { missing_cost_only: true },
      (l) => (l.cost == null || l.cost <= 0) && l.status !== 'error',
    ],
    [
      'content_search',
      { content_search: 'INVOICE' },
      (l) => emulator.store.contentSummaries.get(l.id)?.toLowerCase().includes('invoice') === true,
    ],
    [
      'status and providers',
      { status: 'error', providers: 'openai' },
      (l) => l.status === 'error' && l.provider === 'openai',
    ],
  ];

  it.each(cases)('%s', async (_, query, keep) => {
    const expected = idsWhere(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(logs.length);
    const rows = await allRows(query);
    expect(ids(rows)).toEqual(expected);
    expect((await list(query)).pagination.total_count).toBe(expected.length);
  });

  it('status=error&providers=openai returns only failed OpenAI rows', async () => {
    const rows = await allRows({ status: 'error', providers: 'openai' });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect([row.status, row.provider]).toEqual(['error', 'openai']);
  });

  it('read comma lists as the server does: trimmed, empty items dropped, first key only', async () => {
    const plain = ids(await allRows({ providers: 'anthropic,bedrock' }));
    expect(ids(await allRows({ providers: ' anthropic , ,bedrock,' }))).toEqual(plain);
    const repeated = await list('providers=anthropic&providers=openai&limit=1000');
    expect(repeated.pagination.total_count).toBe(
      idsWhere((l) => l.provider === 'anthropic').length,
    );
    // Nothing but commas is no filter at all.
    expect((await list({ providers: ' , ' })).pagination.total_count).toBe(logs.length);
  });

  it('take time bounds inclusively and to the nanosecond, with any offset', async () => {
    const log = logs[1500] as LogEntry;
    const at = nanos(log.timestamp);
    const same = idsWhere((l) => l.timestamp === log.timestamp);
    expect(ids(await allRows({ start_time: log.timestamp, end_time: log.timestamp }))).toEqual(
      same,
    );
    const after = await allRows({
      start_time: atNanos(at + 1n),
      end_time: atNanos(at + 1_000_000_000n),
    });
    expect(ids(after)).not.toContain(log.id);
    const offset = ids(await allRows({ start_time: '2026-11-23T13:00:00+01:00' }));
    expect(offset).toEqual(ids(await allRows({ start_time: '2026-11-23T12:00:00Z' })));
  });

  it('search the content summary with LIKE wildcards', async () => {
    const found = ids(await allRows({ content_search: 'in_oice' }));
    expect(found).toEqual(ids(await allRows({ content_search: 'invoice' })));
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('bad query values', () => {
  it.each([
    ['limit=1001', 'limitTooLarge'],
    ['limit=0', 'limitNotPositive'],
    ['limit=-5', 'limitNotPositive'],
    ['offset=-1', 'negativeOffset'],
  ])('%s is refused with the server message', async (query, example) => {
    const { status, body } = await call('listLogs', query);
    expect(status).toBe(400);
    const spec = specDocument('bifrost');
    const expected = resolve(spec, spec.components.responses.ListBadRequest).content[
      'application/json'
    ].examples[example].value;
    expect(body).toEqual(expected);
  });

  it('refuses exactly outside the bounds of the spec', async () => {
    expect(listParameter('limit').schema).toMatchObject({ minimum: 1, maximum: 1000 });
    expect(listParameter('offset').schema).toMatchObject({ minimum: 0 });
    for (const query of ['limit=1', 'limit=1000', 'offset=0'])
      expect((await call('listLogs', query)).status, query).toBe(200);
  });

  it.each([
    ['start_time', 'yesterday'],
    ['start_time', '2026-11-23'],
    ['end_time', '2026-11-23T12:00:00'],
    ['min_latency', 'fast'],
    ['min_latency', '-5'],
    ['max_tokens', '1.5'],
    ['missing_cost_only', 'yes'],
    ['status', 'failed'],
    ['routing_engine_used', 'governance,warp-drive'],
    ['unknown_filter', 'x'],
  ])('%s=%s is ignored and widens the query', async (name, value) => {
    const plain = await list({ limit: 100 });
    expect(await list({ limit: 100, [name]: value })).toEqual(plain);
    const stats = await call('getLogStats', { [name]: value });
    expect(stats.status).toBe(200);
    expect(stats.body).toEqual((await call('getLogStats')).body);
  });

  it('an item the spec does not check is matched as sent, so it finds nothing', async () => {
    // `objects` items are free names (old rows carry dotted ones): the server filters by them.
    expect((await list({ objects: 'Chat Completion' })).pagination.total_count).toBe(0);
    expect((await list({ providers: 'no-such-provider' })).pagination.total_count).toBe(0);
  });

  it('a literal "+" in an offset reads as a space, so the bound is dropped', async () => {
    const raw = await list('start_time=2026-11-23T13:00:00+01:00');
    expect(raw.pagination.total_count).toBe(logs.length);
  });

  it('bad paging and sorting values fall back to the defaults', async () => {
    const defaults = await list();
    expect(defaults.pagination).toEqual({ ...pagingDefaults(), total_count: logs.length });
    expect(pagingDefaults()).toEqual({ limit: 50, offset: 0, sort_by: 'timestamp', order: 'desc' });
    expect(
      await list({ limit: 'many', offset: 'none', sort_by: 'speed', order: 'sideways' }),
    ).toEqual(defaults);
    expect(await list({ limit: '2.5' })).toEqual(defaults);
  });

  it('are refused in strict mode, limit and offset still with the server messages', async () => {
    const strict = createEmulator({ seed: 1, logs: 10, strict: true });
    const refused = await call('listLogs', { start_time: 'yesterday' }, '', strict);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('start_time');
    const limit = await call('listLogs', { limit: 0 }, '', strict);
    expect(limit.body.error.message).toBe('limit must be greater than 0');
    expect((await call('getLogStats', { status: 'failed' }, '', strict)).status).toBe(400);
  });

  it('stats never refuse paging values they do not take', async () => {
    expect((await call('getLogStats', { limit: 0, offset: -1 })).status).toBe(200);
  });
});

describe('ordering and paging', () => {
  type Key = number | bigint | null;
  const keys: Record<string, (row: Body) => Key> = {
    timestamp: (row) => nanos(row.timestamp),
    latency: (row) => row.latency ?? null,
    tokens: (row) => row.token_usage?.total_tokens ?? 0,
    cost: (row) => row.cost ?? null,
  };
  // NULL sorts first in ascending order, as on the server's default store.
  const compare = (a: Key, b: Key) =>
    a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

  it.each(
    Object.keys(keys).flatMap((sortBy) => [
      [sortBy, 'asc'],
      [sortBy, 'desc'],
    ]),
  )('sort_by=%s order=%s', async (sortBy, order) => {
    const rows = await allRows({ sort_by: sortBy, order });
    expect(rows).toHaveLength(logs.length);
    const read = keys[sortBy] as (row: Body) => Key;
    for (let i = 1; i < rows.length; i++) {
      const step = compare(read(rows[i - 1]), read(rows[i]));
      expect(order === 'asc' ? step <= 0 : step >= 0).toBe(true);
    }
    expect((await list({ sort_by: sortBy, order })).pagination).toMatchObject({
      sort_by: sortBy,
      order,
    });
  });

  it('defaults to newest first', async () => {
    const body = await list();
    expect(body.logs).toHaveLength(50);
    expect(body.logs[0].id).toBe(logs.at(-1)?.id);
  });

  it('pages reach exactly total_count distinct rows, then an empty page', async () => {
    const query = { providers: 'openai', sort_by: 'cost', order: 'asc' };
    const total = (await list(query)).pagination.total_count;
    const seen: string[] = [];
    let offset = 0;
    for (;;) {
      const body = await list({ ...query, limit: 250, offset });
      expect(body.pagination).toMatchObject({ limit: 250, offset, total_count: total });
      if (body.logs.length === 0) break;
      expect(body.logs.length).toBeLessThanOrEqual(250);
      seen.push(...body.logs.map((row: Body) => row.id));
      offset += 250;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(offset).toBe(Math.ceil(total / 250) * 250);
  });

  it('fills only total_requests in the list stats, and tells whether any log exists', async () => {
    const body = await list({ status: 'error' });
    expect(body.stats).toEqual({
      total_requests: idsWhere((l) => l.status === 'error').length,
      total_tokens: 0,
      total_cost: 0,
      average_latency: 0,
      success_rate: 0,
      user_facing_success_rate: 0,
      user_facing_total_requests: 0,
    });
    const none = await list({ models: 'no-such-model' });
    expect([none.logs, none.pagination.total_count, none.has_logs]).toEqual([[], 0, true]);
    const empty = createEmulator({ seed: 1, logs: 0 });
    expect((await call('listLogs', {}, '', empty)).body.has_logs).toBe(false);
  });
});

describe('stats', () => {
  /** The figures of the spec's LogStats, computed by hand from the stored rows. */
  function expectedStats(keep: (log: LogEntry) => boolean, window?: [string, string]) {
    const inWindow = (l: LogEntry) =>
      !window || (l.timestamp >= window[0] && l.timestamp <= window[1]);
    const rows = logs.filter((l) => keep(l) && inWindow(l));
    const done = rows.filter(finished);
    const withLatency = done.filter((l) => l.latency != null);
    const roots = done.filter((l) => l.fallback_index === 0);
    const rescued = new Set(
      logs
        .filter((l) => l.status === 'success' && l.parent_request_id && inWindow(l))
        .map((l) => l.parent_request_id),
    );
    const looked = done.filter((l) => l.cache_debug);
    return {
      total_requests: rows.length,
      total_tokens: done.reduce((sum, l) => sum + (l.token_usage?.total_tokens ?? 0), 0),
      total_cost: done.reduce((sum, l) => sum + (l.cost ?? 0), 0),
      average_latency:
        withLatency.reduce((sum, l) => sum + (l.latency ?? 0), 0) / withLatency.length,
      success_rate: (done.filter((l) => l.status === 'success').length / done.length) * 100,
      user_facing_total_requests: roots.length,
      user_facing_success_rate:
        (roots.filter((l) => l.status === 'success' || rescued.has(l.id)).length / roots.length) *
        100,
      cache_hit_rate_total_requests: done.length,
      ...(looked.length > 0
        ? {
            direct_cache_hits: looked.filter((l) => l.cache_debug?.hit_type === 'direct').length,
            semantic_cache_hits: looked.filter((l) => l.cache_debug?.hit_type === 'semantic')
              .length,
          }
        : {}),
    };
  }

  function expectClose(actual: Body, expected: Record<string, number>) {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected))
      expect(actual[name], name).toBeCloseTo(value, 9);
  }

  it.each([
    ['every row', {}, () => true],
    ['one provider', { providers: 'openai' }, (l: LogEntry) => l.provider === 'openai'],
    [
      'a virtual key with the cache',
      { virtual_key_ids: '0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20' },
      (l: LogEntry) => l.virtual_key_id === '0d7a3f96-2e4b-4c18-8f5a-6b9e1c3d7a20',
    ],
    ['failed first attempts', { status: 'error' }, (l: LogEntry) => l.status === 'error'],
  ])('over %s', async (_, query, keep) => {
    const { status, body } = await call('getLogStats', query);
    expect(status).toBe(200);
    const { has_previous_period, previous, ...figures } = body;
    expect([has_previous_period, previous]).toEqual([false, undefined]);
    expectClose(figures, expectedStats(keep));
  });

  it('count in-progress rows in total_requests only', async () => {
    const { body } = await call('getLogStats', { status: 'processing' });
    expect(body.total_requests).toBe(idsWhere((l) => l.status === 'processing').length);
    expect(body.total_requests).toBeGreaterThan(0);
    expect(body).toMatchObject({
      total_tokens: 0,
      total_cost: 0,
      average_latency: 0,
      success_rate: 0,
    });
    expect(body.cache_hit_rate_total_requests).toBe(0);
  });

  it('are zeros without cache figures when nothing matches', async () => {
    const { body } = await call('getLogStats', { models: 'no-such-model' });
    expect(body).toEqual({
      total_requests: 0,
      total_tokens: 0,
      total_cost: 0,
      average_latency: 0,
      success_rate: 0,
      user_facing_success_rate: 0,
      user_facing_total_requests: 0,
      has_previous_period: false,
    });
  });

  it('compare to the previous window of equal length', async () => {
    const query = {
      start_time: '2026-11-23T12:00:00Z',
      end_time: '2026-11-30T12:00:00Z',
      compare_to_previous: true,
    };
    const { body } = await call('getLogStats', query);
    const { has_previous_period, previous, ...figures } = body;
    expect(has_previous_period).toBe(true);
    expectClose(
      figures,
      expectedStats(
        () => true,
        ['2026-11-23T12:00:00.000000000Z', '2026-11-30T12:00:00.000000000Z'],
      ),
    );
    expectClose(
      previous,
      expectedStats(
        () => true,
        ['2026-11-16T12:00:00.000000000Z', '2026-11-23T11:59:59.999999999Z'],
      ),
    );
    for (const open of [
      { start_time: query.start_time },
      { ...query, end_time: query.start_time },
    ]) {
      const { body: alone } = await call('getLogStats', { ...open, compare_to_previous: true });
      expect([alone.has_previous_period, alone.previous]).toEqual([false, undefined]);
    }
  });
});

describe('one log', () => {
  it('is the full record; its list row is trimmed', async () => {
    const log = logs.find(
      (l) => l.status === 'success' && l.object === 'chat_completion' && l.raw_request,
    ) as LogEntry;
    const { status, body } = await call('getLog', {}, log.id);
    expect(status).toBe(200);
    expect(body).toEqual(log);
    expect(body.output_message).toBeDefined();
    expect(body.params).toBeDefined();
    const row = (await allRows({ start_time: log.timestamp, end_time: log.timestamp })).find(
      (r) => r.id === log.id,
    );
    expect(row.output_message).toBeUndefined();
    expect(row.params).toBeUndefined();
    expect([row.raw_request, row.raw_response]).toEqual(['', '']);
    expect(row.input_history).toEqual(log.input_history?.slice(-1));
    expect(row.token_usage).toEqual(log.token_usage);
  });

  it('is 404 with the server error body when unknown', async () => {
    const { status, body } = await call('getLog', {}, 'no-such-log');
    expect(status).toBe(404);
    const spec = specDocument('bifrost');
    expect(body).toEqual(
      resolve(spec, spec.components.responses.NotFound).content['application/json'].examples
        .logNotFound.value,
    );
  });
});
