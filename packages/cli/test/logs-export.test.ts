// `ai-gateway logs export` against both emulators: the rows written are exactly the stored rows
// the selection names, in order, read with as few requests as the API allows.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '@ai-gateway/testing/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { bifrostCli, cloudflareCli, fixedNow, ndjson } from './support/cli.ts';

const cloudflare = createEmulator({ api: 'cloudflare', seed: 3, logs: 400, now: fixedNow });
const bifrost = createEmulator({ api: 'bifrost', seed: 3, logs: 2_500, now: fixedNow });
const [gateway] = [...cloudflare.store.gateways.keys()] as [string];

beforeEach(() => {
  cloudflare.reset();
  bifrost.reset();
});

/** The stored logs of a gateway, oldest first, as the export orders them. */
const storedLogs = (gatewayId: string) =>
  [...(cloudflare.store.logs.get(gatewayId) ?? [])]
    .map((stored) => stored.log)
    .sort((a, b) => a.created_at.localeCompare(b.created_at));

const listRequests = (emulator: { requests: readonly { operationId?: string; url: string }[] }) =>
  emulator.requests.filter((request) => request.operationId === 'listLogs');

describe('logs export from Cloudflare', () => {
  it('writes every matching log of a gateway, oldest first, with the gateway it came from', async () => {
    const result = await cloudflareCli(cloudflare, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--filter',
      'cost>0.001',
      '--filter',
      'provider=openai,anthropic',
    ]);
    expect(result.stderr).toMatch(/^exported [\d,]+ logs\n$/);
    expect(result.code).toBe(0);
    const rows = ndjson<{ id: string; gateway_id: string; cost: number; provider: string }>(
      result.stdout,
    );
    const expected = storedLogs(gateway).filter(
      (log) => (log.cost ?? 0) > 0.001 && ['openai', 'anthropic'].includes(log.provider),
    );
    expect(expected.length).toBeGreaterThan(20);
    expect(rows.map((row) => row.id)).toEqual(expected.map((log) => log.id));
    expect(new Set(rows.map((row) => row.gateway_id))).toEqual(new Set([gateway]));
  });

  it('reads whole pages of the largest size the spec allows, and no page after the last', async () => {
    const total = storedLogs(gateway).length;
    const result = await cloudflareCli(cloudflare, ['logs', 'export', '--gateway', gateway]);
    expect(ndjson(result.stdout)).toHaveLength(total);
    const pages = listRequests(cloudflare);
    expect(pages).toHaveLength(Math.ceil(total / 50));
    for (const page of pages) expect(new URL(page.url).searchParams.get('per_page')).toBe('50');
  });

  it('exports every gateway of the account when none is named', async () => {
    const total = [...cloudflare.store.logs.values()].reduce((sum, logs) => sum + logs.length, 0);
    const result = await cloudflareCli(cloudflare, ['logs', 'export']);
    const rows = ndjson<{ gateway_id: string }>(result.stdout);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((row) => row.gateway_id))).toEqual(
      new Set(cloudflare.store.gateways.keys()),
    );
  });

  it('takes --since as "at or after" and --until as "before", to the millisecond', async () => {
    const logs = storedLogs(gateway);
    const since = logs[10]?.created_at as string;
    const until = logs[30]?.created_at as string;
    const result = await cloudflareCli(cloudflare, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--since',
      since,
      '--until',
      until,
    ]);
    const expected = logs.filter((log) => log.created_at >= since && log.created_at < until);
    expect(ndjson<{ id: string }>(result.stdout).map((row) => row.id)).toEqual(
      expected.map((log) => log.id),
    );
    expect(expected[0]?.created_at).toBe(since);
  });

  it('reads durations back from now: --since 7d', async () => {
    const result = await cloudflareCli(cloudflare, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--since',
      '7d',
    ]);
    const from = new Date(Date.parse(fixedNow) - 7 * 86_400_000).toISOString();
    const expected = storedLogs(gateway).filter((log) => log.created_at >= from);
    expect(ndjson(result.stdout)).toHaveLength(expected.length);
  });

  it('stops after --limit rows, asking for no more than it needs', async () => {
    const result = await cloudflareCli(cloudflare, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--limit',
      '7',
    ]);
    expect(ndjson(result.stdout)).toHaveLength(7);
    const pages = listRequests(cloudflare);
    expect(pages).toHaveLength(1);
    expect(new URL(pages[0]?.url as string).searchParams.get('per_page')).toBe('7');
    expect(result.stderr).toBe('exported 7 logs\n');
  });

  it('rides out rate limits: the 429s are retried as the API asks', async () => {
    cloudflare.faults.add({ match: 'listLogs', status: 429, retryAfter: 0, times: 2 });
    const result = await cloudflareCli(cloudflare, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--limit',
      '3',
    ]);
    expect(result.code).toBe(0);
    expect(ndjson(result.stdout)).toHaveLength(3);
  });

  it('writes CSV with the chosen columns, quoting what needs it and disarming formulas', async () => {
    const [first] = cloudflare.store.logs.get(gateway) ?? [];
    if (!first) throw new Error('no logs');
    first.log.model = '=HYPERLINK("http://x.example","a, b")';
    first.log.created_at = '2000-01-01T00:00:00.000Z';
    const result = await cloudflareCli(cloudflare, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--limit',
      '2',
      '-f',
      'csv',
      '--columns',
      'id,model,cost',
    ]);
    const lines = result.stdout.split('\r\n');
    expect(lines[0]).toBe('id,model,cost');
    expect(lines[1]).toBe(
      `${first.log.id},"'=HYPERLINK(""http://x.example"",""a, b"")",${first.log.cost ?? ''}`,
    );
    expect(lines).toHaveLength(4);
  });

  it('writes one JSON array, and [] when nothing matches', async () => {
    const some = await cloudflareCli(cloudflare, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--limit',
      '3',
      '-f',
      'json',
    ]);
    expect(JSON.parse(some.stdout)).toHaveLength(3);
    const none = await cloudflareCli(cloudflare, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--filter',
      'model=no-such-model',
      '-f',
      'json',
    ]);
    expect(none.stdout).toBe('[]\n');
    expect(none.stderr).toBe('exported 0 logs\n');
  });

  it('creates --output only once the export is complete', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
    const done = await cloudflareCli(
      cloudflare,
      ['logs', 'export', '--gateway', gateway, '-o', 'logs.ndjson'],
      {
        cwd: folder,
      },
    );
    expect(done.code).toBe(0);
    expect(done.stdout).toBe('');
    expect(done.stderr).toBe(
      `exported ${storedLogs(gateway).length} logs to ${join(folder, 'logs.ndjson')}\n`,
    );
    expect(ndjson(await readFile(join(folder, 'logs.ndjson'), 'utf8'))).toHaveLength(
      storedLogs(gateway).length,
    );

    // The second page fails for good (after the client's retries): no file, but the first page
    // is kept with its checkpoint, and --resume finishes the export.
    let calls = 0;
    cloudflare.faults.add({
      match: (_request, id) => id === 'listLogs' && ++calls > 1,
      status: 500,
      times: 10,
    });
    const args = ['logs', 'export', '--gateway', gateway, '-o', 'again.jsonl'];
    const failed = await cloudflareCli(cloudflare, args, { cwd: folder });
    expect(failed.code).toBe(1);
    const [kept, error] = failed.stderr.split('\n');
    expect(kept).toBe(
      `50 logs are saved in ${join(folder, 'again.jsonl.partial')}: run the same command with --resume to continue`,
    );
    expect(error).toMatch(
      /^ai-gateway: 500 Internal Server Error.*\(GET \/client\/v4\/accounts\/.*\/logs, request id /,
    );
    expect((await readdir(folder)).sort()).toEqual([
      'again.jsonl.checkpoint.json',
      'again.jsonl.partial',
      'logs.ndjson',
    ]);
    cloudflare.faults.clear();
    const resumed = await cloudflareCli(cloudflare, [...args, '--resume'], { cwd: folder });
    expect(resumed.code).toBe(0);
    expect(
      ndjson<{ id: string }>(await readFile(join(folder, 'again.jsonl'), 'utf8')).map(
        (row) => row.id,
      ),
    ).toEqual(storedLogs(gateway).map((log) => log.id));
    expect((await readdir(folder)).sort()).toEqual(['again.jsonl', 'logs.ndjson']);
  });
});

describe('logs export from Bifrost', () => {
  const stored = () =>
    [...bifrost.store.logs].sort((a, b) => a.timestamp.localeCompare(b.timestamp));

  it('passes every list filter through, typed by the spec', async () => {
    const result = await bifrostCli(bifrost, [
      'logs',
      'export',
      '--providers',
      'openai,anthropic',
      '--status',
      'success',
      '--min-latency',
      '500',
    ]);
    expect(result.code).toBe(0);
    const expected = stored().filter(
      (log) =>
        ['openai', 'anthropic'].includes(log.provider) &&
        log.status === 'success' &&
        log.latency !== undefined &&
        log.latency >= 500,
    );
    expect(expected.length).toBeGreaterThan(100);
    expect(ndjson<{ id: string }>(result.stdout).map((row) => row.id)).toEqual(
      expected.map((log) => log.id),
    );
    // 1,000 rows a page, the most the spec allows.
    expect(
      listRequests(bifrost).map((request) => new URL(request.url).searchParams.get('limit')),
    ).toEqual(expected.length > 1000 ? expect.arrayContaining(['1000']) : ['1000']);
  });

  it('takes metadata filters as key=value pairs, each its own parameter on the wire', async () => {
    const result = await bifrostCli(bifrost, [
      'logs',
      'export',
      '--metadata',
      'team=mobile',
      '--limit',
      '5000',
    ]);
    expect(result.code).toBe(0);
    const expected = stored().filter(
      (log) => (log.metadata as Record<string, unknown> | undefined)?.team === 'mobile',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ndjson<{ id: string }>(result.stdout).map((row) => row.id)).toEqual(
      expected.map((log) => log.id),
    );
    expect(new URL(listRequests(bifrost)[0]?.url as string).searchParams.get('metadata_team')).toBe(
      'mobile',
    );
    const bad = await bifrostCli(bifrost, ['logs', 'export', '--metadata', 'team']);
    expect(bad.stderr).toContain('--metadata takes key=value, not "team"');
  });

  it('makes the window half-open to the nanosecond, though Bifrost bounds are inclusive', async () => {
    const logs = stored();
    const since = logs[100]?.timestamp as string;
    const until = logs[200]?.timestamp as string;
    const result = await bifrostCli(bifrost, [
      'logs',
      'export',
      '--since',
      since,
      '--until',
      until,
    ]);
    const ids = ndjson<{ id: string }>(result.stdout).map((row) => row.id);
    const expected = logs.filter(
      (log) => Date.parse(log.timestamp) >= Date.parse(since) && log.timestamp < until,
    );
    expect(ids).toContain(logs[100]?.id);
    expect(ids).not.toContain(logs[200]?.id);
    expect(ids).toHaveLength(expected.length);
  });

  it('writes no row twice when new rows shift the pages of a newest-first export', async () => {
    const total = bifrost.store.logs.length;
    let pages = 0;
    // After each page, a new row is recorded: it lands on top and shifts every offset by one.
    const shifting: typeof fetch = async (input, init) => {
      const response = await bifrost.fetch(input, init);
      if (new URL(String(input instanceof Request ? input.url : input)).pathname === '/api/logs') {
        pages++;
        const at = new Date(Date.parse(fixedNow) + pages * 1000).toISOString();
        bifrost.logs.record({
          ...(bifrost.store.logs[0] as (typeof bifrost.store.logs)[number]),
          id: `new-${pages}`,
          timestamp: at,
          created_at: at,
          status: 'success',
        });
      }
      return response;
    };
    const result = await bifrostCli(bifrost, ['logs', 'export', '--order', 'desc'], {
      fetch: shifting,
    });
    const ids = ndjson<{ id: string }>(result.stdout).map((row) => row.id);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !id.startsWith('new-'))).toHaveLength(total);
  });

  it('writes nested fields as dotted CSV columns', async () => {
    const result = await bifrostCli(bifrost, ['logs', 'export', '--limit', '3', '-f', 'csv']);
    const [header, first] = result.stdout.split('\r\n');
    expect(header).toContain('token_usage.total_tokens');
    const log = stored()[0];
    const columns = header?.split(',') ?? [];
    const cells = first?.split(',') ?? [];
    expect(cells[columns.indexOf('id')]).toBe(log?.id);
    expect(cells[columns.indexOf('token_usage.total_tokens')]).toBe(
      String(log?.token_usage?.total_tokens ?? ''),
    );
  });
});

describe('logs export refuses before sending', () => {
  it('a value the spec does not allow, with the values it does', async () => {
    const result = await bifrostCli(bifrost, ['logs', 'export', '--status', 'failed']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'ai-gateway: refused before sending anything: query.status[0] must be one of processing, success, error, cancelled\n',
    );
    expect(bifrost.requests).toHaveLength(0);
  });

  it('an unknown filter key, with the keys the API has', async () => {
    const result = await cloudflareCli(cloudflare, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--filter',
      'modle=x',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('query.filters[0].key must be one of id, created_at');
    expect(cloudflare.requests).toHaveLength(0);
  });

  it('flags of the other API, a malformed time, an empty window, a bad number', async () => {
    const cases: [string[], string][] = [
      [['--status', 'error'], '--status is for Bifrost, not Cloudflare'],
      [['--since', '2026-11-30T12:00:00'], '--since must be an RFC 3339 time with an offset'],
      [['--since', '1d', '--until', '2d'], '--since must be before --until'],
      [['--limit', '0'], '--limit must be a whole number of at least 1, not "0"'],
      [['--filter', 'cost>=1'], 'the logs API compares with > and < only'],
      [['--format', 'xml'], '--format must be one of jsonl, json, csv, parquet, not "xml"'],
      [['--format', 'parquet'], '--format parquet needs --out <file>'],
      [['--resume'], '--resume needs --out <file>'],
      [['--filter', 'cost gt'], '--filter takes key, operator and value'],
    ];
    for (const [args, message] of cases) {
      const result = await cloudflareCli(cloudflare, ['logs', 'export', ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toContain("Run 'ai-gateway logs export --help' for its options.");
    }
    const bifrostResult = await bifrostCli(bifrost, ['logs', 'export', '--min-cost', 'cheap']);
    expect(bifrostResult.stderr).toContain('--min-cost must be a number, not "cheap"');
    expect(cloudflare.requests).toHaveLength(0);
    expect(bifrost.requests).toHaveLength(0);
  });
});
