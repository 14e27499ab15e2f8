// `bf.logs.tail()` against the Bifrost emulator over a real socket on 127.0.0.1: the rows the
// emulator writes arrive in order as typed events, filtered here, the socket closes when the
// caller is done, a dropped connection is reconnected, and no error shows the token.
import { inspect } from 'node:util';
import {
  type BifrostEmulator,
  createEmulator,
  type EmulatorServer,
  type LogEntry,
} from '@ai-gateway/testing/emulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  createBifrostClient,
  type LogTail,
  type LogTailEvent,
  type LogTailOptions,
  type LogTailStatus,
  ResponseValidationError,
  tailBifrostLogs,
} from '../src/bifrost.js';

const token = 'sk-bf-tail-secret-0123456789';
let emulator: BifrostEmulator;
let server: EmulatorServer;
const tails: LogTail[] = [];

beforeEach(async () => {
  emulator = createEmulator({ api: 'bifrost', seed: 5, logs: 30, now: '2026-11-30T12:00:00Z' });
  emulator.live.tokens = [token];
  server = await emulator.listen();
});
afterEach(async () => {
  for (const tail of tails.splice(0)) await tail.return();
  await server.close();
});

const client = (options: { validateResponses?: boolean; token?: string } = {}) =>
  createBifrostClient({ baseUrl: server.url, token, ...options });

function tail(options: LogTailOptions = {}, bf = client()) {
  const opened = bf.logs.tail({ reconnect: { initialDelayMs: 10, maxDelayMs: 40 }, ...options });
  tails.push(opened);
  return opened;
}

async function until(check: () => boolean, what: string, timeoutMs = 3_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * Starts reading (which opens the socket) and waits until the emulator holds it open. The first
 * read comes back inside an object: awaiting a promise of a promise would wait for the event.
 */
async function started(stream: LogTail) {
  const first = stream.next();
  first.catch(() => {}); // Rejections are asserted by the tests that expect them.
  await until(() => emulator.live.sockets.some((socket) => socket.open), 'an open socket');
  return { first };
}

async function take(stream: LogTail, count: number, first?: Promise<IteratorResult<LogTailEvent>>) {
  const events: LogTailEvent[] = [];
  if (first) {
    const result = await first;
    if (!result.done) events.push(result.value);
  }
  while (events.length < count) {
    const result = await stream.next();
    if (result.done) break;
    events.push(result.value);
  }
  return events;
}

/** A row copied from a seeded one, so that it carries every field a real row has. */
function row(id: string, changes: Partial<LogEntry> = {}): LogEntry {
  const at = '2026-11-30T12:00:01.000000001Z';
  const base = emulator.store.logs[0] as LogEntry;
  return { ...base, id, status: 'processing', timestamp: at, created_at: at, ...changes };
}

const summary = (events: readonly LogTailEvent[]) =>
  events.map((event) => [event.operation, event.log.id, event.log.status]);

describe('bf.logs.tail', () => {
  it('yields the rows the server writes, in order, as typed events', async () => {
    const stream = tail();
    expect(emulator.live.sockets).toHaveLength(0); // Nothing is opened before the first read.
    const { first } = await started(stream);
    emulator.logs.record(row('a'));
    emulator.logs.update('a', { status: 'success', latency: 812 });
    emulator.logs.record(row('b', { provider: 'anthropic' }));
    const events = await take(stream, 3, first);
    expect(summary(events)).toEqual([
      ['create', 'a', 'processing'],
      ['update', 'a', 'success'],
      ['create', 'b', 'processing'],
    ]);
    expect(events[1]).toEqual({
      type: 'log',
      operation: 'update',
      log: emulator.store.logs.at(-2),
    });
    // Node's WebSocket takes headers: the token goes in `authorization`, not in the URL.
    expect(emulator.live.sockets[0]?.credential).toBe('header');
  });

  it('sends the token as ?token= where headers cannot be set', async () => {
    const stream = tail({ credentials: 'query' });
    const { first } = await started(stream);
    emulator.logs.record(row('a'));
    expect(summary(await take(stream, 1, first))).toEqual([['create', 'a', 'processing']]);
    expect(emulator.live.sockets[0]?.credential).toBe('token');
  });

  it('uses an injected WebSocket, and the standalone tailBifrostLogs', async () => {
    const urls: string[] = [];
    class Recording extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        urls.push(String(url));
        super(url, protocols);
      }
    }
    const stream = tailBifrostLogs({ baseUrl: `${server.url}/`, token }, { WebSocket: Recording });
    tails.push(stream);
    const { first } = await started(stream);
    emulator.logs.record(row('a'));
    expect(summary(await take(stream, 1, first))).toEqual([['create', 'a', 'processing']]);
    expect(urls).toEqual([`${server.url.replace('http', 'ws')}/ws/logs?token=${token}`]);
  });

  it('passes headers to an injected WebSocket when told to, and follows another path', async () => {
    const inits: unknown[] = [];
    const Recording = class extends WebSocket {
      constructor(url: string, init: { headers: Record<string, string> }) {
        inits.push({ url, init });
        super(url, init as never);
      }
    } as unknown as typeof WebSocket;
    const stream = tail({ WebSocket: Recording, credentials: 'header', path: '/ws' });
    const { first } = await started(stream);
    emulator.logs.record(row('a'));
    expect(summary(await take(stream, 1, first))).toEqual([['create', 'a', 'processing']]);
    expect(inits).toEqual([
      {
        url: `${server.url.replace('http', 'ws')}/ws`,
        init: { headers: { authorization: `Bearer ${token}` } },
      },
    ]);
    expect(emulator.live.sockets[0]).toMatchObject({ path: '/ws', credential: 'header' });
  });

  it('applies the filters to pushed rows as the list route does', async () => {
    const stream = tail({
      filters: { providers: 'openai, anthropic', status: ['success', 'error'], min_latency: 100 },
      match: (log) => log.id !== 'skipped-by-match',
    });
    const { first } = await started(stream);
    emulator.logs.record(row('in-flight', { provider: 'openai' })); // status
    emulator.logs.record(row('gemini', { provider: 'gemini', status: 'success', latency: 500 }));
    emulator.logs.record(row('fast', { provider: 'openai', status: 'success', latency: 50 }));
    emulator.logs.record(
      row('no-latency', { provider: 'openai', status: 'error', latency: undefined }),
    );
    emulator.logs.record(
      row('skipped-by-match', { provider: 'openai', status: 'success', latency: 900 }),
    );
    emulator.logs.record(row('kept', { provider: 'anthropic', status: 'error', latency: 300 }));
    emulator.logs.record(row('kept-too', { provider: 'openai', status: 'success', latency: 100 }));
    expect(summary(await take(stream, 2, first))).toEqual([
      ['update', 'kept', 'error'],
      ['update', 'kept-too', 'success'],
    ]);
  });

  it('closes the socket when the signal aborts, and ends the iteration', async () => {
    const controller = new AbortController();
    const statuses: LogTailStatus['state'][] = [];
    const stream = tail({ signal: controller.signal, onStatus: (s) => statuses.push(s.state) });
    const { first: pending } = await started(stream);
    controller.abort(); // Possibly before the client saw the handshake's answer: still a clean close.
    await expect(pending).resolves.toEqual({ done: true, value: undefined });
    await until(() => emulator.live.sockets[0]?.open === false, 'the close');
    expect(emulator.live.sockets[0]).toMatchObject({ closedBy: 'client', closeCode: 1000 });
    // `open` comes only if the client saw the handshake's answer before the abort; nothing follows `closed`.
    expect(statuses).toEqual(expect.arrayContaining(['connecting', 'closed']));
    expect(statuses.at(-1)).toBe('closed');
    await expect(stream.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it('closes the socket when a for-await loop breaks', async () => {
    // The row is written once the emulator holds the socket open: written earlier, it is not pushed.
    void until(() => emulator.live.sockets[0]?.open === true, 'the socket').then(() =>
      emulator.logs.record(row('a')),
    );
    for await (const event of tail()) {
      expect(event.log.id).toBe('a');
      break;
    }
    await until(() => emulator.live.sockets[0]?.open === false, 'the close');
    expect(emulator.live.sockets[0]?.closedBy).toBe('client');
  });

  it('reconnects after a dropped connection, says so, and carries on without repeats', async () => {
    const statuses: LogTailStatus[] = [];
    const stream = tail({ onStatus: (status) => statuses.push(status) });
    const { first } = await started(stream);
    emulator.logs.record(row('before'));
    expect(summary(await take(stream, 1, first))).toEqual([['create', 'before', 'processing']]);

    emulator.faults.add({ match: 'logStream', status: 503 }); // The first try fails too.
    emulator.live.drop();
    await until(() => emulator.live.sockets[1]?.open === true, 'the reconnect');
    expect(emulator.live.sockets[0]?.open).toBe(false);
    const reconnecting = statuses.filter((status) => status.state === 'reconnecting');
    expect(reconnecting.map((status) => status.attempt)).toEqual([1, 2]);
    expect(reconnecting[0]?.error).toBeInstanceOf(APIConnectionError);
    expect(reconnecting[0]?.error.message).toMatch(/closed \(code 1006\)/);

    emulator.logs.record(row('after'));
    emulator.logs.record(row('after')); // The same write pushed twice is seen once.
    emulator.logs.update('after', { status: 'success' });
    expect(summary(await take(stream, 2))).toEqual([
      ['create', 'after', 'processing'],
      ['update', 'after', 'success'],
    ]);
    expect(statuses.at(-1)).toEqual({ state: 'open', attempt: 0 });
  });

  it('gives up after maxAttempts failed reconnects, and at once with reconnect: false', async () => {
    const stream = tail({ reconnect: { initialDelayMs: 5, maxAttempts: 2 } });
    const { first } = await started(stream);
    emulator.faults.add({ match: 'logStream', status: 503, times: 10 });
    emulator.live.drop();
    await expect(first).rejects.toThrow(/Could not connect to the Bifrost log stream/);
    expect(emulator.faults.pending[0]?.remaining).toBe(8); // Two tries, then it gave up.

    const once = tail({ reconnect: false });
    emulator.faults.clear();
    const { first: pending } = await started(once);
    emulator.live.drop();
    await expect(pending).rejects.toThrow(/closed \(code 1006\)/);
  });

  it('never shows the token in an error', async () => {
    emulator.live.tokens = ['another-token'];
    for (const credentials of ['query', 'header'] as const) {
      const error = await tail({ credentials })
        .next()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIConnectionError);
      const shown = `${inspect(error, { depth: 10 })} ${JSON.stringify(error)} ${(error as Error).stack}`;
      expect(shown).not.toContain(token);
      expect(shown).not.toContain('tail-secret');
      if (credentials === 'query') expect((error as Error).message).toContain('token=[redacted]');
    }
  });

  it('checks each row against the spec when responses are validated', async () => {
    const stream = tail({}, client({ validateResponses: true }));
    const { first } = await started(stream);
    emulator.logs.record(row('good'));
    emulator.logs.record({
      ...row('bad'),
      status: 'exploded',
      echoed: token,
    } as unknown as LogEntry);
    expect(summary(await take(stream, 1, first))).toEqual([['create', 'good', 'processing']]);
    const error = await stream.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(inspect(error, { depth: 10 })).not.toContain(token);
    await until(() => emulator.live.sockets[0]?.open === false, 'the close');
  });
});
