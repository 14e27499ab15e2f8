// `logs export --resume`: an export killed outright (SIGKILL: no chance to clean up) continues
// from its last checkpoint, and the finished file holds every selected id exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator, type EmulatorServer } from '@ai-gateway/testing/emulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bifrostCli, fixedNow, ndjson } from './support/cli.ts';
import { readParquet } from './support/parquet.ts';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const bifrost = createEmulator({ api: 'bifrost', seed: 12, logs: 4_500, now: fixedNow });
const cloudflare = createEmulator({ api: 'cloudflare', seed: 12, logs: 1_200, now: fixedNow });
let bifrostServer: EmulatorServer;
let cloudflareServer: EmulatorServer;
const children: ChildProcess[] = [];

beforeAll(async () => {
  [bifrostServer, cloudflareServer] = await Promise.all([bifrost.listen(), cloudflare.listen()]);
});
afterAll(async () => {
  await Promise.all([bifrostServer.close(), cloudflareServer.close()]);
});
beforeEach(() => {
  bifrost.reset();
  cloudflare.reset();
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function start(args: string[], env: Record<string, string>, cwd: string) {
  const child = spawn(process.execPath, [main, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = once(child, 'exit').then(([code, signal]) => ({ code, signal }));
  return { child, exited, stderr: () => stderr };
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  for (let waited = 0; !(await condition()); waited += 25) {
    if (waited > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const pagesCheckpointed = async (file: string) => {
  const text = await readFile(`${file}.checkpoint.json`, 'utf8').catch(() => '');
  return text ? (JSON.parse(text) as { pages: number; rows: number }) : { pages: 0, rows: 0 };
};

/** Holds every list request after the first `pages` until the process is killed. */
function stallAfter(emulator: typeof bifrost | typeof cloudflare, pages: number) {
  let calls = 0;
  emulator.faults.add({
    match: (_request, id) => id === 'listLogs' && ++calls > pages,
    delay: 60_000,
  });
}

async function ids(file: string, format: string): Promise<string[]> {
  if (format === 'parquet') return (await readParquet(file, 'id')).map((row) => String(row.id));
  const text = await readFile(file, 'utf8');
  if (format === 'csv') {
    const [header, ...lines] = text.trimEnd().split('\r\n');
    const at = (header ?? '').split(',').indexOf('id');
    return lines.map((line) => line.split(',')[at] as string);
  }
  return ndjson<{ id: string }>(text).map((row) => row.id);
}

const cases = [
  { api: 'bifrost', format: 'jsonl', stallAfter: 2 },
  { api: 'bifrost', format: 'parquet', stallAfter: 3 },
  { api: 'cloudflare', format: 'csv', stallAfter: 9 },
] as const;

describe('an export killed mid-way and resumed', () => {
  for (const { api, format, stallAfter: pages } of cases)
    it(`${api}, ${format}: no id twice, none missing`, async () => {
      const cwd = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
      const file = join(cwd, `logs.${format}`);
      const env: Record<string, string> =
        api === 'bifrost'
          ? { BIFROST_URL: bifrostServer.url }
          : {
              CLOUDFLARE_API_TOKEN: 'test-token',
              CLOUDFLARE_ACCOUNT_ID: cloudflare.seed.accountId,
              CLOUDFLARE_BASE_URL: `${cloudflareServer.url}/client/v4`,
            };
      const selection =
        api === 'bifrost' ? ['--status', 'success,error'] : ['--filter', 'cached eq false'];
      const args = ['logs', 'export', ...selection, '-f', format, '-o', file];
      const emulator = api === 'bifrost' ? bifrost : cloudflare;
      stallAfter(emulator, pages);
      const first = start(args, env, cwd);
      await until(async () => (await pagesCheckpointed(file)).pages >= pages, 'the checkpoints');
      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
      const saved = await pagesCheckpointed(file);
      expect(saved.rows).toBeGreaterThan(0);
      // A page written after its checkpoint, as a kill between the two leaves it: cut off.
      await appendFile(`${file}.partial`, '{"id":"half-a-page"');
      emulator.faults.clear();

      const resumed = start([...args, '--resume'], env, cwd);
      expect(await resumed.exited).toEqual({ code: 0, signal: null });
      const written = await ids(file, format);
      const expected =
        api === 'bifrost'
          ? bifrost.store.logs
              .filter((log) => log.status === 'success' || log.status === 'error')
              .map((log) => log.id)
          : [...cloudflare.store.logs.values()].flatMap((logs) =>
              logs.filter((stored) => !stored.log.cached).map((stored) => stored.log.id),
            );
      expect(new Set(written).size).toBe(written.length);
      expect(new Set(written)).toEqual(new Set(expected));
      expect(written.length).toBeGreaterThan(saved.rows);
      expect(resumed.stderr()).toContain(
        `exported ${expected.length.toLocaleString('en-US')} logs`,
      );
      expect(await readdir(cwd)).toEqual([`logs.${format}`]);
    });
});

describe('resuming in process', () => {
  it('skips exactly the rows of the checkpoint’s instant that were written', async () => {
    // Twenty rows share one time across the boundary of the first page of 1,000.
    const sorted = [...bifrost.store.logs].sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    const shared = sorted[990]?.timestamp as string;
    for (const log of sorted.slice(990, 1010)) log.timestamp = shared;
    let calls = 0;
    bifrost.faults.add({
      match: (_request, id) => id === 'listLogs' && ++calls > 1,
      status: 500,
      times: 10,
    });
    const cwd = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
    const args = ['logs', 'export', '-o', 'logs.jsonl'];
    const failed = await bifrostCli(bifrost, args, { cwd });
    expect(failed.code).toBe(1);
    const checkpoint = JSON.parse(await readFile(join(cwd, 'logs.jsonl.checkpoint.json'), 'utf8'));
    expect(checkpoint.cursor.at).toBe(shared);
    expect(checkpoint.cursor.ids.length).toBeGreaterThan(1);
    bifrost.faults.clear();
    const resumed = await bifrostCli(bifrost, [...args, '--resume'], { cwd });
    expect(resumed.code).toBe(0);
    const written = ndjson<{ id: string }>(await readFile(join(cwd, 'logs.jsonl'), 'utf8'));
    expect(written.map((row) => row.id).sort()).toEqual(
      bifrost.store.logs.map((log) => log.id).sort(),
    );
  });

  it('refuses to resume another selection, naming what differs', async () => {
    bifrost.faults.add({
      match: (() => {
        let calls = 0;
        return (_request: Request, id: string | undefined) => id === 'listLogs' && ++calls > 1;
      })(),
      status: 500,
      times: 10,
    });
    const cwd = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
    const failed = await bifrostCli(
      bifrost,
      ['logs', 'export', '--since', '30d', '-o', 'x.jsonl'],
      {
        cwd,
      },
    );
    expect(failed.code).toBe(1);
    bifrost.faults.clear();
    const other = await bifrostCli(
      bifrost,
      ['logs', 'export', '--since', '30d', '--status', 'error', '-o', 'x.jsonl', '--resume'],
      { cwd },
    );
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(
      'ai-gateway: --resume: the checkpoint is of another export (--status differ); give the same options, or run without --resume to start over\n' +
        "Run 'ai-gateway logs export --help' for its options.\n",
    );
    // The same options, a day later: --since 30d still counts from the first run.
    const same = await bifrostCli(
      bifrost,
      ['logs', 'export', '--since', '30d', '-o', 'x.jsonl', '--resume'],
      { cwd, now: '2026-12-01T12:00:00Z' },
    );
    expect(same.code).toBe(0);
    const from = Date.parse(fixedNow) - 30 * 86_400_000;
    const expected = bifrost.store.logs.filter((log) => Date.parse(log.timestamp) >= from);
    expect(ndjson(await readFile(join(cwd, 'x.jsonl'), 'utf8'))).toHaveLength(expected.length);
  });
});
