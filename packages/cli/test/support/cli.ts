// Runs the command in process, as `run(argv, io)`, with captured output: the emulator's fetch
// answers every request, so nothing listens and nothing leaves the process.
import { EventEmitter, once } from 'node:events';
import { createServer } from 'node:net';
import type { BifrostEmulator, CloudflareEmulator } from '@ai-gateway/testing/emulator';
import { run } from '../../src/cli.ts';

/** A stream that keeps what is written to it. */
export class Captured extends EventEmitter {
  text = '';
  isTTY = false;
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const fixedNow = '2026-11-30T12:00:00Z';

export interface RunOptions {
  env?: Record<string, string | undefined>;
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  cwd?: string;
  stdin?: AsyncIterable<string>;
  now?: string;
}

export async function cli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const stdout = new Captured();
  const stderr = new Captured();
  const code = await run(args, {
    stdout,
    stderr,
    env: options.env ?? {},
    fetch: options.fetch,
    signal: options.signal,
    cwd: options.cwd,
    stdin: options.stdin,
    now: () => new Date(options.now ?? fixedNow),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** The environment of a Cloudflare account served by `emulator`. */
export const cloudflareEnv = (emulator: CloudflareEmulator, token = 'test-token') => ({
  CLOUDFLARE_API_TOKEN: token,
  CLOUDFLARE_ACCOUNT_ID: emulator.seed.accountId,
});

/** Runs against a Cloudflare emulator in process. */
export const cloudflareCli = (
  emulator: CloudflareEmulator,
  args: readonly string[],
  options: RunOptions = {},
) => cli(args, { env: cloudflareEnv(emulator), fetch: emulator.fetch, ...options });

/** Runs against a Bifrost emulator in process. */
export const bifrostCli = (
  emulator: BifrostEmulator,
  args: readonly string[],
  options: RunOptions = {},
) =>
  cli(args, { env: { BIFROST_URL: 'http://localhost:8080' }, fetch: emulator.fetch, ...options });

/** NDJSON lines as values. */
export const ndjson = <T = Record<string, unknown>>(text: string): T[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);

/** A port on 127.0.0.1 where nothing listens. */
export async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}
