// The command as a process, against emulators on 127.0.0.1: a reader that goes away, Ctrl-C in a
// tail and in an export, each ending the way a shell user expects.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmulator, type EmulatorServer } from '@ai-gateway/testing/emulator';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedNow } from './support/cli.ts';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const children: ChildProcess[] = [];

function start(args: string[], env: Record<string, string>, cwd?: string) {
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
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal,
  }));
  return { child, exited, stderr: () => stderr };
}

async function until(condition: () => boolean, what: string, timeoutMs = 20_000) {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const cloudflare = createEmulator({ api: 'cloudflare', seed: 6, logs: 3_000, now: fixedNow });
const bifrost = createEmulator({ api: 'bifrost', seed: 6, logs: 100, now: fixedNow });
let cloudflareServer: EmulatorServer;
let bifrostServer: EmulatorServer;
let cloudflareEnv: Record<string, string>;

beforeAll(async () => {
  [cloudflareServer, bifrostServer] = await Promise.all([cloudflare.listen(), bifrost.listen()]);
  cloudflareEnv = {
    CLOUDFLARE_API_TOKEN: 'test-token',
    CLOUDFLARE_ACCOUNT_ID: cloudflare.seed.accountId,
    CLOUDFLARE_BASE_URL: `${cloudflareServer.url}/client/v4`,
  };
});
afterAll(async () => {
  await Promise.all([cloudflareServer.close(), bifrostServer.close()]);
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  cloudflare.reset();
});

describe('ai-gateway as a process', () => {
  it('stops quietly, exit 0, when the reader of its output goes away (| head -1)', async () => {
    const { child, exited, stderr } = start(['logs', 'export', '-q'], cloudflareEnv);
    const [first] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
    expect(JSON.parse(first.toString().split('\n')[0] as string)).toHaveProperty('gateway_id');
    child.stdout?.destroy();
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(stderr()).toBe('');
    // It stopped reading pages too: far fewer than the whole export takes.
    const pages = cloudflare.requests.filter(
      (request) => request.operationId === 'listLogs',
    ).length;
    expect(pages).toBeLessThan(3_000 / 50);
  });

  it('ends a tail on Ctrl-C with exit code 0, closing its socket', async () => {
    const { child, exited, stderr } = start(['logs', 'tail'], { BIFROST_URL: bifrostServer.url });
    await until(() => stderr().includes('following Bifrost logs'), 'the tail to start');
    child.kill('SIGINT');
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(stderr()).toBe(
      `following Bifrost logs at ${bifrostServer.url} (Ctrl-C to stop)\n0 events shown\n`,
    );
    await until(() => bifrost.live.sockets.every((socket) => !socket.open), 'the socket to close');
    expect(bifrost.live.sockets.at(-1)?.closedBy).toBe('client');
  });

  it('ends an export on Ctrl-C with exit code 130, leaving no file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ai-gateway-cli-'));
    cloudflare.faults.add({ match: 'listLogs', delay: 30_000 });
    const { child, exited, stderr } = start(
      ['logs', 'export', '-o', 'logs.ndjson'],
      cloudflareEnv,
      folder,
    );
    await until(
      () => cloudflare.requests.some((request) => request.operationId === 'listGateways'),
      'the export to start',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill('SIGINT');
    expect(await exited).toEqual({ code: 130, signal: null });
    expect(stderr()).toBe('ai-gateway: interrupted\n');
    expect(await readdir(folder)).toEqual([]);
  });
});
