// Which answers are retried, how often, and after exactly how long (fake clock).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APIConnectionError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
} from '../src/cloudflare.js';
import { cloudflare } from './support/clients.js';
import {
  expectNextAttemptAfter,
  outcome,
  timedFetch,
  until,
  useFakeClock,
} from './support/clock.js';
import { sendJson, useServers } from './support/server.js';

const start = useServers();
const gateway = { id: 'gw', cache_ttl: 0 };
const ok = { result: gateway, success: true };
const edgeError = (status: number) => ({
  success: false,
  errors: [{ code: 10000 + status, message: `edge says ${status}` }],
});
const gatewayBody = {
  id: 'gw',
  rate_limiting_interval: 0,
  rate_limiting_limit: 0,
  collect_logs: true,
  cache_ttl: 0,
  cache_invalidate_on_update: false,
  workers_ai_billing_mode: 'postpaid',
} as const;

/** Answers with `statuses[i]` for request i (200 after the list runs out), plus `headers`. */
function scripted(statuses: number[], headers: (i: number) => Record<string, string> = () => ({})) {
  return start((_request, response, i) => {
    const status = statuses[i] ?? 200;
    sendJson(response, status, status === 200 ? ok : edgeError(status), headers(i));
  });
}

beforeEach(() => {
  useFakeClock();
  // No jitter: the backoff is exactly 500 ms, then 1 s, 2 s, 4 s, 8 s at most.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('429 waits for as long as the server asks', () => {
  it('retry-after in seconds', async () => {
    const server = await scripted([429], () => ({ 'retry-after': '3' }));
    const timed = timedFetch();
    const result = outcome(
      cloudflare(server.url, { fetch: timed.fetch }).gateways.get({ id: 'gw' }),
    );
    await expectNextAttemptAfter(timed, 3_000);
    expect(await result).toEqual({ ok: true, value: gateway });
    expect(server.requests).toHaveLength(2);
  });

  it('retry-after as an HTTP date', async () => {
    const server = await scripted([429], () => ({
      'retry-after': new Date(Date.now() + 5_000).toUTCString(),
    }));
    const timed = timedFetch();
    const result = outcome(
      cloudflare(server.url, { fetch: timed.fetch }).gateways.get({ id: 'gw' }),
    );
    await expectNextAttemptAfter(timed, 5_000);
    expect((await result).ok).toBe(true);
    expect(timed.gaps()).toEqual([5_000]);
  });

  it('retry-after-ms, which wins over retry-after', async () => {
    const server = await scripted([429, 429], () => ({
      'retry-after-ms': '1234',
      'retry-after': '30',
    }));
    const timed = timedFetch();
    const result = outcome(
      cloudflare(server.url, { fetch: timed.fetch }).gateways.get({ id: 'gw' }),
    );
    await expectNextAttemptAfter(timed, 1_234);
    await expectNextAttemptAfter(timed, 1_234);
    expect((await result).ok).toBe(true);
    expect(server.requests).toHaveLength(3);
  });

  it('falls back to the backoff when the server asks for more than a minute', async () => {
    const server = await scripted([429], () => ({ 'retry-after': '3600' }));
    const timed = timedFetch();
    const result = outcome(
      cloudflare(server.url, { fetch: timed.fetch }).gateways.get({ id: 'gw' }),
    );
    await expectNextAttemptAfter(timed, 500);
    expect((await result).ok).toBe(true);
  });

  it('gives up with a RateLimitError after the last retry', async () => {
    const server = await scripted([429, 429, 429], () => ({ 'retry-after': '1' }));
    const timed = timedFetch();
    const result = outcome(
      cloudflare(server.url, { fetch: timed.fetch }).gateways.get({ id: 'gw' }),
    );
    await expectNextAttemptAfter(timed, 1_000);
    await expectNextAttemptAfter(timed, 1_000);
    const settled = await result;
    expect(settled.ok).toBe(false);
    expect(!settled.ok && settled.error).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(3);
  });
});

describe('5xx and broken connections back off exponentially', () => {
  it('503: 500 ms, then 1 s, then an InternalServerError (2 retries by default)', async () => {
    const server = await scripted([503, 503, 503]);
    const timed = timedFetch();
    const result = outcome(
      cloudflare(server.url, { fetch: timed.fetch }).gateways.get({ id: 'gw' }),
    );
    await expectNextAttemptAfter(timed, 500);
    await expectNextAttemptAfter(timed, 1_000);
    const settled = await result;
    expect(!settled.ok && settled.error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(3);
    expect(timed.gaps()).toEqual([500, 1_000]);
  });

  it('a connection reset is retried, and the retry succeeds', async () => {
    const server = await start((_request, response, i) => {
      if (i === 0) response.socket?.destroy();
      else sendJson(response, 200, ok);
    });
    const timed = timedFetch();
    const result = outcome(
      cloudflare(server.url, { fetch: timed.fetch }).gateways.get({ id: 'gw' }),
    );
    await expectNextAttemptAfter(timed, 500);
    expect(await result).toEqual({ ok: true, value: gateway });
    expect(server.requests).toHaveLength(2);
  });

  it('a connection that keeps resetting ends in an APIConnectionError', async () => {
    const server = await start((_request, response) => {
      response.socket?.destroy();
    });
    const timed = timedFetch();
    const result = outcome(
      cloudflare(server.url, { fetch: timed.fetch, maxRetries: 1 }).gateways.get({ id: 'gw' }),
    );
    await expectNextAttemptAfter(timed, 500);
    const settled = await result;
    expect(!settled.ok && settled.error).toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(2);
  });
});

describe('what is not retried', () => {
  it.each([
    [400, BadRequestError],
    [404, NotFoundError],
  ])('%i is final', async (status, ErrorClass) => {
    const server = await scripted([status]);
    const settled = await outcome(cloudflare(server.url).gateways.get({ id: 'gw' }));
    expect(!settled.ok && settled.error).toBeInstanceOf(ErrorClass);
    expect(server.requests).toHaveLength(1);
  });

  it('x-should-retry: false overrides a retryable status, and true a final one', async () => {
    const refused = await scripted([503], () => ({ 'x-should-retry': 'false' }));
    const first = await outcome(cloudflare(refused.url).gateways.get({ id: 'gw' }));
    expect(!first.ok && first.error).toBeInstanceOf(InternalServerError);
    expect(refused.requests).toHaveLength(1);

    const asked = await scripted([400], () => ({ 'x-should-retry': 'true' }));
    const timed = timedFetch();
    const second = outcome(
      cloudflare(asked.url, { fetch: timed.fetch }).gateways.get({ id: 'gw' }),
    );
    await expectNextAttemptAfter(timed, 500);
    expect((await second).ok).toBe(true);
  });

  it('POST is sent once, whether it gets a 503 or a reset connection', async () => {
    const server = await scripted([503]);
    const settled = await outcome(cloudflare(server.url).gateways.create(gatewayBody));
    expect(!settled.ok && settled.error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);

    const reset = await start((_request, response) => {
      response.socket?.destroy();
    });
    const broken = await outcome(cloudflare(reset.url).gateways.create(gatewayBody));
    expect(!broken.ok && broken.error).toBeInstanceOf(APIConnectionError);
    expect(reset.requests).toHaveLength(1);
  });

  it('PATCH is sent once on a 429', async () => {
    const server = await scripted([429], () => ({ 'retry-after': '1' }));
    const settled = await outcome(
      cloudflare(server.url).logs.edit({ gateway_id: 'gw', id: 'log-1' }, { feedback: 1 }),
    );
    expect(!settled.ok && settled.error).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });

  it('POST is retried when the call says retryNonIdempotent: true', async () => {
    const server = await scripted([503, 503]);
    const timed = timedFetch();
    const cf = cloudflare(server.url, { fetch: timed.fetch });
    const result = outcome(cf.gateways.create(gatewayBody, { retryNonIdempotent: true }));
    await expectNextAttemptAfter(timed, 500);
    await expectNextAttemptAfter(timed, 1_000);
    expect((await result).ok).toBe(true);
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'POST', 'POST']);
    expect(new Set(server.requests.map((r) => r.body)).size).toBe(1);
  });
});

describe('maxRetries', () => {
  it('the client option sets the number of retries, and the backoff keeps doubling', async () => {
    const server = await scripted([503, 503, 503, 503, 503]);
    const timed = timedFetch();
    const cf = cloudflare(server.url, { fetch: timed.fetch, maxRetries: 4 });
    const result = outcome(cf.gateways.get({ id: 'gw' }));
    for (const delay of [500, 1_000, 2_000, 4_000]) await expectNextAttemptAfter(timed, delay);
    expect((await result).ok).toBe(false);
    expect(server.requests).toHaveLength(5);
  });

  it('a call can lower it, down to no retry at all', async () => {
    const server = await scripted([503, 503, 503, 503, 503]);
    const timed = timedFetch();
    const cf = cloudflare(server.url, { fetch: timed.fetch, maxRetries: 4 });
    const none = await outcome(cf.gateways.get({ id: 'gw' }, { maxRetries: 0 }));
    expect(!none.ok && none.error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);

    const one = outcome(cf.gateways.get({ id: 'gw' }, { maxRetries: 1 }));
    await until(() => timed.finished === 2);
    await expectNextAttemptAfter(timed, 500);
    expect((await one).ok).toBe(false);
    expect(server.requests).toHaveLength(3);
  });

  it('maxRetries: 0 on the client turns retries off', async () => {
    const server = await scripted([429], () => ({ 'retry-after': '1' }));
    const settled = await outcome(
      cloudflare(server.url, { maxRetries: 0 }).gateways.get({ id: 'gw' }),
    );
    expect(!settled.ok && settled.error).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });
});
