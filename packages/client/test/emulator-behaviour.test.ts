// The clients against the emulators of both APIs: answers that follow from stored data, so each
// test can check what came back against the store (filters, totals, writes, deletions), and
// faults injected where a real server would fail.
import { createEmulator, type StoredLog } from '@ai-gateway/testing/emulator';
import { emulatorHandlers } from '@ai-gateway/testing/msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBifrostClient } from '../src/bifrost.js';
import {
  APIConnectionError,
  BadRequestError,
  createCloudflareClient,
  NotFoundError,
  RateLimitError,
} from '../src/cloudflare.js';
import { rejection } from './support/clients.js';

const seed = { seed: 7, logs: 1_000, now: '2026-11-30T12:00:00Z' } as const;
const cloudflare = createEmulator({ api: 'cloudflare', ...seed });
const bifrost = createEmulator({ api: 'bifrost', ...seed });
beforeEach(() => {
  cloudflare.reset();
  bifrost.reset();
});

const cfClient = (options: { maxRetries?: number } = {}) =>
  createCloudflareClient({
    accountId: cloudflare.seed.accountId,
    apiToken: 'emulator-token',
    fetch: cloudflare.fetch,
    ...options,
  });
const bifrostClient = () => createBifrostClient({ fetch: bifrost.fetch });

/** The stored gateway with the most logs: every list over it spans several pages. */
const busiestGateway = () =>
  [...cloudflare.store.logs].reduce((best, entry) =>
    entry[1].length > best[1].length ? entry : best,
  )[0];
const storedLogs = (gatewayId: string): StoredLog[] => cloudflare.store.logs.get(gatewayId) ?? [];

/** Every item of a list, and the query parameter `name` of each request of `operationId`. */
async function collect<T>(list: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of list) items.push(item);
  return items;
}
const sentParams = (
  emulator: { requests: readonly { url: string; operationId?: string | undefined }[] },
  operationId: string,
  name: string,
) =>
  emulator.requests
    .filter((request) => request.operationId === operationId)
    .map((request) => new URL(request.url).searchParams.get(name));

describe('Cloudflare logs', () => {
  it('a filtered list holds only the matching rows, and iterates exactly total_count of them', async () => {
    const gatewayId = busiestGateway();
    const filters = [
      { key: 'provider' as const, operator: 'eq' as const, value: ['openai'] },
      { key: 'cost' as const, operator: 'gt' as const, value: [0.0005] },
    ];
    const list = cfClient().logs.list({ gateway_id: gatewayId, per_page: 25, filters });
    const first = await list;
    const rows = await collect(list);

    const matching = storedLogs(gatewayId).filter(
      ({ log }) => log.provider === 'openai' && log.cost != null && log.cost > 0.0005,
    );
    expect(matching.length).toBeGreaterThan(25); // several pages
    expect(matching.length).toBeLessThan(storedLogs(gatewayId).length); // the filter drops some
    expect(first.totalCount).toBe(matching.length);
    expect(rows).toHaveLength(matching.length);
    expect(rows.every((row) => row.provider === 'openai' && (row.cost ?? 0) > 0.0005)).toBe(true);
    expect(new Set(rows.map((row) => row.id))).toEqual(new Set(matching.map(({ log }) => log.id)));
  });

  it('pages with one request per page, page 1 to the last, and none past it', async () => {
    const gatewayId = busiestGateway();
    const total = storedLogs(gatewayId).length;
    const list = cfClient().logs.list({ gateway_id: gatewayId, per_page: 50 });
    const rows = await collect(list);
    const pages = Math.ceil(total / 50);

    expect(rows).toHaveLength(total);
    expect(list.stopReason).toBe('total-reached');
    expect(sentParams(cloudflare, 'listLogs', 'page')).toEqual(
      Array.from({ length: pages }, (_, index) => String(index + 1)),
    );
    expect(sentParams(cloudflare, 'listLogs', 'per_page').every((size) => size === '50')).toBe(
      true,
    );
  });

  it('a bulk delete with filters deletes exactly the logs they select', async () => {
    const gatewayId = busiestGateway();
    const failed = [{ key: 'success' as const, operator: 'eq' as const, value: [false] }];
    const before = [...storedLogs(gatewayId)];
    const doomed = new Set(before.filter(({ log }) => !log.success).map(({ log }) => log.id));
    expect(doomed.size).toBeGreaterThan(0);

    const otherCounts = (except: string) =>
      [...cloudflare.store.logs]
        .filter(([id]) => id !== except)
        .map(([id, logs]) => [id, logs.length]);
    const othersBefore = otherCounts(gatewayId);
    expect(othersBefore.length).toBeGreaterThan(0);

    const cf = cfClient();
    await cf.logs.delete({ gateway_id: gatewayId, filters: failed });

    const kept = storedLogs(gatewayId).map(({ log }) => log.id);
    expect(kept).toEqual(before.map(({ log }) => log.id).filter((id) => !doomed.has(id)));
    expect((await cf.logs.list({ gateway_id: gatewayId, filters: failed })).totalCount).toBe(0);
    expect((await cf.logs.list({ gateway_id: gatewayId })).totalCount).toBe(kept.length);
    // The other gateways keep every log.
    expect(otherCounts(gatewayId)).toEqual(othersBefore);
  });
});

describe('Cloudflare gateways', () => {
  const body = {
    id: 'emulated-canary',
    rate_limiting_interval: 60,
    rate_limiting_limit: 100,
    collect_logs: true,
    cache_ttl: 120,
    cache_invalidate_on_update: true,
    workers_ai_billing_mode: 'postpaid',
  } as const;

  it('create, then get, returns what was created; a second create of the id is refused', async () => {
    const cf = cfClient();
    const created = await cf.gateways.create(body);
    expect(created).toMatchObject(body);
    expect(await cf.gateways.get({ id: body.id })).toEqual(created);
    expect(cloudflare.store.gateways.get(body.id)).toEqual(created);
    expect(await rejection(cf.gateways.create(body))).toBeInstanceOf(BadRequestError);
  });

  it('delete, then get, is a 404', async () => {
    const cf = cfClient();
    const gatewayId = busiestGateway();
    await cf.gateways.delete({ id: gatewayId });
    const error = await rejection(cf.gateways.get({ id: gatewayId }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).errors[0]?.code).toBe(7002);
    expect(cloudflare.store.logs.has(gatewayId)).toBe(false);
  });
});

describe('Bifrost logs', () => {
  it('a list filtered on status and providers holds only those rows, all of them, page by page', async () => {
    const params = { status: ['error' as const], providers: ['openai', 'anthropic'], limit: 20 };
    const list = bifrostClient().logs.list(params);
    const rows = await collect(list);
    const matching = bifrost.store.logs.filter(
      (log) => log.status === 'error' && ['openai', 'anthropic'].includes(log.provider),
    );
    expect(matching.length).toBeGreaterThan(20);
    expect((await list).totalCount).toBe(matching.length);
    expect(
      rows.every((row) => row.status === 'error' && ['openai', 'anthropic'].includes(row.provider)),
    ).toBe(true);
    expect(rows.map((row) => row.id).sort()).toEqual(matching.map((log) => log.id).sort());
    expect(sentParams(bifrost, 'listLogs', 'offset')).toEqual(
      Array.from({ length: Math.ceil(matching.length / 20) }, (_, index) => String(index * 20)),
    );
    expect(sentParams(bifrost, 'listLogs', 'status')[0]).toBe('error');
  });

  it('stats are computed over the matching rows', async () => {
    const stats = await bifrostClient().logs.stats({ providers: ['openai'] });
    const rows = bifrost.store.logs.filter((log) => log.provider === 'openai');
    expect(stats.total_requests).toBe(rows.length);
    expect(stats.total_tokens).toBe(
      rows
        .filter((log) => log.status !== 'processing')
        .reduce((sum, log) => sum + (log.token_usage?.total_tokens ?? 0), 0),
    );
  });
});

describe('faults', () => {
  it('two 429s with retry-after 0 are retried at once, and the third attempt succeeds', async () => {
    const gatewayId = busiestGateway();
    cloudflare.faults.add({ match: 'getGateway', status: 429, retryAfter: 0, times: 2 });
    const started = Date.now();
    const gateway = await cfClient().gateways.get({ id: gatewayId });
    // No backoff (at least 375 ms, then 750 ms): the server said 0 s.
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(gateway.id).toBe(gatewayId);
    expect(cloudflare.requests.map((request) => [request.operationId, request.status])).toEqual([
      ['getGateway', 429],
      ['getGateway', 429],
      ['getGateway', 200],
    ]);
  });

  it('a 429 that outlasts the retries is a RateLimitError, after 1 + maxRetries requests', async () => {
    cloudflare.faults.add({ match: 'listGateways', status: 429, retryAfter: 0, times: 5 });
    const error = await rejection(cfClient({ maxRetries: 2 }).gateways.list());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers['retry-after']).toBe('0');
    expect(cloudflare.requests.map((request) => request.status)).toEqual([429, 429, 429]);
    expect(cloudflare.faults.pending).toHaveLength(1); // two of its five requests are left
  });

  it("a dropped connection surfaces as the client's connection error", async () => {
    cloudflare.faults.add({ match: 'listGateways', drop: true });
    const error = await rejection(cfClient({ maxRetries: 0 }).gateways.list());
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).code).toBe('ECONNRESET');
    expect(cloudflare.faults.pending).toHaveLength(0);
    expect(cloudflare.requests).toHaveLength(0); // no answer was given
  });

  it('a dropped connection is retried, and the retry is answered', async () => {
    cloudflare.faults.add({ match: 'listGateways', drop: true });
    const page = await cfClient({ maxRetries: 1 }).gateways.list();
    expect(page.items.map((gateway) => gateway.id).sort()).toEqual(
      [...cloudflare.store.gateways.keys()].sort(),
    );
    expect(cloudflare.requests.map((request) => request.status)).toEqual([200]);
  });
});

describe('through MSW, at the clients’ default base URLs', () => {
  const server = setupServer(...emulatorHandlers(cloudflare), ...emulatorHandlers(bifrost));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('answers both clients, built with no baseUrl and no fetch, from the stored data', async () => {
    const cf = createCloudflareClient({
      accountId: cloudflare.seed.accountId,
      apiToken: 'emulator-token',
    });
    const gatewayId = busiestGateway();
    const cached = [{ key: 'cached' as const, operator: 'eq' as const, value: [true] }];
    const page = await cf.logs.list({ gateway_id: gatewayId, filters: cached });
    expect(page.totalCount).toBe(storedLogs(gatewayId).filter(({ log }) => log.cached).length);
    expect(page.items.every((log) => log.cached)).toBe(true);
    expect(cloudflare.requests.map((request) => new URL(request.url).origin)).toEqual([
      'https://api.cloudflare.com',
    ]);

    const stats = await createBifrostClient().logs.stats();
    expect(stats.total_requests).toBe(bifrost.store.logs.length);
    expect(bifrost.requests.map((request) => new URL(request.url).origin)).toEqual([
      'http://localhost:8080',
    ]);
  });
});
