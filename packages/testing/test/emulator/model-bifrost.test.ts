// Model-based test of the Bifrost emulator: fast-check generates sequences of changes to the stored
// logs (the gateway records and forgets logs; the API itself only reads) and of list, stats and
// detail requests with random filters, each answer checked against a brute-force reference model
// and against the spec's response validators.
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
      { numRuns: 40, seed: 515151 },
    );
    expect([...exercised].sort()).toEqual([...bifrostOperationIds].sort());
  }, 120_000);
});
