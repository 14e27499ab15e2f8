// No Prism process survives the process that started it, however that process ends, and close()
// frees the port every time.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../src/mock-server.ts';
import { commandLines, isRunning, portIsFree, waitFor } from './support/processes.ts';

const childScript = new URL('./support/child-with-server.ts', import.meta.url).pathname;

async function startChild(
  mode: string,
): Promise<{ child: ChildProcess; pid: number; port: number }> {
  const child = spawn(process.execPath, [childScript, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  const [line] = (await once(
    createInterface({ input: child.stdout as NodeJS.ReadableStream }),
    'line',
  )) as [string];
  return { child, ...(JSON.parse(line) as { pid: number; port: number }) };
}

async function expectGone(pid: number, port: number) {
  expect(await waitFor(() => !isRunning(pid)), `Prism ${pid} still runs`).toBe(true);
  expect(await waitFor(() => portIsFree(port)), `port ${port} still taken`).toBe(true);
  expect(
    commandLines().filter((cmd) => cmd.includes(`--port ${port}`) || cmd.includes(` ${port} `)),
  ).toEqual([]);
}

describe('when the process that started Prism ends', () => {
  it.each(['SIGKILL', 'SIGTERM', 'SIGINT'] as const)(
    'it is killed with %s: Prism goes too',
    async (signal) => {
      const { child, pid, port } = await startChild('wait');
      expect(isRunning(pid)).toBe(true);
      expect(await portIsFree(port)).toBe(false);

      child.kill(signal);
      await once(child, 'exit');
      await expectGone(pid, port);
    },
  );

  it.each(['throw', 'forget', 'lenient'])(
    'it ends by itself (%s): Prism goes too',
    async (mode) => {
      const { child, pid, port } = await startChild(mode);
      if (mode === 'lenient') child.kill('SIGKILL');
      const [code] = await once(child, 'exit');
      if (mode === 'throw') expect(code).not.toBe(0);
      await expectGone(pid, port);
    },
  );
});

describe('close()', () => {
  it('stops Prism and frees the port, and can be called twice', async () => {
    const server = await startMockServer({ api: 'cloudflare' });
    expect(await portIsFree(server.port)).toBe(false);
    await Promise.all([server.close(), server.close()]);
    expect(isRunning(server.pid)).toBe(false);
    expect(await portIsFree(server.port)).toBe(true);
    await server.close();
  });

  it('runs through `await using` when a block throws', async () => {
    let pid = 0;
    let port = 0;
    await expect(
      (async () => {
        await using server = await startMockServer({ api: 'bifrost' });
        ({ pid, port } = server);
        throw new Error('assertion failed inside the block');
      })(),
    ).rejects.toThrow('assertion failed');
    expect(isRunning(pid)).toBe(false);
    expect(await portIsFree(port)).toBe(true);
  });

  it('lets the same port be used again right away', async () => {
    const first = await startMockServer({ api: 'bifrost' });
    await first.close();
    const second = await startMockServer({ api: 'bifrost', port: first.port });
    try {
      expect(second.port).toBe(first.port);
      expect((await fetch(`${second.url}/api/logs/stats`)).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});

describe('the spec file Prism reads', () => {
  it.runIf(process.platform === 'linux')(
    'is a private copy, so regenerating the package cannot disturb it, removed on close',
    async () => {
      const server = await startMockServer({ api: 'bifrost' });
      const args = readFileSync(`/proc/${server.pid}/cmdline`, 'utf8').split('\0');
      const document = args.find((arg) => arg.endsWith('.openapi.yaml')) ?? '';
      expect(document.startsWith(tmpdir())).toBe(true);
      expect(existsSync(document)).toBe(true);
      await server.close();
      expect(existsSync(dirname(document))).toBe(false);
    },
  );

  it.runIf(process.platform === 'linux')('is removed when the parent is killed', async () => {
    const { child, pid } = await startChild('wait');
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const document = args.find((arg) => arg.endsWith('.openapi.yaml')) ?? '';
    expect(existsSync(document)).toBe(true);
    child.kill('SIGKILL');
    expect(await waitFor(() => !existsSync(dirname(document)))).toBe(true);
  });
});
