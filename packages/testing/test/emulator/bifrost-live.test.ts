// The Bifrost emulator's live updates: rows written through `emulator.logs` reach in-process
// listeners and `/ws` sockets as the server sends them, in write order, with the server's
// create/update rule, pings, auth, and the faults a client's reconnect is tested with.
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { LogEntry, LogEvent } from '../../src/emulator/index.ts';
import {
  type BifrostEmulator,
  createEmulator,
  type EmulatorServer,
} from '../../src/emulator/index.ts';
import { issuesOf, jsonResponseValidator } from '../support/validators.ts';

const now = '2026-11-30T12:00:00Z';
const rowValidator = jsonResponseValidator('bifrost', 'getLog', '200');

let emulator: BifrostEmulator;
let server: EmulatorServer | undefined;
const clients: WebSocket[] = [];

beforeEach(() => {
  emulator = createEmulator({ api: 'bifrost', seed: 3, logs: 20, now });
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.terminate();
  await server?.close();
  server = undefined;
});

/** A new row in flight, copied from a seeded one so that it has every field a real row has. */
function newRow(id: string, changes: Partial<LogEntry> = {}): LogEntry {
  const base = emulator.store.logs[0] as LogEntry;
  const at = '2026-11-30T12:00:01.123456789Z';
  return { ...base, id, status: 'processing', timestamp: at, created_at: at, ...changes };
}

async function until(check: () => boolean, what: string, timeoutMs = 3_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function serve() {
  server = await emulator.listen();
  return server.url.replace(/^http/, 'ws');
}

/** A connected socket and every message it received, parsed. */
async function connect(url: string, options: WebSocket.ClientOptions = {}) {
  const client = new WebSocket(url, options);
  clients.push(client);
  const messages: LogEvent[] = [];
  const pings: number[] = [];
  client.on('message', (data) => messages.push(JSON.parse(String(data))));
  client.on('ping', () => pings.push(Date.now()));
  await new Promise<void>((resolve, reject) => {
    client.once('open', () => resolve());
    client.once('error', reject);
  });
  return { client, messages, pings };
}

/** The raw HTTP answer to an upgrade request, for refusals a WebSocket client cannot show. */
function upgradeAnswer(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string } | 'dropped'>((resolve) => {
    const req = httpRequest(url.replace(/^ws/, 'http'), {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        ...headers,
      },
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve({ status: 101, body: '' });
    });
    req.on('error', () => resolve('dropped'));
    req.end();
  });
}

describe('writing rows', () => {
  it('records, updates and pushes with the server’s create/update rule', () => {
    const events: LogEvent[] = [];
    emulator.subscribe((event) => events.push(event));
    const created = emulator.logs.record(newRow('live-1'));
    const finished = emulator.logs.update('live-1', {
      status: 'success',
      timestamp: '2026-11-30T12:00:02.5Z',
      latency: 1377,
    });
    // A finished row written at once is an update too: the server only calls fresh in-flight rows new.
    const direct = emulator.logs.record(newRow('live-2', { status: 'success' }));
    expect(events.map((e) => [e.payload.id, e.operation, e.payload.status])).toEqual([
      ['live-1', 'create', 'processing'],
      ['live-1', 'update', 'success'],
      ['live-2', 'update', 'success'],
    ]);
    expect(events).toEqual([created, finished, direct]);
    for (const event of events) expect(issuesOf(rowValidator, event.payload)).toBe('');
    const stored = emulator.store.logs.filter((log) => log.id.startsWith('live-'));
    expect(stored.map((log) => [log.id, log.status, log.latency])).toEqual([
      ['live-1', 'success', 1377],
      ['live-2', 'success', stored[1]?.latency],
    ]);
    expect(emulator.store.logs).toHaveLength(22);
  });

  it('replaces a row recorded again under the same id, and keeps its content summary', async () => {
    emulator.logs.record(newRow('live-1'), { contentSummary: 'a note about the zebracorn' });
    emulator.logs.record(newRow('live-1', { status: 'error' }));
    expect(emulator.store.logs.filter((log) => log.id === 'live-1')).toHaveLength(1);
    const answer = await emulator.fetch('http://bifrost.test/api/logs?content_search=zebracorn');
    const body = (await answer.json()) as { logs: LogEntry[] };
    expect(body.logs.map((log) => [log.id, log.status])).toEqual([['live-1', 'error']]);
  });

  it('writes into the store of the moment: after reset(), into the seeded one again', () => {
    const events: LogEvent[] = [];
    emulator.subscribe((event) => events.push(event));
    emulator.logs.record(newRow('live-1'));
    emulator.reset();
    expect(emulator.store.logs.map((log) => log.id)).not.toContain('live-1');
    emulator.logs.record(newRow('live-2'));
    expect(emulator.store.logs.at(-1)?.id).toBe('live-2');
    expect(emulator.store.logs).toHaveLength(21);
    expect(events.map((event) => event.payload.id)).toEqual(['live-1', 'live-2']);
  });

  it('refuses to update a row it does not have', () => {
    expect(() => emulator.logs.update('missing', { status: 'success' })).toThrow(/missing/);
  });

  it('stops calling a listener once unsubscribed, and tells every listener before a throw', () => {
    const seen: string[] = [];
    const unsubscribe = emulator.subscribe((event) => seen.push(`a:${event.payload.id}`));
    emulator.subscribe(() => {
      throw new Error('listener failed');
    });
    emulator.subscribe((event) => seen.push(`c:${event.payload.id}`));
    expect(() => emulator.logs.record(newRow('live-1'))).toThrow('listener failed');
    unsubscribe();
    expect(() => emulator.logs.record(newRow('live-2'))).toThrow('listener failed');
    expect(seen).toEqual(['a:live-1', 'c:live-1', 'c:live-2']);
    // The write itself happened before the listeners ran.
    expect(emulator.store.logs.map((log) => log.id)).toContain('live-2');
  });
});

describe('/ws', () => {
  it('pushes every write to every open socket, in order, as the server frames it', async () => {
    const url = await serve();
    const [first, second] = await Promise.all([connect(`${url}/ws`), connect(`${url}/ws/logs`)]);
    emulator.logs.record(newRow('live-1'));
    emulator.logs.update('live-1', { status: 'success' });
    emulator.logs.record(newRow('live-2'));
    await until(() => first.messages.length === 3 && second.messages.length === 3, 'messages');
    for (const { messages } of [first, second]) {
      expect(messages.map((m) => [m.type, m.operation, m.payload.id, m.payload.status])).toEqual([
        ['log', 'create', 'live-1', 'processing'],
        ['log', 'update', 'live-1', 'success'],
        ['log', 'create', 'live-2', 'processing'],
      ]);
      expect(Object.keys(messages[0] as object)).toEqual(['type', 'operation', 'payload']);
      for (const message of messages) expect(issuesOf(rowValidator, message.payload)).toBe('');
    }
    expect(emulator.live.sockets.map((s) => [s.path, s.open, s.sent, s.credential])).toEqual([
      ['/ws', true, 3, 'none'],
      ['/ws/logs', true, 3, 'none'],
    ]);
  });

  it('pings every socket at the set interval', async () => {
    emulator.live.pingIntervalMs = 40;
    const url = await serve();
    const { pings } = await connect(`${url}/ws`);
    await until(() => pings.length >= 2, 'two pings');
    expect(emulator.live.pings).toBeGreaterThanOrEqual(2);
    expect(emulator.live.sockets[0]?.open).toBe(true);
  });

  it('sees a socket the client closed as closed by the client, and stops sending to it', async () => {
    const url = await serve();
    const { client } = await connect(`${url}/ws`);
    client.close(1000);
    await until(() => emulator.live.sockets[0]?.open === false, 'the close');
    expect(emulator.live.sockets[0]).toMatchObject({ closeCode: 1000, closedBy: 'client' });
    emulator.logs.record(newRow('live-1'));
    expect(emulator.live.sockets[0]?.sent).toBe(0);
  });

  it('drops open sockets without a close frame on demand (fault injection)', async () => {
    const url = await serve();
    const { client } = await connect(`${url}/ws`);
    const closed = new Promise<number>((resolve) => client.once('close', resolve));
    expect(emulator.live.drop()).toBe(1);
    expect(await closed).toBe(1006);
    await until(() => emulator.live.sockets[0]?.open === false, 'the drop');
    expect(emulator.live.sockets[0]).toMatchObject({ closedBy: 'server', closeCode: 1006 });
    expect(emulator.live.drop()).toBe(0);
  });

  it('closes sockets cleanly on close(), and on server shutdown', async () => {
    const url = await serve();
    const first = await connect(`${url}/ws`);
    const code = new Promise<number>((resolve) => first.client.once('close', resolve));
    expect(emulator.live.close()).toBe(1);
    expect(await code).toBe(1000);
    const second = await connect(`${url}/ws`);
    const ended = new Promise((resolve) => second.client.once('close', resolve));
    await server?.close();
    await ended;
  });

  it('fails upgrades as the fault queue says: a status, or a dropped connection', async () => {
    const url = await serve();
    emulator.faults.add({ match: 'logStream', status: 503 });
    emulator.faults.add({ match: 'logStream', drop: true });
    const refused = await upgradeAnswer(`${url}/ws`);
    expect(refused).toMatchObject({ status: 503 });
    // The API's error body, whatever else it carries.
    expect(JSON.parse((refused as { body: string }).body)).toMatchObject({
      is_bifrost_error: false,
      status_code: 503,
      error: { message: 'HTTP 503' },
    });
    expect(await upgradeAnswer(`${url}/ws`)).toBe('dropped');
    expect(await upgradeAnswer(`${url}/ws`)).toEqual({ status: 101, body: '' });
    // HTTP faults for an operation leave the socket alone.
    emulator.faults.add({ match: 'listLogs', status: 500 });
    expect(await upgradeAnswer(`${url}/ws`)).toEqual({ status: 101, body: '' });
  });

  it('answers 404 on other paths', async () => {
    const url = await serve();
    expect(await upgradeAnswer(`${url}/api/logs`)).toMatchObject({ status: 404 });
  });

  describe('with auth on', () => {
    beforeEach(() => {
      emulator.live.tokens = ['sk-live-secret'];
    });

    it('refuses an upgrade without the credential, with the server’s 401 body', async () => {
      const url = await serve();
      for (const answer of [
        await upgradeAnswer(`${url}/ws`),
        await upgradeAnswer(`${url}/ws?token=wrong`),
        // A header is read first: a good query token does not rescue a bad header.
        await upgradeAnswer(`${url}/ws?token=sk-live-secret`, { authorization: 'Bearer wrong' }),
      ]) {
        expect(answer).toMatchObject({ status: 401 });
        expect(JSON.parse((answer as { body: string }).body)).toMatchObject({
          is_bifrost_error: false,
          status_code: 401,
          error: { message: 'Unauthorized' },
        });
      }
      expect(emulator.live.sockets).toHaveLength(0);
    });

    it('accepts the token as a bearer header, a query token or ticket, or a cookie', async () => {
      const url = await serve();
      await connect(`${url}/ws`, { headers: { authorization: 'Bearer sk-live-secret' } });
      await connect(`${url}/ws?token=sk-live-secret`);
      await connect(`${url}/ws?ticket=sk-live-secret`);
      await connect(`${url}/ws`, { headers: { cookie: 'theme=dark; token=sk-live-secret' } });
      expect(emulator.live.sockets.map((s) => s.credential)).toEqual([
        'header',
        'token',
        'ticket',
        'cookie',
      ]);
    });
  });

  it('works with the WebSocket built into Node', async () => {
    const url = await serve();
    const socket = new globalThis.WebSocket(`${url}/ws`);
    const received: LogEvent[] = [];
    socket.addEventListener('message', (event) => received.push(JSON.parse(String(event.data))));
    await new Promise((resolve) => socket.addEventListener('open', resolve, { once: true }));
    emulator.logs.record(newRow('live-1'));
    await until(() => received.length === 1, 'the message');
    expect(received[0]?.payload.id).toBe('live-1');
    socket.close();
    await until(() => emulator.live.sockets[0]?.open === false, 'the close');
  });
});
