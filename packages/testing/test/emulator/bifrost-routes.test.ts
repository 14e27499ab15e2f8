// The Bifrost routes beyond list, stats and detail: the new filters, histograms and their bucket
// widths, rankings, sessions, filter values, deletion, user-agent mappings and cost
// recalculation, with the 400s the server answers where it checks strictly. Every answer is
// checked against the spec's response schema for its status.
import { beforeEach, describe, expect, it } from 'vitest';
import type { BifrostStore, LogEntry } from '../../src/emulator/bifrost/store.ts';
import { type BifrostEmulator, createEmulator } from '../../src/emulator/index.ts';
import { checkedFetch } from '../support/checked-emulator.ts';

// biome-ignore lint/suspicious/noExplicitAny: answers are read field by field in assertions.
type Body = any;

const now = '2026-11-30T12:00:00Z';
let emulator: BifrostEmulator;
let store: BifrostStore;
let call: (path: string, init?: RequestInit) => Promise<{ status: number; body: Body }>;

beforeEach(() => {
  emulator = createEmulator({ api: 'bifrost', seed: 3, logs: 1500, now });
  store = emulator.store;
  call = checkedFetch(emulator);
});

const ids = (body: Body) => (body.logs as LogEntry[]).map((log) => log.id).sort();
const idsOf = (rows: LogEntry[]) => rows.map((log) => log.id).sort();
const all = '&limit=1000';

describe('new filters', () => {
  it('team_ids, user_ids, business_unit_ids and customer_ids match the attribution columns', async () => {
    const team = store.logs.find((log) => log.team_id)?.team_id as string;
    const user = store.logs.find((log) => log.user_id)?.user_id as string;
    const unit = store.logs.find((log) => log.business_unit_id)?.business_unit_id as string;
    const customer = store.logs.find((log) => log.customer_id)?.customer_id as string;
    expect((await call(`/api/logs?team_ids=${team}${all}`)).body.pagination.total_count).toBe(
      store.logs.filter((log) => log.team_id === team).length,
    );
    expect(ids((await call(`/api/logs?user_ids=${user}${all}`)).body)).toEqual(
      idsOf(store.logs.filter((log) => log.user_id === user)),
    );
    const stats = (await call(`/api/logs/stats?business_unit_ids=${unit}&customer_ids=${customer}`))
      .body;
    expect(stats.total_requests).toBe(
      store.logs.filter((log) => log.business_unit_id === unit && log.customer_id === customer)
        .length,
    );
  });

  it('accepts every routing engine the server records, and matches any engine of a row', async () => {
    const row = store.logs[10] as LogEntry;
    row.routing_engines_used = ['model-catalog', 'circuit-breaker'];
    const { status, body } = await call(
      `/api/logs?routing_engine_used=model-catalog,session-affinity,core${all}`,
    );
    expect(status).toBe(200);
    expect(ids(body)).toEqual([row.id]);
  });

  it('request_id finds one row whatever the time window', async () => {
    const row = store.logs[0] as LogEntry;
    const { body } = await call(`/api/logs?request_id=${row.id}&start_time=2026-11-30T00:00:00Z`);
    expect(ids(body)).toEqual([row.id]);
  });

  it('parent_request_id (or session_id) keeps a chain, roots_only keeps first attempts', async () => {
    const child = store.logs.find((log) => log.parent_request_id) as LogEntry;
    const parent = child.parent_request_id as string;
    const chain = idsOf(store.logs.filter((log) => log.parent_request_id === parent));
    expect(ids((await call(`/api/logs?parent_request_id=${parent}`)).body)).toEqual(chain);
    expect(ids((await call(`/api/logs?session_id=${parent}`)).body)).toEqual(chain);
    const roots = (await call(`/api/logs?roots_only=true${all}`)).body;
    expect(roots.pagination.total_count).toBe(
      store.logs.filter((log) => !log.parent_request_id).length,
    );
  });

  it('period replaces the time bounds with a window ending now', async () => {
    const since = Date.parse(now) - 86_400_000;
    const expected = store.logs.filter((log) => Date.parse(log.timestamp) >= since).length;
    const { body } = await call('/api/logs/stats?period=24h&start_time=2020-01-01T00:00:00Z');
    // The emulated clock has moved on a little since `now`; the day's rows are all still inside.
    expect(body.total_requests).toBeGreaterThanOrEqual(expected - 1);
    expect(body.total_requests).toBeLessThan(store.logs.length);
  });

  it('stop_reasons, cache_hit_types, metadata_<key> and user agents filter the rows', async () => {
    const count = async (qs: string) => (await call(`/api/logs/stats?${qs}`)).body.total_requests;
    expect(await count('stop_reasons=length')).toBe(
      store.logs.filter((l) => l.stop_reason === 'length').length,
    );
    const hit = (log: LogEntry) =>
      log.cache_debug as { cache_hit?: boolean; hit_type?: string } | undefined;
    expect(await count('cache_hit_types=direct')).toBe(
      store.logs.filter((l) => hit(l)?.cache_hit && hit(l)?.hit_type === 'direct').length,
    );
    expect(await count('metadata_team=support')).toBe(
      store.logs.filter((l) => (l.metadata as { team?: string } | undefined)?.team === 'support')
        .length,
    );
    const agent =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    const byAgent = [...store.clients].filter(([, client]) => client.userAgent === agent).length;
    expect(byAgent).toBeGreaterThan(0);
    expect(await count(`user_agents=${encodeURIComponent(JSON.stringify([agent]))}`)).toBe(byAgent);
    expect(await count('apps=Claude%20Code')).toBe(
      [...store.clients].filter(([, client]) => client.app === 'Claude Code').length,
    );
  });
});

describe('histograms', () => {
  it('chooses the bucket width from the window', async () => {
    const width = async (qs: string) =>
      (await call(`/api/logs/histogram?${qs}`)).body.bucket_size_seconds;
    expect(await width('')).toBe(3600);
    expect(await width('start_time=2026-11-30T11:00:00Z&end_time=2026-11-30T12:00:00Z')).toBe(60);
    expect(await width('start_time=2026-11-29T12:00:00Z&end_time=2026-11-30T12:00:00Z')).toBe(3600);
    expect(await width('start_time=2026-11-02T12:00:00Z&end_time=2026-11-30T12:00:00Z')).toBe(
      86400,
    );
  });

  it('puts each row in the bucket of its start time, and splits by dimension', async () => {
    const qs = 'start_time=2026-11-23T12:00:00Z&end_time=2026-11-30T12:00:00Z';
    const { body } = await call(`/api/logs/histogram?${qs}`);
    for (const bucket of body.buckets) {
      const start = Date.parse(bucket.timestamp);
      expect(start % 86_400_000).toBe(0);
      expect(bucket.count).toBe(
        store.logs.filter((log) => {
          const at = Date.parse(log.timestamp);
          return (
            at >= Math.max(start, Date.parse('2026-11-23T12:00:00Z')) && at < start + 86_400_000
          );
        }).length,
      );
    }
    const byTeam = (await call(`/api/logs/histogram/cost/by-dimension?${qs}&dimension=team_id`))
      .body;
    expect(byTeam.dimension).toBe('team_id');
    expect(byTeam.dimension_values).toContain('team-support');
  });

  it('refuses a missing or unknown dimension with the server message', async () => {
    const missing = await call('/api/logs/histogram/tokens/by-dimension');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^Missing required query parameter: dimension/);
    const unknown = await call('/api/logs/histogram/latency/by-dimension?dimension=team');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toBe(
      'Invalid dimension: team. Valid values: provider, team_id, customer_id, user_id, business_unit_id',
    );
  });
});

describe('rankings and dashboard', () => {
  it('ranks models by requests, caps at limit, and checks limit, all and dimension strictly', async () => {
    const { body } = await call('/api/logs/rankings?limit=3');
    expect(body.rankings).toHaveLength(3);
    const requests = body.rankings.map((r: Body) => r.total_requests);
    expect(requests).toEqual([...requests].sort((a: number, b: number) => b - a));
    expect((await call('/api/logs/rankings?limit=0')).status).toBe(400);
    expect((await call('/api/logs/rankings?all=maybe')).body.error.message).toBe(
      'Invalid all: maybe. Expected a boolean',
    );
    expect((await call('/api/logs/rankings/by-dimension')).status).toBe(400);
    const users = (await call('/api/logs/rankings/by-dimension?dimension=user&all=true')).body;
    expect(users.rankings.reduce((s: number, r: Body) => s + r.total_requests, 0)).toBe(
      store.logs.filter((log) => log.user_id).length,
    );
  });

  it('compares with the window before when both bounds are set', async () => {
    const qs = 'start_time=2026-11-23T12:00:00Z&end_time=2026-11-30T12:00:00Z';
    const { body } = await call(`/api/logs/rankings?${qs}`);
    expect(body.rankings.some((r: Body) => r.trend.has_previous_period)).toBe(true);
    const open = (await call('/api/logs/rankings')).body;
    expect(open.rankings.every((r: Body) => !r.trend.has_previous_period)).toBe(true);
  });

  it('the dashboard refuses an unparseable time bound, unlike the other routes', async () => {
    expect((await call('/api/logs/histogram?start_time=yesterday')).status).toBe(200);
    expect((await call('/api/logs/dashboard?start_time=yesterday')).status).toBe(400);
    const { body } = await call('/api/logs/dashboard?period=7d');
    expect(Object.keys(body.dimension_rankings).sort()).toEqual([
      'business_unit',
      'customer',
      'team',
      'user',
      'virtual_key',
    ]);
  });
});

describe('sessions', () => {
  it('pages a session and refuses bad paging values', async () => {
    const child = store.logs.find((log) => log.parent_request_id) as LogEntry;
    const root = child.parent_request_id as string;
    const { body } = await call(`/api/logs/sessions/${root}?limit=1`);
    expect(body.logs[0].id).toBe(root);
    expect(body.has_more).toBe(true);
    expect((await call(`/api/logs/sessions/${root}?limit=501`)).body.error.message).toBe(
      'limit cannot exceed 500',
    );
    expect((await call(`/api/logs/sessions/${root}?order=newest`)).status).toBe(400);
    const empty = (await call('/api/logs/sessions/nothing/summary')).body;
    expect(empty).toEqual({
      session_id: 'nothing',
      count: 0,
      total_cost: 0,
      total_tokens: 0,
      duration_ms: 0,
    });
  });
});

describe('deletion and filter values', () => {
  it('deletes the named rows and refuses an empty or unreadable body', async () => {
    const [a, b] = store.logs as [LogEntry, LogEntry];
    const body = JSON.stringify({ ids: [a.id, b.id, 'missing'] });
    expect((await call('/api/logs', { method: 'DELETE', body })).body).toEqual({
      message: 'Logs deleted successfully',
    });
    expect((await call(`/api/logs/${a.id}`)).status).toBe(404);
    expect(store.logs).toHaveLength(1498);
    const empty = await call('/api/logs', { method: 'DELETE', body: '{"ids":[]}' });
    expect(empty.body.error.message).toBe('No log IDs provided');
    expect((await call('/api/logs', { method: 'DELETE', body: 'nope' })).body.error.message).toBe(
      'Invalid JSON',
    );
  });

  it('lists the distinct values of the requested dimensions only, narrowed by q', async () => {
    const { body } = await call('/api/logs/filterdata?dimensions=teams,stop_reasons&q=s');
    expect(Object.keys(body).sort()).toEqual(['stop_reasons', 'teams']);
    expect(body.teams.map((t: Body) => t.id)).toContain('team-support');
    const everything = (await call('/api/logs/filterdata')).body;
    expect(Object.keys(everything)).toHaveLength(14);
  });
});

describe('user-agent mappings and cost recalculation', () => {
  it('validates mappings as the plugin does', async () => {
    const post = (mapping: object) =>
      call('/api/logs/user-agent-mappings', { method: 'POST', body: JSON.stringify(mapping) });
    expect((await call('/api/logs/user-agent-mappings')).body).toEqual({ mappings: null });
    const bad = await post({ pattern: '(', app: 'X', match_type: 'regex' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(
      /^failed to create user agent mapping: invalid user agent mapping: invalid regex/,
    );
    expect((await post({ pattern: '  ', app: 'X', match_type: 'exact' })).body.error.message).toBe(
      'failed to create user agent mapping: invalid user agent mapping: pattern cannot be empty',
    );
    const ok = await post({ pattern: ' curl/ ', app: 'curl', match_type: 'starts_with' });
    expect(ok.body.pattern).toBe('curl/');
    const put = await call(`/api/logs/user-agent-mappings/${ok.body.id}`, {
      method: 'PUT',
      body: JSON.stringify({ pattern: 'curl', app: 'cURL', match_type: 'contains' }),
    });
    expect(put.body.created_at).toBe('0001-01-01T00:00:00Z');
    const unknown = await call('/api/logs/user-agent-mappings/unknown', {
      method: 'PUT',
      body: JSON.stringify({ pattern: 'a', app: 'b', match_type: 'exact' }),
    });
    expect(unknown.status).toBe(404);
  });

  it('reprices rows without a cost once the job runs', async () => {
    const unpriced = store.logs.find(
      (log) => log.status === 'success' && log.token_usage && log.cost === undefined,
    );
    const priceable = store.logs.find(
      (log) => log.model === 'gpt-4o-mini' && log.token_usage && (log.cost ?? 0) > 0,
    ) as LogEntry;
    priceable.cost = undefined;
    const started = await call('/api/logs/recalculate-cost', {
      method: 'POST',
      body: JSON.stringify({ filters: { missing_cost_only: true, models: ['gpt-4o-mini'] } }),
    });
    expect(started.status).toBe(202);
    expect(started.body.status).toBe('pending');
    expect((await call('/api/logs/recalculate-cost', { method: 'POST' })).status).toBe(409);
    const done = (await call(`/api/logs/recalculate-cost/status?id=${started.body.id}`)).body;
    expect(done.status).toBe('completed');
    expect(done.updated).toBeGreaterThanOrEqual(1);
    expect(priceable.cost).toBeGreaterThan(0);
    if (unpriced && unpriced.model !== 'gpt-4o-mini') expect(unpriced.cost).toBeUndefined();
    expect((await call('/api/logs/recalculate-cost/cancel', { method: 'POST' })).status).toBe(404);
    expect((await call('/api/logs/recalculate-cost/status?id=nope')).status).toBe(404);
  });
});
