import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Socket } from 'node:net';

/**
 * Tell the parent-watch preload which folder to create (and to remove however the process ends) and
 * which file to copy into it. The preload reads these names literally.
 */
export const scratchEnv = 'AI_GATEWAY_TESTING_SCRATCH';
export const specEnv = 'AI_GATEWAY_TESTING_SPEC';

const listening = /Prism is listening on (http:\/\/\S+)/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips the colours Prism's logger adds.
const ansi = /\u001b\[[0-9;]*m/g;

export interface PrismProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Stops the process (SIGTERM, then SIGKILL) and resolves once it has exited. */
  stop(): Promise<void>;
}

export class PrismStartError extends Error {
  override readonly name = 'PrismStartError';
  /** The last lines Prism printed, to tell a bad spec from a busy port. */
  readonly output: string;
  constructor(message: string, output: string) {
    super(output ? `${message}\n--- Prism output ---\n${output}` : message);
    this.output = output;
  }
}

/** Running children, with the scratch folder each one uses. */
const live = new Map<ChildProcess, string | undefined>();
let exitHookInstalled = false;

function removeScratch(folder: string | undefined): void {
  if (!folder) return;
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch {
    // Still open (Windows) or already gone: the OS's temporary folder is cleaned up eventually.
  }
}

/**
 * On a normal exit, end every Prism process still running. Signals are left alone: a handler would
 * change how the host process reacts to them, and the parent-watch preload already ends Prism when
 * its parent dies, however it dies.
 */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const [child, scratch] of live) {
      child.kill('SIGKILL');
      removeScratch(scratch);
    }
  });
}

/** Lets the host process exit even if a server was never closed; parent-watch then ends Prism. */
function unrefAll(child: ChildProcess): void {
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr])
    (stream as Socket | null)?.unref?.();
}

export interface SpawnOptions {
  timeoutMs: number;
  /**
   * A temporary folder the process reads from. The process creates it (so a parent that dies before
   * the process runs leaves nothing behind) and removes it however it ends; the parent removes it
   * too once the process has exited, in case the process was killed outright.
   */
  scratch?: string;
  /** A file the process copies into `scratch` before anything else runs. */
  spec?: string;
}

/** Spawns `node <args>` and resolves once Prism listens and answers HTTP. */
export async function spawnPrism(args: string[], options: SpawnOptions): Promise<PrismProcess> {
  const { timeoutMs, scratch, spec } = options;
  installExitHook();
  const child = spawn(process.execPath, args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    windowsHide: true,
    env: {
      ...process.env,
      ...(scratch && { [scratchEnv]: scratch }),
      ...(spec && { [specEnv]: spec }),
    },
  });
  live.set(child, scratch);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    live.delete(child);
    removeScratch(scratch);
  });

  const tail: string[] = [];
  let onLine: (line: string) => void = () => {};
  const keep = (line: string) => {
    if (!line.trim()) return;
    tail.push(line);
    if (tail.length > 40) tail.shift();
    onLine(line);
  };
  // Always drained: a full pipe would block Prism's logger and with it every response.
  for (const stream of [child.stdout, child.stderr]) {
    let partial = ''; // a chunk can end mid-line, even mid-URL
    stream?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).replace(ansi, '').split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) keep(line);
    });
    stream?.on('end', () => keep(partial));
  }

  /**
   * SIGTERM lets Prism remove its folder and exit, then SIGKILL after 3 s. A process that never got
   * ready gets SIGKILL at once: while Prism loads, its main thread cannot run a signal handler.
   */
  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const force = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(force);
    }
  };

  let timer: NodeJS.Timeout | undefined;
  try {
    const url = await new Promise<string>((resolve, reject) => {
      // This timer also keeps the host's event loop alive until Prism is up.
      timer = setTimeout(
        () =>
          reject(
            new PrismStartError(`Prism did not start within ${timeoutMs} ms`, tail.join('\n')),
          ),
        timeoutMs,
      );
      onLine = (line) => {
        const match = listening.exec(line);
        if (match?.[1]) resolve(match[1]);
      };
      child.once('error', (error) =>
        reject(new PrismStartError(`Could not run Prism: ${error.message}`, '')),
      );
      void exited.then(() => {
        // Prism prints its usage text before a listen error; name the cause first.
        const cause = tail.find((line) => /\b(EADDRINUSE|EACCES|EADDRNOTAVAIL)\b/.test(line));
        const message = cause
          ? `Prism could not listen (${cause.trim()})`
          : `Prism exited before it was ready (code ${child.exitCode})`;
        reject(new PrismStartError(message, tail.join('\n')));
      });
    });
    await answers(url, timeoutMs);
    unrefAll(child);
    return { child, url, stop: () => stop() };
  } catch (error) {
    await stop('SIGKILL');
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Prism prints its address once it listens; one HTTP round trip proves it also answers. */
async function answers(url: string, timeoutMs: number): Promise<void> {
  const response = await fetch(`${url}/__ai-gateway-testing-ready`, {
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel();
}
