// The live tail filters pushed rows in the client: for the same filters it must keep exactly the
// rows the list route returns, or a tailing dashboard and a list of the same view would disagree.
import { createEmulator } from '@ai-gateway/testing/emulator';
import { describe, expect, it } from 'vitest';
import { createBifrostClient } from '../src/bifrost.js';
import { type LogTailFilters, logMatcher } from '../src/bifrost-tail-filters.js';

const bifrost = createEmulator({
  api: 'bifrost',
  seed: 23,
  logs: 400,
  now: '2026-11-30T12:00:00Z',
});
const bf = createBifrostClient({ baseUrl: 'http://bifrost.test', fetch: bifrost.fetch });
const rows = bifrost.store.logs;
const first = <T>(values: (T | null | undefined)[]): T => values.find((v) => v != null) as T;

const times = rows.map((log) => log.timestamp).sort();
const child = rows.find((log) => log.parent_request_id);
const tagged = rows.find((log) => Object.keys(log.metadata ?? {}).length > 0);
const [metaKey, metaValue] = Object.entries(tagged?.metadata ?? {})[0] ?? ['none', 'none'];

const cases: [string, LogTailFilters][] = [
  ['providers as a comma list', { providers: `${first(rows.map((l) => l.provider))}, nobody` }],
  [
    'status and a latency range',
    { status: ['success', 'error'], min_latency: 200, max_latency: 4000 },
  ],
  ['a cost floor', { min_cost: 0.001 }],
  ['tokens', { min_tokens: 100, max_tokens: 2000 }],
  ['missing cost only', { missing_cost_only: true }],
  ['teams', { team_ids: [first(rows.map((l) => l.team_id))] }],
  ['customers', { customer_ids: [first(rows.map((l) => l.customer_id))] }],
  ['users', { user_ids: [first(rows.map((l) => l.user_id))] }],
  ['stop reasons', { stop_reasons: ['length', 'stop'] }],
  ['routing engines', { routing_engine_used: ['routing-rule', 'governance'] }],
  ['cache hits', { cache_hit_types: ['semantic', 'direct'] }],
  ['one session', { parent_request_id: child?.parent_request_id as string }],
  ['roots only', { roots_only: true, providers: ['openai'] }],
  ['one request', { request_id: rows[7]?.id as string }],
  ['metadata', { metadata: { [metaKey]: String(metaValue) } }],
  ['a time window', { start_time: times[10] as string, end_time: times[40] as string }],
];

describe('tail filters keep the rows the list route returns', () => {
  it.each(cases)('%s', async (_name, filters) => {
    const listed: string[] = [];
    for await (const log of bf.logs.list({ ...filters, limit: 1000 } as never)) listed.push(log.id);
    const kept = rows.filter(logMatcher(filters)).map((log) => log.id);
    expect(kept.sort()).toEqual(listed.sort());
    // A case that keeps every row, or none, would not tell the filter apart from its absence.
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(rows.length);
  });
});
