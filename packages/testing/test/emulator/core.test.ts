// The emulator's core with a small API of its own over the generated Bifrost routes: matching,
// request checks, faults, recording, reset and HTTP. Domain semantics are tested per API.
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulatorCore } from '../../src/emulator/core/emulator.ts';
import { listen } from '../../src/emulator/core/listen.ts';
import { type ApiDefinition, ApiError } from '../../src/emulator/core/types.ts';
import { bifrostRoutes } from '../../src/generated/emulator/bifrost.ts';

interface ToyStore {
  reads: number;
  seenQuery: Record<string, unknown>[];
}

const toyApi: ApiDefinition<ToyStore> = {
  name: 'bifrost',
  routes: bifrostRoutes,
  createStore: () => ({ reads: 0, seenQuery: [] }),
  handlers: {
    listLogs: ({ store, query }) => {
      store.reads++;
      store.seenQuery.push({ ...query });
      return { body: { reads: store.reads } };
    },
    getLogStats: () => ({ body: { stats: true } }),
    getLog: ({ path }) => {
      if (path.id === 'missing') throw new ApiError(404, 'log not found');
      return { body: { id: path.id } };
    },
  },
  errorBody: (error) => ({ status: error.status, message: error.message, path: error.path }),
  invalidRequest: (issues, part) => new ApiError(400, issues[0]?.message ?? part, [part]),
  invalidQuery: (name) => (name === 'limit' ? new ApiError(400, 'bad limit') : 'drop'),
  routeNotFound: () => new ApiError(404, 'no route'),
};

const seed = { seed: 1, logs: 0, accountId: 'acc', now: new Date('2026-11-30T12:00:00Z') };
const make = () => createEmulatorCore(toyApi, { seed, basePath: '/base' });
const base = 'http://emulator.test';
/** The spec's defaults of the Bifrost list parameters. */
const defaults = {
  limit: 50,
  offset: 0,
  sort_by: 'timestamp',
  order: 'desc',
  missing_cost_only: false,
  roots_only: false,
};

describe('emulator core', () => {
  it('routes literal segments before parameters and decodes path parameters', async () => {
    const emulator = make();
    expect(await (await emulator.fetch(`${base}/api/logs/stats`)).json()).toEqual({ stats: true });
    expect(await (await emulator.fetch(`${base}/api/logs/a%20b`)).json()).toEqual({ id: 'a b' });
    expect(await (await emulator.fetch(`${base}/base/api/logs/x`)).json()).toEqual({ id: 'x' });
  });

  it('answers unknown paths, wrong methods and domain errors with the API error body', async () => {
    const emulator = make();
    const unknown = await emulator.fetch(`${base}/api/nothing`);
    expect([unknown.status, await unknown.json()]).toEqual([
      404,
      { status: 404, message: 'no route' },
    ]);
    expect((await emulator.fetch(`${base}/api/logs`, { method: 'PUT' })).status).toBe(405);
    const missing = await emulator.fetch(`${base}/api/logs/missing`);
    expect([missing.status, (await missing.json()).message]).toEqual([404, 'log not found']);
  });

  it('reads typed query values, ignores unknown names, drops what the API ignores and rejects what it refuses', async () => {
    const emulator = make();
    await emulator.fetch(
      `${base}/api/logs?limit=5&min_cost=0.5&missing_cost_only=true&start_time=yesterday&unknown=1`,
    );
    // Left out or dropped, a parameter takes the spec's default, as on the server.
    expect(emulator.store.seenQuery[0]).toEqual({
      ...defaults,
      limit: 5,
      min_cost: 0.5,
      missing_cost_only: true,
    });
    const refused = await emulator.fetch(`${base}/api/logs?limit=5000`);
    expect([refused.status, (await refused.json()).message]).toEqual([400, 'bad limit']);
    expect(emulator.store.reads).toBe(1);
  });

  it('keeps state between requests and resets to the seeded state', async () => {
    const emulator = make();
    await emulator.fetch(`${base}/api/logs`);
    const second = await (await emulator.fetch(`${base}/api/logs`)).json();
    expect(second).toEqual({ reads: 2 });
    expect(emulator.requests.map((r) => [r.operationId, r.status])).toEqual([
      ['listLogs', 200],
      ['listLogs', 200],
    ]);
    emulator.reset();
    expect(emulator.store.reads).toBe(0);
    expect(emulator.requests).toEqual([]);
  });

  describe('faults', () => {
    it('fails the next N matching requests with a status and retry-after, then recovers', async () => {
      const emulator = make();
      emulator.faults.add({ match: 'listLogs', status: 429, retryAfter: 0, times: 2 });
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const response = await emulator.fetch(`${base}/api/logs`);
        statuses.push(response.status);
        if (response.status === 429) expect(response.headers.get('retry-after')).toBe('0');
      }
      expect(statuses).toEqual([429, 429, 200]);
      // Only the matching operation is affected, and the handler never ran for failed ones.
      expect(emulator.store.reads).toBe(1);
      expect(emulator.faults.pending).toEqual([]);
    });

    it('leaves other operations alone and serves HTML pages when asked', async () => {
      const emulator = make();
      emulator.faults.add({ match: 'getLogStats', status: 503, body: 'html' });
      expect((await emulator.fetch(`${base}/api/logs`)).status).toBe(200);
      const page = await emulator.fetch(`${base}/api/logs/stats`);
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toBe('text/html');
      expect(await page.text()).toContain('<h1>Error 503</h1>');
    });

    it('drops the connection the way fetch reports a reset socket', async () => {
      const emulator = make();
      emulator.faults.add({ drop: true });
      const failure = await emulator.fetch(`${base}/api/logs`).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(TypeError);
      expect((failure as TypeError).cause).toMatchObject({ code: 'ECONNRESET' });
      expect((await emulator.fetch(`${base}/api/logs`)).status).toBe(200);
    });

    it('delays an answer and gives up when the caller aborts', async () => {
      const emulator = make();
      emulator.faults.add({ delay: 60 });
      const started = performance.now();
      expect((await emulator.fetch(`${base}/api/logs`)).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(55);
      emulator.faults.add({ delay: 10_000 });
      const controller = new AbortController();
      const pending = emulator.fetch(`${base}/api/logs`, { signal: controller.signal });
      controller.abort(new Error('caller gave up'));
      await expect(pending).rejects.toThrow('caller gave up');
    });

    it('refuses a fault that would do nothing or cannot be sent', () => {
      const emulator = make();
      expect(() => emulator.faults.add({})).toThrow(/status, a delay or drop/);
      expect(() => emulator.faults.add({ status: 42 })).toThrow(RangeError);
      expect(() => emulator.faults.add({ status: 500, times: 0 })).toThrow(RangeError);
    });
  });

  describe('over HTTP', () => {
    const servers: { close(): Promise<void> }[] = [];
    afterEach(async () => {
      await Promise.all(servers.splice(0).map((s) => s.close()));
    });

    it('serves the same emulator on 127.0.0.1, with the same state', async () => {
      const emulator = make();
      const server = await listen(emulator.handle);
      servers.push(server);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await emulator.fetch(`${base}/api/logs`);
      const response = await fetch(`${server.url}/api/logs?limit=2`);
      expect(await response.json()).toEqual({ reads: 2 });
      expect(emulator.store.seenQuery[1]).toEqual({ ...defaults, limit: 2 });
    });

    it('destroys the socket on a dropped-connection fault', async () => {
      const emulator = make();
      const server = await listen(emulator.handle);
      servers.push(server);
      emulator.faults.add({ drop: true });
      await expect(fetch(`${server.url}/api/logs`)).rejects.toThrow(TypeError);
      expect((await fetch(`${server.url}/api/logs`)).status).toBe(200);
    });

    it('closes idempotently and frees the port', async () => {
      const server = await listen(make().handle);
      await Promise.all([server.close(), server.close()]);
      await expect(fetch(`${server.url}/api/logs`)).rejects.toThrow();
    });
  });
});
