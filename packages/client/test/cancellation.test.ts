// Per-attempt time limits (`timeoutMs`) and cancellation through an AbortSignal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
} from '../src/cloudflare.js';
import { cloudflare } from './support/clients.js';
import {
  expectNextAttemptAfter,
  outcome,
  settle,
  timedFetch,
  until,
  useFakeClock,
} from './support/clock.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();
/** Takes every request and never answers it. */
const silent = () => start(() => {});

describe('timeoutMs', () => {
  beforeEach(() => {
    useFakeClock();
    vi.spyOn(Math, 'random').mockReturnValue(0);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('an attempt with no answer in time fails with APIConnectionTimeoutError', async () => {
    const server = await silent();
    const cf = cloudflare(server.url, { timeoutMs: 1_000, maxRetries: 0 });
    const result = outcome(cf.gateways.get({ id: 'gw' }));
    await until(() => server.requests.length === 1);
    await vi.advanceTimersByTimeAsync(999);
    await settle();
    expect(await Promise.race([result, 'pending'])).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    const settled = await result;
    expect(settled.ok).toBe(false);
    const error = !settled.ok && settled.error;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toBe('Request timed out after 1000 ms');
  });

  it('a call can set its own limit, which wins over the client', async () => {
    const server = await silent();
    const cf = cloudflare(server.url, { timeoutMs: 60_000, maxRetries: 0 });
    const result = outcome(cf.gateways.get({ id: 'gw' }, { timeoutMs: 250 }));
    await until(() => server.requests.length === 1);
    await vi.advanceTimersByTimeAsync(250);
    const settled = await result;
    expect(!settled.ok && settled.error).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('each attempt gets the full limit, and a timed-out GET is retried', async () => {
    const server = await silent();
    const timed = timedFetch();
    const cf = cloudflare(server.url, { fetch: timed.fetch, timeoutMs: 1_000 });
    const result = outcome(cf.gateways.get({ id: 'gw' }));
    await until(() => timed.attempts.length === 1);
    await vi.advanceTimersByTimeAsync(1_000);
    await expectNextAttemptAfter(timed, 500);
    await vi.advanceTimersByTimeAsync(1_000);
    await expectNextAttemptAfter(timed, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    const settled = await result;
    expect(!settled.ok && settled.error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(timed.gaps()).toEqual([1_500, 2_000]);
    expect(server.requests).toHaveLength(3);
  });
});

describe('AbortSignal', () => {
  it('an already aborted signal sends nothing', async () => {
    const server = await silent();
    const error = await cloudflare(server.url)
      .gateways.get({ id: 'gw' }, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    await settle();
    expect(server.requests).toHaveLength(0);
  });

  it('aborting a request in flight rejects with APIUserAbortError, without a retry', async () => {
    const server = await silent();
    const controller = new AbortController();
    const result = outcome(
      cloudflare(server.url).gateways.get({ id: 'gw' }, { signal: controller.signal }),
    );
    await until(() => server.requests.length === 1);
    controller.abort();
    const settled = await result;
    expect(!settled.ok && settled.error).toBeInstanceOf(APIUserAbortError);
    expect(!settled.ok && settled.error).not.toBeInstanceOf(APIConnectionError);
    await settle();
    expect(server.requests).toHaveLength(1);
  });

  it('aborting while a retry waits cancels the retry', async () => {
    const server = await start((_request, response) => sendJson(response, 503, { success: false }));
    const controller = new AbortController();
    const result = outcome(
      cloudflare(server.url).gateways.get({ id: 'gw' }, { signal: controller.signal }),
    );
    await until(() => server.requests.length === 1);
    await settle();
    controller.abort();
    const settled = await result;
    expect(!settled.ok && settled.error).toBeInstanceOf(APIUserAbortError);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(server.requests).toHaveLength(1);
  });

  it('cancels a list between pages', async () => {
    const controller = new AbortController();
    const server = await start((request, response) => {
      const page = Number(request.query.get('page'));
      if (page === 2) controller.abort();
      sendJson(response, 200, {
        result: Array.from({ length: 5 }, (_, i) => ({ id: `${page}-${i}` })),
        success: true,
      });
    });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const gateway of cloudflare(server.url).gateways.list(
        { per_page: 5 },
        { signal: controller.signal },
      ))
        seen.push(gateway.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(seen).toHaveLength(5);
    expect(server.requests).toHaveLength(2);
  });
});
