// `logs export` in each format: the rows written are the emulator's filtered rows, however they
// are encoded, and a Parquet file reads back through DuckDB with the same rows.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBifrostClient } from '@ai-gateway/client/bifrost';
import { createEmulator } from '@ai-gateway/testing/emulator';
import { beforeEach, describe, expect, it } from 'vitest';
import { bifrostCli, Captured, cloudflareCli, fixedNow, ndjson } from './support/cli.ts';
import { readParquet } from './support/parquet.ts';

const cloudflare = createEmulator({ api: 'cloudflare', seed: 11, logs: 3_000, now: fixedNow });
const bifrost = createEmulator({ api: 'bifrost', seed: 11, logs: 2_500, now: fixedNow });
const [gateway] = [...cloudflare.store.gateways.keys()] as [string];

beforeEach(() => {
  cloudflare.reset();
  bifrost.reset();
});

const folder = () => mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));

/** The ids a file holds, in order, read as its format is read. */
async function idsIn(file: string, format: string): Promise<string[]> {
  if (format === 'parquet') return (await readParquet(file, 'id')).map((row) => String(row.id));
  const text = await readFile(file, 'utf8');
  if (format === 'json') return (JSON.parse(text) as { id: string }[]).map((row) => row.id);
  if (format === 'csv') {
    const [header, ...lines] = text.trimEnd().split('\r\n');
    const at = (header ?? '').split(',').indexOf('id');
    return lines.map((line) => line.split(',')[at] as string);
  }
  return ndjson<{ id: string }>(text).map((row) => row.id);
}

describe('every format holds the filtered rows', () => {
  const bifrostExpected = () =>
    [...bifrost.store.logs]
      .filter((log) => log.provider === 'openai' && log.status === 'success')
      .sort((a, b) => a.timestamp.localeCompare(b.timestamp))
      .map((log) => log.id);

  for (const format of ['jsonl', 'csv', 'json', 'parquet'])
    it(`Bifrost, ${format}`, async () => {
      const cwd = await folder();
      const result = await bifrostCli(
        bifrost,
        ['logs', 'export', '--providers', 'openai', '--status', 'success', '-f', format],
        { cwd },
      );
      // The emulator's own count of the selection, as the API reports it.
      const page = await createBifrostClient({ fetch: bifrost.fetch }).logs.list({
        providers: ['openai'],
        status: ['success'],
        limit: 1,
      });
      const total_count = page.totalCount ?? Number.NaN;
      const file = `logs.${format}`;
      const written = await bifrostCli(
        bifrost,
        [
          'logs',
          'export',
          '--providers',
          'openai',
          '--status',
          'success',
          '-f',
          format,
          '--out',
          file,
        ],
        { cwd },
      );
      expect(written.code).toBe(0);
      expect(written.stderr).toBe(
        `exported ${total_count.toLocaleString('en-US')} logs to ${join(cwd, file)}\n`,
      );
      expect(await idsIn(join(cwd, file), format)).toEqual(bifrostExpected());
      expect(bifrostExpected()).toHaveLength(total_count);
      expect(await readdir(cwd)).toEqual([file]);
      if (format === 'parquet') expect(result.code).toBe(2);
    });

  it('Cloudflare, every format, with the filters grammar in words', async () => {
    const cwd = await folder();
    const expected = [...(cloudflare.store.logs.get(gateway) ?? [])]
      .map((stored) => stored.log)
      .filter((log) => (log.cost ?? 0) > 0.001 && log.provider !== 'openai')
      .sort((a, b) => a.created_at.localeCompare(b.created_at))
      .map((log) => log.id);
    expect(expected.length).toBeGreaterThan(50);
    for (const format of ['jsonl', 'csv', 'json', 'parquet']) {
      const file = `logs.${format}`;
      const result = await cloudflareCli(
        cloudflare,
        [
          'logs',
          'export',
          '--gateway',
          gateway,
          '--filter',
          'cost gt 0.001',
          '--filter',
          'provider neq openai',
          '-f',
          format,
          '-o',
          file,
        ],
        { cwd },
      );
      expect(result.code, result.stderr).toBe(0);
      expect(await idsIn(join(cwd, file), format), format).toEqual(expected);
    }
  });

  it('reads Parquet back with every field of the rows, nested ones as structs', async () => {
    const cwd = await folder();
    const result = await bifrostCli(
      bifrost,
      ['logs', 'export', '-f', 'parquet', '-o', 'all.parquet'],
      {
        cwd,
      },
    );
    expect(result.code).toBe(0);
    const rows = await readParquet(
      join(cwd, 'all.parquet'),
      'id, provider, cost, token_usage.total_tokens AS total_tokens',
    );
    const stored = new Map(bifrost.store.logs.map((log) => [log.id, log]));
    expect(rows).toHaveLength(stored.size);
    for (const row of rows) {
      const log = stored.get(String(row.id));
      expect(row.provider).toBe(log?.provider);
      // DuckDB's JSON form: numbers too large for a double are strings, missing values null.
      expect(row.cost === null ? undefined : Number(row.cost)).toBe(log?.cost);
      expect(row.total_tokens === null ? undefined : Number(row.total_tokens)).toBe(
        log?.token_usage?.total_tokens,
      );
    }
  });

  it('writes an empty Parquet file when nothing matches', async () => {
    const cwd = await folder();
    const result = await bifrostCli(
      bifrost,
      ['logs', 'export', '--models', 'no-such-model', '-f', 'parquet', '-o', 'none.parquet'],
      { cwd },
    );
    expect(result.code).toBe(0);
    expect(await readParquet(join(cwd, 'none.parquet'))).toEqual([]);
  });
});

describe('rate limits and progress', () => {
  it('waits out 429s as retry-after asks, and still writes every row', async () => {
    bifrost.faults.add({ match: 'listLogs', status: 429, retryAfter: 1, times: 2 });
    const result = await bifrostCli(bifrost, ['logs', 'export']);
    expect(result.code).toBe(0);
    expect(new Set(ndjson<{ id: string }>(result.stdout).map((row) => row.id))).toEqual(
      new Set(bifrost.store.logs.map((log) => log.id)),
    );
    const statuses = bifrost.requests
      .filter((request) => request.operationId === 'listLogs')
      .map((request) => request.status);
    expect(statuses.slice(0, 3)).toEqual([429, 429, 200]);
  });

  it('prints a plain progress line every 10 pages when stderr is not a terminal', async () => {
    const total = cloudflare.store.logs.get(gateway)?.length ?? 0;
    const pages = Math.ceil(total / 50);
    expect(pages).toBeGreaterThanOrEqual(20);
    const result = await cloudflareCli(cloudflare, ['logs', 'export', '--gateway', gateway]);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toHaveLength(Math.floor(pages / 10));
    expect(lines[0]).toMatch(
      new RegExp(
        `^exporting: 500/${total.toLocaleString('en-US')} rows {2}10 pages {2}[\\d,]+ rows/s {2}ETA \\S+$`,
      ),
    );
    expect(lines.at(-1)).toBe(`exported ${total.toLocaleString('en-US')} logs`);
  });

  it('draws one bar in place on a terminal, and clears it before the summary', async () => {
    const stderr = new Captured();
    stderr.isTTY = true;
    const cwd = await folder();
    const { run } = await import('../src/cli.ts');
    const code = await run(['logs', 'export', '--gateway', gateway, '-o', 'logs.jsonl'], {
      stdout: new Captured(),
      stderr,
      env: { CLOUDFLARE_API_TOKEN: 't', CLOUDFLARE_ACCOUNT_ID: cloudflare.seed.accountId },
      fetch: cloudflare.fetch,
      cwd,
      now: () => new Date(fixedNow),
    });
    expect(code).toBe(0);
    const draws = stderr.text.split('\r\x1b[2K');
    expect(draws[0]).toBe('');
    expect(draws[1]).toMatch(
      /^\[#*-*\] +\d+% {2}[\d,]+\/[\d,]+ rows {2}\d+ pages? {2}[\d,]+ rows\/s/,
    );
    expect(draws.at(-1)).toBe(
      `exported ${cloudflare.store.logs.get(gateway)?.length.toLocaleString('en-US')} logs to ${join(cwd, 'logs.jsonl')}\n`,
    );
    expect(draws.slice(1, -1).every((draw) => !draw.includes('\n'))).toBe(true);
  });
});

describe('--provider and --model', () => {
  it('select the same rows on both APIs', async () => {
    const bifrostRows = await bifrostCli(bifrost, [
      'logs',
      'export',
      '--provider',
      'openai',
      '--model',
      'gpt-4o,gpt-4o-mini',
    ]);
    const bifrostExpected = bifrost.store.logs.filter(
      (log) => log.provider === 'openai' && ['gpt-4o', 'gpt-4o-mini'].includes(log.model),
    );
    expect(bifrostExpected.length).toBeGreaterThan(0);
    expect(ndjson(bifrostRows.stdout)).toHaveLength(bifrostExpected.length);
    const cloudflareRows = await cloudflareCli(cloudflare, [
      'logs',
      'export',
      '--gateway',
      gateway,
      '--provider',
      'anthropic',
    ]);
    const cloudflareExpected = (cloudflare.store.logs.get(gateway) ?? []).filter(
      (stored) => stored.log.provider === 'anthropic',
    );
    expect(cloudflareExpected.length).toBeGreaterThan(0);
    expect(ndjson(cloudflareRows.stdout)).toHaveLength(cloudflareExpected.length);
  });
});
