// The Bifrost resources beyond list, stats and detail, through the client against the emulator:
// what the server records passes the client's checks, what it would refuse or silently drop is
// refused before sending, and deletion, histograms and sessions agree with the stored rows.
import { createEmulator } from '@ai-gateway/testing/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBifrostClient, ValidationError } from '../src/bifrost.js';
import { rejection } from './support/clients.js';

const bifrost = createEmulator({
  api: 'bifrost',
  seed: 11,
  logs: 600,
  now: '2026-11-30T12:00:00Z',
});
beforeEach(() => bifrost.reset());
const bf = createBifrostClient({
  baseUrl: 'http://bifrost.test',
  fetch: bifrost.fetch,
  maxRetries: 0,
});
const sent = () => bifrost.requests.length;

describe('values the server records pass, values it would drop or refuse do not', () => {
  it.each([
    'governance',
    'routing-rule',
    'loadbalancing',
    'model-catalog',
    'circuit-breaker',
    'session-affinity',
    'core',
  ] as const)('routing_engine_used=%s is sent', async (engine) => {
    await bf.logs.stats({ routing_engine_used: [engine] });
    expect(
      new URL(bifrost.requests.at(-1)?.url ?? '').searchParams.get('routing_engine_used'),
    ).toBe(engine);
  });

  it('refuses an unknown cache hit type, an empty delete and a bad histogram dimension', async () => {
    const before = sent();
    for (const call of [
      () => bf.logs.stats({ cache_hit_types: ['exact' as 'direct'] }),
      () => bf.logs.delete({ ids: [] }),
      () => bf.logs.dimensionCostHistogram({ dimension: 'team' as 'team_id' }),
      () => bf.logs.sessions.get({ session_id: 'abc', limit: 501 }),
      () => bf.logs.rankings({ limit: 0 }),
    ])
      expect(await rejection(call())).toBeInstanceOf(ValidationError);
    expect(sent()).toBe(before);
  });
});

describe('metadata filters', () => {
  it('sends each entry as its own metadata_<key> parameter and gets the matching rows', async () => {
    const tagged = bifrost.store.logs.find((log) => Object.keys(log.metadata ?? {}).length > 0);
    const [key, value] = Object.entries(tagged?.metadata ?? {})[0] ?? [];
    const matching = bifrost.store.logs.filter(
      (log) =>
        log.metadata?.[key as string] !== undefined &&
        String(log.metadata[key as string]) === String(value),
    );
    const stats = await bf.logs.stats({ metadata: { [key as string]: String(value) } });
    const url = new URL(bifrost.requests.at(-1)?.url ?? '');
    expect([...url.searchParams]).toEqual([[`metadata_${key}`, String(value)]]);
    expect(stats.total_requests).toBe(matching.length);
    expect(matching.length).toBeLessThan(bifrost.store.logs.length);
  });

  it('refuses a key that would change the query string, before sending', async () => {
    const before = sent();
    for (const key of ['', 'a b', 'x&limit=1', 'k=v', 'frag#'])
      expect(await rejection(bf.logs.list({ metadata: { [key]: 'v' } }))).toBeInstanceOf(
        ValidationError,
      );
    expect(sent()).toBe(before);
  });
});

describe('resources against the stored rows', () => {
  it('deletes by id, and the rows are gone from lists, stats and histograms', async () => {
    const [first, second] = bifrost.store.logs;
    const ids = [first?.id as string, second?.id as string];
    const total = (await bf.logs.stats()).total_requests;
    expect(await bf.logs.delete({ ids })).toEqual({ message: 'Logs deleted successfully' });
    expect((await bf.logs.stats()).total_requests).toBe(total - 2);
    const { buckets } = await bf.logs.histogram();
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(total - 2);
  });

  it('pages a session with the client pagination and sums it in the summary', async () => {
    const child = bifrost.store.logs.find((log) => log.parent_request_id);
    const session_id = child?.parent_request_id as string;
    const rows: string[] = [];
    for await (const log of bf.logs.sessions.get({ session_id, limit: 1 })) rows.push(log.id);
    expect(rows[0]).toBe(session_id);
    expect((await bf.logs.sessions.summary({ session_id })).count).toBe(rows.length);
  });

  it('runs a cost recalculation to completion', async () => {
    const job = await bf.costRecalculation.start({ filters: { missing_cost_only: true } });
    expect(job.status).toBe('pending');
    expect((await bf.costRecalculation.status({ id: job.id as string })).status).toBe('completed');
    expect((await bf.costRecalculation.status()).status).toBe('idle');
  });
});
