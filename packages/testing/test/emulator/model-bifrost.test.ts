// Model-based test of the Bifrost emulator: fast-check generates sequences of changes to the stored
// logs (the gateway records and forgets logs, a client deletes them) and of requests to every
// operation with random filters, each answer checked against a brute-force reference model and
// against the spec's response validators.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BifrostStore, createEmulator } from '../../src/emulator/index.ts';
import { bifrostOperationIds } from '../../src/generated/emulator/bifrost.ts';
import { checkedFetch } from '../support/checked-emulator.ts';

type Log = BifrostStore['logs'][number];

interface Query {
  providers?: string[];
  status?: string[];
  models?: string[];
  min_latency?: number;
  max_cost?: number;
  start_time?: string;
  end_time?: string;
}

/** The model's reading of a filter set: every given filter must hold; a NULL never satisfies a bound. */
function matches(log: Log, q: Query): boolean {
  if (q.providers && !q.providers.includes(log.provider)) return false;
  if (q.status && !q.status.includes(log.status)) return false;
  if (q.models && !q.models.includes(log.model)) return false;
  if (q.min_latency !== undefined && !(log.latency != null && log.latency >= q.min_latency))
    return false;
  if (q.max_cost !== undefined && !(log.cost != null && log.cost <= q.max_cost)) return false;
  const at = Date.parse(log.timestamp);
  if (q.start_time && at < Date.parse(q.start_time)) return false;
  if (q.end_time && at > Date.parse(q.end_time)) return false;
  return true;
}

function queryString(q: Query): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(q))
    search.set(name, Array.isArray(value) ? value.join(',') : String(value));
  return search.toString();
}

const queryArbitrary: fc.Arbitrary<Query> = fc.record(
  {
    providers: fc.subarray(
      ['openai', 'anthropic', 'bedrock', 'gemini', 'vertex', 'azure', 'mistral', 'groq'],
      { minLength: 1 },
    ),
    status: fc.subarray(['processing', 'success', 'error', 'cancelled'], { minLength: 1 }),
    models: fc.subarray(
      ['gpt-4o', 'gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'claude-3-5-haiku-20241022'],
      { minLength: 1 },
    ),
    min_latency: fc.constantFrom(0, 250, 1000, 5000),
    max_cost: fc.constantFrom(0, 0.0001, 0.001, 0.05),
    start_time: fc.constantFrom('2026-11-10T00:00:00Z', '2026-11-25T00:00:00Z'),
    end_time: fc.constantFrom('2026-11-20T00:00:00Z', '2026-11-30T12:00:00Z'),
  },
  { requiredKeys: [] },
);

/** Newest first, ties by id descending: the server's default order. */
const newestFirst = (logs: readonly Log[]) =>
  [...logs].sort((a, b) => b.timestamp.localeCompare(a.timestamp) || (a.id < b.id ? 1 : -1));

interface Context {
  store: BifrostStore;
  model: Log[];
  call: ReturnType<typeof checkedFetch>;
  exercised: Set<string>;
  spare: Log[];
}

type Check = (c: Context) => Promise<void>;

/** Each histogram route: its operation, path and the required `dimension` where it has one. */
const histogramRoutes = [
  ['getLogHistogram', '/api/logs/histogram', ''],
  ['getTokenHistogram', '/api/logs/histogram/tokens', ''],
  ['getCostHistogram', '/api/logs/histogram/cost', ''],
  ['getModelHistogram', '/api/logs/histogram/models', ''],
  ['getLatencyHistogram', '/api/logs/histogram/latency', ''],
  ['getThroughputHistogram', '/api/logs/histogram/throughput', ''],
  ['getProviderCostHistogram', '/api/logs/histogram/cost/by-provider', ''],
  ['getProviderTokenHistogram', '/api/logs/histogram/tokens/by-provider', ''],
  ['getProviderLatencyHistogram', '/api/logs/histogram/latency/by-provider', ''],
  ['getProviderThroughputHistogram', '/api/logs/histogram/throughput/by-provider', ''],
  ['getDimensionCostHistogram', '/api/logs/histogram/cost/by-dimension', '&dimension=provider'],
  ['getDimensionTokenHistogram', '/api/logs/histogram/tokens/by-dimension', '&dimension=provider'],
  [
    'getDimensionLatencyHistogram',
    '/api/logs/histogram/latency/by-dimension',
    '&dimension=provider',
  ],
] as const;

const actions: { arbitrary: fc.Arbitrary<Check>; weight: number }[] = [
  {
    weight: 4,
    arbitrary: fc
      .record({
        query: queryArbitrary,
        offset: fc.integer({ min: 0, max: 120 }),
        limit: fc.integer({ min: 1, max: 60 }),
      })
      .map(({ query, offset, limit }) => async (c) => {
        c.exercised.add('listLogs');
        const { status, body } = await c.call(
          `/api/logs?${queryString(query)}&offset=${offset}&limit=${limit}`,
        );
        expect(status).toBe(200);
        const { logs, pagination } = body as { logs: Log[]; pagination: { total_count: number } };
        const expected = newestFirst(c.model.filter((log) => matches(log, query)));
        expect(pagination.total_count).toBe(expected.length);
        expect(logs.map((log) => log.id)).toEqual(
          expected.slice(offset, offset + limit).map((log) => log.id),
        );
      }),
  },
  {
    weight: 2,
    arbitrary: queryArbitrary.map((query) => async (c) => {
      c.exercised.add('getLogStats');
      const { status, body } = await c.call(`/api/logs/stats?${queryString(query)}`);
      expect(status).toBe(200);
      const stats = body as { total_requests: number; total_cost: number; success_rate: number };
      const matching = c.model.filter((log) => matches(log, query));
      const finished = matching.filter((log) => log.status !== 'processing');
      expect(stats.total_requests).toBe(matching.length);
      expect(stats.total_cost).toBeCloseTo(
        finished.reduce((sum, log) => sum + (log.cost ?? 0), 0),
        9,
      );
      const successes = finished.filter((log) => log.status === 'success').length;
      expect(stats.success_rate).toBeCloseTo(
        finished.length ? (100 * successes) / finished.length : 0,
        9,
      );
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ which: fc.nat(), known: fc.boolean() })
      .map(({ which, known }) => async (c) => {
        c.exercised.add('getLog');
        const log = c.model[which % Math.max(1, c.model.length)];
        const id = known && log ? log.id : `missing-${which}`;
        const { status, body } = await c.call(`/api/logs/${encodeURIComponent(id)}`);
        expect(status).toBe(known && log ? 200 : 404);
        if (status === 200) expect((body as Log).id).toBe(id);
      }),
  },
  {
    // Every histogram adds up, bucket by bucket, to the figures of the rows the filters match.
    weight: 3,
    arbitrary: fc
      .record({ query: queryArbitrary, route: fc.constantFrom(...histogramRoutes) })
      .map(({ query, route }) => async (c) => {
        const operationId: string = route[0];
        const [path, extra] = [route[1] as string, route[2] as string];
        c.exercised.add(operationId);
        const { status, body } = await c.call(`${path}?${queryString(query)}${extra}`);
        expect(status).toBe(200);
        const matching = c.model.filter((log) => matches(log, query));
        const { buckets } = body as { buckets: Record<string, unknown>[] };
        const total = (figure: (bucket: Record<string, unknown>) => number) =>
          buckets.reduce((sum, bucket) => sum + figure(bucket), 0);
        const inner = (bucket: Record<string, unknown>, key: string) =>
          Object.values((bucket[key] ?? {}) as Record<string, Record<string, number>>);
        const tokens = matching.reduce((sum, log) => sum + (log.token_usage?.total_tokens ?? 0), 0);
        const cost = matching.reduce((sum, log) => sum + (log.cost ?? 0), 0);
        const latencyRows = matching.filter(
          (log) => log.status !== 'processing' && log.latency != null,
        );
        const check: Record<string, () => void> = {
          getLogHistogram: () => expect(total((b) => b.count as number)).toBe(matching.length),
          getTokenHistogram: () => expect(total((b) => b.total_tokens as number)).toBe(tokens),
          getCostHistogram: () => expect(total((b) => b.total_cost as number)).toBeCloseTo(cost, 9),
          getModelHistogram: () =>
            expect(total((b) => inner(b, 'by_model').reduce((s, m) => s + (m.total ?? 0), 0))).toBe(
              matching.length,
            ),
          getLatencyHistogram: () =>
            expect(total((b) => b.total_requests as number)).toBe(latencyRows.length),
          getThroughputHistogram: () =>
            expect(total((b) => b.total_completion_tokens as number)).toBe(
              latencyRows
                .filter((log) => (log.latency ?? 0) > 0)
                .reduce((s, log) => s + (log.token_usage?.completion_tokens ?? 0), 0),
            ),
          getProviderCostHistogram: () =>
            expect(total((b) => b.total_cost as number)).toBeCloseTo(cost, 9),
          getProviderTokenHistogram: () =>
            expect(
              total((b) => inner(b, 'by_provider').reduce((s, p) => s + (p.total_tokens ?? 0), 0)),
            ).toBe(tokens),
          getProviderLatencyHistogram: () =>
            expect(
              total((b) =>
                inner(b, 'by_provider').reduce((s, p) => s + (p.total_requests ?? 0), 0),
              ),
            ).toBe(latencyRows.length),
          getProviderThroughputHistogram: () =>
            expect(buckets.every((b) => Object.keys(b.by_provider as object).length > 0)).toBe(
              true,
            ),
          getDimensionCostHistogram: () =>
            expect(total((b) => b.total_cost as number)).toBeCloseTo(cost, 9),
          getDimensionTokenHistogram: () =>
            expect(
              total((b) => inner(b, 'by_dimension').reduce((s, p) => s + (p.total_tokens ?? 0), 0)),
            ).toBe(tokens),
          getDimensionLatencyHistogram: () =>
            expect(
              total((b) =>
                inner(b, 'by_dimension').reduce((s, p) => s + (p.total_requests ?? 0), 0),
              ),
            ).toBe(latencyRows.length),
        };
        check[operationId]?.();
      }),
  },
  {
    // Rankings count every matching row once; the dashboard agrees with the stats route.
    weight: 2,
    arbitrary: fc
      .record({ query: queryArbitrary, route: fc.constantFrom('rankings', 'team', 'dashboard') })
      .map(({ query, route }) => async (c) => {
        const matching = c.model.filter((log) => matches(log, query));
        const qs = queryString(query);
        if (route === 'rankings') {
          c.exercised.add('getModelRankings');
          const { status, body } = await c.call(`/api/logs/rankings?${qs}&all=true`);
          expect(status).toBe(200);
          const { rankings } = body as { rankings: { total_requests: number }[] };
          expect(rankings.reduce((s, r) => s + r.total_requests, 0)).toBe(matching.length);
        } else if (route === 'team') {
          c.exercised.add('getDimensionRankings');
          const { status, body } = await c.call(
            `/api/logs/rankings/by-dimension?${qs}&dimension=team&all=true`,
          );
          expect(status).toBe(200);
          const { rankings } = body as { rankings: { total_requests: number }[] };
          expect(rankings.reduce((s, r) => s + r.total_requests, 0)).toBe(
            matching.filter((log) => log.team_id).length,
          );
        } else {
          c.exercised.add('getLogDashboard');
          const { status, body } = await c.call(`/api/logs/dashboard?${qs}`);
          expect(status).toBe(200);
          expect(
            (body as { overview: { stats: { total_requests: number } } }).overview.stats
              .total_requests,
          ).toBe(matching.length);
        }
      }),
  },
  {
    // A session is a request and the attempts that name it; its summary adds them up.
    weight: 1,
    arbitrary: fc.nat().map((which) => async (c) => {
      c.exercised.add('getLogSession');
      c.exercised.add('getLogSessionSummary');
      const chained = c.model.filter((log) => log.parent_request_id);
      const root =
        chained[which % Math.max(1, chained.length)]?.parent_request_id ?? `none-${which}`;
      const members = c.model.filter((log) => log.id === root || log.parent_request_id === root);
      const { status, body } = await c.call(`/api/logs/sessions/${root}`);
      expect(status).toBe(200);
      expect((body as { count: number }).count).toBe(members.length);
      const summary = await c.call(`/api/logs/sessions/${root}/summary`);
      expect((summary.body as { total_cost: number }).total_cost).toBeCloseTo(
        members.reduce((s, log) => s + (log.cost ?? 0), 0),
        9,
      );
    }),
  },
  {
    // Filter menus list the models of the stored rows; nothing is ever dropped by the emulator.
    weight: 1,
    arbitrary: fc.constant(async (c: Context) => {
      c.exercised.add('getLogFilterData');
      c.exercised.add('getDroppedRequests');
      const { body } = await c.call('/api/logs/filterdata?dimensions=models');
      expect([...((body as { models: string[] | null }).models ?? [])].sort()).toEqual(
        [...new Set(c.model.map((log) => log.model))].sort(),
      );
      const dropped = await c.call('/api/logs/dropped');
      expect(dropped.body).toEqual({ dropped_requests: 0 });
    }),
  },
  {
    // Deleting through the API removes exactly the named rows.
    weight: 1,
    arbitrary: fc.nat().map((which) => async (c) => {
      c.exercised.add('deleteLogs');
      const log = c.model[which % Math.max(1, c.model.length)];
      const ids = log ? [log.id, `missing-${which}`] : [`missing-${which}`];
      const { status } = await c.call('/api/logs', {
        method: 'DELETE',
        body: JSON.stringify({ ids }),
      });
      expect(status).toBe(200);
      c.model = c.model.filter((l) => !ids.includes(l.id));
      expect(c.store.logs.length).toBe(c.model.length);
    }),
  },
  {
    // User-agent mappings: created, listed, replaced and deleted.
    weight: 1,
    arbitrary: fc.constantFrom('contains', 'exact', 'regex').map((matchType) => async (c) => {
      for (const id of [
        'listUserAgentMappings',
        'createUserAgentMapping',
        'updateUserAgentMapping',
        'deleteUserAgentMapping',
      ])
        c.exercised.add(id);
      const created = await c.call('/api/logs/user-agent-mappings', {
        method: 'POST',
        body: JSON.stringify({ pattern: 'acme-agent/', app: 'Acme Agent', match_type: matchType }),
      });
      const { id } = created.body as { id: string };
      const updated = await c.call(`/api/logs/user-agent-mappings/${id}`, {
        method: 'PUT',
        body: JSON.stringify({ pattern: 'acme-agent/2', app: 'Acme', match_type: 'starts_with' }),
      });
      expect((updated.body as { app: string }).app).toBe('Acme');
      const listed = await c.call('/api/logs/user-agent-mappings');
      expect((listed.body as { mappings: { id: string; app: string }[] }).mappings).toContainEqual(
        expect.objectContaining({ id, app: 'Acme' }),
      );
      expect(
        (await c.call(`/api/logs/user-agent-mappings/${id}`, { method: 'DELETE' })).status,
      ).toBe(200);
      expect(
        (await c.call(`/api/logs/user-agent-mappings/${id}`, { method: 'DELETE' })).status,
      ).toBe(404);
    }),
  },
  {
    // A cost recalculation starts, runs when polled, and is cancelled or found finished.
    weight: 1,
    arbitrary: fc.boolean().map((cancelFirst) => async (c) => {
      for (const id of ['recalculateLogCosts', 'getRecalculateCostStatus', 'cancelRecalculateCost'])
        c.exercised.add(id);
      const started = await c.call('/api/logs/recalculate-cost', {
        method: 'POST',
        body: JSON.stringify({ filters: { missing_cost_only: true } }),
      });
      expect(started.status).toBe(202);
      const { id } = started.body as { id: string };
      const again = await c.call('/api/logs/recalculate-cost', { method: 'POST', body: '{}' });
      expect(again.status).toBe(409);
      if (cancelFirst) {
        const cancelled = await c.call(`/api/logs/recalculate-cost/cancel?id=${id}`, {
          method: 'POST',
        });
        expect((cancelled.body as { status: string }).status).toBe('cancelled');
      }
      const polled = await c.call(`/api/logs/recalculate-cost/status?id=${id}`);
      expect((polled.body as { status: string }).status).toBe(
        cancelFirst ? 'cancelled' : 'completed',
      );
      const idle = await c.call('/api/logs/recalculate-cost/status');
      expect((idle.body as { status: string }).status).toBe('idle');
    }),
  },
  {
    // The gateway forgets a log (retention, or a delete from its UI).
    weight: 1,
    arbitrary: fc.nat().map((which) => async (c) => {
      const log = c.model[which % Math.max(1, c.model.length)];
      if (!log) return;
      c.model = c.model.filter((l) => l.id !== log.id);
      c.store.logs.splice(
        c.store.logs.findIndex((l) => l.id === log.id),
        1,
      );
      c.spare.push(log);
    }),
  },
  {
    // The gateway records a log again (with a new id and time), through the store as a test would.
    weight: 1,
    arbitrary: fc
      .record({ minutes: fc.integer({ min: 1, max: 40_000 }), n: fc.nat() })
      .map(({ minutes, n }) => async (c) => {
        const template = c.spare.pop() ?? c.model[n % Math.max(1, c.model.length)];
        if (!template) return;
        const at = new Date(Date.parse('2026-11-30T12:00:00Z') - minutes * 60_000).toISOString();
        const log = {
          ...structuredClone(template),
          id: `model-${n}-${c.model.length}`,
          timestamp: at,
          created_at: at,
        };
        c.store.logs.push(log);
        c.model.push(log);
      }),
  },
];

describe('the Bifrost emulator against a reference model', () => {
  it('agrees with the model over generated sequences, and answers what the spec says', async () => {
    const exercised = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(...actions), { minLength: 5, maxLength: 25 }),
        async (checks) => {
          const emulator = createEmulator({
            api: 'bifrost',
            seed: 5,
            logs: 400,
            now: '2026-11-30T12:00:00Z',
          });
          const context: Context = {
            store: emulator.store,
            model: [...emulator.store.logs],
            call: checkedFetch(emulator),
            exercised,
            spare: [],
          };
          for (const check of checks) await check(context);
        },
      ),
      { numRuns: 60, seed: 515151 },
    );
    expect([...exercised].sort()).toEqual([...bifrostOperationIds].sort());
  }, 120_000);
});
