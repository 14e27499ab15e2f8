// The process that starts Prism dies while Prism is still starting (issue 15, item 9): Prism must be
// gone within about 2 s and its scratch folder (the private copy of the spec) must not be left in
// the temporary folder, at whatever moment of Prism's start-up the parent dies.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  childrenOf,
  commandLine,
  commandLines,
  isRunning,
  portIsFree,
  waitFor,
} from './support/processes.ts';

const childScript = new URL('./support/child-with-server.ts', import.meta.url).pathname;
const gracePeriodMs = 2_000;
// Each step of a start takes a second or two on an idle machine; these only bound a loaded one.
const startMs = 60_000;
const timeout = 2 * startMs;

interface Starting {
  parent: ChildProcess;
  /** Prism's process id, known from the moment it runs Node with the preload. */
  prism: number;
  args: string[];
  /** The scratch folder Prism's document is copied into. */
  scratch: string;
  /** Whether the parent has reported a ready server. */
  ready: () => boolean;
}

const cleanup: Array<() => void> = [];
afterEach(() => {
  // Only matters when a test fails: nothing it started may outlive it.
  for (const step of cleanup.splice(0)) step();
});

/** Starts a parent that starts a server, and returns as soon as Prism's process is running. */
async function startParent(mode: 'wait' | 'lenient', detached = false): Promise<Starting> {
  const parent = spawn(process.execPath, [childScript, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached, // a process group of its own, to signal the whole group as a terminal does
  });
  let ready = false;
  parent.stdout?.on('data', () => {
    ready = true;
  });
  parent.stderr?.resume();
  let prism = 0;
  let args: string[] = [];
  // Until it has exec'd, the child is a copy of the parent; Prism's command line names the preload.
  const found = await waitFor(
    () => {
      for (const pid of childrenOf(parent.pid as number)) {
        const line = commandLine(pid);
        if (line.some((arg) => arg.includes('parent-watch'))) {
          prism = pid;
          args = line;
          return true;
        }
      }
      return false;
    },
    startMs,
    1,
  );
  expect(found, 'Prism was never spawned').toBe(true);
  const document = args.find((arg) => arg.endsWith('.openapi.yaml')) ?? '';
  const scratch = dirname(document);
  expect(scratch.startsWith(tmpdir())).toBe(true);
  cleanup.push(() => {
    for (const pid of [parent.pid as number, prism]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
    rmSync(scratch, { recursive: true, force: true });
  });
  return { parent, prism, args, scratch, ready: () => ready };
}

/** Prism has gone within the grace period, with its folder, and nothing else runs from it. */
async function expectNothingLeft({ prism, scratch }: Starting) {
  expect(
    await waitFor(() => !isRunning(prism), gracePeriodMs, 10),
    `Prism ${prism} still runs`,
  ).toBe(true);
  expect(existsSync(scratch), `${scratch} was left behind`).toBe(false);
  expect(commandLines().filter((line) => line.includes(scratch))).toEqual([]);
}

async function killParent(starting: Starting, signal: NodeJS.Signals = 'SIGKILL') {
  expect(isRunning(starting.prism), 'Prism ended before the parent was killed').toBe(true);
  const exited = once(starting.parent, 'exit');
  starting.parent.kill(signal);
  await exited;
}

/** Whether some process listens on this TCP port (IPv4 or IPv6), from /proc/net. */
function listens(port: number): boolean {
  const hex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  return ['/proc/net/tcp', '/proc/net/tcp6'].some((table) => {
    try {
      return readFileSync(table, 'utf8')
        .split('\n')
        .some((row) => {
          const [, local, , state] = row.trim().split(/\s+/);
          return local?.endsWith(hex) && state === '0A'; // 0A: LISTEN
        });
    } catch {
      return false;
    }
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Linux only: Prism's pid and folder are found through /proc, before the parent could report them.
describe.runIf(process.platform === 'linux')(
  'the parent is killed while Prism starts',
  { timeout },
  () => {
    it('right after spawning it', async () => {
      const starting = await startParent('wait');
      await killParent(starting);
      expect(starting.ready()).toBe(false);
      await expectNothingLeft(starting);
    });

    it('once the preload has created the scratch folder', async () => {
      const starting = await startParent('wait');
      expect(await waitFor(() => existsSync(starting.scratch), startMs, 1)).toBe(true);
      await killParent(starting);
      expect(starting.ready()).toBe(false);
      await expectNothingLeft(starting);
    });

    // Prism's CLI loads for seconds with synchronous requires: its main thread runs nothing else, and
    // its first log line, once loaded, hits a closed pipe (EPIPE). Then it reads the spec and binds.
    it.each([300, 1000, 1800])('while Prism boots, %i ms after the preload ran', async (delay) => {
      const starting = await startParent('wait');
      expect(await waitFor(() => existsSync(starting.scratch), startMs, 1)).toBe(true);
      await sleep(delay);
      await killParent(starting);
      await expectNothingLeft(starting);
    });

    it('once Prism listens, before the parent has seen it answer', async () => {
      const starting = await startParent('wait');
      const port = Number(starting.args[starting.args.indexOf('--port') + 1]);
      expect(port).toBeGreaterThan(0);
      // Read from /proc: binding the port to test it could make Prism's own listen fail.
      expect(await waitFor(() => listens(port), startMs, 5)).toBe(true);
      await killParent(starting);
      await expectNothingLeft(starting);
      expect(await waitFor(() => portIsFree(port), gracePeriodMs)).toBe(true);
    });

    it('with validateRequests: false (its own entry point), while Prism boots', async () => {
      const starting = await startParent('lenient');
      expect(await waitFor(() => existsSync(starting.scratch), startMs, 1)).toBe(true);
      await sleep(500);
      await killParent(starting);
      await expectNothingLeft(starting);
    });
  },
);

// A terminal's Ctrl-C (SIGINT) or a CI job's SIGTERM reaches the whole process group: the parent and
// Prism get the signal at the same moment, so the parent cannot clean up after Prism.
describe.runIf(process.platform === 'linux')(
  'the whole process group gets a signal',
  { timeout },
  () => {
    it.each(['SIGINT', 'SIGTERM'] as const)('%s while Prism starts', async (signal) => {
      const starting = await startParent('wait', true);
      expect(await waitFor(() => existsSync(starting.scratch), startMs, 1)).toBe(true);
      await sleep(500);
      await killGroup(starting, signal);
      await expectNothingLeft(starting);
    });

    it.each(['SIGINT', 'SIGTERM'] as const)('%s once the server is up', async (signal) => {
      const starting = await startParent('wait', true);
      expect(await waitFor(starting.ready, startMs)).toBe(true);
      expect(existsSync(starting.scratch)).toBe(true);
      await killGroup(starting, signal);
      await expectNothingLeft(starting);
    });
  },
);

async function killGroup(starting: Starting, signal: NodeJS.Signals) {
  expect(isRunning(starting.prism)).toBe(true);
  const exited = once(starting.parent, 'exit');
  process.kill(-(starting.parent.pid as number), signal);
  await exited;
}
