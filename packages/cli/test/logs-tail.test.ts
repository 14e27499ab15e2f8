// `ai-gateway logs tail`: Bifrost's pushed writes over a real WebSocket, and Cloudflare's logs
// found by polling, each shown once, filtered, and ended by --limit or Ctrl-C with exit code 0.
import { createEmulator, type EmulatorServer } from '@ai-gateway/testing/emulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cli, closedPort, cloudflareCli, fixedNow, ndjson } from './support/cli.ts';

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('logs tail on Bifrost', () => {
  const bifrost = createEmulator({ api: 'bifrost', seed: 2, logs: 50, now: fixedNow });
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await bifrost.listen();
  });
  afterAll(() => server.close());
  // Sockets of earlier tests stay listed: each test looks at those opened since it started.
  let firstSocket = 0;
  beforeEach(() => {
    bifrost.reset();
    firstSocket = bifrost.live.sockets.length;
  });

  const template = () => bifrost.store.logs[0] as (typeof bifrost.store.logs)[number];
  const sockets = () => bifrost.live.sockets.slice(firstSocket);
  const open = () => sockets().some((socket) => socket.open);
  let clock = Date.parse(fixedNow);
  const record = (id: string, changes: Partial<ReturnType<typeof template>>) => {
    clock += 1000;
    const at = new Date(clock).toISOString();
    return bifrost.logs.record({ ...template(), id, timestamp: at, created_at: at, ...changes });
  };

  it('shows each pushed write that passes the filters, then stops at --limit', async () => {
    const running = cli(
      ['logs', 'tail', '--status', 'error', '--providers', 'openai', '--limit', '2', '--json'],
      {
        env: { BIFROST_URL: server.url },
      },
    );
    await until(open, 'the socket to open');
    record('a', { status: 'processing', provider: 'openai' });
    bifrost.logs.update('a', { status: 'error' });
    record('b', { status: 'error', provider: 'anthropic' });
    record('c', { status: 'error', provider: 'openai' });
    const result = await running;
    expect(result.code).toBe(0);
    const events = ndjson<{ type: string; operation: string; log: { id: string; status: string } }>(
      result.stdout,
    );
    expect(
      events.map((event) => [event.type, event.operation, event.log.id, event.log.status]),
    ).toEqual([
      ['log', 'update', 'a', 'error'],
      ['log', 'update', 'c', 'error'],
    ]);
    expect(result.stderr).toBe(
      `following Bifrost logs at ${server.url} (Ctrl-C to stop)\n2 events shown\n`,
    );
    await until(() => sockets().every((socket) => !socket.open), 'the socket to close');
    expect(sockets().map((socket) => socket.closedBy)).toEqual(['client']);
  });

  it('prints one line a write by default, and ends cleanly when stopped', async () => {
    const controller = new AbortController();
    const running = cli(['logs', 'tail'], {
      env: { BIFROST_URL: server.url },
      signal: controller.signal,
    });
    await until(open, 'the socket to open');
    record('line-1', {
      status: 'success',
      provider: 'openai',
      model: 'gpt-4o',
      latency: 812,
      cost: 0.0125,
    });
    await until(() => sockets()[0]?.sent === 1, 'the push');
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    const result = await running;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^\S+Z {2}update {2}success {5}openai\/gpt-4o {2}812ms {2}\d+ tok {2}\$0\.012500 {2}line-1\n$/,
    );
    expect(result.stderr).toContain('1 event shown');
  });

  it('applies the list filters a row carries: metadata, teams, roots only', async () => {
    const running = cli(
      ['logs', 'tail', '--metadata', 'team=search', '--roots-only', '--limit', '1', '-f', 'ndjson'],
      { env: { BIFROST_URL: server.url } },
    );
    await until(open, 'the socket to open');
    record('other-team', { metadata: { team: 'mobile' }, parent_request_id: null });
    record('child', { metadata: { team: 'search' }, parent_request_id: 'other-team' });
    record('wanted', { metadata: { team: 'search' }, parent_request_id: null });
    const result = await running;
    expect(ndjson<{ log: { id: string } }>(result.stdout).map((event) => event.log.id)).toEqual([
      'wanted',
    ]);
  });

  it('refuses filters a pushed row cannot be tested against, and bad values, before connecting', async () => {
    const search = await cli(['logs', 'tail', '--content-search', 'refund'], {
      env: { BIFROST_URL: server.url },
    });
    expect(search.code).toBe(2);
    expect(search.stderr).toContain('--content-search cannot be applied to a live tail');
    const status = await cli(['logs', 'tail', '--status', 'failed'], {
      env: { BIFROST_URL: server.url },
    });
    expect(status.code).toBe(2);
    expect(status.stderr).toContain(
      'status[0] must be one of processing, success, error, cancelled',
    );
    expect(sockets()).toHaveLength(0);
  });

  it('refuses a server URL with credentials in it, which would end up in messages', async () => {
    const url = new URL(server.url);
    url.username = 'admin';
    url.password = 'hunter2-secret';
    const result = await cli(['logs', 'tail'], { env: { BIFROST_URL: url.href } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'BIFROST_URL must not carry credentials: put them in BIFROST_TOKEN instead',
    );
    expect(result.stderr).not.toContain('hunter2-secret');
    expect(sockets()).toHaveLength(0);
  });

  it('fails at once, exit 1, when the stream cannot be reached', async () => {
    const port = await closedPort();
    const result = await cli(['logs', 'tail'], {
      env: { BIFROST_URL: `http://127.0.0.1:${port}` },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(
        `^ai-gateway: Could not connect to the Bifrost log stream at ws://127\\.0\\.0\\.1:${port}/ws/logs`,
      ),
    );
  });
});

describe('logs tail on Cloudflare', () => {
  const cloudflare = createEmulator({ api: 'cloudflare', seed: 2, logs: 120, now: fixedNow });
  beforeEach(() => cloudflare.reset());
  const [gateway] = [...cloudflare.store.gateways.keys()] as [string];
  const stored = () => cloudflare.store.logs.get(gateway) ?? [];
  const newest = () => Math.max(...stored().map(({ log }) => Date.parse(log.created_at)));
  const add = (id: string, createdAt: number, changes: Record<string, unknown> = {}) => {
    const [first] = stored();
    if (!first) throw new Error('no logs');
    stored().push({
      ...first,
      log: { ...first.log, id, created_at: new Date(createdAt).toISOString(), ...changes },
    });
  };
  const polls = () =>
    cloudflare.requests.filter((request) => request.operationId === 'listLogs').length;

  it('shows only logs recorded after it started, each once, late ones within the look-back too', async () => {
    const start = newest();
    const running = cloudflareCli(cloudflare, [
      'logs',
      'tail',
      '--gateway',
      gateway,
      '--interval',
      '20ms',
      '--limit',
      '3',
      '-f',
      'ndjson',
    ]);
    await until(() => polls() >= 3, 'the first poll');
    add('too-late', start - 120_000);
    add('late', start - 10_000);
    add('fresh-1', start + 1_000);
    await until(() => polls() >= 6, 'two more polls');
    add('fresh-2', start + 2_000);
    const result = await running;
    expect(result.code).toBe(0);
    const events = ndjson<{ operation: string; log: { id: string; gateway_id: string } }>(
      result.stdout,
    );
    expect(events.map((event) => event.log.id)).toEqual(['late', 'fresh-1', 'fresh-2']);
    expect(
      events.every((event) => event.operation === 'create' && event.log.gateway_id === gateway),
    ).toBe(true);
  });

  it('applies --filter to what it polls', async () => {
    const start = newest();
    const running = cloudflareCli(cloudflare, [
      'logs',
      'tail',
      '--gateway',
      gateway,
      '--interval',
      '20ms',
      '--limit',
      '1',
      '--filter',
      'success=false',
    ]);
    await until(() => polls() >= 3, 'the first poll');
    add('ok', start + 1_000, { success: true });
    add('failed', start + 2_000, { success: false, status_code: 500 });
    const result = await running;
    expect(result.stdout).toMatch(
      new RegExp(
        `^\\S+Z  ${gateway}  error  +\\S+/\\S+  \\d+ms  \\d+→\\d+ tok  \\$\\S+  failed\\n$`,
      ),
    );
  });

  it('backfills from --since (never before it, whatever the look-back), keeps polling through a failing poll, and stops on Ctrl-C', async () => {
    const controller = new AbortController();
    const since = stored()
      .map(({ log }) => log.created_at)
      .sort()
      .at(-5) as string;
    const running = cloudflareCli(
      cloudflare,
      [
        'logs',
        'tail',
        '--gateway',
        gateway,
        '--interval',
        '20ms',
        '--since',
        since,
        '--lookback',
        '30d',
      ],
      {
        signal: controller.signal,
      },
    );
    await until(() => polls() >= 1, 'the first poll');
    cloudflare.faults.add({ match: 'listLogs', status: 503, times: 3, retryAfter: 0 });
    await until(() => polls() >= 6, 'more polls');
    controller.abort();
    const result = await running;
    expect(result.code).toBe(0);
    const shown = result.stdout.split('\n').filter(Boolean);
    const expected = stored().filter(({ log }) => log.created_at >= since);
    expect(shown).toHaveLength(expected.length);
    expect(shown.map((line) => line.split('  ')[0])).toEqual(
      expected.map(({ log }) => log.created_at).sort(),
    );
    expect(result.stderr).toMatch(/poll failed \(503 Service Unavailable/);
  });

  it('needs exactly one gateway', async () => {
    const result = await cloudflareCli(cloudflare, ['logs', 'tail']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('A Cloudflare tail follows one gateway: pass --gateway <id>');
  });
});
