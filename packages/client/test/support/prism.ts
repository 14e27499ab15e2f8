// Prism for documents the @ai-gateway/testing package does not serve (the vendors' own), and a
// fetch that records what each mock server said about every request.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const prismCli = () =>
  createRequire(new URL('packages/testing/package.json', `file://${repoRoot}`)).resolve(
    '@stoplight/prism-cli',
  );

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) =>
    server.once('error', reject).listen(0, '127.0.0.1', resolve),
  );
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface PrismServer {
  readonly url: string;
  close(): Promise<void>;
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts `prism mock` on a free port of 127.0.0.1 for `document` (a path from the repository root). */
export async function startPrism(document: string, timeoutMs = 60_000): Promise<PrismServer> {
  // The port is free when chosen but may be taken before Prism binds it: then try another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startPrismOn(await freePort(), document, timeoutMs);
    } catch (error) {
      if (!String(error).includes('EADDRINUSE') || attempt >= 5) throw error;
    }
  }
}

async function startPrismOn(
  port: number,
  document: string,
  timeoutMs: number,
): Promise<PrismServer> {
  const child = spawn(
    process.execPath,
    [prismCli(), 'mock', '-h', '127.0.0.1', '-p', String(port), `${repoRoot}${document}`],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const close = async () => {
    process.off('exit', killOnExit);
    await stop(child);
  };
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Prism did not start:\n${output}`)),
        timeoutMs,
      );
      const read = (chunk: Buffer) => {
        output = `${output}${chunk.toString('utf8')}`.slice(-4_000);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the colours Prism's logger adds.
        const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
        const found = /Prism is listening on (http:\/\/\S+)/.exec(plain);
        if (found?.[1]) {
          clearTimeout(timer);
          resolve(found[1].replace(/\/$/, ''));
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Prism exited with ${code}:\n${output}`));
      });
    });
    // Drain the pipes from now on, so a full pipe never blocks Prism.
    child.stdout?.on('data', () => {});
    child.stderr?.on('data', () => {});
    return { url, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A Prism server for the whole test file: started before the first test, always stopped after the last. */
export function usePrism(start: () => Promise<PrismServer>): { readonly url: string } {
  let server: PrismServer | undefined;
  beforeAll(async () => {
    server = await start();
  }, 90_000);
  afterAll(async () => {
    await server?.close();
  }, 30_000);
  return {
    get url() {
      if (!server) throw new Error('The mock server has not started');
      return server.url;
    },
  };
}

export interface Exchange {
  method: string;
  url: string;
  status: number;
  /** Prism's `sl-violations` header: what it found wrong with the request, if anything. */
  violations: string | null;
}

/** A fetch that records every request and the mock server's verdict on it. */
export function recordingFetch() {
  const exchanges: Exchange[] = [];
  const fetchFn: typeof globalThis.fetch = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    exchanges.push({
      method: init?.method ?? 'GET',
      url: String(input),
      status: response.status,
      violations: response.headers.get('sl-violations'),
    });
    return response;
  };
  return { fetch: fetchFn, exchanges };
}

interface Violation {
  location: string[];
  severity: string;
  code: string | number;
  message: string;
}

/**
 * What Prism found wrong with a request, as `location: message` lines. Warnings that a parameter
 * is deprecated are left out: sending the deprecated legacy parameters is what an all-parameters
 * call is for.
 */
export function problems(exchange: Exchange | undefined): string[] {
  const violations = JSON.parse(exchange?.violations ?? '[]') as Violation[];
  return violations
    .filter((v) => v.code !== 'deprecated')
    .map((v) => `${v.severity} ${v.location.join('.')}: ${v.message}`);
}

/** Names of the query parameters a URL carries, with Cloudflare's dotted `filters.*` as `filters`. */
export function queryNames(url: string, prefixes: Readonly<Record<string, string>> = {}): string[] {
  const owner = (name: string) =>
    Object.entries(prefixes).find(([, prefix]) => name.startsWith(prefix))?.[0];
  const names = [...new URL(url).searchParams.keys()].map(
    (name) => owner(name) ?? (name.split('.')[0] as string),
  );
  return [...new Set(names)].sort();
}
